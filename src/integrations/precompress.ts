/**
 * Writes a gzip copy beside every text file of the built site (page.html.gz …),
 * so that a server with pre-compressed files on (nginx: gzip_static on) sends
 * them without compressing on each request. Runs last, after the search index.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const COMPRESSIBLE = /\.(?:html|css|js|json|svg|xml|txt)$/;

/** Writes `file.gz` for each compressible file of `dir` worth compressing; returns bytes before and after. */
export function precompressDirectory(dir: string): { files: number; before: number; after: number } {
	let files = 0;
	let before = 0;
	let after = 0;
	for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		if (!COMPRESSIBLE.test(name)) continue;
		const path = join(dir, name);
		if (!statSync(path).isFile()) continue;
		const content = readFileSync(path);
		if (content.length < 256) continue;
		const compressed = gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
		if (compressed.length >= content.length) continue;
		writeFileSync(`${path}.gz`, compressed);
		files++;
		before += content.length;
		after += compressed.length;
	}
	return { files, before, after };
}

export function precompress(): AstroIntegration {
	return {
		name: 'kho-van-ban:precompress',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const { files, before, after } = precompressDirectory(fileURLToPath(dir));
				logger.info(`gzip copies of ${files} files: ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB`);
			},
		},
	};
}
