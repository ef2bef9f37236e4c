/** What `npm run bench -- --json` prints: one object, every figure in the units its name says. */
import type { PhaseBytes } from './bytes.ts';
import type { TargetResult } from './targets.ts';

export interface QueryMeasure {
	query: string;
	/** Bytes transferred for the search (the page's own HTML, CSS and fonts left out). */
	bytes: number | null;
	/** From navigation start (first query) or from submitting (later ones) until the results show. */
	ms: number | null;
	requests: number | null;
	byCategory: PhaseBytes['byCategory'];
	results: string | null;
	error?: string;
}

export interface BenchResult {
	docs: number;
	seed: number;
	machine: { cpu: string; cores: number; ramGB: number; node: string; platform: string };
	corpus: { path: string; reused: boolean; seconds: number; mdxMB: number };
	build: {
		coldSeconds: number | null;
		peakRssMB: number | null;
		peakProcess: string | null;
		/** The largest processes of the cold build's tree (the build's Node, Pagefind's binary, esbuild…). */
		topProcesses: { comm: string; pid: number; peakMB: number }[];
		siteSeconds: number | null;
		indexSeconds: number | null;
		otherSeconds: number | null;
		pages: number | null;
		warmRebuildSeconds: number | null;
		warmPeakRssMB: number | null;
		moduleDirectiveWarnings: number | null;
	};
	baseline: { coldSeconds: number | null; peakRssMB: number | null; skipped: boolean };
	/** The peers over the same corpus, in the same run: Hugo + the Pagefind CLI, and the plain Astro baseline + the Pagefind CLI. */
	peers: {
		hugo: { version: string | null; hugoSeconds: number | null; pagefindSeconds: number | null; seconds: number | null; peakRssMB: number | null; skipped: string | null };
		astroPagefind: { pagefindSeconds: number | null; seconds: number | null; peakRssMB: number | null };
	};
	/** Our cold build over the plain Astro baseline (time, memory) and over Hugo + the Pagefind CLI (hugo). */
	ratio: { time: number | null; memory: number | null; hugo: number | null };
	output: {
		distMB: number | null;
		distWithoutGzipMB: number | null;
		indexMB: number | null;
		indexFiles: number | null;
		numberLookupKB: number | null;
		numberLookupFiles: number | null;
		numberLookupLargestKB: number | null;
		/** The largest page under loai/, nam/, co-quan/ and han-thuc-hien/ (uncompressed). */
		largestBrowsePageKB: number | null;
	};
	search: {
		firstQuery: string;
		firstQueryBytes: number | null;
		firstQueryMs: number | null;
		secondQuery: string;
		secondQueryBytes: number | null;
		secondQueryMs: number | null;
		numberLookup: string;
		numberLookupBytes: number | null;
		numberLookupMs: number | null;
		numberLookupColdBytes: number | null;
		numberLookupColdMs: number | null;
		details: QueryMeasure[];
	};
	page: {
		url: string | null;
		htmlBytes: number | null;
		cssBytes: number | null;
		fontBytes: number | null;
		bodyBytes: number | null;
		overheadBytes: number | null;
		scriptsBeforeSearch: number | null;
		scripts: string[];
	};
	/** OCR of scans of the fixtures; null with --skip-ocr. */
	ocr: OcrMeasure | null;
	targets: TargetResult[];
	benchSeconds: number;
	problems: string[];
}

export interface OcrMeasure {
	pages: number;
	seconds: number | null;
	pagesPerMinute: number | null;
	/** The lowest share of a scan's source words read right. */
	lowestAccuracy: number | null;
	skipped: string | null;
}
