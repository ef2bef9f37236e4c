import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baselineFiles } from '../../scripts/bench/baseline.ts';
import { categorise, mdxBody, pageWeight, phaseBytes, servedPath, type Transfer } from '../../scripts/bench/bytes.ts';
import { formatTable } from '../../scripts/bench/format.ts';
import { LineSplitter, isModuleDirectiveWarning, isNoise, parseIndexLine, parsePagesLine, stagesOf } from '../../scripts/bench/log.ts';
import { PeakTracker, parseStat, parseStatus, readProcTree, treeOf, type ProcSample } from '../../scripts/bench/rss.ts';
import { buildLimitsFor, evaluateTargets, type Measured } from '../../scripts/bench/targets.ts';

const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const STAT = (pid: number, comm: string, ppid: number, start = 1000) =>
	`${pid} (${comm}) S ${ppid} ${pid} ${pid} 0 -1 4194560 100 0 0 0 5 1 0 0 20 0 7 0 ${start} 123456 789 18446744073709551615\n`;
const STATUS = (hwm: number | null, rss: number | null) =>
	`Name:\tnode\nState:\tS (sleeping)\n${hwm === null ? '' : `VmHWM:\t  ${hwm} kB\n`}${rss === null ? '' : `VmRSS:\t  ${rss} kB\n`}Threads:\t7\n`;

describe('peak memory from /proc', () => {
	it('parses stat lines, command names with spaces and parentheses included', () => {
		expect(parseStat(STAT(42, 'node', 1, 555))).toEqual({ pid: 42, ppid: 1, comm: 'node', start: '555' });
		expect(parseStat(STAT(43, 'Web Content (x)', 42))).toMatchObject({ pid: 43, ppid: 42, comm: 'Web Content (x)' });
		expect(parseStat('garbage')).toBeNull();
	});

	it('reads VmHWM and VmRSS in kB, null when absent (kernel threads)', () => {
		expect(parseStatus(STATUS(2_000_000, 1_500_000))).toEqual({ hwmKB: 2_000_000, rssKB: 1_500_000 });
		expect(parseStatus(STATUS(null, null))).toEqual({ hwmKB: null, rssKB: null });
	});

	it('finds a process tree: the root and every descendant, nothing else', () => {
		const procs = [
			{ pid: 1, ppid: 0 },
			{ pid: 10, ppid: 1 },
			{ pid: 11, ppid: 10 },
			{ pid: 12, ppid: 11 },
			{ pid: 13, ppid: 10 },
			{ pid: 20, ppid: 1 },
		];
		expect([...treeOf(10, procs)].sort((a, b) => a - b)).toEqual([10, 11, 12, 13]);
		expect([...treeOf(99, procs)]).toEqual([99]);
	});

	it('keeps the largest reading per process, tells reused pids apart, and reports the largest single process', () => {
		const sample = (pid: number, comm: string, hwm: number | null, rss: number | null, start = '1'): ProcSample => ({ pid, ppid: 1, comm, start, hwmKB: hwm, rssKB: rss });
		const tracker = new PeakTracker();
		expect(tracker.peak()).toBeNull();
		tracker.update([sample(10, 'node', 500_000, 400_000), sample(11, 'pagefind', 100_000, 100_000)]);
		tracker.update([sample(10, 'node', 900_000, 300_000), sample(11, 'pagefind', 1_200_000, 1_200_000)]);
		// pid 11 ended; a new process got its pid: another process, not a larger reading of the old one.
		tracker.update([sample(10, 'node', 800_000, 200_000), sample(11, 'esbuild', 1_300_000, 0, '2')]);
		expect(tracker.samples).toBe(3);
		expect(tracker.peak()).toEqual({ pid: 11, comm: 'esbuild', peakKB: 1_300_000 });
		expect(tracker.processes().map((p) => [p.comm, p.peakKB])).toEqual([
			['esbuild', 1_300_000],
			['pagefind', 1_200_000],
			['node', 900_000],
		]);
		// Without VmHWM (some kernels), VmRSS counts.
		const only = new PeakTracker();
		only.update([sample(5, 'x', null, 1234)]);
		expect(only.peak()!.peakKB).toBe(1234);
	});

	it('reads a tree from a /proc folder', () => {
		const proc = mkdtempSync(join(tmpdir(), 'proc-'));
		made.push(proc);
		const add = (pid: number, comm: string, ppid: number, hwm: number) => {
			mkdirSync(join(proc, String(pid)));
			writeFileSync(join(proc, String(pid), 'stat'), STAT(pid, comm, ppid));
			writeFileSync(join(proc, String(pid), 'status'), STATUS(hwm, hwm));
		};
		add(1, 'init', 0, 10);
		add(100, 'node', 1, 700_000);
		add(101, 'pagefind', 100, 300_000);
		add(200, 'other', 1, 9_000_000);
		mkdirSync(join(proc, 'self'));
		mkdirSync(join(proc, '102')); // vanished while read: no stat file
		const tree = readProcTree(100, proc);
		expect(tree.map((p) => [p.comm, p.hwmKB]).sort()).toEqual([
			['node', 700_000],
			['pagefind', 300_000],
		]);
	});

	it('reads this very process from the real /proc', () => {
		const tree = readProcTree(process.pid);
		const self = tree.find((p) => p.pid === process.pid);
		expect(self?.hwmKB).toBeGreaterThan(10_000);
	});
});

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

