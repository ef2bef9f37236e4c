// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { keptOutput } from './src/integrations/keptOutput.ts';
import { precompress } from './src/integrations/precompress.ts';
import { searchIndex } from './src/integrations/searchIndex.ts';

// The archive may be served from a sub-folder of an intranet server
// (e.g. http://intranet/kho-van-ban/): set SITE_BASE=/kho-van-ban/ when building.
const base = process.env.SITE_BASE ?? '/';
// Documents per search shard, on average (src/lib/search/shards.ts); the tests set it low to get several shards.
const shardDocs = process.env.SEARCH_SHARD_DOCS ? Number(process.env.SEARCH_SHARD_DOCS) : undefined;

export default defineConfig({
	// The archive's address on the intranet (e.g. SITE_URL=http://intranet/), for the calendar's links; optional.
	...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
	base,
	trailingSlash: 'always',
	// keptOutput first: it removes what the build no longer makes before the index and the gzip copies.
	integrations: [keptOutput(), mdx(), searchIndex({ shardDocs }), precompress()],
	markdown: {
		processor: satteri({
			features: {
				// Keep the source's punctuation as written: no curly quotes or ellipses.
				smartPunctuation: false,
				gfm: {
					footnotes: {
						label: 'Chú thích',
						backLabel: 'Quay lại chỗ chú thích {reference}',
					},
				},
			},
		}),
	},
	devToolbar: { enabled: false },
	experimental: {
		// Document and stub pages carry a cacheKey (a hash of what they show): a rebuild
		// renders again only the pages whose key or code changed (npm run bench).
		incrementalBuild: true,
	},
	// The Content Security Policy (src/layouts/Base.astro) allows no inline script or
	// style: every stylesheet and script goes to its own file, however small.
	// Several pages rendered at once: with one, the build waits on each page's file writes (README, scale).
	build: { inlineStylesheets: 'never', concurrency: 8 },
	// The output folder is kept between builds (src/integrations/keptOutput.ts): reused pages stay in place.
	vite: { build: { assetsInlineLimit: 0, emptyOutDir: false } },
});
