/**
 * What a search finds, apart from any page: the number lookup (two small files of
 * /tra-cuu/so-hieu/, fetched once each), the text search through the index's
 * shards (src/lib/search/shards.ts), phrases first, and the counts beside each
 * filter. The search page (src/client/search-page.ts) passes in its state, a way
 * to fetch files and a way to load a shard's Pagefind, and renders what comes
 * back; the unit tests pass fakes.
 */
import { citingOf, detailFileOf, findNumber, leadFileOf, matchNumbers, parseNumberQuery, type CitingEntry, type NumberEntry, type NumberQuery } from './numbers.ts';
import { inOrderOf } from './order.ts';
import type { FilterCounts, Pagefind, PagefindResult, PagefindResultData, SearchOptions } from './pagefind.ts';
import { addCounts, mapPartOf, maskOf, routedWords, shardsToSearch, type SearchManifest, type Shard, type WordMapPart } from './shards.ts';
import { phraseFirst, prepareQuery } from './text.ts';
import { FILTER_NAMES, pagefindFilters, pagefindSort, type SearchState } from './url.ts';

/** How many of the first text results are reordered to put those holding the words together first. */
export const PHRASE_WINDOW = 24;

export interface Hit {
	result: PagefindResult;
	data?: PagefindResultData;
}

export interface Found {
	query: string;
	/** The words to mark and to carry to the document page. */
	terms: string[];
	numbers: NumberEntry[];
	citing: CitingEntry[];
	/** The query named a number and its text has not been searched (the reader may ask). */
	textLeftOut: boolean;
	/** The other results, in display order; their data loaded page by page. */
	text: Hit[];
	filters: FilterCounts;
	/** What the text search handed Pagefind (null: filters alone), for the filter counts. */
	searchTerm: string | null;
	/** Every shard the year filter allows, in the order they are searched. */
	scope: Shard[];
	/** The ids of those that can hold every query word (the word map's answer). */
	candidates: Set<string>;
	/** How many of `scope` have been gone through. */
	covered: number;
	/** Whether the text was searched at all (not for a number the reader has not asked to search as text). */
	textSearched: boolean;
}

/** Results a round of shards gathers before the search pauses and offers the older years. */
export const RESULTS_PER_ROUND = 20;

/** `load` called once per key, its promise kept; a failed load is tried again next time. */
export function onceEach<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
	const loading = new Map<string, Promise<T>>();
	return (key) => {
		let promise = loading.get(key);
		if (!promise) {
			promise = load(key);
			promise.catch(() => loading.delete(key));
			loading.set(key, promise);
		}
		return promise;
	};
}

/** The number lookup over `fetchJson` (a path under /tra-cuu/so-hieu/ to its JSON), each file fetched once. */
export function numberLookup(fetchJson: (path: string[]) => Promise<unknown>): (query: NumberQuery) => Promise<NumberEntry[]> {
	const fetched = onceEach((key) => fetchJson(key.split('/')));
	const file = <T>(...path: string[]): Promise<T> => fetched(path.join('/')) as Promise<T>;
	return async (query) => {
		const named = matchNumbers(await file<string[]>(`${leadFileOf(query.lead)}.json`), query);
		const details = await Promise.all(
			[...new Set(named.map(detailFileOf))].map((detail) => file<Record<string, NumberEntry[]>>('chi-tiet', `${detail}.json`)),
		);
		return findNumber(details.flatMap((detail) => named.flatMap((number) => detail[number] ?? [])), query);
	};
}

export function searchOptions(state: SearchState): SearchOptions {
	const sort = pagefindSort(state.sort);
	return { filters: pagefindFilters(state), ...(sort ? { sort } : {}) };
}

export async function loadData(hits: readonly Hit[]): Promise<void> {
	await Promise.all(
		hits.map(async (hit) => {
			hit.data ??= await hit.result.data();
		}),
	);
}

export interface SearchDeps {
	lookUpNumber: (query: NumberQuery) => Promise<NumberEntry[]>;
	/** The shards and every filter value (<base>pagefind/shards.json); fetched only when the text is searched. */
	manifest: () => Promise<SearchManifest>;
	/** One part of the word map the manifest lists (<base>pagefind/tu/<part>.json). */
	wordPart: (part: string) => Promise<WordMapPart>;
	/** A shard's Pagefind, loaded once. */
	shard: (id: string) => Promise<Pagefind>;
}

/**
 * What a search finds. A number the lookup knows gives its documents and those
 * citing it, and the index is not loaded unless `withText` asks for the text
 * results too; any other query goes to the shards that can hold all its words,
 * newest first, until a page of results is found (searchMore goes on).
 */