describe('byte accounting', () => {
	const at = 'http://127.0.0.1:4000';
	const t = (path: string, resourceType: string, bytes: number, phase: string): Transfer => ({ url: `${at}${path}`, resourceType, bytes, phase });
	const transfers = [
		t('/tim-kiem/?q=x', 'document', 9_000, 'query-1'),
		t('/_astro/Base.css', 'stylesheet', 19_000, 'query-1'),
		t('/favicon.svg', 'image', 243, 'query-1'),
		t('/_astro/search.js', 'script', 18_000, 'query-1'),
		t('/pagefind/pagefind.js', 'script', 47_000, 'query-1'),
		t('/pagefind/wasm.unknown.pagefind', 'fetch', 55_000, 'query-1'),
		t('/pagefind/index/vi_1.pf_index', 'fetch', 25_000, 'query-1'),
		t('/pagefind/fragment/vi_2.pf_fragment', 'fetch', 1_000, 'query-1'),
		t('/tra-cuu/so-hieu/307.json', 'fetch', 1_400, 'number'),
		t('/pagefind/index/vi_3.pf_index', 'fetch', 20_000, 'number'),
	];

	it('names what each response is', () => {
		expect(transfers.map(categorise)).toEqual(['html', 'css', 'image', 'page-script', 'pagefind-js', 'pagefind-wasm', 'pagefind-index', 'pagefind-fragment', 'number-lookup', 'pagefind-index']);
		expect(categorise({ url: `${at}/pagefind/filter/vi_1.pf_filter`, resourceType: 'fetch' })).toBe('pagefind-index');
	});

	it('counts a search without the page’s own HTML, CSS and images', () => {
		expect(phaseBytes(transfers, 'query-1')).toEqual({
			bytes: 18_000 + 47_000 + 55_000 + 25_000 + 1_000,
			requests: 5,
			byCategory: { 'page-script': 18_000, 'pagefind-js': 47_000, 'pagefind-wasm': 55_000, 'pagefind-index': 25_000, 'pagefind-fragment': 1_000 },
		});
		expect(phaseBytes(transfers, 'query-1', true).bytes).toBe(9_000 + 19_000 + 243 + 146_000);
		expect(phaseBytes(transfers, 'number').bytes).toBe(21_400);
		expect(phaseBytes(transfers, 'none')).toEqual({ bytes: 0, requests: 0, byCategory: {} });
	});

	it('weighs a document page: HTML and CSS beyond the UTF-8 bytes of its text, and its scripts', () => {
		const body = 'Đảng viên'; // 13 bytes in UTF-8
		const page = [t('/van-ban/2024/x/', 'document', 12_000, 'doc'), t('/_astro/Base.css', 'stylesheet', 19_000, 'doc'), t('/_astro/box.js', 'script', 900, 'doc'), t('/fonts/a.woff2', 'font', 30_000, 'doc')];
		expect(pageWeight(page, 'doc', body)).toEqual({
			htmlBytes: 12_000,
			cssBytes: 19_000,
			fontBytes: 30_000,
			bodyBytes: 13,
			overheadBytes: 31_000 - 13,
			scripts: ['/_astro/box.js'],
		});
		expect(pageWeight(page.slice(0, 2), 'doc', body).scripts).toEqual([]);
	});

	it('finds the file a URL serves, and the body of an MDX file', () => {
		expect(servedPath(`${at}/pagefind/pagefind-worker.js`)).toBe('pagefind/pagefind-worker.js');
		expect(servedPath(`${at}/van-ban/2024/x/?tim=a`)).toBe('van-ban/2024/x/index.html');
		expect(servedPath(`${at}/`)).toBe('index.html');
		expect(servedPath(`${at}/a%20b.json`)).toBe('a b.json');
		expect(mdxBody('---\ntype: cong-van\n---\n\nVăn bản.\n')).toBe('\nVăn bản.\n');
		expect(mdxBody('Không có frontmatter')).toBe('Không có frontmatter');
	});
});

