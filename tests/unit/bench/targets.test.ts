import { describe, expect, it } from 'vitest';
import { buildLimitsFor, evaluateTargets, type Measured } from '../../../scripts/bench/targets.ts';

describe('targets', () => {
	const good: Measured = {
		docs: 10_000,
		coldSeconds: 100,
		peakRssMB: 3_000,
		warmRebuildSeconds: 15,
		ratioTime: 0.9,
		ratioMemory: 1,
		ratioHugo: 1.9,
		firstQueryBytes: 250 * 1024,
		firstQueryMs: 800,
		numberLookupBytes: 9 * 1024,
		pageOverheadBytes: 25 * 1024,
		scriptsBeforeSearch: 0,
		largestBrowsePageBytes: 90 * 1024,
	};

	it('holds a run to the limits of its size', () => {
		expect(buildLimitsFor(200)).toMatchObject({ coldSeconds: 120, peakRssMB: 4096 });
		expect(buildLimitsFor(10_000)).toMatchObject({ coldSeconds: 120 });
		expect(buildLimitsFor(10_001)).toMatchObject({ coldSeconds: 360, peakRssMB: 4096 });
		expect(buildLimitsFor(80_000)).toMatchObject({ coldSeconds: 360 });
	});

	it('passes a run within every limit', () => {
		const results = evaluateTargets(good);
		expect(results.map((r) => r.id)).toEqual([
			'cold-build', 'peak-memory', 'warm-rebuild', 'ratio-time', 'ratio-memory', 'ratio-hugo', 'first-query-bytes', 'first-query-time', 'number-lookup-bytes', 'page-overhead', 'no-script', 'browse-page',
		]);
		expect(results.every((r) => r.pass === true)).toBe(true);
		expect(results.find((r) => r.id === 'warm-rebuild')!.value).toBe('15 %');
	});

	it('fails each limit just beyond it, and leaves what was not measured undecided', () => {
		const bad = evaluateTargets({
			...good,
			coldSeconds: 120.1,
			peakRssMB: 4097,
			warmRebuildSeconds: 18.1,
			ratioTime: 1.01,
			ratioMemory: 1.5,
			ratioHugo: 2.01,
			firstQueryBytes: 300 * 1024 + 1,
			firstQueryMs: 1001,
			numberLookupBytes: 10 * 1024 + 1,
			pageOverheadBytes: 30 * 1024 + 1,
			scriptsBeforeSearch: 1,
			largestBrowsePageBytes: 100 * 1024 + 1,
		});
		expect(bad.filter((r) => r.pass !== false).map((r) => r.id)).toEqual([]);
		const big = evaluateTargets({ ...good, docs: 50_000, coldSeconds: 350, peakRssMB: 4_500, warmRebuildSeconds: 50 });
		expect(big.find((r) => r.id === 'cold-build')).toMatchObject({ pass: true, limit: '≤ 360 s', label: 'cold build (limit for 50,000 docs)' });
		expect(big.find((r) => r.id === 'peak-memory')).toMatchObject({ pass: false, value: '4.39 GB' });
		// Small archives may take up to three times the peer's time, larger ones twice.
		expect(evaluateTargets({ ...good, docs: 2_000, ratioHugo: 2.9 }).find((r) => r.id === 'ratio-hugo')).toMatchObject({ pass: true, limit: '≤ 3.0×' });
		expect(evaluateTargets({ ...good, docs: 2_001, ratioHugo: 2.9 }).find((r) => r.id === 'ratio-hugo')).toMatchObject({ pass: false, limit: '≤ 2.0×' });
		const missing = evaluateTargets({ ...good, ratioTime: null, ratioMemory: null, ratioHugo: null, coldSeconds: null });
		expect(missing.filter((r) => r.pass === null).map((r) => r.id)).toEqual(['cold-build', 'warm-rebuild', 'ratio-time', 'ratio-memory', 'ratio-hugo']);
		expect(missing.find((r) => r.id === 'ratio-time')!.value).toBe('not measured');
	});
});
