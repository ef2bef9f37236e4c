/**
 * The PDF reader: a PDF's text layer (pdf.js, legacy build, in Node without a worker
 * or network) as an ExtractedDocument. Text items become lines by baseline; then, by
 * position and font size: page 1's two-column header, running page numbers and
 * headers, footnotes at the foot of a page, and the closing block (Nơi nhận left,
 * signature right), which is written out column by column. Pages without a text
 * layer are listed (scannedPages) for OCR.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, Util } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { headingType } from '../../lib/documentTypes.ts';
import { UnreadableSource, type ExtractedDocument } from '../extracted.ts';

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;
type TextItem = Extract<Awaited<ReturnType<PdfPage['getTextContent']>>['items'][number], { str: string }>;

interface Item {
	str: string;
	/** Left and right edges, in points from the left of the page. */
	x: number;
	right: number;
	/** Baseline, in points from the top of the page. */
	y: number;
	size: number;
	bold: boolean;
	italic: boolean;
}

interface Line {
	/** The baseline and size of the line's largest text (not of a raised footnote number). */
	y: number;
	size: number;
	left: number;
	right: number;
	items: Item[];
	text: string;
}

interface Page {
	number: number;
	width: number;
	height: number;
	lines: Line[];
}

const PDFJS = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** A gap wider than this share of the font size is a space between words. */
const SPACE = 0.15;
/** Footnote text is at least this much smaller than the body's (points). */
const SMALLER = 0.75;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const PAGE_NUMBER = /^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$|^(?:trang|page)\s+\d{1,4}(?:\s*(?:\/|of|trên)\s*\d{1,4})?$|^\d{1,4}\s*\/\s*\d{1,4}$/iu;
/** A rule drawn with characters under a title: "-----", "___". */
const SEPARATOR = /^[-–—_=*.~]{3,}$/u;
const LABEL = /^(?:-\s*)?(?:Kính gửi|Nơi nhận)\b/u;
/** The label, not a sentence that starts with the words ("Nơi nhận hồ sơ…"). */
const DISTRIBUTION = /^(?:-\s*)?Nơi nhận\s*(?::|$)/u;
const LIST_ITEM = /^[-–+•]\s*/u;
const UNMAPPED = /[\u0000\uFFFD]/gu;

export async function readPdf(data: Uint8Array): Promise<ExtractedDocument> {
	if (data.length === 0) throw new UnreadableSource('the file is empty');
	const pdf = await openPdf(data);
	try {
		const pages: Page[] = [];
		for (let n = 1; n <= pdf.numPages; n++) pages.push(await readPage(await pdf.getPage(n)));
		return layOut(pages);
	} catch (error) {
		if (error instanceof UnreadableSource) throw error;
		throw unreadable(error);
	} finally {
		await pdf.destroy();
	}
}

async function openPdf(data: Uint8Array): Promise<PdfDocument> {
	const task = getDocument({
		data: data.slice(), // pdf.js takes the buffer over
		verbosity: 0,
		isEvalSupported: false,
		useSystemFonts: false,
		disableFontFace: true,
		cMapUrl: join(PDFJS, 'cmaps') + '/',
		standardFontDataUrl: join(PDFJS, 'standard_fonts') + '/',
	});
	try {
		return await task.promise;
	} catch (error) {
		await task.destroy();
		throw unreadable(error);
	}
}

function unreadable(error: unknown): UnreadableSource {
	if (error instanceof Error && error.name === 'PasswordException') {
		return new UnreadableSource('the PDF is password-protected; save a copy without a password and import again');
	}
	const reason = error instanceof Error ? error.message : String(error);
	return new UnreadableSource(`the file is not a readable PDF (${reason.replace(/\s+/g, ' ').trim() || 'unknown error'})`);
}

// ---------------------------------------------------------------------------
// Items and lines

