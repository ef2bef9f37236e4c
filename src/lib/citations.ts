/**
 * Finds citations of other documents in Vietnamese text: "Nghị quyết số 307-NQ/TU
 * ngày 06/12/2023 của Ban Chấp hành Đảng bộ tỉnh", "Quyết định số 418-QĐ/TU, ngày
 * 17/4/2026", "33/2009/QĐ-UBND", the short form "Nghị quyết số 57" after a full
 * citation of 57-NQ/TW, and the variants that OCR, portals and hurried typing leave:
 * `445-KL/TƯ` (TU or TW, decided from the words after it), `số31-QĐ/TW` glued,
 * `16 -⏎HD/BTCTW` broken over a line, `TT-BGD ĐT` with a space inside the code, and
 * a date after `ngàỷ` with its marks scrambled.
 *
 * Every pattern has bounded repetition and every look-around reads a bounded
 * window, so the work is linear in the length of the text. Input is expected in NFC.
 */
import { DOCUMENT_TYPES, type DocumentTypeSlug } from './documentTypes.ts';
import { isIsoDate } from './dates.ts';
import { foldForMatch, foldWithOffsets } from './vietnamese.ts';

/** What a citation can name: the archive's types and the State's legal documents. */
export type CitedType = DocumentTypeSlug | 'nghi-dinh' | 'thong-tu' | 'luat';

/** How the citing document relates to the cited one, as its words say. */
export type Relation = 'can-cu' | 'thuc-hien' | 'sua-doi' | 'thay-the' | 'bai-bo' | 'dan-chieu';

export const RELATION_LABELS: Record<Relation, string> = {
	'can-cu': 'căn cứ',
	'thuc-hien': 'thực hiện',
	'sua-doi': 'sửa đổi, bổ sung',
	'thay-the': 'thay thế',
	'bai-bo': 'bãi bỏ',
	'dan-chieu': 'dẫn chiếu',
};

export interface Citation {
	/** The exact text of the citation, as it stands in the input. */
	text: string;
	start: number;
	end: number;
	type: CitedType | null;
	/** Canonical number: 307-NQ/TU, 01/2024/QĐ-UBND. */
	number: string;
	/** ISO date, when the citation gives one. */
	date: string | null;
	/** The issuing body as the citation names it ("Ban Thường vụ Tỉnh ủy"). */
	issuer: string | null;
	relation: Relation;
	/** Set when the number had to be guessed in part (OCR's `TƯ` with nothing to tell TU from TW). */
	doubt?: string;
}

/** An earlier citation the text does not show (e.g. one already marked as a link), for short forms. */
export interface PriorCitation {
	start: number;
	type: CitedType | null;
	number: string;
}

const TYPE_NAMES: { name: string; type: CitedType }[] = [
	{ name: 'Thông báo kết luận', type: 'thong-bao' as const },
	...DOCUMENT_TYPES.map((t) => ({ name: t.name, type: t.slug as CitedType })),
	{ name: 'Nghị định', type: 'nghi-dinh' as const },
	{ name: 'Thông tư', type: 'thong-tu' as const },
	{ name: 'Luật', type: 'luat' as const },
].sort((a, b) => b.name.length - a.name.length);

const TYPE_NAME_SOURCE = TYPE_NAMES.map((t) => t.name.replace(/ /g, '\\s+')).join('|');

function typeOfName(name: string): CitedType {
	const folded = name.replace(/\s+/g, ' ').toLocaleLowerCase('vi');
	return TYPE_NAMES.find((t) => t.name.toLocaleLowerCase('vi') === folded)!.type;
}

// ---------------------------------------------------------------- numbers

/**
 * A number: digits (66.25 allowed), then up to six groups joined by - or /, each
 * a four-digit year or a code (NQ, TU, QĐ, TTr, ThU, OCR's T.Ư…). Spaces and one
 * line break around the joints are tolerated ("369 - CV/BTGTU", "16 -⏎HD/BTCTW").
 * It must not touch a letter, digit or joint, except the word "số" glued before it.
 */
