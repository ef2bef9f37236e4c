import { describe, expect, it } from 'vitest';
import { compareLatestFirst, countByIssuer, countByType, countByYear, documentsOfIssuer, documentsOfType, documentsOfYear, excerpt, pageLinks, pageNumbers, pageOf, pageTitle, plainText, sortLatestFirst, type DocumentSummary } from '../../../src/lib/listing.ts';

function doc(id: string, over: Partial<DocumentSummary> = {}): DocumentSummary {
	return {
		id,
		type: 'cong-van',
		number: null,
		issuedAt: null,
		year: null,
		issuer: null,
		title: null,
		body: '',
		...over,
	};
}

const docs: DocumentSummary[] = [
	doc('chua-ro-nam/cong-van-aaaa'),
	doc('2024/nq-307', { type: 'nghi-quyet', number: '307-NQ/TU', issuedAt: '2023-12-06', year: 2023, issuer: 'tinh-uy' }),
	doc('2026/tb-571', { type: 'thong-bao', number: '571-TB/TU', issuedAt: '2026-06-04', year: 2026, issuer: 'ban-thuong-vu-tinh-uy' }),
	doc('2024/cv-nodate', { year: 2024, issuer: 'ubnd-tinh' }),
	doc('chua-ro-nam/thong-bao-bbbb', { type: 'thong-bao', issuer: 'tinh-uy' }),
	doc('2024/cv-1407', { number: '1407/UBND-NNMT', issuedAt: '2024-05-03', year: 2024, issuer: 'ubnd-tinh' }),
];

