/**
 * Reads any file the importer accepts into an ExtractedDocument: Word (.docx, and
 * .doc through LibreOffice), PDF, scans (a PDF without a text layer, PNG, JPEG,
 * TIFF: read by OCR) and plain text (.txt, .md). The
 * format is told from the file's first bytes, not its name, so a mislabelled file is
 * read for what it is. Legacy Vietnamese encodings (TCVN3, VNI) are converted.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { isUtf8 } from 'node:buffer';
import { textDocument } from './text.ts';
import { fromWindows1258, toUnicode, type TextEncoding } from '../legacyEncoding.ts';
import { UnreadableSource, type ExtractedDocument } from '../extracted.ts';
import { readDocx } from './docx.ts';
import { unpackedSize } from './zipSize.ts';
import { LOW_CONFIDENCE, OcrUnavailable, ocrScan, type OcrPage, type OcrProgress, type ScanFormat } from './ocr.ts';
import { readPdf } from './pdf.ts';

export type SourceFormat = 'docx' | 'doc' | 'pdf' | 'text' | 'png' | 'jpeg' | 'tiff';

/** File extensions the importer picks up in a directory. */
export const IMPORTABLE_EXTENSIONS = ['.docx', '.doc', '.pdf', '.txt', '.md', '.png', '.jpg', '.jpeg', '.tif', '.tiff'];

const FORMAT_NAMES: Record<SourceFormat, string> = {
	docx: 'a Word .docx file',
	doc: 'an old Word .doc file (or a password-protected Word file)',
	pdf: 'a PDF',
	text: 'a text file',
	png: 'a PNG image',
	jpeg: 'a JPEG image',
	tiff: 'a TIFF image',
};

const IMAGE_EXTENSIONS: Record<string, SourceFormat> = { '.png': 'png', '.jpg': 'jpeg', '.jpeg': 'jpeg', '.tif': 'tiff', '.tiff': 'tiff' };

/** The format from the first bytes: %PDF, a ZIP (docx), an OLE container (doc), an image, else text. */
export function sniffFormat(bytes: Uint8Array): SourceFormat {
	const starts = (...magic: number[]) => magic.every((b, i) => bytes[i] === b);
	if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
	if (starts(0x50, 0x4b, 0x03, 0x04)) return 'docx';
	if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'doc';
	if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
	if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
	if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'tiff';
	return 'text';
}

function formatOfName(name: string): SourceFormat | null {
	const extension = extname(name).toLowerCase();
	if (extension === '.docx' || extension === '.doc' || extension === '.pdf') return extension.slice(1) as SourceFormat;
	if (extension === '.txt' || extension === '.md') return 'text';
	return IMAGE_EXTENSIONS[extension] ?? null;
}

function hasUtf16Mark(bytes: Uint8Array): boolean {
	return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

const ENCODING_NAMES: Record<TextEncoding, string> = { tcvn3: 'old TCVN3', vni: 'old VNI', 'windows-1258': 'Windows-1258', 'utf-16': 'UTF-16' };

/**
 * Text bytes as a string and what they were in: UTF-16 with its byte-order mark,
 * UTF-8, Windows-1258, or 8-bit text that is legacy Vietnamese (TCVN3, VNI), left for
 * toUnicode to convert.
 */
function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding | null } {
	if (hasUtf16Mark(bytes)) {
		return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes), encoding: 'utf-16' };
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: null };
	} catch {
		const cp1258 = fromWindows1258(bytes);
		if (cp1258 !== null) return { text: cp1258, encoding: 'windows-1258' };
		const text = new TextDecoder('windows-1252').decode(bytes);
		if (toUnicode(text).encoding) return { text, encoding: null };
		throw new UnreadableSource('the text is neither UTF-8 nor Windows-1258, TCVN3 or VNI; export it again as UTF-8 text');
	}
}

/** A .doc converted to .docx by LibreOffice, when it is installed. */
function convertDoc(path: string): Uint8Array {
	const out = mkdtempSync(join(tmpdir(), 'kho-doc-'));
	try {
		execFileSync('soffice', ['--headless', '--convert-to', 'docx', '--outdir', out, path], { stdio: 'ignore', timeout: 120_000 });
		return readFileSync(join(out, basename(path, extname(path)) + '.docx'));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT' && (error as NodeJS.ErrnoException).path === 'soffice') {
			throw new UnreadableSource('an old .doc file needs LibreOffice to convert it (apt install libreoffice-writer), or save it as .docx in Word');
		}
		throw new UnreadableSource('LibreOffice could not convert this .doc file (password-protected or damaged?); save it as .docx in Word');
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
}

export interface ReadSource {
	document: ExtractedDocument;
	/** The reader that made it: text, docx, pdf, doc (through LibreOffice), or the scan's image format. */
	importer: SourceFormat;
}

export interface ReadOptions {
	/** Told as OCR reads each page of a scan. */
	progress?: OcrProgress;
}

/**
 * Sizes past which a file is no document an office wrote: a Word file that unpacks to
 * more, or a text file that holds more (the longest real directives are far smaller).
 */
export const LIMITS = { wordUnpackedMB: 100, textMB: 20 };

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

function readWord(bytes: Uint8Array): Promise<ExtractedDocument> {
	const size = unpackedSize(bytes);
	if (size !== null && size > LIMITS.wordUnpackedMB * 1024 * 1024) {
		const unpacked = Number.isFinite(size) ? `${megabytes(size)} MB` : 'more than 4 GB';
		throw new UnreadableSource(`the Word file unpacks to ${unpacked}, more than the ${LIMITS.wordUnpackedMB} MB a document takes; open it in Word, check it and save it again`);
	}
	return readDocx(bytes);
}