const JOINT = String.raw`[ \t]{0,3}\n?[ \t]{0,3}[\-/][ \t]{0,3}\n?[ \t]{0,3}`;
// A code may hold "&" (NN&PTNT) or a dot before more capitals (QĐ.UB, OCR's T.Ư).
const CODE = String.raw`(?:\d{4}(?![\p{L}\p{N}])|[\p{Lu}Ð][\p{L}\p{N}Ð&]{0,11}(?:\.[\p{Lu}Ð][\p{L}\p{N}Ð&]{0,8})?)`;
const NUMBER_BODY = String.raw`(\d{1,5}(?:\.\d{1,3})?)((?:${JOINT}${CODE}){1,6})(?![\p{L}\p{N}])`;
const NUMBER = new RegExp(String.raw`(?:(?<=(?<![\p{L}])[Ss]ố)|(?<![\p{L}\p{N}./\-]))${NUMBER_BODY}`, 'gu');
const NUMBER_AT_START = new RegExp(String.raw`^\s{0,3}${NUMBER_BODY}`, 'u');
const GROUP = new RegExp(String.raw`([\-/])\s*(${CODE})`, 'gu');
/** A ministry's code typed with a space inside: "TT-BGD ĐT" for TT-BGDĐT. */
const SPLIT_CODE = /^ ([\p{Lu}Ð]{1,4})(?![\p{L}\p{N}])/u;

const PARTY_TYPE_CODES = new Map<string, DocumentTypeSlug>(DOCUMENT_TYPES.map((t) => [t.code, t.slug]));
const STATE_TYPE_CODES = new Map<string, CitedType>([
	['NQ', 'nghi-quyet'],
	['QĐ', 'quyet-dinh'],
	['CT', 'chi-thi'],
	['KH', 'ke-hoach'],
	['TB', 'thong-bao'],
	['BC', 'bao-cao'],
	['TTr', 'to-trinh'],
	['HD', 'huong-dan'],
	['CTr', 'chuong-trinh'],
	['QC', 'quy-che'],
	['ĐA', 'de-an'],
	['PA', 'phuong-an'],
	['BB', 'bien-ban'],
	['NĐ', 'nghi-dinh'],
	['TT', 'thong-tu'],
	['QH', 'luat'],
]);
/** Codes as OCR or hurried typing leaves them, and how they are written. */
const CODE_FIXES = new Map([
	['QD', 'QĐ'],
	['QDi', 'QĐi'],
	['QĐI', 'QĐi'],
	['QDI', 'QĐi'],
	['ND', 'NĐ'],
	['DA', 'ĐA'],
	['BCSD', 'BCSĐ'],
	['DU', 'ĐU'],
	['ƯBND', 'UBND'],
]);
/** OCR's reading of TU or TW: "Ư" for the U of TU, or "TƯ", the abbreviation of Trung ương. */
const OCR_TU = new Set(['TƯ', 'T.Ư']);

function fixCode(code: string): string {
	const plain = code.replace(/Ð/g, 'Đ');
	if (OCR_TU.has(plain)) return 'TW';
	return CODE_FIXES.get(plain) ?? plain;
}

/**
 * A number whose issuer code OCR read as `TƯ` (parsed as TW), decided from the words
 * that name its issuer: "của Tỉnh ủy" → TU; "Trung ương", "Bộ Chính trị" → TW; with
 * neither, TW is kept and `doubt` says so.
 */
export function resolveTu(number: string, issuerWords: string | null): { number: string; doubt?: string } {
	const words = foldForMatch(issuerWords ?? '');
	if (/\b(?:tinh uy|thanh uy|dang bo tinh|dang bo thanh pho)\b/.test(words)) return { number: number.replace(/\/TW(?=$|-)/, '/TU') };
	if (/\b(?:trung uong|bo chinh tri|ban bi thu)\b/.test(words)) return { number };
	return { number, doubt: `"TƯ" in ${number} read as TW (Trung ương); nothing near it names the issuer: write TU if a tỉnh ủy issued it` };
}

/** A code is mostly capitals: NQ, UBND, ThU, TTr, QĐi; not a word such as "Năm". */
function isCode(token: string): boolean {
	if (/^\d{4}$/.test(token)) return true;
	const upper = token.match(/[\p{Lu}\d]/gu)?.length ?? 0;
	const lower = token.length - upper;
	return token.length >= 2 && upper >= 2 && lower <= 1;
}

/** Party issuer codes: TW, TU, HU, QU, ThU, ĐU, ĐĐ, BCSĐ, BCĐ and the bodies of a committee (BTCTU, VPTW…). */
function isPartyIssuer(code: string): boolean {
	return /^(?:TW|TU|HU|QU|ThU|ĐU|ĐĐ|BCSĐ|BCĐ)$/u.test(code) || /^[\p{Lu}]{2,8}(?:TU|TW|HU|QU)$/u.test(code);
}