const issuers = [
	{ id: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh' },
	{ id: 'tinh-uy', name: 'Tỉnh ủy' },
	{ id: 'ban-thuong-vu-tinh-uy', name: 'Ban Thường vụ Tỉnh ủy' },
];

describe('sortLatestFirst', () => {
	it('puts the newest date first and unknown dates last, by year then id', () => {
		expect(sortLatestFirst(docs).map((d) => d.id)).toEqual([
			'2026/tb-571',
			'2024/cv-1407',
			'2024/nq-307',
			'2024/cv-nodate',
			'chua-ro-nam/cong-van-aaaa',
			'chua-ro-nam/thong-bao-bbbb',
		]);
	});

	it('does not change its input', () => {
		const before = docs.map((d) => d.id);
		sortLatestFirst(docs);
		expect(docs.map((d) => d.id)).toEqual(before);
	});

	it('orders equal dates by number', () => {
		const a = doc('x', { number: '10-NQ/TU', issuedAt: '2024-01-01' });
		const b = doc('y', { number: '9-NQ/TU', issuedAt: '2024-01-01' });
		expect(compareLatestFirst(a, b)).toBeGreaterThan(0);
	});
});

describe('counts', () => {
	it('counts by type in the order of the type list, only types with documents', () => {
		expect(countByType(docs)).toEqual([
			{ slug: 'nghi-quyet', name: 'Nghị quyết', count: 1 },
			{ slug: 'thong-bao', name: 'Thông báo', count: 2 },
			{ slug: 'cong-van', name: 'Công văn', count: 3 },
		]);
	});

	it('counts by year, newest first, unknown year last', () => {
		expect(countByYear(docs)).toEqual([
			{ year: 2026, count: 1 },
			{ year: 2024, count: 2 },
			{ year: 2023, count: 1 },
			{ year: null, count: 2 },
		]);
	});

	it('counts by issuer in Vietnamese alphabetical order, unknown last', () => {
		expect(countByIssuer(docs, issuers)).toEqual([
			{ id: 'ban-thuong-vu-tinh-uy', name: 'Ban Thường vụ Tỉnh ủy', count: 1 },
			{ id: 'tinh-uy', name: 'Tỉnh ủy', count: 2 },
			{ id: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh', count: 2 },
			{ id: null, name: null, count: 1 },
		]);
	});

	it('is empty for no documents', () => {
		expect(countByType([])).toEqual([]);
		expect(countByYear([])).toEqual([]);
		expect(countByIssuer([], issuers)).toEqual([]);
	});
});

describe('groups', () => {
	it('selects and sorts the documents of a type, year or issuer', () => {
		expect(documentsOfType(docs, 'thong-bao').map((d) => d.id)).toEqual(['2026/tb-571', 'chua-ro-nam/thong-bao-bbbb']);
		expect(documentsOfYear(docs, 2024).map((d) => d.id)).toEqual(['2024/cv-1407', '2024/cv-nodate']);
		expect(documentsOfYear(docs, null).map((d) => d.id)).toEqual([
			'chua-ro-nam/cong-van-aaaa',
			'chua-ro-nam/thong-bao-bbbb',
		]);
		expect(documentsOfIssuer(docs, null).map((d) => d.id)).toEqual(['chua-ro-nam/cong-van-aaaa']);
		expect(documentsOfIssuer(docs, 'tinh-uy').map((d) => d.id)).toEqual(['2024/nq-307', 'chua-ro-nam/thong-bao-bbbb']);
	});
});

describe('plainText', () => {
	it('removes markdown, footnotes and escapes', () => {
		const body = [
			'## I. ƯU ĐIỂM',
			'',
			'Ngày 04/6/2026, Đoàn Kiểm tra báo cáo[^1] về **30 tổ chức** và *29 đảng viên*.',
			'',
			'- Tiếp tục \\"trách nhiệm\\" theo 418-QĐ/TU; PCVP^{Huy}; [bookmark](x) file_name_1.',
			'1\\. Mục một',
			'',
			'[^1]: Chú thích không thuộc trích đoạn.',
			'    dòng tiếp của chú thích.',
			'',
			'Đoạn cuối.',
		].join('\n');
		expect(plainText(body)).toBe(
			'I. ƯU ĐIỂM Ngày 04/6/2026, Đoàn Kiểm tra báo cáo về 30 tổ chức và 29 đảng viên. Tiếp tục "trách nhiệm" theo 418-QĐ/TU; PCVPHuy; bookmark file_name_1. 1. Mục một Đoạn cuối.',
		);
	});

	it('keeps escaped stars as stars', () => {
		expect(plainText('5 \\* 3 và \\*chữ\\*')).toBe('5 * 3 và *chữ*');
		expect(plainText('PCVP^\\{Huy\\}')).toBe('PCVPHuy');
	});

	it('drops MDX import lines and tags', () => {
		expect(plainText('import X from "./x"\n\n<Note>Chỉ chữ</Note>')).toBe('Chỉ chữ');
	});
});

describe('excerpt', () => {
	it('takes the first words and says whether it cut', () => {
		const body = Array.from({ length: 40 }, (_, i) => `từ${i + 1}`).join(' ');
		const e = excerpt(body);
		expect(e.truncated).toBe(true);
		expect(e.text.split(' ')).toHaveLength(30);
		expect(e.text.endsWith('từ30')).toBe(true);
		expect(excerpt('Ngắn   gọn\nthôi.', 30)).toEqual({ text: 'Ngắn gọn thôi.', truncated: false });
	});
});

describe('pages of a long list', () => {
	it('cuts a list into pages of 50, saying which items each holds', () => {
		const items = Array.from({ length: 120 }, (_, i) => i + 1);
		expect(pageNumbers(120)).toEqual([1, 2, 3]);
		expect(pageNumbers(0)).toEqual([1]);
		expect(pageOf(items, 1)).toMatchObject({ page: 1, pages: 3, total: 120, first: 1, last: 50 });
		expect(pageOf(items, 3)).toMatchObject({ items: items.slice(100), first: 101, last: 120 });
		expect(pageOf([], 1)).toMatchObject({ pages: 1, total: 0, first: 0, last: 0 });
	});

	it('links the first and last pages and two on each side of this one', () => {
		expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
		expect(pageLinks(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
		expect(pageLinks(12, 12)).toEqual([1, null, 10, 11, 12]);
	});
});

describe('pageTitle', () => {
	it('is the list\'s own title on its first page, with its page number after', () => {
		expect(pageTitle('Năm 2024', 1)).toBe('Năm 2024');
		expect(pageTitle('Công văn – Loại văn bản', 3)).toBe('Công văn – Loại văn bản – trang 3');
	});
});
