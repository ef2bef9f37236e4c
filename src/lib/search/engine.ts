/**
 * What a search finds, apart from any page: the number lookup (two small files of
 * /tra-cuu/so-hieu/, fetched once each), the text search through Pagefind, phrases
 * first, and the counts beside each filter. The search page (src/client/search-page.ts)
 * passes in its state, a way to fetch files and a way to load Pagefind, and renders
 * what comes back; the unit tests pass fakes.
 */
import { citingOf, detailFileOf, findNumber, leadFileOf, matchNumbers, parseNumberQuery, type CitingEntry, type NumberEntry, type NumberQuery } from './numbers.ts';
import { inOrderOf } from './order.ts';
import type { FilterCounts, Pagefind, PagefindResult, PagefindResultData, SearchOptions } from './pagefind.ts';
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
}

/** The number lookup over `fetchJson` (a path under /tra-cuu/so-hieu/ to its JSON), each file fetched once. */
export function numberLookup(fetchJson: (path: string[]) => Promise<unknown>): (query: NumberQuery) => Promise<NumberEntry[]> {
	const fetched = new Map<string, Promise<unknown>>();
	const file = <T>(...path: string[]): Promise<T> => {
		const key = path.join('/');
		let promise = fetched.get(key);
		if (!promise) {
			promise = fetchJson(path);
			promise.catch(() => fetched.delete(key));
			fetched.set(key, promise);
		}
		return promise as Promise<T>;
	};
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
	/** Loads Pagefind (and anything the page needs with it); called only when the text is searched. */
	pagefind: () => Promise<Pagefind>;
}

/**
 * What a search finds. A number the lookup knows gives its documents and those
 * citing it, and the index is not loaded unless `withText` asks for the text
 * results too; any other query is the index's.
 */
export async function find(state: SearchState, withText: boolean, deps: SearchDeps): Promise<{ found: Found; pagefind: Pagefind | null }> {
	const query = state.q;
	const prepared = prepareQuery(query);
	const found: Found = { query, terms: prepared.exact ? [prepared.words.join(' ')] : prepared.words, numbers: [], citing: [], textLeftOut: false, text: [], filters: {}, searchTerm: null };
	const numberQuery = query ? parseNumberQuery(query) : null;
	if (numberQuery) {
		found.numbers = await deps.lookUpNumber(numberQuery);
		found.citing = citingOf(found.numbers);
		if (found.numbers.length > 0) {
			found.terms = [...new Set(found.numbers.map((e) => e.number))];
			found.textLeftOut = !withText;
			if (!withText) return { found, pagefind: null };
		}
	}
	const pagefind = await deps.pagefind();
	const options = searchOptions(state);

	let results: PagefindResult[];
	if (!query) {
		const response = await pagefind.search(null, options);
		results = response?.results ?? [];
		found.filters = response?.filters ?? {};
	} else if (prepared.exact !== null) {
		found.searchTerm = `"${prepared.exact}"`;
		const [set, ranked] = await Promise.all([pagefind.search(`"${prepared.exact}"`, options), pagefind.search(prepared.ranked, options)]);
		const exact = set?.results ?? [];
		results = state.sort === 'phu-hop' ? inOrderOf(exact, ranked?.results ?? [], (r) => r.id) : exact;
		found.filters = set?.filters ?? {};
	} else {
		found.searchTerm = prepared.ranked;
		const response = await pagefind.search(prepared.ranked, options);
		results = response?.results ?? [];
		found.filters = response?.filters ?? {};
	}
	found.text = results.map((result): Hit => ({ result }));

	if (prepared.exact === null && prepared.words.length > 1 && state.sort === 'phu-hop') {
		const head = found.text.slice(0, PHRASE_WINDOW);
		await loadData(head);
		found.text = [...phraseFirst(head, (h) => h.data!.content, prepared.words), ...found.text.slice(PHRASE_WINDOW)];
	}
	return { found, pagefind };
}

/**
 * Counts beside each filter value: for a filter with values checked, what each
 * of its values would give with the other filters only (values of one filter
 * add up, they do not narrow each other); for the others, Pagefind's counts.
 */
export async function filterCounts(pagefind: Pagefind, found: Found, state: SearchState): Promise<FilterCounts> {
	const counts: FilterCounts = { ...found.filters };
	await Promise.all(
		FILTER_NAMES.filter((name) => state.filters[name].length > 0).map(async (name) => {
			const others: SearchState = { ...state, filters: { ...state.filters, [name]: [] } };
			const response = await pagefind.search(found.searchTerm, { filters: pagefindFilters(others) });
			counts[name] = response?.filters[name] ?? {};
		}),
	);
	return counts;
}