export interface ParsedNumber {
	number: string;
	type: CitedType | null;
	/** The issuer code was OCR's `TƯ`, read as TW: see resolveTu. */
	ocrTu?: true;
}

/**
 * The canonical form of a number found in text, and the type its code names.
 * Party: 307-NQ/TU (also from 22/CT-TW and 66/QĐ/TW); State: 128/KH-UBND,
 * 01/2024/QĐ-UBND, 1407/UBND-NNMT. Null when it is not a document number.
 */
export function parseNumber(lead: string, rest: string): ParsedNumber | null {
	const groups = [...rest.matchAll(GROUP)].map((m) => ({ sep: m[1]!, code: m[2]! }));
	if (!groups.every((g) => isCode(g.code))) return null;
	const codes = groups.map((g) => fixCode(g.code));
	if (!codes.some((c) => !/^\d{4}$/.test(c))) return null;
	const parsed = partyOrState(lead, groups.map((g) => g.sep).join(''), codes);
	return parsed && groups.some((g) => OCR_TU.has(g.code)) ? { ...parsed, ocrTu: true } : parsed;
}

/**
 * Whether a citation names the document's own number: the same number, or the same
 * with TU for the TW that OCR's `TƯ` was read as.
 */
export function isOwnNumber(citation: Pick<Citation, 'number' | 'text'>, own: string | null): boolean {
	if (own === null) return false;
	return citation.number === own || (/T\.?Ư/u.test(citation.text) && citation.number.replace(/\/TW(?=$|-)/u, '/TU') === own);
}

/**
 * The number that `text` starts with (after a few spaces), and how much of the text
 * it took: for a header's "Số:" line, where the number may be glued, spaced or
 * broken over a line.
 */
export function numberAtStart(text: string): (ParsedNumber & { length: number }) | null {
	const m = NUMBER_AT_START.exec(text);
	if (!m) return null;
	const parsed = parseNumber(m[1]!, m[2]!);
	if (!parsed) return null;
	const split = splitCodeAfter(parsed, text.slice(m[0].length));
	return { ...split.parsed, length: m[0].length + split.length };
}

/** "TT-BGD ĐT": a ministry's code (B…) followed by a short capital word belongs to it. */
function splitCodeAfter(parsed: ParsedNumber, after: string): { parsed: ParsedNumber; length: number } {
	const m = SPLIT_CODE.exec(after);
	if (!m || !/-B[\p{Lu}Đ]{1,6}$/u.test(parsed.number)) return { parsed, length: 0 };
	return { parsed: { ...parsed, number: parsed.number + m[1]!.replace(/Ð/g, 'Đ') }, length: m[0].length };
}

function partyOrState(lead: string, seps: string, codes: string[]): ParsedNumber | null {

	// Party form N-TYPE/ISSUER[-ISSUER…]
	if (seps.startsWith('-/') && /^-\/-*$/.test(seps) && !/^\d/.test(codes[0]!)) {
		return {
			number: `${lead}-${codes[0]}/${codes.slice(1).join('-')}`,
			type: PARTY_TYPE_CODES.get(codes[0]!) ?? null,
		};
	}
	// Party document written the State way: 22/CT-TW, 66/QĐ/TW.
	if ((seps === '/-' || seps === '//') && PARTY_TYPE_CODES.has(codes[0]!) && isPartyIssuer(codes[1]!)) {
		return { number: `${lead}-${codes[0]}/${codes[1]}`, type: PARTY_TYPE_CODES.get(codes[0]!) ?? null };
	}
	// State forms: N/[YEAR/]TYPE-ISSUER or N/ISSUER-UNIT (a công văn).
	if (seps.startsWith('/')) {
		let number = lead;
		codes.forEach((code, i) => (number += seps[i] + code));
		const first = codes.find((c) => !/^\d{4}$/.test(c))!;
		const type = STATE_TYPE_CODES.get(first) ?? (/-/.test(seps) ? 'cong-van' : null);
		return { number, type };
	}
	return null;
}

// ---------------------------------------------------------------- context

