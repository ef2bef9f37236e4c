/**
 * What a format reader (Word, PDF, plain text) hands the importer: the document
 * as lines in the text importer's dialect, with the header table kept apart.
 *
 * The dialect, so that one pipeline (segments → body → metadata) serves every format:
 * - one paragraph per line in reading order, blank lines between blocks allowed;
 * - emphasis as Markdown: `**bold**`, `*italic*`;
 * - list items as `- item` (bullets) or with their printed enumerator (`1.`, `a)`);
 * - a table as consecutive GFM rows: `| a | b |`, then `| --- | --- |`, then rows;
 * - footnote references as superscript digits (`…năm 2024¹`), and each footnote's
 *   text as its own line `¹ text`, anywhere after the reference;
 * - the title block ("NGHỊ QUYẾT" then the trích yếu), "Kính gửi:", "Nơi nhận:" with
 *   its `- ` items, then the signature lines, as a text export shows them.
 */
import type { TextEncoding } from './legacyEncoding.ts';
import type { OcrSource } from '../schemas/source.ts';

export interface ExtractedDocument {
	lines: string[];
	/**
	 * The two-column header (a Word header table, or page 1's columns in a PDF), each
	 * column's lines top to bottom; null when the file has none.
	 */
	header: { left: string[]; right: string[] } | null;
	/**
	 * Text that stood above the header in the source: a website's menus, title line or
	 * attribute table, an editor's lede. Not part of the document; kept word for word.
	 */
	above?: string[];
	/** What was taken out as not part of the document (page numbers, running headers), as it stood. */
	removed: string[];
	/**
	 * Whether lines are wrapped at the page width (PDF) and must be re-flowed into
	 * paragraphs; false when each line is a paragraph (Word); unset: guessed from the text.
	 */
	hardWrapped?: boolean;
	/** Set when the text was in a legacy Vietnamese encoding and was converted to Unicode. */
	legacyEncoding?: TextEncoding;
	/** The pages of a PDF that have no text layer (scans), and how many pages it has. */
	scannedPages?: number[];
	pageCount?: number;
	/** Set when the text was read from a scan by OCR. */
	ocr?: OcrSource;
	/** Notes for the archivist's report (e.g. "a table cell was merged"). */
	notes: string[];
}

/** The whole text a reader extracted, for the lost-word check. */
export function extractedText(document: ExtractedDocument): string {
	const header = document.header ? [...document.header.left, ...document.header.right] : [];
	return [...(document.above ?? []), ...header, ...document.lines].join('\n');
}

/**
 * A file a reader cannot turn into text: corrupt, empty, password-protected, a scan
 * nothing legible on. The message is one line for the archivist, saying what to do,
 * without the file name (the importer prefixes it).
 */
export class UnreadableSource extends Error {}
