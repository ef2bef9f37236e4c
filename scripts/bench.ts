/**
 * npm run bench -- --docs N [--seed S] [--json] [--skip-baseline] [--skip-astro] [--skip-browser] [--skip-ocr]
 *   (--skip-baseline also skips the Hugo peer; --skip-astro only the plain Astro baseline,
 *   which at 50,000 documents needs more memory than the machine has)
 *
 * Measures the archive at scale on a generated corpus (scripts/generate-corpus.ts):
 * 1. the corpus in tests/.output/bench/corpus-N, generated unless already there
 *    with the same N and seed (scripts/generate-corpus.ts writes corpus.json);
 * 2. a cold build (data-store cache and output deleted first): wall time, the
 *    peak memory of the largest process of the build's tree, the site stage and
 *    the search-index stage apart;
 * 3. the sizes of the output (dist, pagefind, number lookup files);
 * 4. in headless Chromium: a first and a second text query, a number lookup, and
 *    the weight of a document page;
 * 5. a warm rebuild after adding one document;
 * 6. the same corpus built by a plain Astro site (only @astrojs/mdx), the baseline
 *    for time and memory, then indexed by the Pagefind CLI;
 * 7. the same corpus built by Hugo with minimal templates and indexed by the
 *    Pagefind CLI (scripts/bench/peers.ts), the peer a developer would pick
 *    instead; skipped with a note when `hugo` is not installed;
 * 8. OCR: scans of the fixtures (a two-page Nghị quyết as an image PDF and a công
 *    văn as a PNG, 300 dpi) imported through OCRmyPDF, in pages a minute; skipped
 *    with a note when OCRmyPDF is not installed.
 * A readable report goes to stderr; with --json one JSON object goes to stdout.
 * Targets that fail are reported, not errors: the exit code is 1 only when
 * something broke (a build failed).
 *
 * Our build runs with a wrapper config (tests/.output/bench/astro.bench.config.mjs)
 * that is astro.config.mjs with its own cacheDir, so that deleting the data-store
 * cache for a cold build touches no other build's cache (node_modules/.astro).
 * The build's Node takes NODE_OPTIONS from the environment (e.g. a larger heap).
 */
import { cpus, totalmem } from 'node:os';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { baselineFiles } from './bench/baseline.ts';
import { dirStats, largestFile, REPO, runBuild, type BuildRun } from './bench/build.ts';
import { mdxBody } from './bench/bytes.ts';
import { combined, hugoVersion, runHugoPeer, runPagefindCli, type PeerRun } from './bench/peers.ts';
import { formatReport } from './bench/format.ts';
import type { BenchResult, QueryMeasure } from './bench/result.ts';
import { measureOcr } from './bench/ocr.ts';
import { evaluateTargets } from './bench/targets.ts';
import { corpusMatches, extraDocument, generateCorpus } from './generate-corpus.ts';

const BENCH = join(REPO, 'tests', '.output', 'bench');
const MB = 1024 * 1024;
const FIRST_QUERY = 'chuyển đổi số';
/** The browse pages held to the size target: by type (and type × year), by year, by issuer, the deadlines by month. */
const BROWSE_FOLDERS = ['loai', 'nam', 'co-quan', 'han-thuc-hien'];
const SECOND_QUERY = 'giải phóng mặt bằng';

const say = (text: string) => process.stderr.write(`${text}\n`);
const rel = (path: string) => relative(REPO, path) || '.';
const round = (v: number | null, digits = 2) => (v === null ? null : Number(v.toFixed(digits)));

function writeFiles(dir: string, files: Record<string, string>): void {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
}

/** Our astro.config.mjs with the bench's own cache folder. */
function writeBenchConfig(cacheDir: string): string {
	const file = join(BENCH, 'astro.bench.config.mjs');
	const config = relative(BENCH, join(REPO, 'astro.config.mjs'));
	writeFileSync(
		file,
		`// Written by scripts/bench.ts: the site's own config with the bench's cache folder.\n` +
			`import config from './${config}';\n\nexport default { ...config, cacheDir: ${JSON.stringify(`./${rel(cacheDir)}`)} };\n`,
	);
	return file;
}

