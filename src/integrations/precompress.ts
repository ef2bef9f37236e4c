/**
 * Writes a gzip copy beside every text file of the built site (page.html.gz …),
 * so that a server with pre-compressed files on (nginx: gzip_static on) sends
 * them without compressing on each request. Runs last, after the search index.
 */
import { readdirSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const COMPRESSIBLE = /\.(?:html|css|js|json|svg|xml|txt)$/;
const compress = promisify(gzip);

/**
 * Writes `file.gz` for each compressible file of `dir` worth compressing; returns
 * bytes before and after. The files are compressed on libuv's threads, a few at a
 * time, so that every core works (50,000 pages: 55 s on one core).
 */
export async function precompressDirectory(dir: string): Promise<{ files: number; before: number; after: number }> {
	const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => COMPRESSIBLE.test(name));
	let files = 0;
	let before = 0;
	let after = 0;
	let next = 0;
	const worker = async () => {
		while (next < names.length) {
			const path = join(dir, names[next++]!);
			if (!(await stat(path)).isFile()) continue;
			const content = await readFile(path);
			if (content.length < 256) continue;
			const compressed = await compress(content, { level: constants.Z_BEST_COMPRESSION });
			if (compressed.length >= content.length) continue;
			await writeFile(`${path}.gz`, compressed);
			files++;
			before += content.length;
			after += compressed.length;
		}
	};
	await Promise.all(Array.from({ length: availableParallelism() * 2 }, worker));
	return { files, before, after };
}

export function precompress(): AstroIntegration {
	return {
		name: 'kho-van-ban:precompress',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { files, before, after } = await precompressDirectory(fileURLToPath(dir));
				logger.info(`gzip copies of ${files} files: ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB`);
			},
		},
	};
}
