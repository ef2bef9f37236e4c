/**
 * Reads the two-column header of a directive, wherever the source put it and
 * however it was flattened:
 *
 *   TỈNH ỦY QUẢNG NAM                 ĐẢNG CỘNG SẢN VIỆT NAM
 *          *                    Quảng Nam, ngày 03 tháng 5 năm 2024
 *   Số 307-NQ/TU
 *
 *   ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *   Số: 1407/UBND-NNMT                   Độc lập - Tự do - Hạnh phúc
 *   V/v báo cáo tình hình …        Quảng Nam, ngày 10 tháng 8 năm 2023
 *
 * A Word table or page 1 of a PDF gives the two columns; a text export or a portal
 * gives the cells as lines: column by column, row by row, one cell per line, with
 * `|` between cells or as a Markdown table, `-----` rules under the bodies, words
 * broken over lines ("Hà⏎Nội", "Số:⏎216-QĐ/TW"), and website text above. The
 * reader therefore joins the header's lines into one text and finds its parts by
 * what they are (the motto, "Số …", "…, ngày … tháng … năm …", "V/v …"), matched
 * with marks folded so that OCR's damage still reads; what is left in capitals is
 * the issuing body. Only what the header prints is read: a blank number or date
 * ("Số:    /KH-UBND", "ngày    tháng    năm 2024") stays unknown.
 */
import { numberAtStart, resolveTu } from '../lib/citations.ts';
import { isIsoDate } from '../lib/dates.ts';
import { DOCUMENT_TYPES, headingType } from '../lib/documentTypes.ts';
import { isCanonicalNumber } from '../lib/numbers.ts';
import { foldForMatch, foldWithOffsets } from '../lib/vietnamese.ts';

export interface HeaderColumns {
	left: string[];
	right: string[];
}

export interface HeaderFields {
	/** Party or State, from the motto line. */
	system: 'dang' | 'nha-nuoc' | null;
	/** The bodies printed above the number, top (superior) to bottom (the issuer). */
	bodies: string[];
	number: string | null;
	issuedAt: string | null;
	/** The year, also when only the year of the date is filled in. */
	year: number | null;
	place: string | null;
	/** A công văn's trích yếu under its number: "V/v …". */
	subject: string | null;
	/** Which of number and date the header prints as blanks to fill in ("Số:      /KH-UBND"). */
	blank: { number: boolean; date: boolean };
	/** What could not be read, for the archivist. */
	warnings: string[];
}

// ------------------------------------------------------------------ the text

/** Line breaks stay "\n"; a cell boundary (`|`, a rule, a blank line) becomes "\n\n", which no value crosses. */
const BREAK = '\n\n';
const RULE = /^[-–—_=*:.·•\s]*$/u;