/** A Party nghị quyết of the corpus, near the middle (or any numbered document): the number lookup's query. */
function pickNumber(directives: string): string {
	const names = readdirSync(directives, { recursive: true, encoding: 'utf8' })
		.filter((f) => /^\d{4}\//.test(f) && f.endsWith('.mdx'))
		.sort();
	const party = names.filter((f) => /-nq-tu(?:-\d{4})?\.mdx$/.test(f));
	const list = party.length > 0 ? party : names;
	const file = list[Math.floor(list.length / 2)]!;
	const number = /^number: "?([^"\n]+)"?$/m.exec(readFileSync(join(directives, file), 'utf8'))?.[1];
	if (!number || number === 'null') throw new Error(`no number in ${file}`);
	return number;
}

/** A document of median length from a year in the middle: the page to weigh. */
function pickDocument(directives: string): { path: string; body: string } {
	const years = readdirSync(directives).filter((y) => /^\d{4}$/.test(y)).sort();
	const year = years[Math.floor(years.length / 2)]!;
	const files = readdirSync(join(directives, year)).filter((f) => f.endsWith('.mdx'));
	const bodies = files.map((f) => ({ f, body: mdxBody(readFileSync(join(directives, year, f), 'utf8')) })).sort((a, b) => a.body.length - b.body.length || a.f.localeCompare(b.f));
	const median = bodies[Math.floor(bodies.length / 2)]!;
	return { path: `/van-ban/${year}/${median.f.replace(/\.mdx$/, '')}/`, body: median.body };
}

function machine(): BenchResult['machine'] {
	return {
		cpu: cpus()[0]?.model.trim() ?? 'unknown',
		cores: cpus().length,
		ramGB: Number((totalmem() / 1024 ** 3).toFixed(1)),
		node: process.version,
		platform: `${process.platform} ${process.arch}`,
	};
}

function stageEcho(label: string) {
	return (line: string) => {
		if (/\[(?:content|build|kho-van-ban:[\w-]+|directives-loader)\]|error|Error/.test(line) && !/\[build\] (?:output|mode|directory):/.test(line)) say(`  ${label} │ ${line}`);
	};
}

function describeFailure(run: BuildRun, what: string): string {
	return `${what} failed (exit ${run.exitCode}); log ${rel(run.logFile)}; last lines:\n${run.tail.slice(-12).map((l) => `      ${l}`).join('\n')}`;
}

