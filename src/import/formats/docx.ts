/**
 * The Word reader: a .docx through mammoth's HTML as an ExtractedDocument. The first
 * table, when it is the two-column header (issuing body and number left, motto and date
 * right), becomes `header`; a table whose left cell starts with "Nơi nhận" is written out
 * as the closing block (the list, then the signature); any other table becomes GFM rows.
 * Word footnotes and endnotes become superscript digits in the text and `¹ text` lines
 * before the closing block (segments.ts reads what follows Nơi nhận as the signature).
 *
 * mammoth's HTML, for reference:
 * - paragraphs `<p>` (headings `<h1>`…), runs `<strong>`, `<em>`, `<sup>`, soft breaks `<br />`;
 * - lists `<ul>`/`<ol>` of `<li>`, nested lists inside their `<li>`; Word's numbering
 *   format (a), I., 1.1.) is not kept, only whether a list is ordered;
 * - tables `<table><tr><td><p>…</p></td></tr></table>` (`<thead>`/`<th>` for heading rows,
 *   `colspan`/`rowspan` for merged cells);
 * - a note reference `<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>` and,
 *   at the end, `<ol><li id="footnote-1"><p>text <a href="#footnote-ref-1">↑</a></p></li></ol>`
 *   (the same with `endnote-`).
 */
import mammoth from 'mammoth';
import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';
import { UnreadableSource, type ExtractedDocument } from '../extracted.ts';
import { looksLikeHeader } from '../header.ts';

/** A run of text with its emphasis; null stands for a line break. */
type Piece = { text: string; bold: boolean; italic: boolean } | null;

