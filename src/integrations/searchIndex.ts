/**
 * Builds the search index after the site is built: the document pages (their
 * element marked data-pagefind-body) in shards, one Pagefind bundle per window
 * of years (src/lib/search/shards.ts), each under <base>pagefind/<shard>/, with
 * shards.json (the shards and every filter value) and the word → shard map
 * under <base>pagefind/tu/. Before indexing, đ is spelled ḍ (src/lib/search/text.ts).
 * Numbers are looked up apart from the index (src/lib/search/numbers.ts).
 *
 * Each shard is indexed by Pagefind's CLI (over as many pages it takes half
 * the time of its Node service, which takes pages on one core), two at a time
 * where the machine has the cores, and kept in the build cache under a key of
 * its pages, Pagefind's version and options: a rebuild copies every shard whose
 * pages did not change and indexes only the others.
 *
 * The site loads pagefind.js alone (src/client/pagefind.ts): the UI bundles
 * Pagefind also writes are removed, and the placeholder origin pagefind.js uses
 * to parse relative URLs (https://example.com) becomes the page's own, so the
 * build names no other host (npm run check:dist).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { addCounts, planShards, wordMapParts, wordsOf, SHARD_DOCS, type SearchManifest, type Shard } from '../lib/search/shards.ts';
import { toIndexText } from '../lib/search/text.ts';
import type { FilterCounts } from '../lib/search/pagefind.ts';

const run = promisify(execFile);

/** Pagefind's options for every shard; part of each shard's cache key. */
const PAGEFIND_ARGS = ['--force-language', 'vi', '--quiet'];
/** Cache entries no build has used for this long are removed. */
const CACHE_DAYS = 7;

export interface SearchIndexOptions {
	/** Documents a shard holds at most, on average (default SHARD_DOCS). */
	shardDocs?: number | undefined;
}

/** A document page as Pagefind indexes it: its article alone, đ spelled ḍ, and the year it is filed under. */
export interface IndexedPage {
	html: string;
	year: number | null;
}

/**
 * The page's article (the element marked data-pagefind-body, with its filters
 * and metadata), đ spelled ḍ, in a page of its own; null for a page without
 * one. The year is the article's data-year, which src/pages/van-ban/[...id].astro
 * writes for this: the page is this site's own output, so its markers are found
 * by position, not by parsing 50,000 pages.
 */
export function pageForIndex(html: string): IndexedPage | null {
	const body = html.indexOf(' data-pagefind-body');
	if (body < 0) return null;
	const start = html.lastIndexOf('<article', body);
	const end = html.lastIndexOf('</article>');
	if (start < 0 || end < body) return null;
	const openTag = html.slice(start, html.indexOf('>', body) + 1);
	const year = / data-year="(\d{4})"/.exec(openTag)?.[1];
	const article = toIndexText(html.slice(start, end + '</article>'.length));
	return { html: `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>${article}</body></html>`, year: year ? Number(year) : null };
}

/** What the build keeps of a shard beside its bundle: the words it holds and its filter counts. */
interface ShardFacts {
	words: string[];
	filters: FilterCounts;
}

/** Reads Pagefind's fragments (gzip, "pagefind_dcd" then JSON: the page's text, filters, metadata) for the words and filter counts. */
export function shardFacts(bundle: string): ShardFacts {
	const spellings = new Set<string>();
	const filters: FilterCounts = {};
	const folder = join(bundle, 'fragment');
	for (const name of readdirSync(folder)) {
		const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
		const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { content: string; meta: Record<string, string>; filters: Record<string, string[]> };
		// Folding is the costly part: each distinct spelling is folded once.
		for (const token of [fragment.content, ...Object.values(fragment.meta)].join(' ').split(/\s+/)) spellings.add(token);
		addCounts(filters, Object.fromEntries(Object.entries(fragment.filters).map(([name, values]) => [name, Object.fromEntries(values.map((v) => [v, 1]))])));
	}
	return { words: [...new Set([...spellings].flatMap(wordsOf))], filters };
}

function pagefindBinary(): string {
	const require = createRequire(import.meta.resolve('pagefind'));
	const platform = process.platform === 'win32' ? 'windows' : process.platform;
	return require.resolve(`@pagefind/${platform}-${process.arch}/bin/pagefind_extended${platform === 'windows' ? '.exe' : ''}`);
}

