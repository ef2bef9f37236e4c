/**
 * Turns the body lines of an exported document into MDX: paragraphs re-flowed
 * (PDF hard wraps, sentences split by a page break or by footnote text that
 * landed mid-page), headings and numbered items recognised, footnotes as GFM
 * footnotes, and every MDX-special character escaped so the file compiles.
 */

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const FOOTNOTE_DEFINITION = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(.*)$/u;
const TERMINAL = /[.:;!?…]\**$|\.\/\.$/u;

/** Whether a paragraph ends a sentence. Only its tail is read: paragraphs grow as lines join. */
function endsSentence(text: string): boolean {
	return TERMINAL.test(text.slice(-16));
}
const LIST_MARKER = /^[-–+]\s+/u;
const WHOLLY_BOLD = /^\*\*[^*].*\*\*$/u;
/** A GFM table row, `| a | b |`, as the Word reader writes a table. */
const TABLE_ROW = /^\|.*\|$/u;
const DELIMITER_ROW = /^\|(?:\s*:?-+:?\s*\|)+$/u;
/** `I.`, `1.`, `1.1.`, `1.1.1.`, `a)`, `1)` at the start of a paragraph. */
const ENUMERATOR = /^(?:\*\*)?((?:[IVXLC]+\.)|(?:\d{1,2}(?:\.\d{1,2}){0,3}\.)|(?:[a-zđ]\))|(?:\d{1,2}\)))\s/u;

export interface Footnote {
	number: number;
	text: string;
}

export interface BodyResult {
	mdx: string;
	/** Whether the text looked hard-wrapped (a PDF export) and was re-flowed line by line. */
	hardWrapped: boolean;
}

function superscriptToNumber(text: string): number {
	return Number([...text].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join(''));
}

/** PDF exports wrap every line at the page width; Word exports keep a paragraph on one line. */
export function looksHardWrapped(lines: string[]): boolean {
	const lengths = lines.filter((l) => l.length >= 40 && !TABLE_ROW.test(l)).map((l) => l.length).sort((a, b) => a - b);
	if (lengths.length < 4) return false;
	return lengths[Math.floor(lengths.length / 2)]! <= 110;
}

function startsBlock(line: string): boolean {
	return LIST_MARKER.test(line) || ENUMERATOR.test(line);
}

