/**
 * The archive's performance targets, and whether a bench run meets them. A
 * missing measurement (skipped, or broken) gives pass: null, never an error.
 */

export interface Measured {
	docs: number;
	coldSeconds: number | null;
	peakRssMB: number | null;
	warmRebuildSeconds: number | null;
	ratioTime: number | null;
	ratioMemory: number | null;
	/** Our cold build over Hugo + the Pagefind CLI's, same corpus, same run. */
	ratioHugo: number | null;
	firstQueryBytes: number | null;
	firstQueryMs: number | null;
	numberLookupBytes: number | null;
	pageOverheadBytes: number | null;
	scriptsBeforeSearch: number | null;
	/** The largest type, year, issuer or deadline page (HTML as written, uncompressed). */
	largestBrowsePageBytes: number | null;
}

export interface TargetResult {
	id: string;
	label: string;
	/** The limit as written: "≤ 120 s". */
	limit: string;
	/** The measured value, readable: "84.2 s". */
	value: string;
	measured: number | null;
	pass: boolean | null;
}

/** Build limits by archive size: a run is held to the limits of the first size at or above it (the largest beyond). */
export const BUILD_LIMITS = [
	{ docs: 10_000, coldSeconds: 120, peakRssMB: 4 * 1024 },
	{ docs: 50_000, coldSeconds: 360, peakRssMB: 4 * 1024 },
] as const;

export function buildLimitsFor(docs: number): (typeof BUILD_LIMITS)[number] {
	return BUILD_LIMITS.find((l) => docs <= l.docs) ?? BUILD_LIMITS[BUILD_LIMITS.length - 1]!;
}

/** How many times Hugo + the Pagefind CLI's time our cold build may take: looser for small archives, where fixed costs weigh. */
export function hugoRatioLimitFor(docs: number): number {
	return docs <= 2_000 ? 3 : 2;
}

const KB = 1024;

function target(id: string, label: string, limit: string, measured: number | null, value: (v: number) => string, ok: (v: number) => boolean): TargetResult {
	return { id, label, limit, measured, value: measured === null ? 'not measured' : value(measured), pass: measured === null ? null : ok(measured) };
}

export function evaluateTargets(m: Measured): TargetResult[] {
	const limits = buildLimitsFor(m.docs);
	const hugoRatio = hugoRatioLimitFor(m.docs);
	const size = `${limits.docs.toLocaleString('en')} docs`;
	const warmShare = m.warmRebuildSeconds !== null && m.coldSeconds ? m.warmRebuildSeconds / m.coldSeconds : null;
	const s = (v: number) => `${v.toFixed(1)} s`;
	const kb = (v: number) => `${(v / KB).toFixed(1)} KB`;
	const x = (v: number) => `${v.toFixed(2)}×`;
	return [
		target('cold-build', `cold build (limit for ${size})`, `≤ ${limits.coldSeconds} s`, m.coldSeconds, s, (v) => v <= limits.coldSeconds),
		target('peak-memory', `largest process (limit for ${size})`, `≤ ${limits.peakRssMB / 1024} GB`, m.peakRssMB, (v) => `${(v / 1024).toFixed(2)} GB`, (v) => v <= limits.peakRssMB),
		target('warm-rebuild', 'warm rebuild after one new document', '≤ 15 % of cold', warmShare, (v) => `${(v * 100).toFixed(0)} %`, (v) => v <= 0.15),
		target('ratio-time', 'build time vs plain Astro', '≤ 1.0×', m.ratioTime, x, (v) => v <= 1),
		target('ratio-memory', 'peak memory vs plain Astro', '≤ 1.0×', m.ratioMemory, x, (v) => v <= 1),
		target('ratio-hugo', 'build time vs Hugo + Pagefind CLI', `≤ ${hugoRatio.toFixed(1)}×`, m.ratioHugo, x, (v) => v <= hugoRatio),
		target('first-query-bytes', 'first query: bytes', '≤ 300 KB', m.firstQueryBytes, kb, (v) => v <= 300 * KB),
		target('first-query-time', 'first query: time to results', '≤ 1 s', m.firstQueryMs, (v) => `${Math.round(v)} ms`, (v) => v <= 1000),
		target('number-lookup-bytes', 'number lookup: bytes', '≤ 10 KB', m.numberLookupBytes, kb, (v) => v <= 10 * KB),
		target('page-overhead', 'document page: HTML + CSS beyond its text', '≤ 30 KB', m.pageOverheadBytes, kb, (v) => v <= 30 * KB),
		target('no-script', 'document page: scripts before a search', 'none', m.scriptsBeforeSearch, (v) => String(v), (v) => v === 0),
		target('browse-page', 'largest type, year, issuer or deadline page', '≤ 100 KB', m.largestBrowsePageBytes, kb, (v) => v <= 100 * KB),
	];
}
