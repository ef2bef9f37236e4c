/** The search itself (src/lib/search/engine.ts), with a fake lookup and a fake Pagefind. */
import { describe, expect, it } from 'vitest';
import { coveredShards, filterCounts, find, numberLookup, remainingShards, searchMore, type SearchDeps } from '../../../src/lib/search/engine.ts';
import { wordMapParts, wordsOf, yearsLabel, type SearchManifest } from '../../../src/lib/search/shards.ts';
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

/**
 * An index in shards as the build writes it: each shard's documents (id → text),
 * the manifest and the word map from their words, and for each shard a Pagefind
 * that behaves as Pagefind does when a word is missing from its bundle: it drops
 * the word and answers with the documents holding the others.
 */
function shardedIndex(shards: { id: string; year: number | null; docs: Record<string, string> }[]) {
	const manifest: SearchManifest = {
		shards: shards.map((s) => ({ id: s.id, from: s.year, to: s.year, docs: Object.keys(s.docs).length })),
		filters: { nam: { '2024': 1 } },
		parts: [],
	};
	const parts = wordMapParts(shards.map((s) => new Set(Object.values(s.docs).flatMap(wordsOf))));
	manifest.parts = [...parts.keys()];
	const loaded: string[] = [];
	const pagefinds = new Map(
		shards.map((s) => {
			const words = new Set(Object.values(s.docs).flatMap(wordsOf));
			const pagefind: Pagefind = {
				...fakePagefind([]).pagefind,
				search: async (term) => {
					const asked = wordsOf(term ?? '').filter((w) => words.has(w));
					const results = Object.entries(s.docs)
						.filter(([, text]) => asked.every((w) => wordsOf(text).includes(w)))
						.map(([id, text]) => result(id, text));
					return { results, unfilteredResultCount: results.length, filters: { nam: { [String(s.year)]: results.length } }, totalFilters: {} };
				},
			};
			return [s.id, pagefind];
		}),
	);
	const deps: SearchDeps = {
		lookUpNumber: async () => [],
		manifest: async () => manifest,
		wordPart: async (part) => parts.get(part) ?? {},
		shard: async (id) => (loaded.push(id), pagefinds.get(id)!),
	};
	return { deps, loaded, pagefinds };
}

/** One shard holding every document given. */
function oneShard(pagefind: Pagefind, words: string[] = []): SearchDeps {
	const parts = wordMapParts([new Set(words.flatMap(wordsOf))]);
	return {
		lookUpNumber: async () => [],
		manifest: async () => ({ shards: [{ id: '2024', from: 2024, to: 2024, docs: 2 }], filters: {}, parts: [...parts.keys()] }),
		wordPart: async (part) => parts.get(part) ?? {},
		shard: async () => pagefind,
	};
}

const state = (q: string, filters: Partial<SearchState['filters']> = {}, sort: SearchState['sort'] = 'phu-hop'): SearchState => ({ q, filters: { ...emptyFilters(), ...filters }, sort });

describe('find', () => {
	it('answers a number from the lookup alone, without loading the index, and fetches each file once', async () => {
		const { lookUp, asked } = lookupOver([entry('307-NQ/TU', '/van-ban/2023/307-nq-tu/')]);
		let loaded = 0;
		const deps: SearchDeps = { ...oneShard(fakePagefind([]).pagefind), lookUpNumber: lookUp, manifest: async () => (loaded++, { shards: [], filters: {}, parts: [] }) };
		const found = await find(state('nq 307'), false, deps);
		expect(found.textSearched).toBe(false);
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
		const deps = { ...oneShard(pagefind, ['Nghị quyết số 307-NQ/TU về đảng viên']), lookUpNumber: lookUp };
		const withText = await find(state('307-NQ/TU'), true, deps);
		expect(withText.textLeftOut).toBe(false);
		expect(withText.text).toHaveLength(1);
		await find(state('đảng viên', { loai: ['Quyết định'] }), false, deps);
		expect(searches.at(-1)).toEqual({ term: 'ḍảng viên', options: { filters: { loai: { any: ['Quyết ḍịnh'] } } } });
	});

	it('puts the results holding the words together first, and keeps a quoted phrase to the documents holding it', async () => {
		const scattered = result('xa', 'ban chỉ đạo và thường vụ của tỉnh ủy');
		const together = result('gan', 'ban thường vụ tỉnh ủy');
		const { pagefind, searches } = fakePagefind([scattered, together]);
		const deps = oneShard(pagefind, ['ban chỉ đạo và thường vụ của tỉnh ủy']);
		const ranked = await find(state('ban thường vụ'), false, deps);
		expect(ranked.text.map((h) => h.result.id)).toEqual(['gan', 'xa']);
		const quoted = await find(state('"thường vụ"'), false, deps);
		expect(searches.slice(-2).map((s) => s.term)).toEqual(['"thường vụ"', 'thường vụ']);
		expect(quoted.searchTerm).toBe('"thường vụ"');
	});
});