function startsLowercase(text: string): boolean {
	return /^\p{Ll}/u.test(text.replace(/^[*_"“(]+/u, ''));
}

/** In hard-wrapped text: whether `line` carries on the sentence of `current`. */
function continuesLine(current: string, line: string): boolean {
	if (startsBlock(line)) return false;
	// A bold heading line stands apart from the plain text around it.
	if (WHOLLY_BOLD.test(current) !== WHOLLY_BOLD.test(line)) return false;
	if (!endsSentence(current)) return true;
	// "…lần thứ XX;" then "các kết luận…": a clause list running on.
	return current.endsWith(';') && startsLowercase(line);
}

/**
 * Groups lines into paragraphs and takes out footnote definitions. A paragraph
 * is built as a list of pieces and only its last piece is read, so the work
 * stays linear however many lines join. Consecutive table rows are one paragraph,
 * rows joined by newlines, never re-flowed. `hardWrapped` overrides the guess
 * (a Word file's lines are paragraphs however short they are).
 */
export function reflow(
	lines: string[],
	hardWrapped = looksHardWrapped(lines),
): { paragraphs: string[]; footnotes: Footnote[]; hardWrapped: boolean } {
	const paragraphs: string[][] = [];
	const footnotes: Footnote[] = [];
	const tables = new Set<string[]>();
	let current: string[] | null = null;
	const flush = () => {
		if (current !== null) paragraphs.push(current);
		current = null;
	};
	for (const line of lines) {
		if (TABLE_ROW.test(line)) {
			if (current === null || !tables.has(current)) {
				flush();
				current = [];
				tables.add(current);
			}
			current.push(line);
			continue;
		}
		if (current !== null && tables.has(current)) flush();
		const footnote = FOOTNOTE_DEFINITION.exec(line);
		if (footnote) {
			// Footnote text that landed mid-page: take it out; the paragraph it
			// interrupted continues after it (joined below if the sentence does).
			footnotes.push({ number: superscriptToNumber(footnote[1]!), text: footnote[2]!.trim() });
			flush();
			continue;
		}
		if (line === '') {
			if (!hardWrapped) flush();
			continue;
		}
		if (current !== null && hardWrapped && continuesLine(current[current.length - 1]!, line)) {
			current.push(line);
		} else {
			flush();
			current = [line];
		}
	}
	flush();

	// A page break (or footnotes) split a sentence: the paragraph before does not
	// end a sentence and the one after starts in lowercase.
	const joined: string[][] = [];
	for (const paragraph of paragraphs) {
		const previous = joined[joined.length - 1];
		const first = paragraph[0]!;
		const joins = previous !== undefined && !tables.has(previous) && !tables.has(paragraph);
		if (joins && !endsSentence(previous[previous.length - 1]!) && startsLowercase(first) && !startsBlock(first)) {
			previous.push(...paragraph);
		} else {
			joined.push(paragraph);
		}
	}
	return { paragraphs: joined.map((pieces) => pieces.join(tables.has(pieces) ? '\n' : ' ')), footnotes, hardWrapped };
}

/**
 * Escapes text for MDX, keeping the Markdown emphasis already in it (`*`, `**`).
 * `^{x}` (Word's superscript) becomes <sup>x</sup>; superscript digits with a
 * footnote definition become footnote references.
 */
export function inlineMdx(text: string, footnoteNumbers: ReadonlySet<number>): string {
	let out = text
		.replace(/[\\`{}<>[\]]/g, (c) => '\\' + c)
		.replace(/\^\\\{([^\\{}]*)\\\}/g, '<sup>$1</sup>');
	if (footnoteNumbers.size > 0) {
		out = out.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu, (marker) => {
			const n = superscriptToNumber(marker);
			return footnoteNumbers.has(n) ? `[^${n}]` : marker;
		});
	}
	return out;
}

function headingLevel(enumerator: string): number | null {
	if (/^[IVXLC]+\.$/.test(enumerator)) return 2;
	const depth = enumerator.match(/\d+\./g)?.length ?? 0;
	if (depth >= 1 && /^\d/.test(enumerator)) return Math.min(2 + depth, 6);
	return null;
}

/** A short enumerated line that does not end a sentence: "I. ƯU ĐIỂM", "1.2. Hạn chế, khuyết điểm". */
function asHeading(paragraph: string): { level: number; text: string } | null {
	const text = paragraph.replace(/^\*\*(.*)\*\*$/u, '$1');
	const m = ENUMERATOR.exec(text);
	if (!m || text.length > 160 || /[.;:,]$/u.test(text) || text.includes('**')) return null;
	const level = headingLevel(m[1]!);
	return level ? { level, text } : null;
}

/** A table's rows with each cell escaped; an escaped `\|` inside a cell stays one. */
function tableMdx(rows: string, footnoteNumbers: ReadonlySet<number>): string {
	const cell = (text: string) => text.split('\\|').map((part) => inlineMdx(part, footnoteNumbers)).join('\\|');
	return rows
		.split('\n')
		.map((row) => (DELIMITER_ROW.test(row) ? row : row.split(/(?<!\\)\|/u).map(cell).join('|')))
		.join('\n');
}

export function bodyToMdx(lines: string[], options: { hardWrapped?: boolean } = {}): BodyResult {
	const { paragraphs, footnotes, hardWrapped } = reflow(lines, options.hardWrapped);
	const numbers = new Set(footnotes.map((f) => f.number));
	const blocks: string[] = [];
	let list: string[] = [];
	const flushList = () => {
		if (list.length) blocks.push(list.join('\n'));
		list = [];
	};
	for (const paragraph of paragraphs) {
		if (LIST_MARKER.test(paragraph)) {
			list.push('- ' + inlineMdx(paragraph.replace(LIST_MARKER, ''), numbers));
			continue;
		}
		flushList();
		if (paragraph.split('\n').every((row) => TABLE_ROW.test(row))) {
			blocks.push(tableMdx(paragraph, numbers));
			continue;
		}
		const heading = asHeading(paragraph);
		if (heading) {
			blocks.push(`${'#'.repeat(heading.level)} ${inlineMdx(heading.text, numbers)}`);
			continue;
		}
		let text = inlineMdx(paragraph, numbers);
		// Keep "1." and "1)" as written, not as a Markdown list that renumbers.
		text = text.replace(/^(\d+)([.)])(\s)/u, '$1\\$2$3');
		if (/^[-=_*#+]/u.test(text) && !/^\*[^*\s]|^\*\*[^*\s]/u.test(text)) text = '\\' + text;
		blocks.push(text);
	}
	flushList();
	for (const footnote of footnotes) blocks.push(`[^${footnote.number}]: ${inlineMdx(footnote.text, numbers)}`);
	return { mdx: blocks.join('\n\n') + '\n', hardWrapped };
}
