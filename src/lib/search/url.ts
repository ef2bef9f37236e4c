/**
 * The state of the search page as it lives in the URL, so that a search can be
 * bookmarked or shared: `?q=…&loai=Công+văn&nam=2024&sap-xep=moi-nhat`.
 * Filter values are the labels the index holds (src/lib/search/record.ts).
 */
import { FILTER_LABELS, type FilterName } from './record.ts';
import { joinUnder } from '../urls.ts';
import { toIndexText } from './text.ts';

export const FILTER_NAMES = Object.keys(FILTER_LABELS) as FilterName[];

/** URL parameter of each filter: hyphens, like the site's paths. */
export const FILTER_PARAMS: Record<FilterName, string> = {
	loai: 'loai',
	co_quan: 'co-quan',
	nam: 'nam',
	trang_thai: 'trang-thai',
};

export const SORTS = {
	'phu-hop': 'Phù hợp nhất',
	'moi-nhat': 'Mới nhất',
	'cu-nhat': 'Cũ nhất',
} as const;

export type SortKey = keyof typeof SORTS;

export const SORT_PARAM = 'sap-xep';

export interface SearchState {
	q: string;
	filters: Record<FilterName, string[]>;
	sort: SortKey;
}

export function emptyFilters(): Record<FilterName, string[]> {
	return { loai: [], co_quan: [], nam: [], trang_thai: [] };
}

function isSort(value: string | null): value is SortKey {
	return value !== null && Object.hasOwn(SORTS, value);
}

/** Reads the state from a query string; unknown parameters and sorts are ignored. */
export function readSearchState(params: URLSearchParams): SearchState {
	const filters = emptyFilters();
	for (const name of FILTER_NAMES) {
		filters[name] = [...new Set(params.getAll(FILTER_PARAMS[name]).map((v) => v.trim()).filter(Boolean))];
	}
	const sort = params.get(SORT_PARAM);
	return { q: (params.get('q') ?? '').trim(), filters, sort: isSort(sort) ? sort : 'phu-hop' };
}

/** The query string for a state: empty parts and the default sort left out. */
export function writeSearchState(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const name of FILTER_NAMES) for (const value of state.filters[name]) params.append(FILTER_PARAMS[name], value);
	if (state.sort !== 'phu-hop') params.set(SORT_PARAM, state.sort);
	return params;
}

export function hasFilters(state: SearchState): boolean {
	return FILTER_NAMES.some((name) => state.filters[name].length > 0);
}

/** Pagefind's filter option: within one filter any checked value, across filters all (values as the index spells them). */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
	const out: Record<string, { any: string[] }> = {};
	for (const name of FILTER_NAMES) if (state.filters[name].length > 0) out[name] = { any: state.filters[name].map(toIndexText) };
	return out;
}

/** Pagefind's sort option, or undefined for relevance. */
export function pagefindSort(sort: SortKey): Record<string, 'asc' | 'desc'> | undefined {
	if (sort === 'moi-nhat') return { ngay: 'desc' };
	if (sort === 'cu-nhat') return { ngay: 'asc' };
	return undefined;
}

/** The search page under the base: "/kho-van-ban/tim-kiem/". */
export function searchPageUrl(base: string): string {
	return joinUnder(base, 'tim-kiem');
}
