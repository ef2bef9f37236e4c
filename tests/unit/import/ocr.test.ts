/**
 * Scans of the project's own fixtures, made as an office scanner would (see
 * support/scans.ts), imported through OCRmyPDF with Tesseract's Vietnamese model:
 * the header's fields, at least 97 % of the source's words, the OCR recorded in the
 * frontmatter, and a clear refusal of a scan with nothing legible.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { UnreadableSource } from '../../../src/import/extracted.ts';
import { LOW_CONFIDENCE, meanConfidence } from '../../../src/import/formats/ocr.ts';
import { importFile, type ImportedFile } from '../../../src/import/importFile.ts';
import { DirectiveSchema } from '../../../src/schemas/directive.ts';
import { parseIssuerRegistry } from '../../../src/lib/issuers.ts';
import { readFileSync } from 'node:fs';
import { fixtureScans, illegible, toPng, wordAccuracy, type FixtureScan } from '../support/scans.ts';

const registry = parseIssuerRegistry(readFileSync('content/issuers.yaml', 'utf8'), 'content/issuers.yaml');

/** The words a reader of the page gets: the MDX file (frontmatter and body). */
const readText = (imported: ImportedFile) => imported.mdx;

let scans: FixtureScan[];
const imported = new Map<string, ImportedFile>();
const progress = new Map<string, [number, number | null][]>();

beforeAll(async () => {
	scans = await fixtureScans();
	for (const scan of scans) {
		const told: [number, number | null][] = [];
		imported.set(scan.file, await importFile(scan.file, { registry, bytes: scan.bytes, importedAt: '2026-12-01', progress: (done, total) => told.push([done, total]) }));
		progress.set(scan.file, told);
	}
}, 600_000);

describe('importing scans through OCR', () => {
	it('reads number, date, type, place and signer of every scan with its header on page 1', () => {
		for (const scan of scans.filter((s) => s.header)) {
			const { frontmatter } = imported.get(scan.file)!;
			const read = { type: frontmatter.type, number: frontmatter.number, issuedAt: frontmatter.issuedAt, place: frontmatter.place, signer: frontmatter.signer.name };
			expect(read, scan.made).toEqual(scan.fields);
		}
	});

	it('gets at least 97 % of the source words right on every scan', () => {
		for (const scan of scans) {
			const { accuracy, wrong } = wordAccuracy(scan.source, readText(imported.get(scan.file)!));
			expect(accuracy, `${scan.made}: missed ${wrong.join(', ')}`).toBeGreaterThanOrEqual(0.97);
		}
	});

	it('records the OCR in the frontmatter, page by page with its confidence, and keeps the scan as the original', () => {
		for (const scan of scans) {
			const result = imported.get(scan.file)!;
			const ocr = result.frontmatter.source.ocr!;
			expect(ocr.engine).toMatch(/^OCRmyPDF \d+\.\d+\.\d+, Tesseract \d+\.\d+\.\d+$/u);
			expect(ocr.pages.map((p) => p.page), scan.made).toEqual(scan.pages);
			for (const page of ocr.pages) expect(page.confidence, scan.made).toBeGreaterThan(LOW_CONFIDENCE);
			expect(result.original.split('.').pop()).toBe(scan.file.split('.').pop());
			expect(DirectiveSchema.safeParse(result.frontmatter).success).toBe(true);
			const pages = scan.pages.map((p) => `${p} \\(\\d+%\\)`).join(', ');
			expect(result.warnings).toContainEqual(expect.stringMatching(new RegExp(`^read from the scan by OCR \\(OCRmyPDF [^)]+\\), mean confidence by page: ${pages}$`, 'u')));
		}
	});

	it('tells progress page by page, with the count when the PDF gives it', () => {
		expect(progress.get('nq-307-300dpi.pdf')).toEqual([[1, 2], [2, 2]]);
		expect(progress.get('nq-307-200dpi.tif')).toEqual([[1, null], [2, null]]);
		expect(progress.get('cv-1520-partly-scanned.pdf')).toEqual([[1, 1]]);
	});

	it('keeps the text page of a partly scanned PDF and reads the scanned one', () => {
		const { body, importer } = imported.get('cv-1520-partly-scanned.pdf')!;
		expect(importer).toBe('pdf');
		expect(body).toContain('Trang này có lớp chữ; các trang sau là ảnh quét.');
		expect(body).toContain('trước ngày 15/4/2024');
	});

	it('refuses a scan with nothing legible, with what to do', async () => {
		const error = await importFile('trang-trang.png', { registry, bytes: toPng(illegible()) }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(UnreadableSource);
		expect((error as Error).message).toBe('OCR found nothing legible in the scan (a blank page, or too faint or too small to read); scan it again at 300 dpi and import it again');
	}, 120_000);
});

describe('meanConfidence', () => {
	it("averages the words' confidence in a Tesseract table, leaving out blocks, lines and empty words", () => {
		const tsv = [
			'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
			'1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t',
			'4\t1\t1\t1\t1\t0\t354\t236\t576\t43\t-1\t',
			'5\t1\t1\t1\t1\t1\t354\t236\t150\t43\t96.5\tTỈNH',
			'5\t1\t1\t1\t1\t2\t520\t236\t90\t43\t91.25\tỦY',
			'5\t1\t1\t1\t1\t3\t620\t236\t90\t43\t95\t ',
		].join('\n');
		expect(meanConfidence(tsv)).toBe(93.9);
		expect(meanConfidence(tsv.split('\n').slice(0, 3).join('\n'))).toBe(0);
	});
});
