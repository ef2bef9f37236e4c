import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertLegacy, detectLegacyEncoding, toUnicode } from '../../../src/import/legacyEncoding.ts';
import { SEEDS_DIR } from '../seeds.ts';

/*
 * Reference data copied from Unikey's converter (fcitx/fcitx5-unikey, unikey/data.cpp), kept
 * apart from the module's own tables so that the tests do not just reverse them.
 * Order of both: the 186 letters of Unikey's `UnicodeTable` (each vowel: capital, small, then
 * ´ ` ̉ ˜ ̣ in pairs), the 27 Windows symbols at the end left out.
 */
const UNIKEY_UNICODE = [
	0x0041, 0x0061, 0x00c1, 0x00e1, 0x00c0, 0x00e0, 0x1ea2, 0x1ea3, 0x00c3, 0x00e3, 0x1ea0, 0x1ea1, // a
	0x00c2, 0x00e2, 0x1ea4, 0x1ea5, 0x1ea6, 0x1ea7, 0x1ea8, 0x1ea9, 0x1eaa, 0x1eab, 0x1eac, 0x1ead, // a^
	0x0102, 0x0103, 0x1eae, 0x1eaf, 0x1eb0, 0x1eb1, 0x1eb2, 0x1eb3, 0x1eb4, 0x1eb5, 0x1eb6, 0x1eb7, // a(
	0x0042, 0x0062, 0x0043, 0x0063, 0x0044, 0x0064, 0x0110, 0x0111,
	0x0045, 0x0065, 0x00c9, 0x00e9, 0x00c8, 0x00e8, 0x1eba, 0x1ebb, 0x1ebc, 0x1ebd, 0x1eb8, 0x1eb9, // e
	0x00ca, 0x00ea, 0x1ebe, 0x1ebf, 0x1ec0, 0x1ec1, 0x1ec2, 0x1ec3, 0x1ec4, 0x1ec5, 0x1ec6, 0x1ec7, // e^
	0x0046, 0x0066, 0x0047, 0x0067, 0x0048, 0x0068,
	0x0049, 0x0069, 0x00cd, 0x00ed, 0x00cc, 0x00ec, 0x1ec8, 0x1ec9, 0x0128, 0x0129, 0x1eca, 0x1ecb, // i
	0x004a, 0x006a, 0x004b, 0x006b, 0x004c, 0x006c, 0x004d, 0x006d, 0x004e, 0x006e,
	0x004f, 0x006f, 0x00d3, 0x00f3, 0x00d2, 0x00f2, 0x1ece, 0x1ecf, 0x00d5, 0x00f5, 0x1ecc, 0x1ecd, // o
	0x00d4, 0x00f4, 0x1ed0, 0x1ed1, 0x1ed2, 0x1ed3, 0x1ed4, 0x1ed5, 0x1ed6, 0x1ed7, 0x1ed8, 0x1ed9, // o^
	0x01a0, 0x01a1, 0x1eda, 0x1edb, 0x1edc, 0x1edd, 0x1ede, 0x1edf, 0x1ee0, 0x1ee1, 0x1ee2, 0x1ee3, // o+
	0x0050, 0x0070, 0x0051, 0x0071, 0x0052, 0x0072, 0x0053, 0x0073, 0x0054, 0x0074,
	0x0055, 0x0075, 0x00da, 0x00fa, 0x00d9, 0x00f9, 0x1ee6, 0x1ee7, 0x0168, 0x0169, 0x1ee4, 0x1ee5, // u
	0x01af, 0x01b0, 0x1ee8, 0x1ee9, 0x1eea, 0x1eeb, 0x1eec, 0x1eed, 0x1eee, 0x1eef, 0x1ef0, 0x1ef1, // u+
	0x0056, 0x0076, 0x0057, 0x0077, 0x0058, 0x0078,
	0x0059, 0x0079, 0x00dd, 0x00fd, 0x1ef2, 0x1ef3, 0x1ef6, 0x1ef7, 0x1ef8, 0x1ef9, 0x1ef4, 0x1ef5, // y
	0x005a, 0x007a,
].map((c) => String.fromCodePoint(c));

/** `SingleByteTables` TCVN3 row, one byte each (as Latin-1); toned capitals reuse the small code. */
const UNIKEY_TCVN3 = [
	'A a ¸ ¸ µ µ ¶ ¶ · · ¹ ¹ ¢ © Ê Ê Ç Ç È È É É Ë Ë ¡ ¨ ¾ ¾ » » ¼ ¼ ½ ½ Æ Æ B b C c D d § ®',
	'E e Ð Ð Ì Ì Î Î Ï Ï Ñ Ñ £ ª Õ Õ Ò Ò Ó Ó Ô Ô Ö Ö F f G g H h I i Ý Ý × × Ø Ø Ü Ü Þ Þ',
	'J j K k L l M m N n O o ã ã ß ß á á â â ä ä ¤ « è è å å æ æ ç ç é é ¥ ¬ í í ê ê ë ë ì ì î î',
	'P p Q q R r S s T t U u ó ó ï ï ñ ñ ò ò ô ô ¦ \u00AD ø ø õ õ ö ö ÷ ÷ ù ù V v W w X x',
	'Y y ý ý ú ú û û ü ü þ þ Z z',
]
	.join(' ')
	.split(' ');