interface Logger {
	info(message: string): void;
}

/** What the build remembers of a document page, to read again only the pages that changed. */
interface PageFacts {
	mtimeMs: number;
	size: number;
	/** Digest of the page as Pagefind indexes it; null for a page without an article to index. */
	digest: string | null;
	year: number | null;
}

/** What a build leaves in the cache about one output folder: its pages, and which cache entry each shard folder holds. */
interface OutputState {
	pages: Record<string, PageFacts>;
	placed: Record<string, string>;
}

function readState(file: string): OutputState {
	try {
		const state = JSON.parse(readFileSync(file, 'utf8')) as OutputState;
		return { pages: state.pages ?? {}, placed: state.placed ?? {} };
	} catch {
		return { pages: {}, placed: {} };
	}
}

function writeState(file: string, state: OutputState): void {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(`${file}.tmp`, JSON.stringify(state));
	renameSync(`${file}.tmp`, file);
}

const digestOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 24);

/**
 * Indexes the built site at `root` in shards, reusing those under `cache` whose
 * pages did not change. The output folder is kept between builds
 * (src/integrations/keptOutput.ts): a page whose size and time did not change is
 * not read again, and a shard folder already holding its cache entry stays.
 */
export async function buildSearchIndex(root: string, base: string, cache: string, logger: Logger, shardDocs = SHARD_DOCS): Promise<{ documents: number; shards: Shard[]; indexed: number }> {
	const folder = join(root, 'van-ban');
	const stateFile = join(cache, 'outputs', `${digestOf(root)}.json`);
	const state = readState(stateFile);
	const files = existsSync(folder)
		? readdirSync(folder, { recursive: true, withFileTypes: true })
				.filter((entry) => entry.name === 'index.html' && entry.isFile())
				.map((entry) => relative(folder, join(entry.parentPath, entry.name)))
				.sort()
		: [];
	// A page read here keeps its text for indexing; one not read (unchanged) is read if its shard must be indexed.
	const pages: { path: string; file: string; digest: string; year: number | null; html: string | undefined }[] = [];
	const seen: Record<string, PageFacts> = {};
	for (const file of files) {
		const stats = statSync(join(folder, file));
		let facts = state.pages[file];
		let html: string | undefined;
		if (!facts || facts.mtimeMs !== stats.mtimeMs || facts.size !== stats.size) {
			const page = pageForIndex(readFileSync(join(folder, file), 'utf8'));
			html = page?.html;
			facts = { mtimeMs: stats.mtimeMs, size: stats.size, digest: page ? digestOf(page.html) : null, year: page?.year ?? null };
		}
		seen[file] = facts;
		if (facts.digest) pages.push({ path: join(base.slice(1), 'van-ban', file), file, digest: facts.digest, year: facts.year, html });
	}
	const plan = planShards(
		pages.map((p) => p.year),
		shardDocs,
	);
	const binary = pagefindBinary();
	const version = (await run(binary, ['--version'])).stdout.trim();
	mkdirSync(cache, { recursive: true });

	const entries = plan.shards.map((shard) => {
		const members = pages.filter((_, i) => plan.shardOf[i] === shard.id);
		const hash = createHash('sha256').update(version).update(PAGEFIND_ARGS.join(' '));
		for (const m of members) hash.update(m.path).update('\0').update(m.digest).update('\0');
		return { shard, members, entry: join(cache, hash.digest('hex').slice(0, 24)) };
	});
	const todo = entries.filter((e) => !existsSync(join(e.entry, 'facts.json')));
	let next = 0;
	const worker = async () => {
		while (next < todo.length) {
			const { shard, members, entry } = todo[next++]!;
			const work = `${entry}.tmp`;
			rmSync(work, { recursive: true, force: true });
			for (const m of members) {
				const file = join(work, 'site', m.path);
				mkdirSync(dirname(file), { recursive: true });
				writeFileSync(file, m.html ?? pageForIndex(readFileSync(join(folder, m.file), 'utf8'))!.html);
			}
			await run(binary, ['--site', join(work, 'site'), '--output-path', join(work, 'bundle'), ...PAGEFIND_ARGS], { maxBuffer: 64 * 1024 * 1024 });
			rmSync(join(work, 'site'), { recursive: true, force: true });
			keepOnlyWhatTheSiteLoads(join(work, 'bundle'));
			writeFileSync(join(work, 'facts.json'), JSON.stringify(shardFacts(join(work, 'bundle'))));
			rmSync(entry, { recursive: true, force: true });
			renameSync(work, entry);
			logger.info(`search index: shard ${shard.id} (${members.length} documents) indexed`);
		}
	};
	await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));

	const out = join(root, 'pagefind');
	const placed = (list: typeof entries) => Object.fromEntries(list.map((e) => [e.shard.id, basename(e.entry)]));
	const staying = entries.filter(({ shard, entry }) => state.placed[shard.id] === basename(entry) && existsSync(join(out, shard.id, 'pagefind.js')));
	const stays = new Set(staying.map((e) => e.shard.id));
	// Forget the folders about to change first: a build stopped while copying leaves none of them trusted.
	writeState(stateFile, { pages: seen, placed: placed(staying) });
	if (existsSync(out)) for (const item of readdirSync(out)) if (!stays.has(item)) rmSync(join(out, item), { recursive: true, force: true });
	const filters: FilterCounts = {};
	const shardWords: string[][] = [];
	const now = new Date();
	for (const { shard, entry } of entries) {
		if (!stays.has(shard.id)) cpSync(join(entry, 'bundle'), join(out, shard.id), { recursive: true });
		const facts = JSON.parse(readFileSync(join(entry, 'facts.json'), 'utf8')) as ShardFacts;
		addCounts(filters, facts.filters);
		shardWords.push(facts.words);
		utimesSync(entry, now, now);
	}
	const parts = wordMapParts(shardWords);
	mkdirSync(join(out, 'tu'), { recursive: true });
	for (const [part, words] of parts) writeFileSync(join(out, 'tu', `${part}.json`), JSON.stringify(words));
	const manifest: SearchManifest = { shards: plan.shards, filters, parts: [...parts.keys()].sort() };
	writeFileSync(join(out, 'shards.json'), JSON.stringify(manifest));
	writeState(stateFile, { pages: seen, placed: placed(entries) });
	pruneCache(cache, new Set(entries.map((e) => e.entry)));
	return { documents: pages.length, shards: plan.shards, indexed: todo.length };
}