async function main(argv: string[]): Promise<number> {
	const { values } = parseArgs({
		args: argv,
		options: {
			docs: { type: 'string' },
			seed: { type: 'string', default: '1' },
			json: { type: 'boolean', default: false },
			'skip-baseline': { type: 'boolean', default: false },
			'skip-astro': { type: 'boolean', default: false },
			'skip-browser': { type: 'boolean', default: false },
			'skip-ocr': { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h' },
		},
	});
	if (values.help || values.docs === undefined) {
		say('usage: npm run bench -- --docs N [--seed S] [--json] [--skip-baseline] [--skip-astro] [--skip-browser] [--skip-ocr]');
		return values.help ? 0 : 2;
	}
	const docs = Number(values.docs);
	const seed = Number(values.seed);
	if (!Number.isInteger(docs) || docs < 1) throw new Error(`--docs: expected a positive whole number, got "${values.docs}"`);
	if (!Number.isInteger(seed)) throw new Error(`--seed: expected a whole number, got "${values.seed}"`);

	const benchStarted = performance.now();
	const problems: string[] = [];
	// One folder per size: another seed regenerates the corpus in place.
	const suffix = `${docs}`;
	const corpus = join(BENCH, `corpus-${suffix}`);
	const directives = join(corpus, 'directives');
	const site = join(BENCH, `site-${suffix}`);
	const cache = join(BENCH, `cache-${suffix}`);
	const logs = join(BENCH, 'logs');
	mkdirSync(BENCH, { recursive: true });

	// 1. The corpus.
	let corpusSeconds = 0;
	const reused = corpusMatches(corpus, docs, seed);
	if (reused) say(`corpus: reusing ${rel(corpus)}`);
	else {
		say(`corpus: generating ${docs.toLocaleString('en')} documents into ${rel(corpus)}`);
		corpusSeconds = generateCorpus({ docs, seed, out: corpus, onProgress: (n) => say(`  ${n.toLocaleString('en')} of ${docs.toLocaleString('en')} files`) }).seconds;
	}
	const mdxBytes = dirStats(directives, (p) => p.endsWith('.mdx')).bytes;

	// 2. Cold build.
	const config = writeBenchConfig(cache);
	const env = { ...process.env, ARCHIVE_CONTENT: rel(corpus), SITE_BASE: '/', ASTRO_TELEMETRY_DISABLED: '1' };
	const ourArgs = ['--config', rel(config), '--outDir', rel(site)];
	rmSync(cache, { recursive: true, force: true });
	rmSync(site, { recursive: true, force: true });
	say(`cold build → ${rel(site)}`);
	const cold = await runBuild({ cwd: REPO, args: ourArgs, env, logFile: join(logs, `cold-${suffix}.log`), onLine: stageEcho('cold') });
	const coldOk = cold.exitCode === 0;
	if (!coldOk) problems.push(describeFailure(cold, 'cold build'));

	// 3. Sizes.
	const noGz = (p: string) => !p.endsWith('.gz');
	const lookup = join(site, 'tra-cuu', 'so-hieu');
	const output: BenchResult['output'] = coldOk
		? {
				distMB: round(dirStats(site).bytes / MB),
				distWithoutGzipMB: round(dirStats(site, noGz).bytes / MB),
				indexMB: round(dirStats(join(site, 'pagefind'), noGz).bytes / MB),
				indexFiles: dirStats(join(site, 'pagefind'), noGz).files,
				numberLookupKB: round(dirStats(lookup, (p) => p.endsWith('.json')).bytes / 1024, 1),
				numberLookupFiles: dirStats(lookup, (p) => p.endsWith('.json')).files,
				numberLookupLargestKB: round(largestFile(lookup, (p) => p.endsWith('.json')) / 1024, 1),
				largestBrowsePageKB: round(Math.max(...BROWSE_FOLDERS.map((f) => largestFile(join(site, f), (p) => p.endsWith('.html')))) / 1024, 1),
			}
		: { distMB: null, distWithoutGzipMB: null, indexMB: null, indexFiles: null, numberLookupKB: null, numberLookupFiles: null, numberLookupLargestKB: null, largestBrowsePageKB: null };

	// 4. The browser, on the cold build's output.
	let numberQuery = '';
	let queries: QueryMeasure[] = [];
	let page: BenchResult['page'] = { url: null, htmlBytes: null, cssBytes: null, fontBytes: null, bodyBytes: null, overheadBytes: null, scriptsBeforeSearch: null, scripts: [] };
	if (coldOk && !values['skip-browser']) {
		try {
			numberQuery = pickNumber(directives);
			const documentPick = pickDocument(directives);
			say(`browser: "${FIRST_QUERY}", "${SECOND_QUERY}", "${numberQuery}", page ${documentPick.path}`);
			const { measureInBrowser } = await import('./bench/browser.ts');
			const measured = await measureInBrowser({
				siteDir: site,
				firstQuery: FIRST_QUERY,
				secondQuery: SECOND_QUERY,
				numberQuery,
				documentPath: documentPick.path,
				documentBody: documentPick.body,
			});
			queries = measured.queries;
			for (const q of queries) if (q.error) problems.push(`search "${q.query}": ${q.error}`);
			const { url, htmlBytes, cssBytes, fontBytes, bodyBytes, overheadBytes, scripts } = measured.page;
			page = { url, htmlBytes, cssBytes, fontBytes, bodyBytes, overheadBytes, scriptsBeforeSearch: scripts.length, scripts };
			if (htmlBytes === 0) problems.push(`document page ${url}: no HTML received`);
		} catch (error) {
			problems.push(`browser: ${(error as Error).message.split('\n')[0]}`);
		}
	}

	// 5. Warm rebuild after one new document (removed again afterwards, so the corpus stays N documents).
	let warm: BuildRun | null = null;
	if (coldOk) {
		const extra = extraDocument(seed);
		const extraFile = join(corpus, extra.path);
		mkdirSync(dirname(extraFile), { recursive: true });
		writeFileSync(extraFile, extra.text);
		say(`warm rebuild with ${rel(extraFile)}`);
		try {
			warm = await runBuild({ cwd: REPO, args: ourArgs, env, logFile: join(logs, `warm-${suffix}.log`), onLine: stageEcho('warm') });
		} finally {
			rmSync(extraFile, { force: true });
		}
		if (warm.exitCode !== 0) {
			problems.push(describeFailure(warm, 'warm rebuild'));
			warm = null;
		}
	}

	// 6. Baseline, then the Pagefind CLI over it.
	let base: BuildRun | null = null;
	let baseIndex: BuildRun | null = null;
	const skipAstro = values['skip-baseline'] || values['skip-astro'];
	if (!skipAstro) {
		const baseDir = join(BENCH, 'baseline');
		const baseSite = join(BENCH, `baseline-site-${suffix}`);
		rmSync(join(baseDir, 'src'), { recursive: true, force: true });
		writeFiles(baseDir, baselineFiles(directives, './cache'));
		rmSync(join(baseDir, 'cache'), { recursive: true, force: true });
		rmSync(baseSite, { recursive: true, force: true });
		say(`baseline: plain Astro + MDX → ${rel(baseSite)}`);
		base = await runBuild({ cwd: baseDir, args: ['--outDir', relative(baseDir, baseSite)], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, logFile: join(logs, `baseline-${suffix}.log`), onLine: stageEcho('baseline') });
		if (base.exitCode !== 0) {
			problems.push(describeFailure(base, 'baseline build'));
			base = null;
		} else {
			say('baseline: Pagefind CLI');
			baseIndex = await runPagefindCli(baseSite, join(logs, `baseline-pagefind-${suffix}.log`));
			if (baseIndex.exitCode !== 0) problems.push(describeFailure(baseIndex, 'Pagefind CLI over the baseline'));
		}
	}

	// 7. Hugo + the Pagefind CLI.
	const hugo = values['skip-baseline'] ? null : hugoVersion();
	let hugoSkipped: string | null = values['skip-baseline'] ? 'skipped with --skip-baseline' : hugo ? null : 'hugo is not installed (apt-get install hugo)';
	let peer: PeerRun | null = null;
	if (hugo) {
		say(`peer: Hugo + Pagefind CLI (${hugo.split(' ')[1] ?? hugo})`);
		peer = await runHugoPeer(directives, join(BENCH, 'hugo'), logs, suffix);
		if (peer.site.exitCode !== 0) {
			problems.push(describeFailure(peer.site, 'Hugo build'));
			hugoSkipped = 'Hugo failed (see Problems)';
		} else if (peer.index && peer.index.exitCode !== 0) problems.push(describeFailure(peer.index, 'Pagefind CLI over the Hugo site'));
	}
	const hugoTotal = combined(peer?.site ?? null, peer?.index ?? null);
	const astroPagefind = combined(base, baseIndex);

	const mbOf = (run: BuildRun | null) => (run?.peak ? run.peak.peakKB / 1024 : null);
	const coldSeconds = coldOk ? cold.seconds : null;
	const coldPeak = coldOk ? mbOf(cold) : null;
	const ratioTime = coldSeconds !== null && base ? coldSeconds / base.seconds : null;
	const baselinePeak = mbOf(base);
	const ratioMemory = coldPeak !== null && baselinePeak ? coldPeak / baselinePeak : null;
	const ratioHugo = coldSeconds !== null && hugoTotal.seconds ? coldSeconds / hugoTotal.seconds : null;
	const ok = (run: BuildRun | null | undefined) => (run && run.exitCode === 0 ? run.seconds : null);
	const byPhase = (label: string) => queries.find((q) => q.query === label) ?? null;
	const ocr = values['skip-ocr'] ? null : await measureOcr(say);
	const first = byPhase(FIRST_QUERY);
	const second = byPhase(SECOND_QUERY);
	const number = numberQuery ? byPhase(numberQuery) : null;
	const numberCold = numberQuery ? (queries.find((q) => q.query.startsWith(`${numberQuery} (`)) ?? null) : null;

	const result: BenchResult = {
		docs,
		seed,
		machine: machine(),
		corpus: { path: rel(corpus), reused, seconds: round(corpusSeconds)!, mdxMB: round(mdxBytes / MB)! },
		build: {
			coldSeconds: round(coldSeconds),
			peakRssMB: round(coldPeak, 0),
			peakProcess: coldOk && cold.peak ? `${cold.peak.comm} (pid ${cold.peak.pid})` : null,
			topProcesses: coldOk ? cold.processes.slice(0, 3).map((p) => ({ comm: p.comm, pid: p.pid, peakMB: Math.round(p.peakKB / 1024) })) : [],
			siteSeconds: coldOk ? round(cold.stages.siteSeconds) : null,
			indexSeconds: coldOk ? round(cold.stages.indexSeconds) : null,
			otherSeconds: coldOk ? round(cold.stages.otherSeconds) : null,
			pages: coldOk ? cold.pages : null,
			warmRebuildSeconds: round(warm?.seconds ?? null),
			warmPeakRssMB: round(mbOf(warm), 0),
			moduleDirectiveWarnings: coldOk ? cold.moduleDirectiveWarnings : null,
		},
		baseline: { coldSeconds: round(base?.seconds ?? null), peakRssMB: round(baselinePeak, 0), skipped: skipAstro },
		peers: {
			hugo: {
				version: hugo,
				hugoSeconds: round(ok(peer?.site)),
				pagefindSeconds: round(ok(peer?.index)),
				seconds: round(hugoTotal.seconds),
				peakRssMB: round(hugoTotal.peakMB, 0),
				skipped: hugoSkipped,
			},
			astroPagefind: { pagefindSeconds: round(ok(baseIndex)), seconds: round(astroPagefind.seconds), peakRssMB: round(astroPagefind.peakMB, 0) },
		},
		ratio: { time: round(ratioTime), memory: round(ratioMemory), hugo: round(ratioHugo) },
		output,
		search: {
			firstQuery: FIRST_QUERY,
			firstQueryBytes: first?.bytes ?? null,
			firstQueryMs: round(first?.ms ?? null, 0),
			secondQuery: SECOND_QUERY,
			secondQueryBytes: second?.bytes ?? null,
			secondQueryMs: round(second?.ms ?? null, 0),
			numberLookup: numberQuery,
			numberLookupBytes: number?.bytes ?? null,
			numberLookupMs: round(number?.ms ?? null, 0),
			numberLookupColdBytes: numberCold?.bytes ?? null,
			numberLookupColdMs: round(numberCold?.ms ?? null, 0),
			details: queries.map((q) => ({ ...q, ms: round(q.ms, 0) })),
		},
		page,
		ocr,
		targets: [],
		benchSeconds: 0,
		problems,
	};
	result.targets = evaluateTargets({
		docs,
		coldSeconds,
		peakRssMB: coldPeak,
		warmRebuildSeconds: warm?.seconds ?? null,
		ratioTime,
		ratioMemory,
		ratioHugo,
		firstQueryBytes: result.search.firstQueryBytes,
		firstQueryMs: result.search.firstQueryMs,
		numberLookupBytes: result.search.numberLookupBytes,
		pageOverheadBytes: page.overheadBytes,
		scriptsBeforeSearch: page.scriptsBeforeSearch,
		largestBrowsePageBytes: output.largestBrowsePageKB === null ? null : output.largestBrowsePageKB * 1024,
	});
	result.benchSeconds = round((performance.now() - benchStarted) / 1000, 1)!;

	process.stderr.write(`\n${formatReport(result)}`);
	if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
	const broke = !coldOk || (!skipAstro && base === null) || (coldOk && warm === null);
	return broke ? 1 : 0;
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		say(`bench: ${(error as Error).stack ?? String(error)}`);
		process.exitCode = 1;
	},
);

