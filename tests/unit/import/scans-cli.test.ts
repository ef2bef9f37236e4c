/**
 * `npm run import` over a folder of scans: progress page by page, the per-file report
 * saying the text came from OCR, the low-confidence pages listed at the end, a scan
 * with nothing legible refused in one line, an unchanged scan skipped without OCR, and
 * where OCRmyPDF is missing, one line naming the Debian packages.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { statePdf } from '../support/pdfFixtures.ts';
import { illegible, rasterise, toPng } from '../support/scans.ts';

const ROOT = 'tests/.output/import-scans';
const INBOX = join(ROOT, 'inbox');
const OUT = join(ROOT, 'archive');

function importScans(out: string, env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, ['scripts/import.ts', '--out', out, '--issuers', 'content/issuers.yaml', INBOX], {
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1', ...env },
	});
	return { code: result.status, stderr: result.stderr };
}

let first: ReturnType<typeof importScans>;
let again: ReturnType<typeof importScans>;

beforeAll(async () => {
	rmSync(ROOT, { recursive: true, force: true });
	mkdirSync(INBOX, { recursive: true });
	const state = (await statePdf()).bytes;
	writeFileSync(join(INBOX, 'cv-1520.png'), toPng(rasterise(state, 200)[0]!));
	// Too coarse to read well: OCR's confidence falls under the mark, and the number is not made out.
	writeFileSync(join(INBOX, 'cv-1520-60dpi.png'), toPng(rasterise(state, 60)[0]!));
	writeFileSync(join(INBOX, 'trang-trang.png'), toPng(illegible()));
	first = importScans(OUT);
	again = importScans(OUT);
}, 300_000);

describe('npm run import over a folder of scans', () => {
	it('tells each page as OCR reads it, and says in the report that the text came from OCR', () => {
		const scan = join(INBOX, 'cv-1520.png');
		expect(first.stderr).toContain(`[2/3] ${scan}: OCR: page 1 read\n[2/3] ${scan} → ${join(OUT, '2024/1520-ubnd-ktn.mdx')}\n`);
		expect(first.stderr).toMatch(/\n {6}note: read from the scan by OCR \(OCRmyPDF [\d.]+, Tesseract [\d.]+\), mean confidence by page: 1 \(9\d%\)\n/u);
	});

	it('refuses a scan with nothing legible in one line, and writes nothing of it', () => {
		expect(first.code).toBe(1);
		expect(first.stderr).toContain(
			`[3/3] ${join(INBOX, 'trang-trang.png')}: OCR found nothing legible in the scan (a blank page, or too faint or too small to read); scan it again at 300 dpi and import it again\n`,
		);
		expect(first.stderr).not.toMatch(/\n\s+at /);
		expect(first.stderr).toMatch(/2 imported, 1 failed\n$/);
	});

	it('keeps each scan beside its document and leaves the number unknown where OCR could not make it out', () => {
		const files = readdirSync(OUT, { recursive: true, encoding: 'utf8' }).sort();
		expect(files.filter((f) => f.startsWith('2024/'))).toEqual(['2024/1520-ubnd-ktn.mdx', '2024/1520-ubnd-ktn.png']);
		expect(readFileSync(join(OUT, '2024/1520-ubnd-ktn.png'))).toEqual(readFileSync(join(INBOX, 'cv-1520.png')));
		const coarse = files.find((f) => f.endsWith('.mdx') && !f.startsWith('2024/'))!;
		const mdx = readFileSync(join(OUT, coarse), 'utf8');
		expect(mdx).toContain('number: null\n');
		expect(mdx).toMatch(/\n {2}importer: png\n {2}ocr:\n {4}engine: OCRmyPDF [\d.]+, Tesseract [\d.]+\n {4}pages:\n {6}- page: 1\n {8}confidence: [1-7]\d(?:\.\d)?\n/u);
	});

	it('lists the pages read with low confidence at the end of the batch', () => {
		expect(first.stderr).toMatch(/\nto check against their scans:\n {2}tests\/\.output\/import-scans\/archive\/[^:]+\.mdx: OCR read page 1 \(\d+%\) with low confidence \(under 80%\): check the text against the scan\n2 imported/u);
	});

	it('skips a scan imported before without reading it again (the refused one is tried again)', () => {
		expect(again.stderr).not.toMatch(/cv-1520(?:-60dpi)?\.png: OCR: page/u);
		expect(again.stderr).toContain(`${join(INBOX, 'cv-1520.png')}: unchanged since it was imported as ${join(OUT, '2024/1520-ubnd-ktn.mdx')}; skipped`);
	});

	it('names the Debian packages to install when OCRmyPDF is missing, and writes nothing', () => {
		const empty = join(ROOT, 'no-tools');
		mkdirSync(empty, { recursive: true });
		const run = importScans(join(ROOT, 'archive-without-ocr'), { PATH: empty });
		expect(run.stderr).toContain(
			`[2/3] ${join(INBOX, 'cv-1520.png')}: it is a scan, and reading it needs OCRmyPDF with Tesseract's Vietnamese model (apt install ocrmypdf tesseract-ocr-vie)\n`,
		);
		expect(run.stderr).toMatch(/0 imported, 3 failed\n$/);
	});
});
