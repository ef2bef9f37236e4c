import { describe, expect, it } from 'vitest';
import { LineSplitter, isModuleDirectiveWarning, isNoise, parseIndexLine, parsePagesLine, stagesOf } from '../../../scripts/bench/log.ts';

describe('the build log', () => {
	it('reads the search index line and the page count', () => {
		expect(parseIndexLine('\u001b[2m20:05:16\u001b[22m \u001b[34m[kho-van-ban:search-index]\u001b[39m search index: 200 documents in 1.2 s')).toEqual({ documents: 200, seconds: 1.2 });
		expect(parseIndexLine('20:05:16 [kho-van-ban:search-index] indexed 1000 of 5000 pages')).toBeNull();
		expect(parsePagesLine('20:05:16 [build] 274 page(s) built in 7.65s')).toEqual({ pages: 274, seconds: 7.65 });
	});

	it('tells noise from lines worth keeping', () => {
		expect(isNoise('20:05:15   ├─ /van-ban/2024/634-tb-ubkttu/index.html (+5ms) ')).toBe(true);
		expect(isNoise('   \u001b[38;5;246m│\u001b[0m')).toBe(true);
		expect(isNoise(' \u001b[38;5;246m2 │\u001b[0m "use astro:head-inject";')).toBe(true);
		expect(isNoise('')).toBe(true);
		expect(isNoise('20:05:16 [build] Complete!')).toBe(false);
		expect(isModuleDirectiveWarning('20:05:13 [WARN] [vite] \u001b[33m[MODULE_LEVEL_DIRECTIVE] \u001b[0mThe semantics…')).toBe(true);
	});

	it('splits the wall time into the site stage, the index and what follows', () => {
		const lines = [
			{ atMs: 1_000 + 5_000, text: '[build] ✓ Completed in 3.47s.' },
			{ atMs: 1_000 + 7_500, text: '[kho-van-ban:search-index] search index: 200 documents in 2.0 s' },
			{ atMs: 1_000 + 7_700, text: '[build] Complete!' },
		];
		expect(stagesOf(1_000, 1_000 + 8_000, lines)).toEqual({ siteSeconds: 5.5, indexSeconds: 2, otherSeconds: 0.5 });
		expect(stagesOf(0, 3_000, [{ atMs: 10, text: 'no index here' }])).toEqual({ siteSeconds: 3, indexSeconds: null, otherSeconds: 0 });
	});

	it('joins chunks into lines', () => {
		const split = new LineSplitter();
		expect(split.push('a\nb')).toEqual(['a']);
		expect(split.push('c\r\nd\n')).toEqual(['bc', 'd']);
		expect(split.push('tail')).toEqual([]);
		expect(split.end()).toEqual(['tail']);
		expect(split.end()).toEqual([]);
	});
});
