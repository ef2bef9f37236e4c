/**
 * OCR of scans: a PDF whose pages (some or all) have no text layer, or a page image
 * (PNG, JPEG, TIFF with any number of pages), goes through OCRmyPDF with Tesseract's
 * Vietnamese model, pages turned upright and deskewed, on every core. What comes back
 * is a PDF with a text layer, which the PDF reader then reads as it reads any PDF,
 * and Tesseract's mean word confidence for each page it read.
 *
 * OCRmyPDF reports no confidence, so Tesseract is asked (through a config file) to
 * write its word table (TSV) beside each page's text layer, in a work folder that is
 * kept (-k) inside our own temporary folder; the same tables show progress, a page at
 * a time, while OCRmyPDF runs.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { OcrSource } from '../../schemas/source.ts';
import { UnreadableSource } from '../extracted.ts';

export type ScanFormat = 'pdf' | 'png' | 'jpeg' | 'tiff';

/** A page OCR read: its number in the file, from 1, and Tesseract's mean word confidence on it, 0–100. */
export type OcrPage = OcrSource['pages'][number];

export interface OcrReading {
	/** The file as a PDF with a text layer on every page. */
	pdf: Uint8Array;
	/** The pages OCR read (pages that had a text layer are left as they were). */
	pages: OcrPage[];
	/** "OCRmyPDF 14.0.1, Tesseract 5.3.0". */
	engine: string;
}

/** Told as each page is read: how many so far, and of how many when that is known. */
export type OcrProgress = (done: number, total: number | null) => void;

/** Below this mean word confidence a page's text is to be checked against the scan. */
export const LOW_CONFIDENCE = 80;

export const OCR_PACKAGES = 'apt install ocrmypdf tesseract-ocr-vie';

const run = promisify(execFile);

/** A scan that cannot be read here because OCR is not installed; `needs` says what to install. */
export class OcrUnavailable extends UnreadableSource {
	readonly needs: string;
	constructor(needs: string) {
		super(`it is a scan, and reading it needs ${needs}`);
		this.needs = needs;
	}
}

let engine: Promise<string | OcrUnavailable> | null = null;

/** OCRmyPDF's and Tesseract's versions (looked up once), or what OCR lacks here (looked up again next time). */
async function ocrEngine(): Promise<string | OcrUnavailable> {
	engine ??= (async () => {
		try {
			// Debian's "14.0.1+dfsg1" is OCRmyPDF 14.0.1.
			const ocrmypdf = /^[\d.]+/u.exec((await run('ocrmypdf', ['--version'])).stdout.trim())?.[0] ?? '?';
			if (!/^vie$/mu.test((await run('tesseract', ['--list-langs'])).stdout)) {
				return new OcrUnavailable("Tesseract's Vietnamese model, which is not installed (apt install tesseract-ocr-vie)");
			}
			const version = /tesseract\s+v?([\d.]+)/iu.exec((await run('tesseract', ['--version'])).stdout)?.[1] ?? '?';
			return `OCRmyPDF ${ocrmypdf}, Tesseract ${version}`;
		} catch {
			return new OcrUnavailable(`OCRmyPDF with Tesseract's Vietnamese model (${OCR_PACKAGES})`);
		}
	})();
	const found = await engine;
	if (found instanceof OcrUnavailable) engine = null;
	return found;
}

const EXTENSIONS: Record<ScanFormat, string> = { pdf: 'pdf', png: 'png', jpeg: 'jpg', tiff: 'tif' };

/** The text OCRmyPDF's exit codes stand for, where the archivist can act on it. */
const EXIT_REASONS: Record<number, string> = {
	2: 'OCRmyPDF cannot read this file (damaged, or not an image it knows); scan it again as PDF or PNG',
	// Tesseract gave up on a page: too coarse or too faint a scan, or nothing on it to read.
	7: 'Tesseract could not read the scan (too coarse or too faint, or no text on it); scan it again at 300 dpi and import it again',
	8: 'the PDF is encrypted; save a copy without a password and import again',
};