async function readPage(page: PdfPage): Promise<Page> {
	const viewport = page.getViewport({ scale: 1 });
	const content = await page.getTextContent();
	const texts = content.items.filter((item) => 'str' in item && item.str.trim() !== '') as TextItem[];
	// Only pages with text: building the operator list decodes a scan's images.
	const faces = texts.length ? await fontFaces(page) : () => ({ bold: false, italic: false });
	const items: Item[] = [];
	for (const item of texts) {
		const [, , c, d, e, f] = Util.transform(viewport.transform, item.transform) as number[];
		const size = Math.hypot(c!, d!);
		if (!(size > 0)) continue;
		const face = faces(item.fontName);
		items.push({ str: item.str.normalize('NFC'), x: e!, right: e! + item.width, y: f!, size, ...face });
	}
	return { number: page.pageNumber, width: viewport.width, height: viewport.height, lines: buildLines(withoutDoubles(items)) };
}

/**
 * Bold and italic from the fonts' names ("TimesNewRomanPS-BoldMT", "Times New
 * Roman,Bold"). pdf.js hands fonts over only while it builds the operator list.
 */
async function fontFaces(page: PdfPage): Promise<(name: string) => { bold: boolean; italic: boolean }> {
	try {
		await page.getOperatorList();
	} catch {
		return () => ({ bold: false, italic: false });
	}
	return (name) => {
		try {
			const font = page.commonObjs.get(name) as { name?: string; bold?: boolean; italic?: boolean } | null;
			const fontName = font?.name ?? '';
			return { bold: !!font?.bold || /bold|black|heavy|demi/i.test(fontName), italic: !!font?.italic || /italic|oblique/i.test(fontName) };
		} catch {
			return { bold: false, italic: false };
		}
	};
}

/** Text drawn twice a hair apart is one text in bold (how some programs fake bold). */
function withoutDoubles(items: Item[]): Item[] {
	const kept: Item[] = [];
	const seen = new Map<string, Item[]>();
	for (const item of items) {
		const key = `${item.str}@${Math.round(item.y)}`;
		const twin = seen.get(key)?.find((other) => Math.abs(other.x - item.x) < 1.5 && Math.abs(other.y - item.y) < 1);
		if (twin) {
			twin.bold = true;
			continue;
		}
		seen.set(key, [...(seen.get(key) ?? []), item]);
		kept.push(item);
	}
	return kept;
}

/** Items on one baseline (within half the font size, so a raised number joins its line), left to right. */
function buildLines(items: Item[]): Line[] {
	const lines: Line[] = [];
	for (const item of [...items].sort((p, q) => p.y - q.y || p.x - q.x)) {
		const line = lines.findLast((l) => Math.abs(l.y - item.y) <= 0.5 * Math.max(l.size, item.size));
		if (!line) {
			lines.push({ y: item.y, size: item.size, left: item.x, right: item.right, items: [item], text: '' });
			continue;
		}
		line.items.push(item);
		if (item.size > line.size) Object.assign(line, { y: item.y, size: item.size });
		line.left = Math.min(line.left, item.x);
		line.right = Math.max(line.right, item.right);
	}
	for (const line of lines) {
		line.items.sort((p, q) => p.x - q.x);
		line.text = lineText(line);
	}
	return lines.sort((p, q) => p.y - q.y);
}

/** Smaller text raised above the line: a footnote number, or initials after a name ("PCVP^Huy"). */
function isRaised(item: Item, line: Line): boolean {
	return item.size <= 0.9 * line.size && line.y - item.y >= 0.2 * line.size;
}

/** A footnote number in the text: a raised number. */
function isReference(item: Item, line: Line): boolean {
	return isRaised(item, line) && /^\d{1,3}$/.test(item.str.trim());
}

function superscript(digits: string): string {
	return [...digits].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');
}

function lineText(line: Line): string {
	let text = '';
	let previous: Item | null = null;
	for (const item of line.items) {
		const reference = isReference(item, line);
		const gap = previous ? item.x - previous.right : 0;
		// A raised number sticks to its word; raised letters are a word of their own.
		if (previous && !reference && (gap > SPACE * Math.max(previous.size, item.size) || isRaised(item, line))) text += ' ';
		text += reference ? superscript(item.str.trim()) : item.str;
		previous = item;
	}
	return text.replace(/\s+/g, ' ').trim().normalize('NFC');
}

function plain(line: Line): string {
	return line.text.replace(UNMAPPED, '');
}

// ---------------------------------------------------------------------------
// The document