/** Reads one file; throws UnreadableSource with a one-line reason. */
export async function readSource(path: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadSource> {
	if (bytes.length === 0) throw new UnreadableSource('the file is empty');
	const format = sniffFormat(bytes);
	const named = formatOfName(path);
	const notes: string[] = [];
	if (named && named !== format && !(named === 'docx' && format === 'doc')) {
		notes.push(`the file is named as ${FORMAT_NAMES[named]} but is ${FORMAT_NAMES[format]}: read as such`);
	}
	let document: ExtractedDocument;
	// pdf.js takes a plain Uint8Array (not a Buffer) and may detach it: give it a copy.
	if (format === 'pdf') document = await readPdfOrScan(bytes, options.progress);
	else if (format === 'png' || format === 'jpeg' || format === 'tiff') document = await readScan(bytes, format, options.progress);
	else if (format === 'docx') document = await readWord(bytes);
	else if (format === 'doc') {
		if (named === 'docx') throw new UnreadableSource('the Word file is password-protected; save it without a password and import again');
		document = await readWord(convertDoc(path));
	} else {
		if (named !== null && named !== 'text' && !isUtf8(bytes)) {
			throw new UnreadableSource(`the file is not ${FORMAT_NAMES[named]} (damaged, or not a document)`);
		}
		if (bytes.length > LIMITS.textMB * 1024 * 1024) {
			throw new UnreadableSource(`the text file holds ${megabytes(bytes.length)} MB, more than the ${LIMITS.textMB} MB a document takes; split it into its documents`);
		}
		const decoded = decodeText(bytes);
		const converted = toUnicode(decoded.text);
		document = textDocument(converted.text);
		const encoding = decoded.encoding ?? converted.encoding;
		if (encoding) document.legacyEncoding = encoding;
	}
	if (format !== 'text') document = convertLegacy(document);
	if (document.legacyEncoding) notes.push(`the text was in the ${ENCODING_NAMES[document.legacyEncoding]} encoding: converted to Unicode`);
	return { document: { ...document, notes: [...notes, ...document.notes] }, importer: format };
}

/** Converts the lines that are in a legacy Vietnamese encoding (a Unicode header may sit above a TCVN3 body). */
function convertLegacy(document: ExtractedDocument): ExtractedDocument {
	let encoding = document.legacyEncoding ?? null;
	const convert = (lines: string[]) => {
		const converted = toUnicode(lines.join('\n'));
		encoding ??= converted.encoding;
		return converted.text.split('\n');
	};
	const header = document.header ? { left: convert(document.header.left), right: convert(document.header.right) } : null;
	const lines = convert(document.lines);
	return { ...document, header, lines, ...(encoding ? { legacyEncoding: encoding } : {}) };
}

/** A PDF's text layer, its scanned pages read by OCR; without OCR, the pages that have text, and a note. */
async function readPdfOrScan(bytes: Uint8Array, progress?: OcrProgress): Promise<ExtractedDocument> {
	const document = await readPdf(new Uint8Array(bytes));
	const scanned = document.scannedPages ?? [];
	if (scanned.length === 0) return document;
	if (scanned.length < (document.pageCount ?? 0)) {
		try {
			return await readScan(bytes, 'pdf', progress, scanned.length);
		} catch (error) {
			if (!(error instanceof UnreadableSource)) throw error;
			const one = scanned.length === 1;
			const pages = `${one ? 'page' : 'pages'} ${scanned.join(', ')} of ${document.pageCount} ${one ? 'is a scan' : 'are scans'} and ${one ? 'was' : 'were'} not read`;
			const why = error instanceof OcrUnavailable ? `: reading ${one ? 'it' : 'them'} needs ${error.needs};` : ` (${error.message});`;
			return { ...document, notes: [...document.notes, `${pages}${why} ${one ? 'its' : 'their'} text is missing (import the file again with --force once OCR can read it, or add the text by hand)`] };
		}
	}
	return readScan(bytes, 'pdf', progress, scanned.length);
}

/** A scan read by OCR, then read as a PDF; refused when OCR finds nothing legible. */
async function readScan(bytes: Uint8Array, format: ScanFormat, progress?: OcrProgress, total: number | null = null): Promise<ExtractedDocument> {
	const reading = await ocrScan(bytes, format, progress, total);
	const document = await readPdf(reading.pdf);
	const blank = document.scannedPages ?? [];
	if (blank.length > 0 && blank.length === document.pageCount) {
		throw new UnreadableSource('OCR found nothing legible in the scan (a blank page, or too faint or too small to read); scan it again at 300 dpi and import it again');
	}
	const notes = [`read from the scan by OCR (${reading.engine}), mean confidence by page: ${confidences(reading.pages)}`, ...document.notes];
	if (blank.length > 0) notes.push(`OCR found nothing legible on ${blank.length === 1 ? 'page' : 'pages'} ${blank.join(', ')} of ${document.pageCount}: check the scan`);
	const low = reading.pages.filter((p) => p.confidence < LOW_CONFIDENCE && !blank.includes(p.page));
	if (low.length > 0) notes.push(lowConfidenceNote(low));
	const { scannedPages: _, ...text } = document;
	return { ...text, notes, ocr: { engine: reading.engine, pages: reading.pages } };
}

/** The note on pages OCR read with little confidence, for the file's report and the batch's summary. */
export function lowConfidenceNote(pages: readonly OcrPage[]): string {
	return `OCR read ${pages.length === 1 ? 'page' : 'pages'} ${confidences(pages)} with low confidence (under ${LOW_CONFIDENCE}%): check the text against the scan`;
}

/** "1 (96%), 2 (71%)" */
function confidences(pages: readonly OcrPage[]): string {
	return pages.map((p) => `${p.page} (${Math.round(p.confidence)}%)`).join(', ');
}
