/** The part of Pagefind's browser API the search uses (the bundle the build writes to <base>/pagefind/). */

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
