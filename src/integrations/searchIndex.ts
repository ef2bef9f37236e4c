/**
 * Builds the Pagefind index of the document pages only (their element marked
 * data-pagefind-body), spelling đ as ḍ (see src/lib/search/text.ts). Numbers are
 * looked up apart from the index (src/lib/search/numbers.ts).
 *
 * Pages go to Pagefind while Astro is still writing the others: a watcher on the
 * output folder hands each document page over as soon as the file holds its whole
 * body element, so that Pagefind's service indexes on one core while Astro renders
 * on the other, instead of indexing everything after the build (half of a large
 * build's time, npm run bench). When the build is done, every page the watcher
 * missed goes in too, and the index is written.
 *
 * The site loads pagefind.js alone (src/scripts/pagefind.ts): the UI bundles
 * Pagefind also writes are removed, and the placeholder origin pagefind.js uses
 * to parse relative URLs (https://example.com) becomes the page's own, so the
 * build names no other host (npm run check:dist).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { toIndexText } from '../lib/search/text.ts';

const BODY = /\bdata-pagefind-body\b/;
const BODY_END = '</article>';
/** Pages in flight to Pagefind at once. */
const INDEXING_CONCURRENCY = 16;
const DOCUMENT_PAGE = /^van-ban\/.+\/index\.html$/;

/**
 * The HTML Pagefind indexes for one page, đ spelled ḍ; null for a page without a
 * body element to index, or whose file does not hold it whole yet.
 */
export function indexableHtml(html: string): string | null {
	const body = BODY.exec(html);
	if (!body || html.indexOf(BODY_END, body.index) < 0) return null;
	return toIndexText(html);
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Hands document pages (paths relative to the output folder) to Pagefind, each once, several at a time. */
export class PageFeeder {
	readonly #queue: string[] = [];
	readonly #queued = new Set<string>();
	readonly #added = new Set<string>();
	#running = 0;
	#failure: Error | null = null;
	#drained: (() => void) | null = null;

	constructor(
		private readonly index: Pick<PagefindIndex, 'addHTMLFile'>,
		private readonly root: string,
		private readonly base: string,
		private readonly logger: Pick<AstroIntegrationLogger, 'info'>,
	) {}

	get added(): number {
		return this.#added.size;
	}

	offer(page: string): void {
		if (!DOCUMENT_PAGE.test(page) || this.#added.has(page) || this.#queued.has(page)) return;
		this.#queued.add(page);
		this.#queue.push(page);
		this.#pump();
	}

	/** Offers every page of `pages` not added yet, and resolves when all are in. */
	async finish(pages: readonly string[]): Promise<number> {
		for (const page of pages) this.offer(page);
		if (this.#running > 0) await new Promise<void>((resolve) => (this.#drained = resolve));
		if (this.#failure) throw this.#failure;
		return this.#added.size;
	}

	#pump(): void {
		while (this.#running < INDEXING_CONCURRENCY && this.#queue.length > 0) {
			const page = this.#queue.shift()!;
			this.#queued.delete(page);
			this.#running++;
			this.#feed(page)
				.catch((error: unknown) => {
					this.#failure ??= error instanceof Error ? error : new Error(String(error));
				})
				.finally(() => {
					this.#running--;
					this.#pump();
					if (this.#running === 0) this.#drained?.();
				});
		}
	}

	async #feed(page: string): Promise<void> {
		// A page not written whole yet is offered again by its next change, or by finish().
		const html = indexableHtml(await readFile(join(this.root, page), 'utf8').catch(() => ''));
		if (html === null || this.#added.has(page)) return;
		this.#added.add(page);
		const url = `${this.base}${page.replace(/index\.html$/, '')}`;
		const added = await this.index.addHTMLFile({ url, content: html });
		if (added.errors.length) throw new Error(`Pagefind: ${url}: ${added.errors.join('; ')}`);
		if (this.#added.size % 1000 === 0) this.logger.info(`indexed ${this.#added.size} pages`);
	}
}

export function searchIndex(): AstroIntegration {
	let base = '/';
	let outDir = '';
	let index: PagefindIndex | null = null;
	let feeder: PageFeeder | null = null;
	let watcher: FSWatcher | null = null;
	return {
		name: 'kho-van-ban:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:start': async ({ logger }) => {
				const created = await pagefind.createIndex({ forceLanguage: 'vi' });
				if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
				index = created.index;
				feeder = new PageFeeder(index, outDir, base, logger);
				mkdirSync(outDir, { recursive: true });
				try {
					watcher = watch(outDir, { recursive: true }, (_, name) => {
						if (name) feeder!.offer(name.split('\\').join('/'));
					});
				} catch (error) {
					logger.info(`pages are indexed after the build: the output folder cannot be watched (${(error as Error).message})`);
				}
			},
			'astro:build:done': async ({ dir, logger }) => {
				watcher?.close();
				const root = fileURLToPath(dir);
				if (!index || !feeder || join(root) !== join(outDir)) throw new Error(`search index: the build wrote to ${root}, not to ${outDir}`);
				// What follows is the index's own time; the pages fed before ran beside the site's build.
				const started = performance.now();
				logger.info(`indexed ${feeder.added} pages while the site was built`);
				const pages = readdirSync(join(root, 'van-ban'), { recursive: true, encoding: 'utf8' }).map((page) => `van-ban/${page}`);
				const indexed = await feeder.finish(pages);
				const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
				if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
				await pagefind.close();
				keepOnlyWhatTheSiteLoads(join(root, 'pagefind'));
				logger.info(`search index: ${indexed} documents in ${((performance.now() - started) / 1000).toFixed(1)} s after the site was built`);
			},
		},
	};
}

/** Pagefind's UI bundles: the site has its own search page (src/scripts/search-page.ts). */
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
