/**
 * Loads the Pagefind bundle the build wrote to <base>/pagefind/, once, and only
 * when called: nothing is fetched until the reader starts searching.
 */

export interface PagefindResultData {
	url: string;
	raw_url?: string;
	content: string;
	excerpt: string;
	word_count: number;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
}

export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResponse {
	results: PagefindResult[];
	unfilteredResultCount: number;
	filters: FilterCounts;
	totalFilters: FilterCounts;
}

export interface SearchOptions {
	filters?: Record<string, unknown>;
	sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: SearchOptions): Promise<PagefindResponse | null>;
	filters(): Promise<FilterCounts>;
	preload(term: string, options?: SearchOptions): Promise<void>;
}

let loading: Promise<Pagefind> | null = null;

export function loadPagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		// The index holds full paths already (<base>van-ban/…): no base to prepend.
		await pagefind.options({ baseUrl: '/', excerptLength: 24 });
		await pagefind.init();
		return pagefind;
	})();
	loading.catch(() => {
		loading = null;
	});
	return loading;
}