const TYPE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${TYPE_NAME_SOURCE})(?:\s+số)?\s*:?\s*$`, 'iu');
/** A date right after a number, matched on folded text, so "ngàỷ" with scrambled marks still reads. */
const DATE_AFTER = new RegExp(
	String.raw`^\s{0,3},?\s{0,3}(?:ban\s+hanh\s+)?ngay\s{1,3}(?:(\d{1,2})\s{0,2}[/.\-]\s{0,2}(\d{1,2})\s{0,2}[/.\-]\s{0,2}(\d{4})|(\d{1,2})\s{1,3}thang\s{1,3}(\d{1,2})\s{1,3}nam\s{1,3}(\d{4}))(?![\p{N}])`,
	'u',
);

/** "ngày 10/10/2008, Thủ tướng Chính phủ đã ban hành [Chỉ thị số 30/2008/CT-TTg]": a date that opens the clause. */
const DATE_BEFORE = /ngày\s{1,3}(\d{1,2})\s{0,2}[/.\-]\s{0,2}(\d{1,2})\s{0,2}[/.\-]\s{0,2}(\d{4})\s{0,3},[^.;\n]{0,80}?(?:đã\s{1,3})?(?:ký\s{1,3})?ban\s{1,3}hành\s{1,3}$/iu;

/** The date given before a citation, in the clause that issues it; it takes no text after the citation. */
function dateBefore(text: string): { date: string; length: number } | null {
	const m = DATE_BEFORE.exec(text);
	if (!m) return null;
	const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
	return isIsoDate(iso) ? { date: iso, length: 0 } : null;
}

/** The date that `text` starts with, and the length of text it took. */
function dateAfter(text: string): { date: string; length: number } | null {
	const { folded, map } = foldWithOffsets(text);
	const m = DATE_AFTER.exec(folded);
	if (!m) return null;
	const [d, mo, y] = m[1] ? [m[1], m[2]!, m[3]!] : [m[4]!, m[5]!, m[6]!];
	const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
	return isIsoDate(iso) ? { date: iso, length: map[m[0].length]! } : null;
}
const ISSUER_HEADS =
	'Ban|Bộ|Ủy ban|Uỷ ban|UBND|HĐND|Thường trực|Thường vụ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Đảng ủy|Đảng uỷ|Đảng bộ|Đảng đoàn|Chính phủ|Thủ tướng|Hội đồng|Văn phòng|Sở|Trung ương|Quốc hội|Chủ tịch|BCH|BTV';
const ISSUER_AFTER = new RegExp(String.raw`^\s{0,3},?\s{0,3}của\s{1,3}((?:${ISSUER_HEADS.replace(/ /g, '\\s+')})(?![\p{L}]))`, 'u');
/** Lowercase words that belong inside the name of a body ("Ủy ban nhân dân tỉnh"). */
const NAME_WORDS = new Set(
	'tỉnh thành phố huyện xã phường nhân dân chấp hành thường vụ trực đảng bộ chính phủ trị cán sự ủy uỷ ban trung ương quốc hội khóa khoá'.split(' '),
);
const NAME_WORD = /^\s{1,3}([\p{L}\p{N}]+)/u;

/** The issuer named right after a citation, up to twelve words long; its end offset. */
function issuerAfter(text: string, from: number): { name: string; end: number } | null {
	const head = ISSUER_AFTER.exec(text.slice(from, from + 40));
	if (!head) return null;
	let end = from + head[0].length;
	const words = [head[1]!.replace(/\s+/g, ' ')];
	for (let i = 0; i < 12; i++) {
		const m = NAME_WORD.exec(text.slice(end, end + 40));
		if (!m) break;
		const word = m[1]!;
		if (!/^[\p{Lu}\p{N}]/u.test(word) && !NAME_WORDS.has(word.toLocaleLowerCase('vi'))) break;
		// "… tỉnh ban hành Quy định": the verb ends the name.
		if (word === 'ban' && /^\s{1,3}hành(?!\p{L})/u.test(text.slice(end + m[0].length, end + m[0].length + 8))) break;
		words.push(word);
		end += m[0].length;
	}
	return { name: words.join(' '), end };
}

const RELATION_WORDS: [RegExp, Relation][] = [
	[/căn\s+cứ/giu, 'can-cu'],
	[/thực\s+hiện|triển\s+khai|theo\s+tinh\s+thần|quán\s+triệt|cụ\s+thể\s+hóa/giu, 'thuc-hien'],
	[/sửa\s+đổi|bổ\s+sung/giu, 'sua-doi'],
	[/thay\s+thế/giu, 'thay-the'],
	[/bãi\s+bỏ|hủy\s+bỏ|huỷ\s+bỏ/giu, 'bai-bo'],
];

/** The relation the words just before a citation state; the closest wins, within the clause. */
function relationBefore(text: string, start: number): Relation {
	const window = text.slice(Math.max(0, start - 60), start);
	const clause = window.slice(Math.max(window.lastIndexOf(';'), window.lastIndexOf('.'), window.lastIndexOf('\n')) + 1);
	let best: { at: number; relation: Relation } | null = null;
	for (const [pattern, relation] of RELATION_WORDS) {
		for (const m of clause.matchAll(pattern)) {
			if (!best || m.index > best.at) best = { at: m.index, relation };
		}
	}
	return best?.relation ?? 'dan-chieu';
}

// ---------------------------------------------------------------- parsing

const SHORT_FORM = new RegExp(String.raw`(?<![\p{L}])(${TYPE_NAME_SOURCE})\s{1,3}(?:số\s{1,3})?(\d{1,5})(?![\p{L}\p{N}]|\s{0,3}[\-/.]\s{0,3}[\p{L}\p{N}]|,\d)`, 'giu');

export function parseCitations(text: string, options: { prior?: readonly PriorCitation[] } = {}): Citation[] {
	const found: Citation[] = [];
	for (const m of text.matchAll(NUMBER)) {
		const read = parseNumber(m[1]!, m[2]!);
		if (!read) continue;
		const numberStart = m.index;
		const split = splitCodeAfter(read, text.slice(numberStart + m[0].length, numberStart + m[0].length + 8));
		const parsed = split.parsed;
		let start = numberStart;
		let end = numberStart + m[0].length + split.length;
		let type = parsed.type;

		const before = TYPE_BEFORE.exec(text.slice(Math.max(0, numberStart - 40), numberStart));
		if (before) {
			start = numberStart - before[0].length;
			type = typeOfName(before[1]!);
		}
		const date = dateAfter(text.slice(end, end + 60)) ?? dateBefore(text.slice(Math.max(0, start - 140), start));
		if (date) end += date.length;
		const issuer = issuerAfter(text, end);
		if (issuer) end = issuer.end;
		const number = parsed.ocrTu ? resolveTu(parsed.number, issuer?.name ?? text.slice(end, end + 40)) : { number: parsed.number };
		found.push({
			text: text.slice(start, end),
			start,
			end,
			type,
			number: number.number,
			date: date?.date ?? null,
			issuer: issuer?.name ?? null,
			relation: relationBefore(text, start),
			...(number.doubt ? { doubt: number.doubt } : {}),
		});
	}

	// "Căn cứ A và B": B shares A's relation when only a conjunction stands between them.
	for (let i = 1; i < found.length; i++) {
		const between = text.slice(found[i - 1]!.end, found[i]!.start);
		if (/^\s{0,3}(?:,|;|và|hoặc|,\s{0,3}và)\s{0,3}$/u.test(between)) found[i]!.relation = found[i - 1]!.relation;
	}

	// Short forms ("Nghị quyết số 57"): the same document's earlier full citation says which.
	const full = [...(options.prior ?? []), ...found].sort((a, b) => a.start - b.start);
	const shorts: Citation[] = [];
	let next = 0;
	let covering = 0;
	const latest = new Map<string, string>();
	for (const m of text.matchAll(SHORT_FORM)) {
		while (next < full.length && full[next]!.start < m.index) {
			const f = full[next++]!;
			latest.set(`${f.type}|${f.number.match(/^[\d.]+/)![0]}`, f.number);
		}
		while (covering < found.length && found[covering]!.end <= m.index) covering++;
		const inside = covering < found.length && found[covering]!.start <= m.index;
		const type = typeOfName(m[1]!);
		const number = latest.get(`${type}|${m[2]}`);
		if (!number || inside) continue;
		const end = m.index + m[0].length;
		const issuer = issuerAfter(text, end);
		shorts.push({
			text: text.slice(m.index, issuer?.end ?? end),
			start: m.index,
			end: issuer?.end ?? end,
			type,
			number,
			date: null,
			issuer: issuer?.name ?? null,
			relation: relationBefore(text, m.index),
		});
	}
	return [...found, ...shorts].sort((a, b) => a.start - b.start);
}

/** The type a citation's own words name ("Kế hoạch số 280…" → ke-hoach), if any. */
export function typeNamedIn(text: string): CitedType | null {
	const m = new RegExp(String.raw`^(${TYPE_NAME_SOURCE})(?![\p{L}])`, 'iu').exec(text.trim());
	return m ? typeOfName(m[1]!) : null;
}

/** The issuer a citation's own words name ("… của Ban Thường vụ Tỉnh ủy"), if any. */
export function issuerNamedIn(text: string): string | null {
	const at = text.search(/\scủa\s/u);
	return at < 0 ? null : (issuerAfter(text, at)?.name ?? null);
}