describe('targets', () => {
	const good: Measured = {
		docs: 10_000,
		coldSeconds: 100,
		peakRssMB: 3_000,
		warmRebuildSeconds: 20,
		ratioTime: 0.9,
		ratioMemory: 1,
		firstQueryBytes: 250 * 1024,
		firstQueryMs: 800,
		numberLookupBytes: 20 * 1024,
		pageOverheadBytes: 25 * 1024,
		scriptsBeforeSearch: 0,
	};

	it('holds a run to the limits of its size', () => {
		expect(buildLimitsFor(200)).toMatchObject({ coldSeconds: 120, peakRssMB: 4096 });
		expect(buildLimitsFor(10_000)).toMatchObject({ coldSeconds: 120 });
		expect(buildLimitsFor(10_001)).toMatchObject({ coldSeconds: 600, peakRssMB: 10_240 });
		expect(buildLimitsFor(80_000)).toMatchObject({ coldSeconds: 600 });
	});

	it('passes a run within every limit', () => {
		const results = evaluateTargets(good);
		expect(results.map((r) => r.id)).toEqual([
			'cold-build', 'peak-memory', 'warm-rebuild', 'ratio-time', 'ratio-memory', 'first-query-bytes', 'first-query-time', 'number-lookup-bytes', 'page-overhead', 'no-script',
		]);
		expect(results.every((r) => r.pass === true)).toBe(true);
		expect(results.find((r) => r.id === 'warm-rebuild')!.value).toBe('20 %');
	});

	it('fails each limit just beyond it, and leaves what was not measured undecided', () => {
		const bad = evaluateTargets({
			...good,
			coldSeconds: 120.1,
			peakRssMB: 4097,
			warmRebuildSeconds: 30.1,
			ratioTime: 1.01,
			ratioMemory: 1.5,
			firstQueryBytes: 300 * 1024 + 1,
			firstQueryMs: 1001,
			numberLookupBytes: 30 * 1024 + 1,
			pageOverheadBytes: 30 * 1024 + 1,
			scriptsBeforeSearch: 1,
		});
		expect(bad.filter((r) => r.pass !== false).map((r) => r.id)).toEqual([]);
		const big = evaluateTargets({ ...good, docs: 50_000, coldSeconds: 590, peakRssMB: 9_000, warmRebuildSeconds: 100 });
		expect(big.find((r) => r.id === 'cold-build')).toMatchObject({ pass: true, limit: '≤ 600 s', label: 'cold build (limit for 50,000 docs)' });
		expect(big.find((r) => r.id === 'peak-memory')).toMatchObject({ pass: true, value: '8.79 GB' });
		const missing = evaluateTargets({ ...good, ratioTime: null, ratioMemory: null, coldSeconds: null });
		expect(missing.filter((r) => r.pass === null).map((r) => r.id)).toEqual(['cold-build', 'warm-rebuild', 'ratio-time', 'ratio-memory']);
		expect(missing.find((r) => r.id === 'ratio-time')!.value).toBe('not measured');
	});
});

describe('report table', () => {
	it('aligns columns, numbers to the right among the numbers of their column', () => {
		expect(formatTable([['cold build', '7.3 s', 'peak 721 MB'], ['warm', '17.6 s', ''], ['page', '/van-ban/2016/48-kl-tu/', '']], ['stage', 'value', 'notes'])).toBe(
			[
				'stage       value                    notes',
				'----------  -----------------------  -----------',
				'cold build   7.3 s                   peak 721 MB',
				'warm        17.6 s',
				'page        /van-ban/2016/48-kl-tu/',
			].join('\n'),
		);
		expect(formatTable([])).toBe('');
	});
});

describe('baseline project', () => {
	it('is plain Astro with MDX: a glob over the corpus, any frontmatter, one page rendering <Content />', () => {
		const files = baselineFiles('/work/x/corpus/directives', './cache');
		expect(Object.keys(files).sort()).toEqual(['astro.config.mjs', 'package.json', 'src/content.config.ts', 'src/pages/[...id].astro']);
		expect(files['astro.config.mjs']).toContain('integrations: [mdx()]');
		expect(files['astro.config.mjs']).toContain('cacheDir: "./cache"');
		expect(files['src/content.config.ts']).toContain('base: "/work/x/corpus/directives"');
		expect(files['src/content.config.ts']).toContain('z.looseObject({})');
		expect(files['src/pages/[...id].astro']).toContain('<main><Content /></main>');
	});
});