/** OCRs a scan; throws UnreadableSource with a one-line reason. */
export async function ocrScan(bytes: Uint8Array, format: ScanFormat, progress?: OcrProgress, total: number | null = null): Promise<OcrReading> {
	const found = await ocrEngine();
	if (found instanceof OcrUnavailable) throw found;
	const work = mkdtempSync(join(tmpdir(), 'kho-ocr-'));
	try {
		const input = join(work, `scan.${EXTENSIONS[format]}`);
		const output = join(work, 'read.pdf');
		writeFileSync(input, bytes);
		writeFileSync(join(work, 'tsv.cfg'), 'tessedit_create_tsv 1\n');
		const args = [
			'-l', 'vie',
			'--rotate-pages', '--deskew',
			// Pages with a text layer keep it; only the scanned ones are read.
			'--skip-text',
			'--jobs', String(availableParallelism()),
			'--output-type', 'pdf',
			'--optimize', '0',
			// Used only when an image does not record its resolution.
			'--image-dpi', '300',
			'--tesseract-config', join(work, 'tsv.cfg'),
			'-k', '-q',
			input, output,
		];
		const { code, stderr } = await runOcr(args, work, progress, total);
		if (code !== 0 || !existsSync(output)) {
			// Its last words, leaving out where it kept its work folder (-k).
			const said = stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith(work) && !/^Temporary working files/u.test(l));
			const last = said.pop() ?? `exit code ${code}`;
			throw new UnreadableSource(EXIT_REASONS[code] ?? `OCRmyPDF could not read this scan (${last})`);
		}
		return { pdf: new Uint8Array(readFileSync(output)), pages: pageConfidences(work), engine: found };
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

/** Runs OCRmyPDF, telling progress as Tesseract's tables appear; resolves with its error output and exit code. */
function runOcr(args: string[], work: string, progress: OcrProgress | undefined, total: number | null): Promise<{ code: number; stderr: string }> {
	return new Promise((resolve, reject) => {
		// Its work folder goes under ours, so that it is found and removed with it.
		const child = spawn('ocrmypdf', args, { env: { ...process.env, TMPDIR: work }, stdio: ['ignore', 'ignore', 'pipe'] });
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		let told = 0;
		// Every page is told, even when two finish between looks.
		const tell = () => {
			const done = tables(work).length;
			while (told < done) {
				told++;
				progress?.(told, total);
			}
		};
		const timer = setInterval(tell, 250);
		child.on('error', (error) => {
			clearInterval(timer);
			reject(new UnreadableSource(`OCRmyPDF did not start (${error.message}); ${OCR_PACKAGES}`));
		});
		child.on('close', (code) => {
			clearInterval(timer);
			tell();
			resolve({ code: code ?? -1, stderr });
		});
	});
}

/** Tesseract's word tables in OCRmyPDF's work folder: "<folder>/000003_ocr_tess.tsv" for page 3. */
function tables(work: string): { page: number; path: string }[] {
	return readdirSync(work, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((dir) =>
			readdirSync(join(work, dir.name))
				.map((name) => /^(\d+)_ocr_tess\.tsv$/u.exec(name))
				.filter((m): m is RegExpExecArray => m !== null)
				.map((m) => ({ page: Number(m[1]), path: join(work, dir.name, m[0]) })),
		)
		.sort((p, q) => p.page - q.page);
}

function pageConfidences(work: string): OcrPage[] {
	return tables(work).map(({ page, path }) => ({ page, confidence: meanConfidence(readFileSync(path, 'utf8')) }));
}

/**
 * The mean confidence of the words in a Tesseract TSV table (level 5 rows with text),
 * to one decimal; 0 for a page without a word.
 */
export function meanConfidence(tsv: string): number {
	const rows = tsv.split('\n').slice(1).map((line) => line.split('\t'));
	const words = rows.filter((r) => r[0] === '5' && (r[11] ?? '').trim() !== '' && Number(r[10]) >= 0).map((r) => Number(r[10]));
	if (words.length === 0) return 0;
	return Math.round((words.reduce((a, b) => a + b, 0) / words.length) * 10) / 10;
}
