/**
 * Legacy Vietnamese 8-bit encodings (TCVN3/ABC and VNI-Windows) read as Latin-1/Windows-1252
 * text, detected and converted to NFC Unicode; and Windows-1258, which Windows itself decodes.
 *
 * Where the tables come from (both cross-checked, entry by entry):
 * - Unikey's converter, `unikey/data.cpp` in fcitx/fcitx5-unikey (VnConv, Pham Kim Long):
 *   `SingleByteTables` (TCVN3 row) and `DoubleByteTables` (VNI-WIN row, 16-bit words whose low
 *   byte is the base letter and high byte the mark), in the order of its `UnicodeTable`.
 * - lamdao/xvnkb `tcvn.h` and `vni.h` (Dao Hai Lam), which list the same code points.
 * The two agree on every lowercase letter, on the TCVN3 capitals Ă Â Ê Ô Ơ Ư Đ (0xA1–0xA7) and on
 * every VNI pair. tests/unit/legacyEncoding.test.ts checks these tables against Unikey's data again.
 *
 * TCVN3 (TCVN 5712 "VN3", the ABC fonts `.VnTime`) has no code points for capitals with a tone:
 * Unikey writes Ấ with the code of ấ, and the `.VnTimeH` fonts draw every code as a capital. So
 * `§¶NG` is ĐẢNG; a word with no lowercase ASCII letter is upper-cased when it has two capitals
 * or stands in an all-capital line. The VN1 capitals some converters put at 0x80–0x9F (the
 * Windows quotes and dashes) are deliberately not mapped. VNI writes a base letter followed by a
 * mark character, so it is read longest match first.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';
/** The encodings a text file may come in besides UTF-8. */
export type TextEncoding = LegacyEncoding | 'windows-1258' | 'utf-16';

/** Rows of [legacy, Unicode], aligned character by character: base, then ´ ` ̉ ˜ ̣. */
const TCVN3_ROWS: [string, string][] = [
	['¸µ¶·¹', 'áàảãạ'],
	['¨¾»¼½Æ', 'ăắằẳẵặ'],
	['©ÊÇÈÉË', 'âấầẩẫậ'],
	['®', 'đ'],
	['ÐÌÎÏÑ', 'éèẻẽẹ'],
	['ªÕÒÓÔÖ', 'êếềểễệ'],
	['Ý×ØÜÞ', 'íìỉĩị'],
	['ãßáâä', 'óòỏõọ'],
	['«èåæçé', 'ôốồổỗộ'],
	['¬íêëìî', 'ơớờởỡợ'],
	['óïñòô', 'úùủũụ'],
	['\u00ADøõö÷ù', 'ưứừửữự'], // ư is 0xAD, the soft hyphen
	['ýúûüþ', 'ýỳỷỹỵ'],
	['¡¢£¤¥¦§', 'ĂÂÊÔƠƯĐ'], // the only capitals TCVN3 has
];

/** Rows of [legacy, Unicode], space-separated, lowercase; the capitals are the same upper-cased. */
const VNI_ROWS: [string, string][] = [
	['aù aø aû aõ aï', 'á à ả ã ạ'],
	['aê aé aè aú aü aë', 'ă ắ ằ ẳ ẵ ặ'],
	['aâ aá aà aå aã aä', 'â ấ ầ ẩ ẫ ậ'],
	['ñ', 'đ'],
	['eù eø eû eõ eï', 'é è ẻ ẽ ẹ'],
	['eâ eá eà eå eã eä', 'ê ế ề ể ễ ệ'],
	['í ì æ ó ò', 'í ì ỉ ĩ ị'],
	['où oø oû oõ oï', 'ó ò ỏ õ ọ'],
	['oâ oá oà oå oã oä', 'ô ố ồ ổ ỗ ộ'],
	['ô ôù ôø ôû ôõ ôï', 'ơ ớ ờ ở ỡ ợ'],
	['uù uø uû uõ uï', 'ú ù ủ ũ ụ'],
	['ö öù öø öû öõ öï', 'ư ứ ừ ử ữ ự'],
	['yù yø yû yõ î', 'ý ỳ ỷ ỹ ỵ'],
];

function buildMap(rows: [string, string][], split: (s: string) => string[], withUpper: boolean): Map<string, string> {
	const map = new Map<string, string>();
	for (const [legacy, unicode] of rows) {
		const from = split(legacy);
		const to = split(unicode);
		if (from.length !== to.length) throw new Error(`legacyEncoding: misaligned row ${legacy}`);
		from.forEach((l, i) => {
			map.set(l, to[i]!);
			if (withUpper) map.set(l.toUpperCase(), to[i]!.toUpperCase());
		});
	}
	return map;
}