/** `DoubleByteTables` VNI-WIN row: low byte the letter, high byte the mark that follows it. */
const UNIKEY_VNI = [
	0x0041, 0x0061, 0xd941, 0xf961, 0xd841, 0xf861, 0xdb41, 0xfb61, 0xd541, 0xf561, 0xcf41, 0xef61, // a
	0xc241, 0xe261, 0xc141, 0xe161, 0xc041, 0xe061, 0xc541, 0xe561, 0xc341, 0xe361, 0xc441, 0xe461, // a^
	0xca41, 0xea61, 0xc941, 0xe961, 0xc841, 0xe861, 0xda41, 0xfa61, 0xdc41, 0xfc61, 0xcb41, 0xeb61, // a(
	0x0042, 0x0062, 0x0043, 0x0063, 0x0044, 0x0064, 0x00d1, 0x00f1,
	0x0045, 0x0065, 0xd945, 0xf965, 0xd845, 0xf865, 0xdb45, 0xfb65, 0xd545, 0xf565, 0xcf45, 0xef65, // e
	0xc245, 0xe265, 0xc145, 0xe165, 0xc045, 0xe065, 0xc545, 0xe565, 0xc345, 0xe365, 0xc445, 0xe465, // e^
	0x0046, 0x0066, 0x0047, 0x0067, 0x0048, 0x0068,
	0x0049, 0x0069, 0x00cd, 0x00ed, 0x00cc, 0x00ec, 0x00c6, 0x00e6, 0x00d3, 0x00f3, 0x00d2, 0x00f2, // i
	0x004a, 0x006a, 0x004b, 0x006b, 0x004c, 0x006c, 0x004d, 0x006d, 0x004e, 0x006e,
	0x004f, 0x006f, 0xd94f, 0xf96f, 0xd84f, 0xf86f, 0xdb4f, 0xfb6f, 0xd54f, 0xf56f, 0xcf4f, 0xef6f, // o
	0xc24f, 0xe26f, 0xc14f, 0xe16f, 0xc04f, 0xe06f, 0xc54f, 0xe56f, 0xc34f, 0xe36f, 0xc44f, 0xe46f, // o^
	0x00d4, 0x00f4, 0xd9d4, 0xf9f4, 0xd8d4, 0xf8f4, 0xdbd4, 0xfbf4, 0xd5d4, 0xf5f4, 0xcfd4, 0xeff4, // o+
	0x0050, 0x0070, 0x0051, 0x0071, 0x0052, 0x0072, 0x0053, 0x0073, 0x0054, 0x0074,
	0x0055, 0x0075, 0xd955, 0xf975, 0xd855, 0xf875, 0xdb55, 0xfb75, 0xd555, 0xf575, 0xcf55, 0xef75, // u
	0x00d6, 0x00f6, 0xd9d6, 0xf9f6, 0xd8d6, 0xf8f6, 0xdbd6, 0xfbf6, 0xd5d6, 0xf5f6, 0xcfd6, 0xeff6, // u+
	0x0056, 0x0076, 0x0057, 0x0077, 0x0058, 0x0078,
	0x0059, 0x0079, 0xd959, 0xf979, 0xd859, 0xf879, 0xdb59, 0xfb79, 0xd559, 0xf579, 0x00ce, 0x00ee, // y
	0x005a, 0x007a,
].map((w) => String.fromCharCode(w & 0xff) + (w > 0xff ? String.fromCharCode(w >> 8) : ''));

/** Unicode → legacy encoders built from Unikey's data, independent of the module. */
function encoder(legacy: string[]): (text: string) => string {
	const map = new Map(UNIKEY_UNICODE.map((u, i) => [u, legacy[i]!]));
	return (text) => [...text.normalize('NFC')].map((c) => map.get(c) ?? c).join('');
}
const toTcvn3 = encoder(UNIKEY_TCVN3);
const toVni = encoder(UNIKEY_VNI);

const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
/** One line per vowel, every tone, e.g. `tha thá thà thả thã thạ`, plus `đa đá …` and one-capital words `ta tá …`. */
const LOWER_LINES = [
	...VOWELS.map((v) => TONES.map((t) => `th${v}${t}`.normalize('NFC')).join(' ')),
	'đa đá đà đả đã đạ',
	'ta tá tà tả tã tạ',
];
const UPPER_LINES = LOWER_LINES.map((line) => line.toUpperCase());

