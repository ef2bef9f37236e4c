import { describe, expect, it } from 'vitest';
import { describeIssues } from '../../../src/lib/frontmatterErrors.ts';
import { DirectiveSchema } from '../../../src/schemas/directive.ts';

const minimal = { type: 'cong-van', number: null, issuedAt: null };

function problems(data: Record<string, unknown>): string[] {
	const result = DirectiveSchema.safeParse(data);
	return result.success ? [] : describeIssues('x.mdx', result.error.issues);
}

describe('DirectiveSchema', () => {
	it('accepts a document whose number and date are explicitly unknown, with defaults', () => {
		expect(DirectiveSchema.parse(minimal)).toMatchObject({
			number: null,
			issuedAt: null,
			year: null,
			issuer: null,
			title: null,
			recipients: [],
			signer: { authority: null, title: null, name: null },
			status: 'chua-ro',
		});
	});

	it('derives the year from the date, and accepts an unquoted YAML date', () => {
		expect(DirectiveSchema.parse({ ...minimal, issuedAt: '2024-05-03' }).year).toBe(2024);
		expect(DirectiveSchema.parse({ ...minimal, issuedAt: new Date('2024-05-03') }).issuedAt).toBe('2024-05-03');
	});

	it('requires number and issuedAt to be written, even as null', () => {
		expect(problems({ type: 'cong-van' })).toEqual([
			'x.mdx: number: expected the document number, e.g. "307-NQ/TU" or "68/KH-UBND", or null if unknown',
			'x.mdx: issuedAt: expected a date such as "2024-05-03", or null if unknown',
		]);
	});

	it('explains each bad field', () => {
		expect(problems({ ...minimal, type: 'cong-vn', number: '307 - NQ/TU', issuedAt: '2024-02-31', numbr: 1 })).toEqual([
			expect.stringMatching(/^x\.mdx: type: expected one of nghi-quyet, .*cong-van/),
			'x.mdx: number: write the number as "307-NQ/TU"',
			'x.mdx: issuedAt: "2024-02-31" is not a real date written as YYYY-MM-DD',
			'x.mdx: unknown field "numbr"; remove or rename it',
		]);
		expect(problems({ ...minimal, issuedAt: '2024-05-03', year: 2023 })).toEqual([
			'x.mdx: year: year 2023 does not match issuedAt 2024-05-03; remove year or correct one of them',
		]);
		expect(problems({ ...minimal, year: 3000 })).toEqual(['x.mdx: year: expected a year from 1930 to 2100, or null if unknown']);
		expect(problems({ ...minimal, year: 'hai nghìn' })).toEqual(['x.mdx: year: expected the year as a number, e.g. 2024, or null if unknown']);
	});

	it('takes a scan as the original, with how OCR read it, and explains a bad OCR record', () => {
		const source = { file: 'scan.png', sha256: 'a'.repeat(64), importedAt: '2026-12-01', importer: 'png', original: '307-nq-tu.png' };
		const ocr = { engine: 'OCRmyPDF 14.0.1, Tesseract 5.3.0', pages: [{ page: 1, confidence: 95.8 }] };
		expect(DirectiveSchema.parse({ ...minimal, source: { ...source, ocr } }).source?.ocr).toEqual(ocr);
		expect(problems({ ...minimal, source: { ...source, original: '307-nq-tu.tif' } })).toEqual([]);
		expect(problems({ ...minimal, source: { ...source, original: '307-nq-tu.bmp' } })).toEqual([
			'x.mdx: source.original: expected the file name of the original beside this file, e.g. "307-nq-tu.docx"',
		]);
		expect(problems({ ...minimal, source: { ...source, ocr: { engine: '', pages: [{ page: 0, confidence: 120 }] } } })).toEqual([
			'x.mdx: source.ocr.engine: expected the OCR engine, e.g. "OCRmyPDF 14.0.1, Tesseract 5.3.0"',
			'x.mdx: source.ocr.pages[0].page: expected a page number from 1',
			'x.mdx: source.ocr.pages[0].confidence: expected the mean confidence, 0 to 100',
		]);
	});

	it('takes deadlines as an archivist writes them, with defaults, and explains a bad one', () => {
		const deadline = { text: 'trước ngày 15/3/2024', due: '2024-03-15', sentence: 'Báo cáo trước ngày 15/3/2024.' };
		expect(DirectiveSchema.parse(minimal).deadlines).toBeNull();
		expect(DirectiveSchema.parse({ ...minimal, deadlines: [deadline] }).deadlines).toEqual([{ ...deadline, kind: 'ngay', units: [] }]);
		expect(DirectiveSchema.parse({ ...minimal, deadlines: [{ ...deadline, due: null }] }).deadlines![0]!.due).toBeNull();
		expect(problems({ ...minimal, deadlines: [{ ...deadline, due: '2024-02-31', kind: 'tuan' }, { text: 'x' }] })).toEqual([
			'x.mdx: deadlines[0].due: "2024-02-31" is not a real date written as YYYY-MM-DD',
			'x.mdx: deadlines[0].kind: expected ngay, thang, quy or thoi-han',
			'x.mdx: deadlines[1].sentence: expected the sentence the deadline stands in',
		]);
	});
});