const TABLES: Record<LegacyEncoding, Map<string, string>> = {
	tcvn3: buildMap(TCVN3_ROWS, (s) => [...s], false),
	vni: buildMap(VNI_ROWS, (s) => s.split(' '), true),
};

/** Words (with an ASCII letter) that must read as legacy, in number and as a share of all. */
const MIN_EVIDENCE = 2;
const MIN_SHARE = 0.15;

/** Letters and the legacy symbol characters (µ ¸ · § …) that stand for letters. */
const WORD = /[\p{L}\p{M}\u00A1-\u00FF]+/gu;
/** Only Unicode text has these: Vietnamese letters beyond Latin-1, or combining marks. */
const UNICODE_ONLY = /[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9\u0300-\u036F]/u;
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const HAS_TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
// initial? then either a vowel group that ends the syllable, or one that may take a final
const SYLLABLE = new RegExp(
	'^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?(' +
		'(iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|uya|uyu|' +
		'ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu)|' +
		'(uyê|iê|yê|oa|oă|oe|oo|uâ|uê|uô|uơ|uy|ươ|[aăâeêioôơuưy])(ch|nh|ng|[cmnpt])?' +
		')$',
	'u',
);

const VIETNAMESE_LETTERS = /^[a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]+$/u;

/** Whether a word is shaped like one Vietnamese syllable (initial, vowel group, final, ≤ 1 tone). */
function isSyllable(word: string): boolean {
	const lower = word.toLowerCase().normalize('NFC');
	if (!VIETNAMESE_LETTERS.test(lower)) return false;
	const nfd = lower.normalize('NFD');
	const tones = nfd.match(TONES)?.length ?? 0;
	return tones <= 1 && SYLLABLE.test(nfd.replace(TONES, '').normalize('NFC'));
}

/** Maps a run of characters, longest match first (VNI pairs before single characters). */
function mapRun(run: string, table: Map<string, string>, upper: boolean): string {
	let out = '';
	for (let i = 0; i < run.length; ) {
		const pair = table.get(run.slice(i, i + 2));
		const single = pair === undefined ? table.get(run[i]!) : undefined;
		const mapped = pair ?? single;
		out += mapped === undefined ? run[i] : upper ? mapped.toUpperCase() : mapped;
		i += pair === undefined ? 1 : 2;
	}
	return out;
}

const capitals = (word: string): number => word.match(/[A-Z¡-§]/g)?.length ?? 0;

/**
 * TCVN3 capitals: a word with no lowercase ASCII letter and a small toned code is upper-cased when
 * it has two capitals, or when the line is in capitals (no lowercase ASCII, and two capitals in
 * such words altogether: `VÒ VIÖC`, not `Sè: 45-KL/TU`).
 */
function convertLine(line: string, encoding: LegacyEncoding): string {
	const table = TABLES[encoding];
	const nfc = line.normalize('NFC');
	const inQuestion = (word: string) =>
		encoding === 'tcvn3' && !/[a-z]/.test(word) && [...word].some((c) => /\p{Ll}/u.test(table.get(c) ?? ''));
	const lineCapitals = /[a-z]/.test(nfc)
		? 0
		: (nfc.match(WORD) ?? []).filter(inQuestion).reduce((n, w) => n + capitals(w), 0);
	const upper = (word: string) => inQuestion(word) && (capitals(word) >= 2 || lineCapitals >= 2);
	return nfc.replace(WORD, (word) => mapRun(word, table, upper(word))).normalize('NFC');
}

/** Converts text typed in a legacy encoding to NFC Unicode (every line, no detection). */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
	return text
		.split('\n')
		.map((line) => convertLine(line, encoding))
		.join('\n');
}

type Counts = Record<LegacyEncoding, number>;

interface LineStats {
	/** Words with an ASCII letter: the only ones counted. */
	words: number;
	/** Words that read as Vietnamese only once converted (`héi` → `hội`, `hoøa` → `hòa`, `Q§` → `QĐ`). */
	evidence: Counts;
	/** Words the conversion changes into no Vietnamese at all (`naïve` → `naùve`). */
	against: Counts;
	/** Holds letters or marks that only Unicode text has. */
	unicode: boolean;
}

const ENCODINGS = ['tcvn3', 'vni'] as const;

const emptyStats = (): LineStats => ({ words: 0, evidence: { tcvn3: 0, vni: 0 }, against: { tcvn3: 0, vni: 0 }, unicode: false });