export async function find(state: SearchState, withText: boolean, deps: SearchDeps, round: Round = {}): Promise<Found> {
	const query = state.q;
	const prepared = prepareQuery(query);
	const found: Found = {
		query,
		terms: prepared.exact ? [prepared.words.join(' ')] : prepared.words,
		numbers: [],
		citing: [],
		textLeftOut: false,
		text: [],
		filters: {},
		searchTerm: null,
		scope: [],
		candidates: new Set(),
		covered: 0,
		textSearched: false,
	};
	const numberQuery = query ? parseNumberQuery(query) : null;
	if (numberQuery) {
		found.numbers = await deps.lookUpNumber(numberQuery);
		found.citing = citingOf(found.numbers);
		if (found.numbers.length > 0) {
			found.terms = [...new Set(found.numbers.map((e) => e.number))];
			found.textLeftOut = !withText;
			if (!withText) return found;
		}
	}
	const manifest = await deps.manifest();
	found.textSearched = true;
	found.searchTerm = !query ? null : prepared.exact !== null ? `"${prepared.exact}"` : prepared.ranked;
	const mask = query ? await routeMask(query, prepared.exact !== null, manifest, deps) : null;
	found.scope = shardsToSearch(manifest, null, state.filters.nam, state.sort);
	found.candidates = new Set(shardsToSearch(manifest, mask, state.filters.nam, state.sort).map((s) => s.id));
	await searchMore(found, state, deps, round);
	return found;
}

/** The shards holding every routed word of the query (null: any shard, when no word routes). */
async function routeMask(query: string, exact: boolean, manifest: SearchManifest, deps: SearchDeps): Promise<bigint | null> {
	const words = routedWords(query, exact);
	const written = new Set(manifest.parts);
	const parts = await Promise.all(words.map((w) => (written.has(mapPartOf(w.word)) ? deps.wordPart(mapPartOf(w.word)) : {})));
	let mask: bigint | null = null;
	words.forEach((w, i) => {
		const m = maskOf(parts[i]!, w.word, w.prefix);
		if (m !== null) mask = mask === null ? m : mask & m;
	});
	return mask;
}

/** The shards gone through so far, searched or skipped for lacking a word: what the page says it has searched. */
export function coveredShards(found: Found): Shard[] {
	return found.scope.slice(0, found.covered);
}

/** The shards left that can hold every query word. */
export function remainingShards(found: Found): Shard[] {
	return found.scope.slice(found.covered).filter((s) => found.candidates.has(s.id));
}

/** How far a round of shards goes. */
export interface Round {
	/** Called after each shard, so that results appear as they arrive. */
	onShard?: (found: Found) => void;
	/** Results after which the round stops while shards remain (RESULTS_PER_ROUND). */
	enough?: number;
}

/** Searches the next shards, in order, adding their results, until a round has enough and a shard remains, or none remains. */
export async function searchMore(found: Found, state: SearchState, deps: SearchDeps, { onShard, enough = RESULTS_PER_ROUND }: Round = {}): Promise<void> {
	const before = found.text.length;
	while (found.covered < found.scope.length) {
		const shard = found.scope[found.covered]!;
		if (found.candidates.has(shard.id)) {
			const { hits, filters } = await searchShard(await deps.shard(shard.id), state);
			found.text.push(...hits);
			addCounts(found.filters, filters);
		}
		found.covered++;
		onShard?.(found);
		if (found.text.length - before >= enough && remainingShards(found).length > 0) break;
	}
	if (remainingShards(found).length === 0) found.covered = found.scope.length;
}

/** One shard's results, phrases first, and its filter counts. */
async function searchShard(pagefind: Pagefind, state: SearchState): Promise<{ hits: Hit[]; filters: FilterCounts }> {
	const prepared = prepareQuery(state.q);
	const options = searchOptions(state);
	let results: PagefindResult[];
	let filters: FilterCounts;
	if (!state.q) {
		const response = await pagefind.search(null, options);
		results = response?.results ?? [];
		filters = response?.filters ?? {};
	} else if (prepared.exact !== null) {
		const [set, ranked] = await Promise.all([pagefind.search(`"${prepared.exact}"`, options), pagefind.search(prepared.ranked, options)]);
		const exact = set?.results ?? [];
		results = state.sort === 'phu-hop' ? inOrderOf(exact, ranked?.results ?? [], (r) => r.id) : exact;
		filters = set?.filters ?? {};
	} else {
		const response = await pagefind.search(prepared.ranked, options);
		results = response?.results ?? [];
		filters = response?.filters ?? {};
	}
	let hits = results.map((result): Hit => ({ result }));
	if (prepared.exact === null && prepared.words.length > 1 && state.sort === 'phu-hop') {
		const head = hits.slice(0, PHRASE_WINDOW);
		await loadData(head);
		hits = [...phraseFirst(head, (h) => h.data!.content, prepared.words), ...hits.slice(PHRASE_WINDOW)];
	}
	return { hits, filters };
}

/**
 * Counts beside each filter value, over the shards searched: for a filter with
 * values checked, what each of its values would give with the other filters
 * only (values of one filter add up, they do not narrow each other); for the
 * others, Pagefind's counts.
 */
export async function filterCounts(found: Found, state: SearchState, deps: SearchDeps): Promise<FilterCounts> {
	const counts: FilterCounts = { ...found.filters };
	const searched = coveredShards(found).filter((s) => found.candidates.has(s.id));
	await Promise.all(
		FILTER_NAMES.filter((name) => state.filters[name].length > 0).map(async (name) => {
			const others: SearchState = { ...state, filters: { ...state.filters, [name]: [] } };
			const sum: FilterCounts = {};
			for (const shard of searched) {
				const response = await (await deps.shard(shard.id)).search(found.searchTerm, { filters: pagefindFilters(others) });
				addCounts(sum, { [name]: response?.filters[name] ?? {} });
			}
			counts[name] = sum[name] ?? {};
		}),
	);
	return counts;
}
