/**
 * Keeps the built site in its folder from one build to the next. Astro empties
 * the output folder before each build and then copies back from its cache every
 * page whose cacheKey did not change; at 10,000 documents emptying and copying
 * back took most of a rebuild after one new document, and every gzip copy was made
 * again. With the folder kept (`vite.build.emptyOutDir: false` in astro.config.mjs),
 * Astro leaves a reused page where it is; this integration then removes what the
 * build no longer makes, and the gzip step compresses only what changed.
 *
 * The folder is trusted only when the last build that used this cache folder wrote
 * to it and got as far as its pages: otherwise it is emptied first, as Astro would.
 * Put this integration first, so that the stale files are gone before the search
 * index and the gzip copies are made.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What the cache folder remembers of the last build that used it. */
export interface OutputMarker {
	outDir: string;
	/** False from the start of a build until its pages are all written. */
	finished: boolean;
}

/** Top folders of the output this step leaves alone: the search shards, which src/integrations/searchIndex.ts manages, and .git. */
const LEFT_ALONE = new Set(['pagefind', '.git']);
/** File systems stamp times from a coarse clock: a file written just after the build started may look a little older. */
const CLOCK_SLACK_MS = 2000;

export function readMarker(file: string): OutputMarker | null {
	try {
		const marker = JSON.parse(readFileSync(file, 'utf8')) as Partial<OutputMarker>;
		return typeof marker.outDir === 'string' && typeof marker.finished === 'boolean' ? { outDir: marker.outDir, finished: marker.finished } : null;
	} catch {
		return null;
	}
}

export function writeMarker(file: string, marker: OutputMarker): void {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, JSON.stringify(marker));
}

/** Whether the files in `outDir` are what the last finished build left there. */
export function outputIsTrusted(marker: OutputMarker | null, outDir: string): boolean {
	return marker !== null && marker.finished && marker.outDir === outDir;
}

/** Empties `dir`, if it is there, keeping a .git folder as Astro does. */
export function emptyFolder(dir: string): void {
	if (!existsSync(dir)) return;
	for (const name of readdirSync(dir)) if (name !== '.git') rmSync(join(dir, name), { recursive: true, force: true });
}

/**
 * Removes the files of `dir` that this build did not make: neither among the
 * pages and endpoints Astro reports (`produced`, reused ones included) nor written
 * since `since` (scripts, styles, the public folder). Gzip copies and the search
 * shards are left to their own steps. Returns the paths removed, relative to `dir`.
 */
export function removeStaleFiles(dir: string, produced: ReadonlySet<string>, since: number): string[] {
	const removed: string[] = [];
	const walk = (folder: string): boolean => {
		let empty = true;
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) {
				if (folder === dir && LEFT_ALONE.has(entry.name)) {
					empty = false;
					continue;
				}
				if (walk(path)) rmdirSync(path);
				else empty = false;
				continue;
			}
			if (entry.name.endsWith('.gz') || produced.has(path) || statSync(path).mtimeMs >= since - CLOCK_SLACK_MS) {
				empty = false;
				continue;
			}
			unlinkSync(path);
			removed.push(relative(dir, path).split(sep).join('/'));
		}
		return empty;
	};
	if (existsSync(dir)) walk(dir);
	return removed;
}

export function keptOutput(): AstroIntegration {
	let outDir = '';
	let markerFile = '';
	let started = 0;
	return {
		name: 'kho-van-ban:kept-output',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				markerFile = fileURLToPath(new URL('kho-van-ban/output.json', config.cacheDir));
			},
			'astro:build:start': ({ logger }) => {
				started = Date.now();
				if (!outputIsTrusted(readMarker(markerFile), outDir)) emptyFolder(outDir);
				else logger.info(`keeping ${outDir}: pages that did not change stay in place`);
				writeMarker(markerFile, { outDir, finished: false });
			},
			'astro:build:done': ({ dir, assets, logger }) => {
				const produced = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
				const removed = removeStaleFiles(fileURLToPath(dir), produced, started);
				if (removed.length > 0) logger.info(`removed ${removed.length} file(s) the build no longer makes`);
				writeMarker(markerFile, { outDir, finished: true });
			},
		},
	};
}