function layOut(pages: Page[]): ExtractedDocument {
	const notes: string[] = [];
	// Pages without a text layer are scans: readSource has them read by OCR.
	const scanned = pages.filter((page) => page.lines.length === 0).map((page) => page.number);
	const scannedPages = scanned.length > 0 ? { scannedPages: scanned, pageCount: pages.length } : {};
	if (scanned.length === pages.length) return { lines: [], header: null, removed: [], notes, ...scannedPages };
	const unmapped = pages.reduce((sum, page) => sum + page.lines.reduce((s, line) => s + (line.text.match(UNMAPPED)?.length ?? 0), 0), 0);
	if (unmapped > 0) notes.push(`${unmapped} character(s) have no Unicode mapping in the PDF's fonts and were left out; check the text against the PDF`);

	const removed = removeRunningLines(pages);
	const size = bodySize(pages);
	const header = pages[0] ? takeHeader(pages[0]) : null;
	const references = referenceNumbers(pages);
	const parts = splitPages(pages, size, references);
	const closing = takeClosing(pages, parts);
	const spacing = lineSpacing(parts.flatMap((part) => part.body), size);

	const lines: string[] = [];
	for (const part of parts) {
		const body = part.body.filter((line) => {
			if (!SEPARATOR.test(plain(line))) return true;
			removed.push(line.text);
			return false;
		});
		lines.push(...withParagraphBreaks(body, spacing), ...part.notes);
		if (part.notes.length) lines.push('');
	}
	if (closing.length) lines.push('', ...closing);
	return { lines: trimBlank(lines), header, removed, notes, ...scannedPages };
}

/**
 * The body's font size: of the sizes common in the text (counted by characters), the
 * largest; long footnotes may outweigh a short body, a title never does.
 */
function bodySize(pages: Page[]): number {
	const counts = new Map<number, number>();
	for (const item of pages.flatMap((page) => page.lines.flatMap((line) => line.items))) {
		const size = Math.round(item.size * 2) / 2;
		counts.set(size, (counts.get(size) ?? 0) + item.str.length);
	}
	const most = Math.max(0, ...counts.values());
	return Math.max(0, ...[...counts].filter(([, count]) => count >= most / 3).map(([size]) => size)) || 12;
}

/**
 * Takes out page numbers at the top or foot of a page, and a line repeated at the top
 * (or foot) of several pages; digits may differ ("Trang 2", "- 3 -").
 */
function removeRunningLines(pages: Page[]): string[] {
	const removed: string[] = [];
	const take = (page: Page, line: Line) => {
		removed.push(line.text);
		page.lines.splice(page.lines.indexOf(line), 1);
	};
	for (const page of pages) {
		for (const edge of EDGES) {
			const line = atEdge(page, edge);
			if (line && PAGE_NUMBER.test(line.text)) take(page, line);
		}
	}
	for (const edge of EDGES) {
		const candidates = pages.map((page) => ({ page, line: atEdge(page, edge) })).filter((c): c is { page: Page; line: Line } => c.line !== undefined);
		const count = new Map<string, number>();
		const key = (line: Line) => line.text.replace(/\d+/g, '#');
		for (const { line } of candidates) count.set(key(line), (count.get(key(line)) ?? 0) + 1);
		for (const { page, line } of candidates) if ((count.get(key(line)) ?? 0) >= 2) take(page, line);
	}
	return removed;
}

const EDGES = ['top', 'bottom'] as const;

/** The first (last) line of a page if it is in the top (bottom) 15%, where running heads and page numbers sit. */
function atEdge(page: Page, edge: (typeof EDGES)[number]): Line | undefined {
	const line = edge === 'top' ? page.lines[0] : page.lines[page.lines.length - 1];
	if (!line) return undefined;
	return (edge === 'top' ? line.y < 0.15 * page.height : line.y > 0.85 * page.height) ? line : undefined;
}

// ---------------------------------------------------------------------------
// Header and closing block: two columns side by side

/**
 * Where two columns part: the widest vertical strip in the middle of the page that no
 * item crosses, at least a few points wide; null when the text is one column.
 */