const seeds = readdirSync(SEEDS_DIR)
	.filter((f) => f.endsWith('.txt'))
	.map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));

describe('tables', () => {
	it('agree with Unikey on every VNI letter, both cases', () => {
		expect(UNIKEY_UNICODE).toHaveLength(186);
		expect(UNIKEY_VNI).toHaveLength(186);
		UNIKEY_VNI.forEach((legacy, i) => expect([legacy, convertLegacy(legacy, 'vni')]).toEqual([legacy, UNIKEY_UNICODE[i]]));
	});

	it('agree with Unikey on every TCVN3 letter; toned capitals come back inside capital words', () => {
		expect(UNIKEY_TCVN3).toHaveLength(186);
		UNIKEY_TCVN3.forEach((legacy, i) => {
			const unicode = UNIKEY_UNICODE[i]!;
			const sharesSmallCode = i % 2 === 0 && legacy === UNIKEY_TCVN3[i + 1];
			if (sharesSmallCode && unicode !== unicode.toLowerCase()) {
				expect(convertLegacy(legacy, 'tcvn3')).toBe(unicode.toLowerCase());
				expect(convertLegacy(`TH${legacy}NH`, 'tcvn3')).toBe(`TH${unicode}NH`);
			} else {
				expect([legacy, convertLegacy(legacy, 'tcvn3')]).toEqual([legacy, unicode]);
			}
		});
	});
});