/** Markdown emphasis and heading marks around a cell's text. */
function stripMarks(cell: string): string {
	return cell
		.replace(/^#{1,6}\s+/u, '')
		.replace(/\*\*|__|(?<=\S)\*(?=\s|$)|(?<=^|\s)\*(?=\S)/gu, '')
		.trim();
}

/** The cells of one line: split at `|`, marks stripped; a rule or an empty cell is a boundary (null). */
function cellsOf(line: string): (string | null)[] {
	return line.split('|').map((cell) => {
		const text = stripMarks(cell.replace(/\u00A0/g, ' '));
		return text === '' || RULE.test(text) ? null : text;
	});
}

/** The header's lines as one text, with the index of the line each character came from. */
function joinLines(lines: readonly string[]): { text: string; lineAt: number[] } {
	let text = '';
	const lineAt: number[] = [];
	const add = (s: string, line: number) => {
		text += s;
		for (let i = 0; i < s.length; i++) lineAt.push(line);
	};
	lines.forEach((line, index) => {
		for (const cell of cellsOf(line)) {
			if (cell === null) {
				if (text !== '' && !text.endsWith(BREAK)) add(text.endsWith('\n') ? '\n' : BREAK, index);
			} else {
				if (text !== '' && !text.endsWith('\n')) add('\n', index);
				add(cell, index);
			}
		}
	});
	return { text, lineAt };
}

// ------------------------------------------------------------------ the parts

type PartKind = 'motto-dang' | 'motto-state' | 'slogan' | 'number' | 'date' | 'subject';

interface Part {
	kind: PartKind;
	start: number;
	end: number;
	/** Where a number's value starts, after its label "Số:". */
	value?: number;
}

/** Patterns on the folded text (lowercase, no marks, đ as d). */
const TYPE_LABEL = DOCUMENT_TYPES.map((t) => foldForMatch(t.name).replace(/ /g, '\\s+')).join('|');
const PATTERNS: [PartKind, RegExp][] = [
	// A motto starts its line, or stands in capitals beside the bodies ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …").
	['motto-state', /cong\s*hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s*nam/gu],
	// A damaged copy may lose the end of the line: "ĐẢNG CỘNG SẢN⏎VIỆT".
	['motto-dang', /dang\s+cong\s+san(?:\s+viet(?:\s*nam)?)?(?![\p{L}])/gu],
	['slogan', /doc\s*lap\s*[-–—]?\s*tu\s*do\s*[-–—]?\s*hanh\s*phuc/gu],
	// "Số" starts a line or cell: "Số 307-NQ/TU", "Số: 68/KH-UBND", "Số:⏎216-QĐ/TW", "Số:      /KH-UBND",
	// also after the type's name: "Nghị quyết số: 653/2019/UBTVQH14".
	[
		'number',
		new RegExp(String.raw`(?<=^|\n)[ \t]{0,20}(?:(?:${TYPE_LABEL})[ \t]{1,5})?so[ \t]{0,5}(?::[ \t]{0,20}|\.?[ \t]{0,20}(?=\n?[ \t]{0,20}(?:\d|[.…_ \t]{0,40}[-/])))`, 'gu'),
	],
	['subject', /(?<=^|\n)[ \t]*(?:v\/v|ve viec)(?![\p{L}])/gu],
];
// Repetition is bounded, so that a long run of spaces or dots costs no more than its length.
const DATE_WORDS = /ngay[\s.…_]{0,40}(\d{1,2})?[\s.…_]{0,40}thang[\s.…_]{0,40}(\d{1,2})?[\s.…_]{0,40}nam[\s.…_]{0,40}(\d{4})?/gu;
const DATE_DIGITS = /(?:ngay\s{0,5}|(?<=,\s{0,5}))(\d{1,2})\s{0,3}[./-]\s{0,3}(\d{1,2})\s{0,3}[./-]\s{0,3}(\d{4})(?!\d)/gu;
/** A blank number after "Số": "      /KH-UBND", "……-CV/TU". */
const BLANK_NUMBER = /^[ \t.…_]{0,40}[-/][^\n]*/u;

/** A number part labelled "Số" alone, not "Nghị quyết số". */
function isPlainNumber(text: string, part: Part): boolean {
	return part.kind === 'number' && /^\s*\S{2}\s*[:.\d/\-…_]/u.test(text.slice(part.start, part.end));
}

function overlapping(parts: readonly Part[], start: number, end: number): Part | undefined {
	return parts.find((p) => start < p.end && end > p.start);
}

/** A word of a place name: "Lai", "Châu", "Rang-Tháp", "TP."; not a body in capitals, nor a number. */
function isPlaceWord(word: string): boolean {
	if (word === 'TP.' || word === 'Tp.') return true;
	if (!/^\p{Lu}/u.test(word) || /\d/.test(word)) return false;
	const letters = word.replace(/[^\p{L}]/gu, '');
	return letters.length < 2 || /\p{Ll}/u.test(letters);
}

/** The place just before a date ("Lai Châu, ngày …"): up to six capitalised words, within its cell. */
function placeBefore(text: string, dateStart: number, cell: number): { start: number; place: string } | null {
	// Six words are never more than a couple of hundred characters.
	const floor = Math.max(cell, dateStart - 200);
	const before = text.slice(floor, dateStart);
	const comma = /,[ \t\n]{0,40}$/u.exec(before);
	if (!comma) return null;
	let at = comma.index;
	const words: string[] = [];
	while (words.length < 6) {
		const m = /(\S+)(\s*)$/u.exec(before.slice(0, at));
		// "Quận 2, ngày …": a district's number ends its name.
		const districtNumber = words.length === 0 && m !== null && /^\d{1,2}$/u.test(m[1]!);
		if (!m || m[2]!.includes(BREAK) || !(isPlaceWord(m[1]!) || districtNumber)) break;
		words.unshift(m[1]!);
		at = m.index;
	}
	if (/^\d/u.test(words.at(-1) ?? '') && !/^(?:Quận|Phường)$/u.test(words.at(-2) ?? '')) return null;
	return words.length ? { start: floor + at, place: words.join(' ') } : null;
}

interface HeaderDate {
	day: string | undefined;
	month: string | undefined;
	year: string | undefined;
	place: string | null;
}

/**
 * The parts of a header's text, in order. A number part holds the label and the
 * number (or its blank); a V/v part runs to the end of its cell; the date part
 * starts at its place.
 */
function findParts(text: string): { parts: Part[]; date: HeaderDate | null } {
	const { folded, map } = foldWithOffsets(text);
	const at = (i: number) => map[i]!;
	let parts: Part[] = [];
	for (const [kind, pattern] of PATTERNS) {
		for (const m of folded.matchAll(pattern)) {
			const start = at(m.index);
			let end = at(m.index + m[0].length);
			if (overlapping(parts, start, end)) continue;
			if ((kind === 'motto-state' || kind === 'motto-dang') && !/(?:^|\n)[ \t]*$/u.test(text.slice(0, start)) && /\p{Ll}/u.test(text.slice(start, end))) continue;
			if (kind === 'number') {
				// The number, its blank, or (unreadable) the rest of its line.
				const value = end;
				end += numberAtStart(text.slice(end, end + 60))?.length ?? (BLANK_NUMBER.exec(text.slice(end)) ?? /^[^\n]*/u.exec(text.slice(end))!)[0].length;
				parts.push({ kind, start, end, value });
			} else parts.push({ kind, start, end });
		}
	}
	// "Nghị quyết số: 653/…" stands for "Số:" only where no line starts with "Số"; else it is a V/v text's citation.
	if (parts.some((p) => isPlainNumber(text, p))) parts = parts.filter((p) => p.kind !== 'number' || isPlainNumber(text, p));
	parts.sort((a, b) => a.start - b.start);
	for (const [i, part] of parts.entries()) {
		if (part.kind !== 'subject') continue;
		const cellEnd = text.indexOf(BREAK, part.end);
		part.end = Math.min(parts[i + 1]?.start ?? text.length, cellEnd < 0 ? text.length : cellEnd);
	}
	// The first date outside the other parts is the header's; one with its place may end a V/v text.
	let date: HeaderDate | null = null;
	const dates = [...folded.matchAll(DATE_WORDS), ...folded.matchAll(DATE_DIGITS)].sort((a, b) => a.index - b.index);
	for (const m of dates) {
		const start = at(m.index);
		const end = at(m.index + m[0].length);
		const inside = overlapping(parts, start, end);
		if (inside && inside.kind !== 'subject') continue;
		const floor = Math.max(inside?.start ?? 0, ...parts.filter((p) => p !== inside && p.end <= start).map((p) => p.end));
		const place = placeBefore(text, start, floor);
		if (inside && !place) continue;
		if (!place && !folded.startsWith('ngay', m.index)) continue;
		const dateStart = place?.start ?? start;
		if (inside) inside.end = dateStart;
		parts.push({ kind: 'date', start: dateStart, end });
		date = { day: m[1], month: m[2], year: m[3], place: place?.place ?? null };
		break;
	}
	parts.sort((a, b) => a.start - b.start);
	return { parts, date };
}

// ------------------------------------------------------------------ the fields

/** A place that ends a body's name on the next line ("TỈNH LAI CHÂU"); not a Party committee ("TỈNH ỦY"). */
const PLACE_QUALIFIER = /^(?:TỈNH|THÀNH PHỐ|TP\.?|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG)\s(?![ỦU][YỶ]\b)/u;

/**
 * The bodies in capitals among what is left: a body broken over lines ("BỘ⏎CHÍNH
 * TRỊ", "ỦY BAN NHÂN DÂN⏎TỈNH X") is one, also when the other column's lines stand
 * between its lines (a row-by-row export).
 */
function bodiesIn(text: string, parts: readonly Part[]): string[] {
	const bodies: string[] = [];
	let at = 0;
	let previous: string | null = null;
	for (const gap of [...parts, { kind: null, start: text.length, end: text.length }]) {
		for (const [c, cell] of text.slice(at, gap.start).split(BREAK).entries()) {
			if (c > 0) previous = null;
			const lines = cell.split('\n').map((l) => l.trim()).filter(Boolean);
			if (lines.length === 0) continue;
			if (!lines.every((l) => /\p{L}/u.test(l) && !/\p{Ll}/u.test(l))) {
				previous = null;
				continue;
			}
			for (const line of lines) {
				if (previous !== null && (!/\s/u.test(previous) || PLACE_QUALIFIER.test(line))) {
					previous = `${previous} ${line}`;
					bodies[bodies.length - 1] = previous;
				} else {
					bodies.push(line);
					previous = line;
				}
			}
		}
		if (gap.kind === 'number' || gap.kind === 'subject') previous = null;
		at = gap.end;
	}
	return bodies;
}

/** Text of the header on one line, as it was printed: "Số:⏎216-QĐ/TW" → "Số: 216-QĐ/TW". */
function printedLine(text: string): string {
	return text.split('\n').map((line) => line.trim()).join(' ').trim();
}

/** The number of a "Số" part: canonical, blank (unknown) or unreadable, with OCR's TƯ decided from the bodies. */
function readNumber(printed: string, value: string, bodies: readonly string[], fields: HeaderFields): void {
	const line = printedLine(printed);
	const found = value === '' ? null : numberAtStart(value);
	if (found) {
		const resolved = found.ocrTu ? resolveTu(found.number, bodies.join(' ')) : { number: found.number };
		if (resolved.doubt) fields.warnings.push(resolved.doubt);
		if (isCanonicalNumber(resolved.number)) {
			fields.number = resolved.number;
			return;
		}
	}
	if (value === '' || BLANK_NUMBER.test(value)) {
		fields.blank.number = true;
		fields.warnings.push(`the header leaves the number blank ("${line}"): number left unknown`);
	}
	else fields.warnings.push(`"${line}" in the header is not a number like 307-NQ/TU or 68/KH-UBND: number left unknown`);
}

function readDate(printed: string, date: HeaderDate, fields: HeaderFields): void {
	if (date.place) fields.place = date.place;
	const year = date.year ? Number(date.year) : null;
	if (year !== null && year >= 1930 && year <= 2100) fields.year = year;
	const line = printedLine(printed);
	if (date.day && date.month && fields.year !== null) {
		const iso = `${date.year}-${date.month.padStart(2, '0')}-${date.day.padStart(2, '0')}`;
		if (isIsoDate(iso)) fields.issuedAt = iso;
		else fields.warnings.push(`"${line}" in the header is not a real date: date left unknown`);
	} else {
		fields.blank.date = true;
		fields.warnings.push(`the header leaves the date blank ("${line}"): date left unknown`);
	}
}

/** Whether a table's two columns are a header: they hold a motto or a "Số" line. */
export function looksLikeHeader(columns: HeaderColumns): boolean {
	const { text } = joinLines([...columns.left, '', ...columns.right]);
	return findParts(text).parts.some((p) => p.kind === 'motto-dang' || p.kind === 'motto-state' || p.kind === 'number');
}

/** Reads the fields of a header, given as columns (Word, PDF) or as the lines a text export left. */
export function readHeader(columns: HeaderColumns): HeaderFields {
	const fields: HeaderFields = {
		system: null,
		bodies: [],
		number: null,
		issuedAt: null,
		year: null,
		place: null,
		subject: null,
		blank: { number: false, date: false },
		warnings: [],
	};
	const { text } = joinLines([...columns.left, '', ...columns.right]);
	const { parts, date } = findParts(text);
	fields.bodies = bodiesIn(text, parts);
	const printed = (part: Part) => text.slice(part.start, part.end);
	const first = (kind: PartKind) => parts.find((p) => p.kind === kind);
	if (first('motto-dang') || first('motto-state')) {
		fields.system = (first('motto-dang')?.start ?? Infinity) < (first('motto-state')?.start ?? Infinity) ? 'dang' : 'nha-nuoc';
	}
	const number = first('number');
	if (number) readNumber(printed(number), text.slice(number.value, number.end).trim(), fields.bodies, fields);
	const dated = first('date');
	if (dated && date) readDate(printed(dated), date, fields);
	const subject = first('subject');
	if (subject) fields.subject = printedLine(printed(subject));
	if (!parts.some((p) => p.kind === 'number')) fields.warnings.push('the header has no "Số" line: number left unknown');
	return fields;
}

// ------------------------------------------------------------------ finding it

export interface FoundHeader {
	header: HeaderColumns;
	/** The first line of the header: lines before it are text above the document (a website's). */
	start: number;
	/** The first line after it. */
	end: number;
}

const SCAN_LINES = 80;
const RECIPIENTS = /^(?:-\s*)?Kính gửi\b/iu;

/** A line of running text: long, mostly lowercase words, and none of the header's parts. */
function isProse(line: string): boolean {
	const words = line.split(/\s+/u);
	return line.length > 60 && words.filter((w) => /^\p{Ll}/u.test(w)).length >= 6;
}

function isCapitals(line: string): boolean {
	return /\p{L}/u.test(line) && !/\p{Ll}/u.test(line);
}

/**
 * Finds the header in the first lines of a text: the motto (or, without one, the
 * "Số" line), the bodies in capitals above it, and what follows up to the title
 * ("NGHỊ QUYẾT"), "Kính gửi" or the first line of running text. Each piece goes to
 * the column it belongs to: bodies, number and V/v left; motto, slogan, place and
 * date right.
 */
export function findHeader(lines: readonly string[]): FoundHeader | null {
	const scan = lines.slice(0, SCAN_LINES);
	const { text, lineAt } = joinLines(scan);
	const { parts } = findParts(text);
	const lineOf = (part: Part) => lineAt[part.start]!;
	const motto = parts.find((p) => p.kind === 'motto-dang' || p.kind === 'motto-state');
	// A line that starts "Nghị quyết số …" is a header's only below its motto; above it, or without one, it is a title or a lede.
	const plainNumber = (p: Part) => isPlainNumber(text, p);
	// A column-by-column export prints the number above the motto.
	const numberAbove = motto && parts.find((p) => plainNumber(p) && p.start < motto.start && lineOf(motto) - lineOf(p) <= 8);
	const anchor = numberAbove ?? motto ?? parts.find(plainNumber);
	if (!anchor) return null;
	const anchorLine = lineOf(anchor);

	// Back over the bodies: capitals, rules, `|` and blank lines.
	let start = anchorLine;
	for (let i = anchorLine - 1; i >= 0 && i >= anchorLine - 8; i--) {
		const cells = cellsOf(scan[i]!).filter((c): c is string => c !== null);
		// A website's title in capitals ("QUY ĐỊNH 66-QĐ/TW VỀ …") is not a body.
		if (cells.length > 0 && (!cells.every(isCapitals) || headingType(cells[0]!))) break;
		start = i;
	}
	while (start < anchorLine && scan[start]!.trim() === '') start++;

	// Forward to the title, Kính gửi or running text; once number and date are read, only V/v lines follow.
	const kindsOn = new Map<number, Set<PartKind>>();
	for (const p of parts) {
		for (let line = lineAt[p.start]!; line <= lineAt[Math.max(p.start, p.end - 1)]!; line++) {
			kindsOn.set(line, (kindsOn.get(line) ?? new Set()).add(p.kind));
		}
	}
	let end = anchorLine + 1;
	let seenNumber = false;
	let seenDate = false;
	let inSubject = false;
	for (let i = anchorLine; i < scan.length && i < anchorLine + 30; i++) {
		const line = stripMarks(scan[i]!);
		const kinds = kindsOn.get(i);
		if (i > anchorLine && (headingType(line) || RECIPIENTS.test(line))) break;
		if (kinds) {
			seenNumber ||= kinds.has('number');
			seenDate ||= kinds.has('date');
			inSubject = kinds.has('subject');
		} else if (cellsOf(scan[i]!).every((c) => c === null)) {
			inSubject = false;
		} else if (!inSubject && ((seenNumber && seenDate) || isProse(line))) {
			break;
		}
		end = i + 1;
	}
	while (end > start && scan[end - 1]!.trim() === '') end--;
	return { header: splitColumns(scan.slice(start, end)), start, end };
}

/** The header's lines sorted into its two columns, each piece of text kept. */
function splitColumns(lines: readonly string[]): HeaderColumns {
	const { text } = joinLines(lines);
	const { parts } = findParts(text);
	const left: string[] = [];
	const right: string[] = [];
	const push = (column: string[], piece: string) => {
		for (const line of piece.split('\n')) if (line.trim() !== '') column.push(line.trim());
	};
	let at = 0;
	for (const part of parts) {
		push(left, text.slice(at, part.start));
		push(part.kind === 'number' || part.kind === 'subject' ? left : right, text.slice(part.start, part.end));
		at = part.end;
	}
	push(left, text.slice(at));
	return { left, right };
}
