import { describe, expect, it } from 'vitest';
import {
	attributeRows,
	dateParts,
	listItem,
	ocrNotice,
	documentTitle,
	pageTitle,
	signerParts,
	typeHeading,
	type DocumentData,
} from '../../../src/lib/document.ts';
import { siteUrls } from '../../../src/lib/urls.ts';

const urls = siteUrls('/kho-van-ban/');

const unknownDoc: DocumentData & { id: string } = {
	id: 'chua-ro-nam/cong-van-786b4cec',
	type: 'cong-van',
	number: null,
	issuedAt: null,
	year: null,
	place: null,
	issuer: null,
	title: null,
	signer: { authority: null, title: null, name: null },
	status: 'chua-ro',
	source: null,
};

const knownDoc: DocumentData & { id: string } = {
	id: '2026/571-tb-tu',
	type: 'thong-bao',
	number: '571-TB/TU',
	issuedAt: '2026-06-04',
	year: 2026,
	place: 'Hưng Yên',
	issuer: 'ban-thuong-vu-tinh-uy',
	title: 'Kết luận của Ban Thường vụ Tỉnh ủy về kết quả kiểm tra',
	signer: { authority: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ THƯỜNG TRỰC', name: 'Trần Quốc Toàn' },
	status: 'con-hieu-luc',
	source: { file: '003_7e00125ec9cf1de4.txt', importedAt: '2026-11-23', original: '571-tb-tu.txt' },
};

/** A row as the reader reads it: parts joined, unknown parts in [brackets]. */
function read(rows: ReturnType<typeof attributeRows>): Record<string, string> {
	return Object.fromEntries(rows.map((r) => [r.label, r.parts.map((p) => (p.unknown ? `[${p.text}]` : p.text)).join('')]));
}

describe('typeHeading', () => {
	it('prints the type in Vietnamese capitals', () => {
		expect(typeHeading('thong-bao')).toBe('THÔNG BÁO');
		expect(typeHeading('de-an')).toBe('ĐỀ ÁN');
		expect(typeHeading('quyet-dinh')).toBe('QUYẾT ĐỊNH');
	});
});

describe('attributeRows', () => {
	it('shows every unknown value as "chưa rõ" and invents nothing', () => {
		expect(read(attributeRows(unknownDoc, null, urls))).toEqual({
			'Số hiệu': '[chưa rõ]',
			'Loại văn bản': 'Công văn',
			'Cơ quan ban hành': '[chưa rõ]',
			'Ngày ban hành': '[chưa rõ]',
			'Nơi ban hành': '[chưa rõ]',
			'Người ký': '[chưa rõ]',
			'Trạng thái': '[chưa rõ]',
			'Văn bản gốc': '[chưa rõ]',
		});
	});

	it('shows known values, with links to the browse pages', () => {
		const rows = attributeRows(knownDoc, 'Ban Thường vụ Tỉnh ủy', urls);
		expect(read(rows)).toEqual({
			'Số hiệu': '571-TB/TU',
			'Loại văn bản': 'Thông báo',
			'Cơ quan ban hành': 'Ban Thường vụ Tỉnh ủy',
			'Ngày ban hành': '04/06/2026',
			'Nơi ban hành': 'Hưng Yên',
			'Người ký': 'T/M BAN THƯỜNG VỤ · PHÓ BÍ THƯ THƯỜNG TRỰC · Trần Quốc Toàn',
			'Trạng thái': 'Còn hiệu lực',
			'Văn bản gốc': '003_7e00125ec9cf1de4.txt (nhập ngày 23/11/2026)',
		});
		expect(rows.find((r) => r.label === 'Cơ quan ban hành')!.parts[0]!.href).toBe(
			'/kho-van-ban/co-quan/ban-thuong-vu-tinh-uy/',
		);
		expect(rows.find((r) => r.label === 'Loại văn bản')!.parts[0]!.href).toBe('/kho-van-ban/loai/thong-bao/');
		expect(rows.find((r) => r.label === 'Văn bản gốc')!.parts[0]!.href).toBe('/kho-van-ban/van-ban-goc/2026/571-tb-tu.txt');
	});
});

describe('ocrNotice', () => {
	const scanned: DocumentData & { id: string } = {
		...knownDoc,
		source: { file: 'scan-571.png', importedAt: '2026-12-01', original: '571-tb-tu.png', ocr: { engine: 'OCRmyPDF 14.0.1, Tesseract 5.3.0', pages: [{ page: 1, confidence: 95.8 }] } },
	};

	it('says the text was read from a scan, links the scan, and marks the original as a scan', () => {
		expect(ocrNotice(scanned, urls)).toEqual({
			text: 'Nội dung được nhận dạng tự động từ bản quét, có thể có sai sót.',
			scan: '/kho-van-ban/van-ban-goc/2026/571-tb-tu.png',
		});
		expect(read(attributeRows(scanned, null, urls))['Văn bản gốc']).toBe('scan-571.png (bản quét, nhập ngày 01/12/2026)');
	});

	it('is absent for a document that was not read by OCR', () => {
		expect(ocrNotice(knownDoc, urls)).toBeNull();
		expect(ocrNotice(unknownDoc, urls)).toBeNull();
	});
});

describe('signerParts and dateParts', () => {
	it('marks each missing part of the signer', () => {
		const parts = signerParts({ authority: 'T/M TỈNH ỦY', title: null, name: 'A Pót' });
		expect(parts.map((p) => (p.unknown ? '?' : p.text)).join('')).toBe('T/M TỈNH ỦY · ? · A Pót');
	});

	it('keeps a known year beside an unknown date', () => {
		const parts = dateParts(null, 2024, urls);
		expect(parts[0]).toEqual({ text: 'chưa rõ', unknown: true });
		expect(parts[1]).toEqual({ text: ' (năm 2024)', note: true, href: '/kho-van-ban/nam/2024/' });
	});
});

describe('pageTitle', () => {
	it('names the type and the number, or says the number is unknown', () => {
		expect(pageTitle(knownDoc)).toBe('Thông báo 571-TB/TU – Kết luận của Ban Thường vụ Tỉnh ủy về kết quả kiểm tra');
		expect(pageTitle(unknownDoc)).toBe('Công văn (chưa rõ số)');
	});

	it('becomes the <title> with the site\'s name, which alone names the home page', () => {
		expect(documentTitle(pageTitle(unknownDoc))).toBe('Công văn (chưa rõ số) | Kho văn bản');
		expect(documentTitle(undefined)).toBe('Kho văn bản – Trang chủ');
	});

	it('shortens a long title at a word and drops inline marks', () => {
		expect(pageTitle({ type: 'cong-van', number: null, title: 'Về *việc* kiểm điểm tự phê bình năm 2023' }, 20)).toBe(
			'Công văn (chưa rõ số) – Về việc kiểm điểm tự…',
		);
	});
});

describe('listItem', () => {
	const names = new Map([['ban-thuong-vu-tinh-uy', 'Ban Thường vụ Tỉnh ủy']]);

	it('uses the title when known', () => {
		expect(listItem({ ...knownDoc, id: '2026/tb-571', body: 'Nội dung' }, names, urls)).toEqual({
			href: '/kho-van-ban/van-ban/2026/tb-571/',
			typeName: 'Thông báo',
			number: '571-TB/TU',
			date: '04/06/2026',
			year: 2026,
			title: knownDoc.title,
			excerpt: null,
			issuerName: 'Ban Thường vụ Tỉnh ủy',
		});
	});

	it('falls back to an excerpt of the body when the title is unknown', () => {
		const item = listItem({ ...unknownDoc, id: 'chua-ro-nam/cong-van-786b4cec', body: '**Thực hiện** Hướng dẫn.' }, names, urls);
		expect(item.title).toBeNull();
		expect(item.excerpt).toEqual({ text: 'Thực hiện Hướng dẫn.', truncated: false });
		expect(item.number).toBeNull();
		expect(item.date).toBeNull();
		expect(item.issuerName).toBeNull();
	});
});
