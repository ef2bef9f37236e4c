/**
 * The originals kept beside the MDX files (Word, PDF, text), served as files at
 * /van-ban-goc/<folder>/<name>.<ext>: the "Văn bản gốc" link of each document page.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive, pageKey } from '../../lib/archive.ts';
import { originalPath } from '../../lib/urls.ts';

export const getStaticPaths = (async () => {
	const { entries } = await loadArchive();
	return entries.flatMap((entry) => {
		const original = entry.data.source?.original;
		if (!original || !entry.filePath) return [];
		return [
			{
				params: { path: originalPath(entry.id, original) },
				props: { file: join(dirname(entry.filePath), original) },
				// The MDX file records the original's checksum: a new original means a changed entry.
				cacheKey: pageKey(entry.data.source),
			},
		];
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string }> = ({ props }) => new Response(readFileSync(props.file));
