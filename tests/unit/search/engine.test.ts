/** The search itself (src/lib/search/engine.ts), with a fake lookup and a fake Pagefind. */
import { describe, expect, it } from 'vitest';
import { filterCounts, find, numberLookup, type SearchDeps } from '../../../src/lib/search/engine.ts';
import { lookupFiles, type NumberEntry } from '../../../src/lib/search/numbers.ts';
import type { Pagefind, PagefindResponse, PagefindResult, SearchOptions } from '../../../src/lib/search/pagefind.ts';
import { emptyFilters, type SearchState } from '../../../src/lib/search/url.ts';

const entry = (number: string, url: string): NumberEntry => ({
	number,
	url,
	kind: 'document',
	type: 'Nghị quyết',
	date: '2023-12-06',
	title: 'Về công tác cán bộ',
	citedBy: [{ url: '/van-ban/2024/12-cv-tu/', number: '12-CV/TU', type: 'Công văn', date: '2024-01-05', title: 'Triển khai', cited: 'Nghị quyết số 307-NQ/TU' }],
	citedByCount: 1,
});

/** The lookup's files as the build writes them, served from memory, with what was asked for. */
function lookupOver(entries: NumberEntry[]) {
	const files = lookupFiles(entries);
	const asked: string[] = [];
	const lookUp = numberLookup(async (path) => {
		asked.push(path.join('/'));
		if (path[0] === 'chi-tiet') return files.details.get(path[1]!.replace(/\.json$/, '')) ?? {};
		return files.leads.get(path[0]!.replace(/\.json$/, '')) ?? [];
	});
	return { lookUp, asked };
}

const result = (id: string, content: string): PagefindResult => ({
	id,
	score: 1,
	data: async () => ({ url: `/van-ban/${id}/`, content, excerpt: content, word_count: 10, meta: {}, filters: {} }),
});

/** A Pagefind that answers every search with `results`, recording each search it was asked for. */
function fakePagefind(results: PagefindResult[], filters: PagefindResponse['filters'] = {}) {
	const searches: { term: string | null; options: SearchOptions | undefined }[] = [];
	const pagefind: Pagefind = {
		options: async () => {},
		init: async () => {},
		filters: async () => filters,
		preload: async () => {},
		search: async (term, options) => {
			searches.push({ term, options });
			return { results, unfilteredResultCount: results.length, filters, totalFilters: filters };
		},
	};
	return { pagefind, searches };
}

const state = (q: string, filters: Partial<SearchState['filters']> = {}): SearchState => ({ q, filters: { ...emptyFilters(), ...filters }, sort: 'phu-hop' });

describe('find', () => {
	it('answers a number from the lookup alone, without loading the index, and fetches each file once', async () => {
		const { lookUp, asked } = lookupOver([entry('307-NQ/TU', '/van-ban/2023/307-nq-tu/')]);
		let loaded = 0;
		const deps: SearchDeps = { lookUpNumber: lookUp, pagefind: async () => (loaded++, fakePagefind([]).pagefind) };
		const { found, pagefind } = await find(state('nq 307'), false, deps);
		expect(pagefind).toBeNull();
		expect(loaded).toBe(0);
		expect(found.numbers.map((e) => e.url)).toEqual(['/van-ban/2023/307-nq-tu/']);
		expect(found.citing.map((c) => c.url)).toEqual(['/van-ban/2024/12-cv-tu/']);
		expect([found.terms, found.textLeftOut]).toEqual([['307-NQ/TU'], true]);
		await find(state('307-NQ/TU'), false, deps);
		expect(asked).toHaveLength(2);
	});

	it('searches the text of a number when asked, and any other query in the index', async () => {
		const { lookUp } = lookupOver([entry('307-NQ/TU', '/van-ban/2023/307-nq-tu/')]);
		const { pagefind, searches } = fakePagefind([result('a', 'văn bản')]);
		const withText = await find(state('307-NQ/TU'), true, { lookUpNumber: lookUp, pagefind: async () => pagefind });
		expect(withText.found.textLeftOut).toBe(false);
		expect(withText.found.text).toHaveLength(1);
		await find(state('đảng viên', { loai: ['Công văn'] }), false, { lookUpNumber: lookUp, pagefind: async () => pagefind });
		expect(searches.at(-1)).toEqual({ term: 'ḍảng viên', options: { filters: { loai: { any: ['Công văn'] } } } });
	});

	it('puts the results holding the words together first, and keeps a quoted phrase to the documents holding it', async () => {
		const scattered = result('xa', 'ban chỉ đạo và thường vụ của tỉnh ủy');
		const together = result('gan', 'ban thường vụ tỉnh ủy');
		const { pagefind, searches } = fakePagefind([scattered, together]);
		const deps: SearchDeps = { lookUpNumber: async () => [], pagefind: async () => pagefind };
		const ranked = await find(state('ban thường vụ'), false, deps);
		expect(ranked.found.text.map((h) => h.result.id)).toEqual(['gan', 'xa']);
		const quoted = await find(state('"thường vụ"'), false, deps);
		expect(searches.slice(-2).map((s) => s.term)).toEqual(['"thường vụ"', 'thường vụ']);
		expect(quoted.found.searchTerm).toBe('"thường vụ"');
	});
});

describe('filterCounts', () => {
	it('counts a checked filter\'s values without that filter, so that its values add up', async () => {
		const { pagefind, searches } = fakePagefind([], { loai: { 'Công văn': 3, 'Kế hoạch': 2 } });
		const checked = state('đảng viên', { loai: ['Công văn'], nam: ['2024'] });
		const { found } = await find(checked, false, { lookUpNumber: async () => [], pagefind: async () => pagefind });
		const counts = await filterCounts(pagefind, found, checked);
		expect(counts['loai']).toEqual({ 'Công văn': 3, 'Kế hoạch': 2 });
		expect(searches.slice(-2).map((s) => s.options?.filters)).toEqual([{ nam: { any: ['2024'] } }, { loai: { any: ['Công văn'] } }]);
	});
});
