/** Metadata the importer can read from the text itself, each with where it was read. */
import { numberAtStart, parseCitations } from '../lib/citations.ts';
import { isIsoDate } from '../lib/dates.ts';
import { DOCUMENT_TYPES, type DocumentType } from '../lib/documentTypes.ts';
import { foldedUpper, foldForMatch, foldWithOffsets } from '../lib/vietnamese.ts';
import type { Issuer } from '../schemas/issuer.ts';
import { AUTHORITY_PREFIX, type Signature } from './segments.ts';

export interface Found<T> {
	value: T;
	/** Where in the source it was read, in Vietnamese, for the reader and the archivist. */
	from: string;
}

/**
 * A type named by the document about itself: "Công văn này", "Thông báo này",
 * "Thông báo kết luận này"; the most frequent wins.
 */
export function typeFromSelfReference(text: string): Found<DocumentType> | null {
	let best: { type: DocumentType; count: number; phrase: string } | null = null;
	for (const type of DOCUMENT_TYPES) {
		const pattern = new RegExp(`(?<!\\p{L})${type.name}(?: kết luận)? này(?!\\p{L})`, 'giu');
		const matches = text.match(pattern);
		if (matches && (!best || matches.length > best.count)) best = { type, count: matches.length, phrase: matches[0]! };
	}
	return best ? { value: best.type, from: `cụm từ "${best.phrase}" trong văn bản` } : null;
}

function sameText(a: string, b: string): boolean {
	return a.normalize('NFC').toLocaleUpperCase('vi') === b.normalize('NFC').toLocaleUpperCase('vi');
}

/**
 * The issuer the registry recognises: by the body signed for (T/M BAN THƯỜNG VỤ)
 * or by a phrase naming it as the one speaking. Null unless exactly one matches.
 */
export function issuerFromText(
	text: string,
	signature: Signature | null,
	registry: readonly Issuer[],
): { found: Found<string> | null; ambiguous: string[] } {
	const signedFor = signature?.authority?.replace(AUTHORITY_PREFIX, '') ?? null;
	const matches: Found<string>[] = [];
	for (const issuer of registry) {
		if (signedFor && issuer.recognise.signedFor.some((s) => sameText(s, signedFor))) {
			matches.push({ value: issuer.id, from: `chữ ký "${signature!.authority}"` });
			continue;
		}
		const phrase = issuer.recognise.phrases.find((p) => text.normalize('NFC').includes(p.normalize('NFC')));
		if (phrase) matches.push({ value: issuer.id, from: `cụm từ "${phrase}" trong văn bản` });
	}
	if (matches.length === 1) return { found: matches[0]!, ambiguous: [] };
	return { found: null, ambiguous: matches.map((m) => m.value) };
}

/**
 * The issuer the header prints above the number ("TỈNH ỦY QUẢNG NAM", "ỦY BAN NHÂN
 * DÂN" / "TỈNH QUẢNG NAM" over two lines): registry entries whose name, or the name
 * their documents print, begins the issuer's line. The last line is tried first (a
 * Party header prints the superior body above), then the last lines joined.
 * Null unless exactly one matches.
 */
export function issuerFromHeader(bodies: readonly string[], registry: readonly Issuer[]): { found: Found<string> | null; ambiguous: string[] } {
	for (let from = bodies.length - 1; from >= 0; from--) {
		const printed = bodies.slice(from).join(' ');
		const line = foldedUpper(printed);
		const matches = registry.filter((issuer) =>
			[issuer.name, issuer.printedAs].some((name) => {
				if (!name) return false;
				const folded = foldedUpper(name);
				return line === folded || line.startsWith(folded + ' ');
			}),
		);
		if (matches.length === 1) return { found: { value: matches[0]!.id, from: `tiêu đề "${printed}"` }, ambiguous: [] };
		if (matches.length > 1) return { found: null, ambiguous: matches.map((m) => m.id) };
	}
	return { found: null, ambiguous: [] };
}

const TYPE_BY_SLUG = new Map<string, DocumentType>(DOCUMENT_TYPES.map((t) => [t.slug, t]));

/**
 * The type the code in a document's own number names: 369-CV/BTGTU a công văn,
 * 445-KL/TU a kết luận, 68/KH-UBND a kế hoạch, 1407/UBND-NNMT (no type code) a công văn;
 * a Party number's QĐ names none (Quyết định or Quy định).
 */