interface Context {
	/** Markdown emphasis and `^{x}` superscripts, or plain text (header, closing block). */
	styled: boolean;
	/** Note ids ("footnote-3", "endnote-1") to the numbers printed, in order of reference. */
	notes: Map<string, number>;
	/** What the archivist is told about, shared by the plain and styled readings. */
	found: { images: number; numbered: boolean; merged: boolean };
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const NOTE_ID = /^(?:foot|end)note-(?!ref-)/u;
const NOTE_REFERENCE = /^#((?:foot|end)note-(?!ref-).*)$/u;
const BACK_LINK = /^#(?:foot|end)note-ref-/u;
const HEADING = /^(?:p|h[1-6])$/u;
const BULLET = /^[-–+•]\s*/u;
const DISTRIBUTION = /^(?:-\s*)?Nơi nhận\b/u;
/** How many lines (a "MẬT" stamp, a form label) may come before the header table. */
const BEFORE_HEADER = 2;
const MERGED_NOTE = 'a table has merged cells: a merged cell’s text is in its first column and row, the others left empty';
const NUMBERED_NOTE =
	'numbered list items were written as 1., 2., … in order: Word’s own numbering (a), I., 1.1.) is not in the file’s text; check them against the original';
/** mammoth's warnings that lose no text. */
const HARMLESS = /^Unrecognised \w+ style|^Image of type/u;

export async function readDocx(data: Uint8Array): Promise<ExtractedDocument> {
	const html = await convert(data);
	const context: Context = { styled: true, notes: new Map(), found: { images: 0, numbered: false, merged: false } };
	const document = layOut(parse(html.value), context);
	if (!/[\p{L}\p{N}]/u.test([...document.lines, ...(document.header?.left ?? []), ...(document.header?.right ?? [])].join(''))) {
		throw new UnreadableSource('the Word document has no text (a scanned page pasted as an image?); import the original or a text version');
	}
	const warnings = html.messages.map((m) => m.message).filter((m) => !HARMLESS.test(m));
	document.notes.push(...[...new Set(warnings)].map((m) => `Word reader: ${m}`));
	const { images, merged, numbered } = context.found;
	if (images > 0) document.notes.push(`${images} image(s) in the Word file were not imported`);
	if (merged) document.notes.push(MERGED_NOTE);
	if (numbered) document.notes.push(NUMBERED_NOTE);
	return document;
}

/** mammoth's HTML, or UnreadableSource saying why the file is not a readable .docx. */
async function convert(data: Uint8Array): Promise<{ value: string; messages: { message: string }[] }> {
	const starts = (...magic: number[]) => magic.every((b, i) => data[i] === b);
	if (data.length === 0) throw new UnreadableSource('the file is empty');
	if (starts(0xd0, 0xcf, 0x11, 0xe0)) {
		throw new UnreadableSource('the Word file is password-protected or in the old .doc format; save it as .docx without a password and import again');
	}
	if (!starts(0x50, 0x4b)) throw new UnreadableSource('the file is not a Word .docx file (it is not a ZIP archive)');
	try {
		return await mammoth.convertToHtml(
			{ buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) },
			// Images are not imported: no data URIs, and no reading of linked files.
			{ convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
		);
	} catch (error) {
		const message = error instanceof Error ? error.message : '';
		if (/main document part|body element/u.test(message)) {
			throw new UnreadableSource('the file is not a Word .docx file (the ZIP archive has no word/document.xml); open it in Word and save it as .docx');
		}
		if (/zip|central directory|end of data|corrupted|signature/iu.test(message)) {
			throw new UnreadableSource('the file is not a Word .docx file (the ZIP archive is damaged)');
		}
		throw new UnreadableSource('the Word file is damaged and cannot be read; open it in Word, save it again as .docx and import again');
	}
}

function layOut(root: HTMLElement, context: Context): ExtractedDocument {
	const lines: string[] = [];
	const notes: { id: string; item: HTMLElement }[] = [];
	let header: ExtractedDocument['header'] = null;
	let seenTable = false;
	let closingAt = -1;
	for (const node of root.childNodes) {
		const element = node instanceof HTMLElement ? node : null;
		if (element && tag(element) === 'table') {
			const columns = twoColumns(element, context);
			if (!seenTable && columns && lines.filter(Boolean).length <= BEFORE_HEADER && looksLikeHeader(columns)) {
				header = columns;
			} else if (columns && DISTRIBUTION.test(columns.left[0] ?? '')) {
				closingAt = lines.length;
				lines.push(...closingLines(element, context));
			} else {
				lines.push('', ...tableLines(element, context), '');
			}
			seenTable = true;
		} else if (element && isNoteList(element)) {
			for (const item of children(element)) notes.push({ id: item.getAttribute('id')!, item });
		} else {
			lines.push(...blockLines([node], context, true));
		}
	}
	// Notes go before the closing block: what follows Nơi nhận is read as the signature.
	const noteLines = notes
		.map(({ id, item }) => ({ number: noteNumber(id, context), text: oneLine(item.childNodes, context) }))
		.filter(({ text }) => text !== '')
		.map(({ number, text }) => `${superscript(number)} ${text}`);
	const at = closingAt >= 0 ? closingAt : lastIndex(lines, (line) => DISTRIBUTION.test(line));
	lines.splice(at >= 0 ? at : lines.length, 0, ...noteLines);
	return { lines: trimBlank(lines), header, removed: [], notes: [], hardWrapped: false };
}

function tag(element: HTMLElement): string {
	return (element.rawTagName ?? '').toLowerCase();
}

function children(element: HTMLElement): HTMLElement[] {
	return element.childNodes.filter((n): n is HTMLElement => n instanceof HTMLElement);
}

function isNoteList(element: HTMLElement): boolean {
	const items = children(element);
	return tag(element) === 'ol' && items.length > 0 && items.every((li) => NOTE_ID.test(li.getAttribute('id') ?? ''));
}

function noteNumber(id: string, context: Context): number {
	if (!context.notes.has(id)) context.notes.set(id, context.notes.size + 1);
	return context.notes.get(id)!;
}

function superscript(n: number): string {
	return String(n).replace(/\d/gu, (d) => SUPERSCRIPTS[Number(d)]!);
}

/** A line as the dialect wants it: NFC, single spaces, trimmed. */
function tidy(text: string): string {
	return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

// --- Inline content -------------------------------------------------------------

/** The runs of inline content; paragraphs and list items inside it become line breaks. */
function pieces(nodes: Node[], context: Context, style = { bold: false, italic: false }, out: Piece[] = []): Piece[] {
	for (const node of nodes) {
		if (node instanceof TextNode) {
			out.push({ text: node.text, ...style });
			continue;
		}
		if (!(node instanceof HTMLElement)) continue;
		const name = tag(node);
		const href = node.getAttribute('href') ?? '';
		if (name === 'br') out.push(null);
		else if (name === 'strong' || name === 'b') pieces(node.childNodes, context, { ...style, bold: true }, out);
		else if (name === 'em' || name === 'i') pieces(node.childNodes, context, { ...style, italic: true }, out);
		else if (name === 'sup') out.push({ text: supText(node, context, out[out.length - 1]?.text ?? ''), ...style });
		else if (name === 'a' && BACK_LINK.test(href)) continue;
		else if (name === 'img') context.found.images++;
		else if (HEADING.test(name) || name === 'li') out.push(null, ...pieces(node.childNodes, context, style), null);
		else pieces(node.childNodes, context, style, out);
	}
	return out;
}

/** A note reference as superscript digits; other superscript as `^{x}` (body.ts makes it <sup>). */
function supText(sup: HTMLElement, context: Context, before: string): string {
	const reference = sup.querySelector('a');
	const id = NOTE_REFERENCE.exec(reference?.getAttribute('href') ?? '')?.[1];
	// A space between two references, so ¹ ² is not read as 12.
	if (id) return (/[⁰¹²³⁴⁵⁶⁷⁸⁹]$/u.test(before) ? ' ' : '') + superscript(noteNumber(id, context));
	const text = pieces(sup.childNodes, context).map((p) => p?.text ?? ' ').join('');
	return context.styled && text.trim() ? `^{${text}}` : text;
}

/** Text between emphasis markers, with the spaces at its ends put outside them. */
function emphasise(text: string, marker: string): string {
	const [, before, core, after] = /^(\s*)(.*?)(\s*)$/su.exec(text)!;
	return core ? `${before}${marker}${core}${marker}${after}` : text;
}

/** Consecutive runs grouped by whether `on` holds for them. */
function spans<T extends { text: string }>(runs: T[], on: (run: T) => boolean): { on: boolean; runs: T[] }[] {
	const out: { on: boolean; runs: T[] }[] = [];
	for (const run of runs) {
		const last = out[out.length - 1];
		if (last && last.on === on(run)) last.runs.push(run);
		else out.push({ on: on(run), runs: [run] });
	}
	return out;
}

const joined = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

/** One line of runs: `**bold**` spans, `*italic*` inside and outside them. */
function render(runs: Exclude<Piece, null>[], context: Context): string {
	if (!context.styled) return tidy(joined(runs));
	const italics = (part: typeof runs) => spans(part, (r) => r.italic).map((s) => (s.on ? emphasise(joined(s.runs), '*') : joined(s.runs))).join('');
	return tidy(spans(runs.map((r) => ({ ...r, text: r.text.replace(/\s+/gu, ' ') })), (r) => r.bold)
		.map((s) => (s.on ? emphasise(italics(s.runs), '**') : italics(s.runs)))
		.join(''));
}

/** Inline content as lines, split at line breaks; empty lines dropped. */
function inlineLines(nodes: Node[], context: Context): string[] {
	const lines: Exclude<Piece, null>[][] = [[]];
	for (const piece of pieces(nodes, context)) {
		if (piece === null) lines.push([]);
		else lines[lines.length - 1]!.push(piece);
	}
	return lines.map((runs) => render(runs, context)).filter(Boolean);
}

function oneLine(nodes: Node[], context: Context): string {
	return inlineLines(nodes, context).join(' ');
}

// --- Blocks -------------------------------------------------------------------------

/** Paragraphs one per line; list items with `- ` or `N. ` when `markers`; nested tables flattened. */
function blockLines(nodes: Node[], context: Context, markers: boolean): string[] {
	const lines: string[] = [];
	for (const node of nodes) {
		if (node instanceof TextNode) {
			if (node.text.trim()) lines.push(tidy(node.text));
			continue;
		}
		if (!(node instanceof HTMLElement)) continue;
		const name = tag(node);
		if (HEADING.test(name)) lines.push(...inlineLines(node.childNodes, context));
		else if (name === 'ul' || name === 'ol') lines.push(...listLines(node, context, markers));
		else if (name === 'table') lines.push(...grid(node).flat().flatMap((cell) => (cell ? blockLines(cell.childNodes, context, markers) : [])));
		else lines.push(...blockLines(node.childNodes, context, markers));
	}
	return lines;
}

/**
 * A list's items, nested lists after their item. mammoth keeps only whether a list is
 * ordered, not Word's numbering format or start, so ordered items are numbered by their
 * position in the list: 1., 2., …
 */
function listLines(list: HTMLElement, context: Context, markers: boolean): string[] {
	const lines: string[] = [];
	let position = 0;
	for (const item of children(list)) {
		position++;
		const [inline, nested] = [item.childNodes.filter((n) => !isList(n)), item.childNodes.filter(isList)];
		const text = oneLine(inline, context);
		if (tag(list) === 'ol' && markers) context.found.numbered = true;
		if (text) lines.push(markers ? `${tag(list) === 'ol' ? `${position}.` : '-'} ${text}` : text);
		lines.push(...blockLines(nested, context, markers));
	}
	return lines;
}

function isList(node: Node): boolean {
	return node instanceof HTMLElement && (tag(node) === 'ul' || tag(node) === 'ol');
}

// --- Tables -------------------------------------------------------------------------

/** A table's cells by row and column; a merged cell is in its first slot, null in the others. */
function grid(table: HTMLElement): (HTMLElement | null)[][] {
	const rows = table.querySelectorAll('tr').filter((tr) => tr.closest('table') === table);
	const slots: (HTMLElement | null)[][] = rows.map(() => []);
	rows.forEach((tr, r) => {
		let c = 0;
		for (const cell of children(tr).filter((td) => tag(td) === 'td' || tag(td) === 'th')) {
			while (slots[r]![c] !== undefined) c++;
			const columns = Number(cell.getAttribute('colspan') ?? 1) || 1;
			const span = Math.min(Number(cell.getAttribute('rowspan') ?? 1) || 1, rows.length - r);
			for (let dr = 0; dr < span; dr++) for (let dc = 0; dc < columns; dc++) slots[r + dr]![c + dc] = dr || dc ? null : cell;
			c += columns;
		}
	});
	const width = Math.max(0, ...slots.map((row) => row.length));
	return slots.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
}

/** A two-column table's lines column by column, top to bottom, as plain text. */
function twoColumns(table: HTMLElement, context: Context): { left: string[]; right: string[] } | null {
	const cells = grid(table);
	if (cells[0]?.length !== 2) return null;
	const column = (c: number) => cells.flatMap((row) => (row[c] ? blockLines(row[c]!.childNodes, { ...context, styled: false }, false) : []));
	return { left: column(0), right: column(1) };
}


/** The closing table: "Nơi nhận:", one `- item` per recipient, a blank line, the signature block. */
function closingLines(table: HTMLElement, context: Context): string[] {
	const cells = grid(table);
	const plain = { ...context, styled: false };
	const [label, ...rest] = cells.flatMap((row) => (row[0] ? blockLines(row[0].childNodes, plain, true) : []));
	const items: string[] = [];
	for (const line of rest) {
		// A line without a bullet that starts in lowercase carries on the item above it.
		if (!BULLET.test(line) && /^\p{Ll}/u.test(line) && items.length > 0) items[items.length - 1] += ` ${line}`;
		else items.push(line.replace(BULLET, ''));
	}
	const signature = cells.flatMap((row) => (row[1] ? blockLines(row[1].childNodes, plain, false) : []));
	return ['', label!, ...items.map((item) => `- ${item}`), '', ...signature];
}

/** A table as GFM rows; a one-column table (a box around text) as its paragraphs. */
function tableLines(table: HTMLElement, context: Context): string[] {
	const cells = grid(table);
	if ((cells[0]?.length ?? 0) < 2) return blockLines(cells.flat().filter((c) => c !== null), context, true);
	const rows = cells
		.map((row) => row.map((cell) => (cell ? blockLines(cell.childNodes, context, false).join(' ').replace(/\|/gu, '\\|') : '')))
		.filter((row) => row.some(Boolean))
		.map((row) => `|${row.map((text) => (text ? ` ${text} ` : ' ')).join('|')}|`);
	if (rows.length === 0) return [];
	if (table.querySelector('[colspan], [rowspan]')) context.found.merged = true;
	return [rows[0]!, `|${' --- |'.repeat(cells[0]!.length)}`, ...rows.slice(1)];
}

function lastIndex(lines: string[], test: (line: string) => boolean): number {
	for (let i = lines.length - 1; i >= 0; i--) if (test(lines[i]!)) return i;
	return -1;
}

/** Drops blank lines at the ends and doubled blank lines. */
function trimBlank(lines: string[]): string[] {
	const out = lines.filter((line, i) => line !== '' || (i > 0 && lines[i - 1] !== ''));
	while (out[0] === '') out.shift();
	while (out[out.length - 1] === '') out.pop();
	return out;
}