function lineStats(line: string): LineStats {
	const nfc = line.normalize('NFC');
	const stats = emptyStats();
	stats.unicode = UNICODE_ONLY.test(nfc);
	if (stats.unicode) return stats;
	for (const word of nfc.match(WORD) ?? []) {
		if (!/[A-Za-z]/.test(word)) continue;
		stats.words++;
		if (isSyllable(word)) continue;
		for (const encoding of ENCODINGS) {
			const converted = convertLine(word, encoding);
			if (converted === word) continue;
			const abbreviation =
				/Đ/.test(converted) && !/\p{Ll}/u.test(converted) && !HAS_TONE.test(converted.normalize('NFD'));
			if (isSyllable(converted) || abbreviation) stats.evidence[encoding]++;
			else stats.against[encoding]++;
		}
	}
	return stats;
}

/** Sums the statistics of several lines. */
function addStats(total: LineStats, stats: LineStats): LineStats {
	total.words += stats.words;
	for (const e of ENCODINGS) {
		total.evidence[e] += stats.evidence[e];
		total.against[e] += stats.against[e];
	}
	return total;
}

/**
 * The encoding with the most evidence, if it has at least MIN_EVIDENCE words, MIN_SHARE of all
 * words, and more evidence than words it would garble.
 */
function decide({ words, evidence, against }: LineStats): LegacyEncoding | null {
	const score = (e: LegacyEncoding) => evidence[e] - against[e];
	const best: LegacyEncoding = score('vni') > score('tcvn3') ? 'vni' : 'tcvn3';
	const count = evidence[best];
	return count >= MIN_EVIDENCE && count >= MIN_SHARE * words && count > against[best] ? best : null;
}

/**
 * Which legacy encoding the text is in, or null for Unicode (or anything else). Lines holding
 * Unicode-only Vietnamese letters are left out; the other lines are counted together.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
	return decide(text.split('\n').map(lineStats).reduce(addStats, emptyStats()));
}

/**
 * Converts the lines of a text that are in a legacy encoding, leaving Unicode lines as they are
 * (a Unicode header pasted above a TCVN3 body). A line that decides nothing on its own (`Sè: 12`,
 * one evidence word) follows its nearest decided lines above and below when they agree on a
 * legacy encoding, none of them is Unicode, and no word of the line would be garbled.
 */
export function toUnicode(text: string): { text: string; encoding: LegacyEncoding | null } {
	const lines = text.split('\n');
	type Verdict = LegacyEncoding | 'unicode' | null;
	const stats = lines.map(lineStats);
	const verdicts: Verdict[] = stats.map((s) => (s.unicode ? 'unicode' : decide(s)));
	const nearest = (from: number, step: 1 | -1): Verdict => {
		for (let i = from + step; i >= 0 && i < lines.length; i += step) if (verdicts[i]) return verdicts[i]!;
		return null;
	};
	let encoding: LegacyEncoding | null = null;
	const out = lines.map((line, i) => {
		let verdict = verdicts[i];
		if (!verdict) {
			const around = [nearest(i, -1), nearest(i, 1)].filter((v) => v !== null);
			const first = around[0];
			const agreed = first && first !== 'unicode' && around.every((v) => v === first);
			if (agreed && stats[i]!.against[first] === 0) verdict = first;
		}
		if (!verdict || verdict === 'unicode') return line;
		const converted = convertLine(line, verdict);
		if (converted !== line.normalize('NFC')) encoding ??= verdict;
		return converted;
	});
	return { text: encoding ? out.join('\n') : text, encoding };
}

/** Windows-1258 writes a tone as a combining mark after its letter: these bytes, after a vowel. */
const CP1258_TONE = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2]);
const ASCII_VOWEL = new Set([...'aeiouyAEIOUY'].map((c) => c.charCodeAt(0)));

/**
 * Text in Windows-1258 (code page 1258: tone marks as combining bytes after the
 * letter), decoded and composed to NFC; null when the bytes are not that. Told apart
 * from VNI and TCVN3 by evidence: tone bytes right after vowels, and words that then
 * read as Vietnamese syllables, far more than they would read as VNI or TCVN3.
 */
export function fromWindows1258(bytes: Uint8Array): string | null {
	let tones = 0;
	for (let i = 1; i < bytes.length; i++) {
		const previous = bytes[i - 1]!;
		if (CP1258_TONE.has(bytes[i]!) && (ASCII_VOWEL.has(previous) || previous >= 0xc0)) tones++;
	}
	if (tones < MIN_EVIDENCE) return null;
	const text = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
	const latin = new TextDecoder('windows-1252').decode(bytes);
	const legacy = toUnicode(latin).text.normalize('NFC');
	const syllables = (t: string) => (t.match(WORD) ?? []).filter((w) => /[^\x00-\x7F]/u.test(w) && isSyllable(w)).length;
	const read = syllables(text);
	return read >= MIN_EVIDENCE && read > syllables(legacy) ? text : null;
}