export function typeFromNumber(number: string): Found<DocumentType> | null {
	// A Party number's QĐ stands for Quyết định and, in practice, for Quy định (QĐi) too: it does not tell.
	if (/^[\d.]+-QĐ\//u.test(number)) return null;
	const type = numberAtStart(number)?.type;
	const found = type ? TYPE_BY_SLUG.get(type) : undefined;
	return found ? { value: found, from: `ký hiệu trong số ${number}` } : null;
}

/** How far into a text a title or an editor's lede is looked for. */
const LEDE_LINES = 6;
const TYPE_NAMES = DOCUMENT_TYPES.map((t) => t.name).sort((a, b) => b.length - a.length).join('|');
/** A lede naming the document it introduces: "giới thiệu toàn văn Nghị quyết …", "đã ký ban hành Chỉ thị số 17-CT/TU", "ban hành văn bản số 3653/UBND-TNMT". */
const LEDE = new RegExp(String.raw`(?:toàn\s+văn|ban\s+hành|giới\s+thiệu|công\s+bố)\s+(?:(?:bản|nội\s+dung)\s+)?(${TYPE_NAMES}|văn\s+bản(?=\s+số))(?![\p{L}])`, 'iu');
/** Type names folded, for a title line whatever its marks and case: "KẾT LỦẬN 127-KL/TW …". */
const FOLDED_TYPES = DOCUMENT_TYPES.map((type) => ({ type, folded: foldForMatch(type.name) })).sort((a, b) => b.folded.length - a.folded.length);
/** What may follow the type's name in a title: "số", a number, "của …", "về …", "hành động", a colon, or nothing. */
const TITLE_GO_ON = /^(?:\s+(?:so\b|\d|cua\b|ve\b|hanh dong\b)|\s*:|\s*$)/u;
/** "Ngày 14-11-2016, Ban Chấp hành … đã ban hành Nghị quyết số 10-NQ/TU": the sentence's date is the document's. */
const DATE_FIRST = /^\s*(?:LTS\s*:\s*)?Ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*,/iu;
/** "… số 144-QĐ/TW (ngày 9/5/2024)", "… của Bộ Chính trị ban hành ngày 22/12/2024". */
const DATE_NEXT = /^\s*(?:\(\s*)?(?:ban\s+hành\s+)?ngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu;

export interface Lede {
	type: Found<DocumentType>;
	/** The number and date the title or lede gives with the type, when they are given together. */
	number: Found<string> | null;
	issuedAt: Found<string> | null;
}

function isoOf(day: string, month: string, year: string): string | null {
	const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
	return isIsoDate(iso) ? iso : null;
}

/** A number's code and the type named with it agree: KH and Kế hoạch; the Party's QĐ stands for Quy định too. */
function agrees(type: DocumentType, number: string): boolean {
	const code = numberAtStart(number)?.type ?? null;
	return code === null || code === type.slug || (type.slug === 'quy-dinh' && code === 'quyet-dinh') || code === 'cong-van';
}

/** The number (and date) of the document a title or lede names at `from`, looking up to `reach` characters on for "số". */
function numberAt(line: string, from: number, reach: number): { number: string; date: string | null } | null {
	const after = line.slice(from, from + reach + 40);
	const so = /^\s+(?:số\s*:?\s*)?(?=\d)/iu.exec(after) ?? new RegExp(String.raw`^.{0,${reach}}?(?<![\p{L}])số\s*:?\s*(?=\d)`, 'iu').exec(after);
	if (!so) return null;
	const at = from + so[0].length;
	const cited = parseCitations(line.slice(at)).find((c) => c.start === 0);
	if (!cited) return null;
	const next = DATE_NEXT.exec(line.slice(at + cited.end));
	return { number: cited.number, date: cited.date ?? (next ? isoOf(next[1]!, next[2]!, next[3]!) : null) };
}

/**
 * The document a title line or an editor's lede names, where a repost has no header:
 * its type, and its number and date only when they stand with the type's name
 * ("toàn văn Nghị quyết số 45-NQ/TW ngày 24/11/2023", "CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ
 * SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001"); a number named elsewhere in the lede
 * is another document's. A mention with its number wins over one without.
 */
export function fromLede(lines: readonly string[]): Lede | null {
	const text = lines.filter((l) => l.trim() !== '').slice(0, LEDE_LINES);
	// A title in capitals may run over several lines.
	const capitals = text.findIndex((l) => /\p{Ll}/u.test(l));
	const title = (capitals > 1 ? text.slice(0, capitals).join(' ') : text[0]) ?? '';
	// The first mention with a number, given a date by a later mention of the same number if it has none; else the first with a type.
	let numbered = null as Lede | null;
	let typeOnly = null as Lede | null;
	for (const [i, line] of [title, ...text.slice(1)].entries()) {
		let type: DocumentType | undefined;
		let end = 0;
		let reach = 0;
		const lede = LEDE.exec(line);
		if (line.length < 300) {
			// A title: the first line, or a later one that gives the number right after the type ("Công văn số 175-CV/TU …").
			const { folded, map } = foldWithOffsets(line);
			const found = FOLDED_TYPES.find((t) => folded.startsWith(t.folded) && TITLE_GO_ON.test(folded.slice(t.folded.length)));
			if (found && (i === 0 || numberAt(line, map[found.folded.length]!, 0))) [type, end, reach] = [found.type, map[found.folded.length]!, i === 0 ? 100 : 0];
		}
		if (!type && lede) {
			const name = lede[1]!.replace(/\s+/gu, ' ').toLocaleLowerCase('vi');
			type = DOCUMENT_TYPES.find((t) => t.name.toLocaleLowerCase('vi') === name);
			end = lede.index + lede[0].length;
		}
		const mention = (type || lede) && numberAt(line, end, reach);
		const typeOf = type ?? (mention ? typeFromNumber(mention.number)?.value : undefined);
		if (!typeOf) continue;
		const quote = line.length > 120 ? `${line.slice(Math.max(0, end - 60), end + 60).trim()}…` : line;
		const from = `${end === (lede ? lede.index + lede[0].length : -1) ? 'lời dẫn' : 'dòng tiêu đề'} "${quote}"`;
		const own = mention && agrees(typeOf, mention.number) ? mention : null;
		const before = lede ? DATE_FIRST.exec(line.slice(0, lede.index).split(/\.\s/u).at(-1) ?? '') : null;
		const date = own?.date ?? (own && before ? isoOf(before[1]!, before[2]!, before[3]!) : null);
		const found: Lede = {
			type: { value: typeOf, from },
			number: own ? { value: own.number, from } : null,
			issuedAt: date ? { value: date, from } : null,
		};
		if (!found.number) {
			typeOnly ??= found;
			continue;
		}
		if (numbered && numbered.number!.value !== found.number.value) continue;
		numbered = numbered ? { ...numbered, issuedAt: numbered.issuedAt ?? found.issuedAt } : found;
		if (numbered.issuedAt) return numbered;
	}
	return numbered ?? typeOnly;
}