describe('convertLegacy', () => {
	it('round-trips every letter with every tone, small and capital, in VNI', () => {
		for (const line of [...LOWER_LINES, ...UPPER_LINES]) expect(convertLegacy(toVni(line), 'vni')).toBe(line);
		expect(toVni('TƯỜNG tường')).toBe('TÖÔØNG töôøng');
	});

	it('round-trips every letter with every tone in TCVN3, capitals in capital lines', () => {
		for (const line of [...LOWER_LINES, ...UPPER_LINES]) expect(convertLegacy(toTcvn3(line), 'tcvn3')).toBe(line);
		expect(toTcvn3('TRƯỜNG trường')).toBe('TR¦êNG tr\u00ADêng');
	});

	it('converts fixed strings taken from other converters and their tests', () => {
		const cases: [string, 'tcvn3' | 'vni', string][] = [
			// the usual sample (e.g. in tests of several TCVN3 converters found in the code corpus)
			['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'tcvn3', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
			['Céng hßa x· héi chñ nghÜa ViÖt Nam', 'tcvn3', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
			['C¨n cø NghÞ ®Þnh sè 15/CP', 'tcvn3', 'Căn cứ Nghị định số 15/CP'],
			// duydev/vietnamese-conversion tests/helpers/test-data.ts
			['Xin chµo c¸c b¹n', 'tcvn3', 'Xin chào các bạn'],
			['T«i ®i häc', 'tcvn3', 'Tôi đi học'],
			['Xin chaøo caùc baïn', 'vni', 'Xin chào các bạn'],
			['Toâi ñi hoïc', 'vni', 'Tôi đi học'],
			// a convertTcvn3ToUnicode demo: "B¶o Th¾ng" → Bảo Thắng, "B¸t X¸t" → Bát Xát
			['B¶o Th¾ng, B¸t X¸t', 'tcvn3', 'Bảo Thắng, Bát Xát'],
			['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'vni', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
		];
		for (const [legacy, encoding, unicode] of cases) expect(convertLegacy(legacy, encoding)).toBe(unicode);
	});

	it('converts the motto and the Party header in both encodings', () => {
		expect(convertLegacy('§éc lËp - Tù do - H¹nh phóc', 'tcvn3')).toBe('Độc lập - Tự do - Hạnh phúc');
		expect(convertLegacy('Ñoäc laäp - Töï do - Haïnh phuùc', 'vni')).toBe('Độc lập - Tự do - Hạnh phúc');
		// TCVN3 capitals as typed for the .VnTimeH fonts: small toned codes inside capital words
		expect(convertLegacy('§¶NG CéNG S¶N VIÖT NAM', 'tcvn3')).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
		expect(convertLegacy('TØNH ñY KON TUM\nVÒ VIÖC TRIÓN KHAI', 'tcvn3')).toBe('TỈNH ỦY KON TUM\nVỀ VIỆC TRIỂN KHAI');
		expect(convertLegacy('ÑAÛNG COÄNG SAÛN VIEÄT NAM', 'vni')).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
		expect(convertLegacy('COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'vni')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
	});

	it('keeps small letters small outside capital words (TCVN3 has no toned capitals)', () => {
		expect(convertLegacy('Sè: 45-KL/TU, Q§-UBND', 'tcvn3')).toBe('Số: 45-KL/TU, QĐ-UBND');
		expect(convertLegacy('ñy ban', 'tcvn3')).toBe('ủy ban');
	});

	it('returns NFC, also from decomposed input', () => {
		const out = convertLegacy('Céng hoµ'.normalize('NFD'), 'tcvn3');
		expect(out).toBe('Cộng hoà');
		expect(out).toBe(out.normalize('NFC'));
		expect(convertLegacy('Vieät', 'vni')).toBe('Việt'.normalize('NFC'));
	});

	it('round-trips the seeds through VNI exactly and through TCVN3 up to the case TCVN3 cannot hold', () => {
		for (const seed of seeds) {
			const text = seed.normalize('NFC').replace(/[¹²³]/g, ''); // ¹ is ạ in TCVN3
			expect(toUnicode(toVni(text))).toEqual({ text, encoding: 'vni' });
			const back = toUnicode(toTcvn3(text));
			expect(back.encoding).toBe('tcvn3');
			expect(back.text.toLowerCase()).toBe(text.toLowerCase());
		}
	});
});

describe('detectLegacyEncoding', () => {
	it('recognises both encodings', () => {
		expect(detectLegacyEncoding('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe('tcvn3');
		expect(detectLegacyEncoding('§¶NG CéNG S¶N VIÖT NAM')).toBe('tcvn3');
		expect(detectLegacyEncoding('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe('vni');
		expect(detectLegacyEncoding('ÑAÛNG COÄNG SAÛN VIEÄT NAM')).toBe('vni');
		expect(detectLegacyEncoding(toTcvn3(seeds[0]!))).toBe('tcvn3');
		expect(detectLegacyEncoding(toVni(seeds[0]!))).toBe('vni');
	});

	it('stays null on Unicode seeds, whole and line by line, and in NFD', () => {
		for (const seed of seeds) {
			expect(detectLegacyEncoding(seed)).toBeNull();
			expect(detectLegacyEncoding(seed.normalize('NFD'))).toBeNull();
			for (const line of seed.split('\n')) expect([line, detectLegacyEncoding(line)]).toEqual([line, null]);
			expect(toUnicode(seed)).toEqual({ text: seed, encoding: null });
		}
	});

	it('stays null on English, French and Spanish with Latin-1 accents, and on symbols', () => {
		const texts = [
			'A naïve café owner in Zürich, Ñ',
			'Noël à Paris : très naïve, déjà été, garçon, où, « Ça va ? », l’élève',
			'El señor Muñoz, año 2024; Straße, Köln, Müller, Øresund, Åse',
			'© 2024, 25 °C, ½ kg, ± 3 %, § 4, µm, 2 × 3 ÷ 6, ¶, ¡Hola!',
			'Ñ',
			'',
		];
		for (const text of texts) expect([text, detectLegacyEncoding(text)]).toEqual([text, null]);
	});
});

describe('toUnicode', () => {
	it('converts only the legacy lines of a mixed text', () => {
		const header = 'ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY KON TUM\n';
		const body = 'Sè: 45-KL/TU\nKon Tum, ngµy 15 th¸ng 3 n¨m 2024\n\nQuyÕt ®Þnh cña Ban Th\u00ADêng vô TØnh ñy';
		const out = toUnicode(header + body);
		expect(out.encoding).toBe('tcvn3');
		expect(out.text).toBe(
			header + 'Sè: 45-KL/TU\nKon Tum, ngày 15 tháng 3 năm 2024\n\nQuyết định của Ban Thường vụ Tỉnh ủy',
		);
		expect(out.text).toBe(out.text.normalize('NFC'));
	});

	it('lets a line with no evidence follow the legacy lines around it, but not a Unicode neighbour', () => {
		const text = 'Kon Tum, ngµy 15 th¸ng 3 n¨m 2024\nSè: 45-KL/TU\nQuyÕt ®Þnh cña Ban Th\u00ADêng vô TØnh ñy';
		expect(toUnicode(text).text).toBe(
			'Kon Tum, ngày 15 tháng 3 năm 2024\nSố: 45-KL/TU\nQuyết định của Ban Thường vụ Tỉnh ủy',
		);
	});

	it('handles a VNI body under a Unicode header', () => {
		const out = toUnicode('Cộng hòa xã hội chủ nghĩa Việt Nam\r\nNgöôøi ñöôïc khen thöôûng\r\n');
		expect(out).toEqual({ text: 'Cộng hòa xã hội chủ nghĩa Việt Nam\r\nNgười được khen thưởng\r\n', encoding: 'vni' });
	});
});
