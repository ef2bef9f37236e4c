/**
 * Builds the Pagefind index after the site is built, over the document pages
 * only (their element marked data-pagefind-body). Before indexing it spells đ
 * as ḍ (see src/lib/search/text.ts). Numbers are looked up apart from the index
 * (src/lib/search/numbers.ts).
 *
 * The site loads pagefind.js alone (src/client/pagefind.ts): the UI bundles
 * Pagefind also writes are removed, and the placeholder origin pagefind.js uses
 * to parse relative URLs (https://example.com) becomes the page's own, so the
 * build names no other host (npm run check:dist).
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { toIndexText } from '../lib/search/text.ts';

const BODY = /\bdata-pagefind-body\b/;
/** Pages in flight to Pagefind at once. */
const INDEXING_CONCURRENCY = 16;

/** The HTML Pagefind indexes for one page, đ spelled ḍ; null for a page without a body element to index. */
export function indexableHtml(html: string): string | null {
	return BODY.test(html) ? toIndexText(html) : null;
}

export function searchIndex(): AstroIntegration {
	let base = '/';
	return {
		name: 'kho-van-ban:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const started = performance.now();
				const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const pages = readdirSync(join(root, 'van-ban'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
				let indexed = 0;
				// Pages go to Pagefind's service several at a time: it indexes them in parallel,
				// where one request at a time leaves it waiting on this process.
				let next = 0;
				const worker = async () => {
					while (next < pages.length) {
						const page = pages[next++]!;
						const html = indexableHtml(readFileSync(join(root, 'van-ban', page), 'utf8'));
						if (html === null) continue;
						const url = `${base}van-ban/${page.replace(/index\.html$/, '')}`;
						const added = await index.addHTMLFile({ url, content: html });
						if (added.errors.length) throw new Error(`Pagefind: ${url}: ${added.errors.join('; ')}`);
						indexed++;
						if (indexed % 1000 === 0) logger.info(`indexed ${indexed} of ${pages.length} pages`);
					}
				};
				await Promise.all(Array.from({ length: INDEXING_CONCURRENCY }, worker));
				const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
				if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
				await pagefind.close();
				keepOnlyWhatTheSiteLoads(join(root, 'pagefind'));
				logger.info(`search index: ${indexed} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`);
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