function columnSplit(items: Item[], width: number): number | null {
	const spans = [...items].sort((p, q) => p.x - q.x);
	let best: { at: number; gap: number } | null = null;
	let reach = -Infinity;
	for (const item of spans) {
		const gap = item.x - reach;
		const at = (item.x + reach) / 2;
		if (gap >= 8 && at > 0.2 * width && at < 0.8 * width && (!best || gap > best.gap)) best = { at, gap };
		reach = Math.max(reach, item.right);
	}
	return best?.at ?? null;
}

function columns(items: Item[], width: number, fallback: number | null = null): { left: string[]; right: string[] } | null {
	const split = columnSplit(items, width) ?? fallback;
	if (split === null) return null;
	const side = (left: boolean) => buildLines(items.filter((item) => (item.x < split) === left)).map(plain);
	return { left: side(true), right: side(false) };
}

function isUppercase(text: string): boolean {
	return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

function isTitle(line: Line, page: Page): boolean {
	const text = plain(line);
	const centred = Math.abs((line.left + line.right) / 2 - page.width / 2) < 0.1 * page.width;
	return centred && isUppercase(text) && headingType(text) !== null;
}

/** How far down page 1 a header is looked for. */
const HEADER_LINES = 40;

/**
 * Page 1's header: the lines above the title ("NGHỊ QUYẾT", OCR's "K ÉT LUẬN") or
 * "Kính gửi", or above the first line that runs across both columns (a body that
 * starts without either), in two columns.
 */
function takeHeader(page: Page): ExtractedDocument['header'] {
	let end = 0;
	const items: Item[] = [];
	for (const line of page.lines.slice(0, HEADER_LINES)) {
		if (isTitle(line, page) || /^Kính gửi/u.test(plain(line))) break;
		if (end > 0 && columnSplit([...items, ...line.items], page.width) === null) break;
		items.push(...line.items);
		end++;
	}
	if (end <= 0) return null;
	const header = columns(page.lines.slice(0, end).flatMap((line) => line.items), page.width);
	if (!header || header.left.length === 0 || header.right.length === 0) return null;
	page.lines.splice(0, end);
	return header;
}

/**
 * The closing block from the last "Nơi nhận" to the end (footnotes aside): its left
 * column (Nơi nhận and the items), a blank line, its right column (the signature).
 * An uppercase line on the right just above Nơi nhận ("TM. ỦY BAN NHÂN DÂN") is the
 * signature's start. The lines are taken out of the pages' bodies.
 */
function takeClosing(pages: Page[], parts: Part[]): string[] {
	const from = parts.findLastIndex((part) => part.body.some((line) => DISTRIBUTION.test(plain(line))));
	if (from < 0) return [];
	const page = pages[from]!;
	const body = parts[from]!.body;
	let at = body.findLastIndex((line) => DISTRIBUTION.test(plain(line)));
	while (at > 0 && body[at - 1]!.left > page.width / 2 && isUppercase(plain(body[at - 1]!))) at--;
	const lines = [...body.splice(at), ...parts.slice(from + 1).flatMap((part) => part.body.splice(0))];
	// Items that run under the signature leave no clear strip: then the page's middle parts them.
	const split = columns(lines.flatMap((line) => line.items), page.width, page.width / 2)!;
	const left = joinWrappedItems(split.left);
	return split.right.length ? [...left, '', ...split.right] : left;
}

/** A Nơi nhận item wrapped in its narrow column: "- Ủy ban Kiểm tra Trung ương (để báo" + "cáo),". */
function joinWrappedItems(lines: string[]): string[] {
	const out: string[] = [];
	for (const line of lines) {
		const previous = out[out.length - 1];
		if (previous !== undefined && LIST_ITEM.test(previous) && !LIST_ITEM.test(line) && !/[,;.:]$/u.test(previous)) out[out.length - 1] = `${previous} ${line}`;
		else out.push(line);
	}
	return out;
}

// ---------------------------------------------------------------------------
// Body, footnotes, paragraphs

/** The numbers of the footnote references in the text: raised digits after a word. */
function referenceNumbers(pages: Page[]): Set<string> {
	const numbers = new Set<string>();
	for (const line of pages.flatMap((page) => page.lines)) {
		for (const [marker] of line.text.matchAll(/(?<=\S)[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu)) numbers.add(fromSuperscript(marker));
	}
	return numbers;
}

function fromSuperscript(marker: string): string {
	return [...marker].map((c) => String(SUPERSCRIPT_DIGITS.indexOf(c))).join('');
}

interface Part {
	body: Line[];
	/** The page's footnotes, one line each: "¹ text". */
	notes: string[];
}

/** Each page's body and footnotes; a note that runs over onto the next page is joined back. */
function splitPages(pages: Page[], bodySize: number, references: Set<string>): Part[] {
	let open: string[] | null = null;
	return pages.map((page) => {
		const { body, carried, notes } = splitFootnotes(page.lines, bodySize, references, open !== null);
		if (open && carried.length) open[open.length - 1] += ` ${carried.join(' ')}`;
		if (notes.length) open = notes;
		else if (!carried.length) open = null;
		return { body, notes };
	});
}

/**
 * Footnotes: the run of smaller-font lines at the foot of a page, from the first that
 * starts with a note number. When the previous page's last note goes on, the run's
 * lines above this page's first note are its rest (`carried`).
 */
function splitFootnotes(lines: Line[], bodySize: number, references: Set<string>, continuing: boolean): Part & { carried: string[] } {
	let start = lines.length;
	while (start > 0 && lines[start - 1]!.size <= bodySize - SMALLER) start--;
	let first = lines.findIndex((line, i) => i >= start && noteStart(plain(line), references) !== null);
	if (first < 0) first = lines.length;
	let from = first;
	while (continuing && from > start && !DISTRIBUTION.test(plain(lines[from - 1]!)) && !LIST_ITEM.test(plain(lines[from - 1]!))) from--;
	const notes: string[] = [];
	for (const line of lines.slice(first)) {
		const note = noteStart(plain(line), references);
		if (note) notes.push(`${superscript(note.number)} ${note.text}`);
		else notes[notes.length - 1] += ` ${plain(line)}`;
	}
	return { body: lines.slice(0, from), carried: lines.slice(from, first).map(plain), notes };
}

/**
 * A note's start: a raised number ("¹ text"), or a printed one ("1 text", "1. text",
 * "(1) text") that the body refers to.
 */
function noteStart(text: string, references: Set<string>): { number: string; text: string } | null {
	const raised = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*(\S.*)$/u.exec(text);
	if (raised) return { number: fromSuperscript(raised[1]!), text: raised[2]! };
	const printed = /^\(?(\d{1,3})[.)]?\s+(\S.*)$/u.exec(text);
	return printed && references.has(printed[1]!) ? { number: printed[1]!, text: printed[2]! } : null;
}

/** The usual distance between the baselines of body lines. */
function lineSpacing(lines: Line[], bodySize: number): number | null {
	const steps: number[] = [];
	for (let i = 1; i < lines.length; i++) {
		const step = lines[i]!.y - lines[i - 1]!.y;
		if (Math.abs(lines[i]!.size - bodySize) < 0.5 && step > 0.8 * bodySize && step < 2.5 * bodySize) steps.push(step);
	}
	steps.sort((p, q) => p - q);
	return steps.length ? steps[Math.floor(steps.length / 2)]! : null;
}

/** The lines as text, a blank line where the gap above is clearly wider than the line spacing. */
function withParagraphBreaks(lines: Line[], spacing: number | null): string[] {
	const out: string[] = [];
	lines.forEach((line, i) => {
		if (i > 0 && spacing !== null && line.y - lines[i - 1]!.y > 1.25 * spacing) out.push('');
		out.push(emphasised(line));
	});
	return out;
}

/** A line set wholly in bold or italic, as Markdown (not the labels segments reads). */
function emphasised(line: Line): string {
	const text = plain(line);
	const words = line.items.filter((item) => !isReference(item, line));
	if (!/\p{L}/u.test(text) || text.includes('*') || LABEL.test(text) || words.length === 0) return text;
	const bold = words.every((item) => item.bold);
	const italic = words.every((item) => item.italic);
	const mark = (bold ? '**' : '') + (italic ? '*' : '');
	return mark ? `${mark}${text}${[...mark].reverse().join('')}` : text;
}

function trimBlank(lines: string[]): string[] {
	const out = lines.filter((line, i) => line !== '' || (i > 0 && lines[i - 1] !== ''));
	while (out[0] === '') out.shift();
	while (out[out.length - 1] === '') out.pop();
	return out;
}
