/**
 * Writes a gzip copy beside every text file of the built site (page.html.gz …),
 * so that a server with pre-compressed files on (nginx: gzip_static on) sends
 * them without compressing on each request. Runs last, after the search index.
 * The output folder is kept between builds (src/integrations/keptOutput.ts): a
 * copy with its file's time is kept, and a copy whose file is gone is removed.
 */
import { readdirSync, readFileSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const COMPRESSIBLE = /\.(?:html|css|js|json|svg|xml|txt)$/;

export interface PrecompressResult {
	/** Copies written by this run. */
	files: number;
	/** Up-to-date copies left as they were. */
	kept: number;
	/** Bytes before and after compression, of the copies written. */
	before: number;
	after: number;
}

/** A copy's time, set from its file's through a Date (whole milliseconds, then seconds as a float), against the file's own. */
function sameTime(copyMs: number, fileMs: number): boolean {
	return Math.abs(copyMs - fileMs) < 1;
}

/** Writes `file.gz` for each compressible file of `dir` worth compressing and changed since its copy. */
export function precompressDirectory(dir: string): PrecompressResult {
	const result: PrecompressResult = { files: 0, kept: 0, before: 0, after: 0 };
	// Dirents: a walk of file names alone would stat each of the site's files to tell folders apart.
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	const names = new Set(files.map((entry) => join(entry.parentPath, entry.name)));
	for (const path of names) {
		if (path.endsWith('.gz')) {
			if (!names.has(path.slice(0, -'.gz'.length))) unlinkSync(path);
			continue;
		}
		if (!COMPRESSIBLE.test(path)) continue;
		const copy = `${path}.gz`;
		const stats = statSync(path);
		if (names.has(copy) && sameTime(statSync(copy).mtimeMs, stats.mtimeMs)) {
			result.kept++;
			continue;
		}
		const content = readFileSync(path);
		const compressed = content.length < 256 ? null : gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
		if (!compressed || compressed.length >= content.length) {
			if (names.has(copy)) unlinkSync(copy);
			continue;
		}
		// The copy takes its file's time once written whole: a copy torn by a build stopped
		// halfway keeps the time of its writing and is made again. (Writing beside it and
		// renaming took ten times as long here.)
		writeFileSync(copy, compressed);
		utimesSync(copy, stats.atime, stats.mtime);
		result.files++;
		result.before += content.length;
		result.after += compressed.length;
	}
	return result;
}

export function precompress(): AstroIntegration {
	return {
		name: 'kho-van-ban:precompress',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const { files, kept, before, after } = precompressDirectory(fileURLToPath(dir));
				logger.info(`gzip copies of ${files} files: ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB${kept > 0 ? `; ${kept} unchanged` : ''}`);
			},
		},
	};
}