/** Removes cache entries not used by this build nor by any other for CACHE_DAYS (other archives share the cache). */
function pruneCache(cache: string, used: Set<string>): void {
	const oldest = Date.now() - CACHE_DAYS * 86_400_000;
	for (const name of readdirSync(cache)) {
		const entry = join(cache, name);
		if (used.has(entry) || name === 'outputs') continue;
		if (name.endsWith('.tmp') || statSync(entry).mtimeMs < oldest) rmSync(entry, { recursive: true, force: true });
	}
}

export function searchIndex(options: SearchIndexOptions = {}): AstroIntegration {
	let base = '/';
	let cache = '';
	return {
		name: 'kho-van-ban:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				cache = fileURLToPath(new URL('kho-van-ban/search/', config.cacheDir));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { documents, shards, indexed } = await buildSearchIndex(fileURLToPath(dir), base, cache, logger, options.shardDocs);
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				logger.info(`search index: ${documents} documents in ${seconds} s (${shards.length} shards, ${indexed} indexed, ${shards.length - indexed} unchanged)`);
			},
		},
	};
}

/** Pagefind's UI bundles: the site has its own search page (src/client/search-page.ts). */
const UNUSED_BUNDLES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-highlight.js',
];

/**
 * Removes the bundles the site does not load, and in pagefind.js and its worker
 * parses relative URLs against the page's own origin instead of https://example.com.
 */
export function keepOnlyWhatTheSiteLoads(folder: string): void {
	for (const name of UNUSED_BUNDLES) rmSync(join(folder, name), { force: true });
	for (const name of ['pagefind.js', 'pagefind-worker.js']) {
		const file = join(folder, name);
		if (!existsSync(file)) continue;
		writeFileSync(file, withOwnOrigin(readFileSync(file, 'utf8')));
	}
}

/** `new URL(`https://example.com${path}`)…replace(/^https:\/\/example.com/,"")` → the same against location.origin. */
export function withOwnOrigin(js: string): string {
	return js
		.replaceAll('`https://example.com${', '`${location.origin}${')
		.replace(/\.replace\(\/\^https:\\\/\\\/example\\?\.com\/,\s*""\)/g, '.replace(location.origin,"")');
}
