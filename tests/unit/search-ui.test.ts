import { describe, expect, it } from 'vitest';
import { foldTerm, matchRanges, splitMarked } from '../../src/lib/highlight.ts';
import { countText, inOrderOf, unseen, withHighlight } from '../../src/lib/searchOrder.ts';
import { pagefindFilters, pagefindSort, readSearchState, searchPageUrl, writeSearchState } from '../../src/lib/searchUrl.ts';

const marked = (text: string, terms: string[]) =>
	splitMarked(text, terms)
		.filter((p) => p.marked)
		.map((p) => p.text);

describe('matchRanges and splitMarked', () => {
	it('compares folded: no marks, đ as d, any case', () => {
		expect(marked('Kiểm điểm đảng viên cuối năm', ['dang', 'vien'])).toEqual(['đảng', 'viên']);
		expect(marked('ĐẢNG VIÊN', ['đảng viên'])).toEqual(['ĐẢNG VIÊN']);
		expect(marked('hướng dẫn viên du lịch', ['dang'])).toEqual([]);
	});

	it('marks whole words from the typed prefix, never inside a word', () => {
		expect(marked('chuyển đổi số, chuyển giao', ['chuy'])).toEqual(['chuyển', 'chuyển']);
		expect(marked('urban ban', ['ban'])).toEqual(['ban']);
	});

	it('marks a number in any spelling as one piece', () => {
		expect(marked('Thực hiện Nghị quyết số 307-NQ/TU ngày 06/12/2023', ['307-NQ/TU'])).toEqual(['307-NQ/TU']);
		expect(marked('Thực hiện Nghị quyết số 307-NQ/TU', ['307 nq tu'])).toEqual(['307-NQ/TU']);
		expect(marked('Quyết định 05/2024/QĐ-UBND', ['05/2024/QD-UBND'])).toEqual(['05/2024/QĐ-UBND']);
		expect(marked('Công văn 213-CV/BCSĐ', ['213-CV/BCSD'])).toEqual(['213-CV/BCSĐ']);
	});

	it('keeps decomposed (NFD) text whole, marks and all', () => {
		const nfd = 'đảng viên'.normalize('NFD');
		expect(marked(nfd, ['dang vien'])).toEqual([nfd]);
	});

	it('merges overlapping ranges and rebuilds the text exactly', () => {
		const text = 'Ban Thường vụ Tỉnh ủy, ban thường vụ';
		const pieces = splitMarked(text, ['ban thường vụ', 'thường']);
		expect(pieces.map((p) => p.text).join('')).toBe(text);
		expect(pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(['Ban Thường vụ', 'ban thường vụ']);
		expect(matchRanges('', ['a'])).toEqual([]);
		expect(matchRanges('abc', ['  ', '—'])).toEqual([]);
	});

	it('folds a term into its words', () => {
		expect(foldTerm('307-NQ/TU')).toEqual(['307', 'nq', 'tu']);
		expect(foldTerm('Đảng  viên')).toEqual(['dang', 'vien']);
	});
});

describe('search state in the URL', () => {
	it('reads query, filters and sort, and writes them back the same', () => {
		const params = new URLSearchParams('q=%C4%91%E1%BA%A3ng+vi%C3%AAn&loai=C%C3%B4ng+v%C4%83n&loai=H%C6%B0%E1%BB%9Bng+d%E1%BA%ABn&nam=2024&sap-xep=moi-nhat&x=1');
		const state = readSearchState(params);
		expect(state).toEqual({
			q: 'đảng viên',
			filters: { loai: ['Công văn', 'Hướng dẫn'], co_quan: [], nam: ['2024'], trang_thai: [] },
			sort: 'moi-nhat',
		});
		expect(writeSearchState(state).toString()).toBe('q=%C4%91%E1%BA%A3ng+vi%C3%AAn&loai=C%C3%B4ng+v%C4%83n&loai=H%C6%B0%E1%BB%9Bng+d%E1%BA%ABn&nam=2024&sap-xep=moi-nhat');
	});

	it('ignores unknown sorts and leaves defaults out', () => {
		const state = readSearchState(new URLSearchParams('q=+&sap-xep=bogus&co-quan=T%E1%BB%89nh+%E1%BB%A7y&co-quan=T%E1%BB%89nh+%E1%BB%A7y'));
		expect(state.sort).toBe('phu-hop');
		expect(state.filters.co_quan).toEqual(['Tỉnh ủy']);
		expect(writeSearchState(state).toString()).toBe('co-quan=T%E1%BB%89nh+%E1%BB%A7y');
	});

	it('gives Pagefind "any" within a filter and the date sort', () => {
		const state = readSearchState(new URLSearchParams('loai=A&loai=B&trang-thai=C'));
		expect(pagefindFilters(state)).toEqual({ loai: { any: ['A', 'B'] }, trang_thai: { any: ['C'] } });
		expect(pagefindSort('moi-nhat')).toEqual({ ngay: 'desc' });
		expect(pagefindSort('cu-nhat')).toEqual({ ngay: 'asc' });
		expect(pagefindSort('phu-hop')).toBeUndefined();
	});

	it('puts the search page under the base', () => {
		expect(searchPageUrl('/')).toBe('/tim-kiem/');
		expect(searchPageUrl('/kho-van-ban')).toBe('/kho-van-ban/tim-kiem/');
	});
});

describe('combining searches', () => {
	it('shows the exact set in the ranked order, the rest after', () => {
		expect(inOrderOf(['a', 'b', 'c', 'x'], ['c', 'z', 'a', 'b'])).toEqual(['c', 'a', 'b', 'x']);
		expect(inOrderOf([], ['a'])).toEqual([]);
	});

	it('drops what was already shown', () => {
		const seen = new Set(['a']);
		expect(unseen(['a', 'b', 'b', 'c'], seen, (x) => x)).toEqual(['b', 'c']);
		expect([...seen]).toEqual(['a', 'b', 'c']);
	});

	it('carries the terms to the document page', () => {
		expect(withHighlight('/x/van-ban/a/', ['đảng', 'viên'])).toBe('/x/van-ban/a/?tim=%C4%91%E1%BA%A3ng&tim=vi%C3%AAn');
		expect(withHighlight('/a/?k=1#b', ['307-NQ/TU'])).toBe('/a/?k=1&tim=307-NQ%2FTU#b');
		expect(withHighlight('/a/', [' '])).toBe('/a/');
	});

	it('counts in Vietnamese', () => {
		expect(countText(1234)).toBe('1.234 văn bản');
	});
});