describe('find, over shards', () => {
	const index = () =>
		shardedIndex([
			{ id: '2024', year: 2024, docs: { a: 'đảng viên mới', b: 'kết nạp đảng viên' } },
			// Holds "đảng" but not "viên": asked for "đảng viên", Pagefind would drop "viên" and answer c.
			{ id: '2023', year: 2023, docs: { c: 'công tác xây dựng đảng' } },
			{ id: '2022', year: 2022, docs: { d: 'đảng viên trẻ' } },
			{ id: 'chua-ro', year: null, docs: { e: 'đảng viên' } },
		]);

	it('never returns a document lacking a query word: a shard without the word is not asked (the failure of merging year bundles)', async () => {
		const { deps, loaded, pagefinds } = index();
		// What a shard lacking the word answers when it is asked anyway.
		const unrouted = await pagefinds.get('2023')!.search('ḍảng viên');
		expect(unrouted!.results.map((r) => r.id)).toEqual(['c']);
		const found = await find(state('đảng viên'), false, deps);
		expect(found.text.map((h) => h.result.id)).toEqual(['a', 'b', 'd', 'e']);
		expect(loaded).toEqual(['2024', '2022', 'chua-ro']);
		for (const hit of found.text) expect(wordsOf((await hit.result.data()).content)).toEqual(expect.arrayContaining(['dang', 'vien']));
	});

	it('searches newest first, shows each shard\'s results as they arrive, and pauses once a round has enough', async () => {
		const { deps, loaded } = index();
		const arrived: string[][] = [];
		const found = await find(state('đảng viên'), false, deps, { enough: 2, onShard: (f) => arrived.push(f.text.map((h) => h.result.id)) });
		expect(arrived).toEqual([['a', 'b']]);
		expect(loaded).toEqual(['2024']);
		expect(yearsLabel(coveredShards(found))).toBe('2024');
		expect(yearsLabel(remainingShards(found))).toBe('2022 và văn bản chưa rõ năm');
		// The next round goes through 2023 without asking it (it lacks "viên"), then 2022.
		await searchMore(found, state('đảng viên'), deps, { enough: 1 });
		expect(found.text.map((h) => h.result.id)).toEqual(['a', 'b', 'd']);
		expect(yearsLabel(coveredShards(found))).toBe('2022–2024');
		await searchMore(found, state('đảng viên'), deps);
		expect(remainingShards(found)).toEqual([]);
		expect(yearsLabel(coveredShards(found))).toBe('2022–2024 và văn bản chưa rõ năm');
		expect(loaded).toEqual(['2024', '2022', 'chua-ro']);
	});

	it('asks only the shards of the years the filter names, and oldest first when sorted oldest first', async () => {
		const { deps, loaded } = index();
		const found = await find(state('đảng viên', { nam: ['2022', 'Chưa rõ'] }), false, deps);
		expect(found.scope.map((s) => s.id)).toEqual(['2022', 'chua-ro']);
		expect(loaded).toEqual(['2022', 'chua-ro']);
		loaded.length = 0;
		const oldest = await find(state('đảng viên', {}, 'cu-nhat'), false, deps);
		expect(loaded).toEqual(['2022', '2024', 'chua-ro']);
		expect(oldest.text.map((h) => h.result.id)).toEqual(['d', 'a', 'b', 'e']);
	});

	it('takes the last word as the beginning of a word still being typed, and the others whole', async () => {
		const { deps, loaded } = index();
		const typing = await find(state('đảng vi'), false, deps);
		expect(loaded).toEqual(['2024', '2022', 'chua-ro']);
		expect(typing.candidates).toEqual(new Set(['2024', '2022', 'chua-ro']));
		const none = await find(state('vi đảng'), false, deps);
		expect(none.text).toEqual([]);
		expect(none.candidates.size).toBe(0);
	});
});

describe('filterCounts', () => {
	it('counts a checked filter\'s values without that filter, so that its values add up, over the shards searched', async () => {
		const { pagefind, searches } = fakePagefind([], { loai: { 'Công văn': 3, 'Kế hoạch': 2 } });
		const checked = state('đảng viên', { loai: ['Công văn'], nam: ['2024'] });
		const deps = oneShard(pagefind, ['đảng viên']);
		const found = await find(checked, false, deps);
		const counts = await filterCounts(found, checked, deps);
		expect(counts['loai']).toEqual({ 'Công văn': 3, 'Kế hoạch': 2 });
		expect(searches.slice(-2).map((s) => s.options?.filters)).toEqual([{ nam: { any: ['2024'] } }, { loai: { any: ['Công văn'] } }]);
	});
});
