import { describe, expect, it } from 'vitest';
import { pagefindFilters, pagefindSort, readSearchState, searchPageUrl, writeSearchState } from '../../../src/lib/search/url.ts';

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
