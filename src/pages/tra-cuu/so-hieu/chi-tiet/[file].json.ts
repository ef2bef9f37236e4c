/** The exact-number lookup's detail files: each number's pages and the documents citing it (src/lib/search/numbers.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadNumberLookup, pageKey } from '../../../../lib/archive.ts';
import { DETAIL_FILE_NAMES } from '../../../../lib/search/numbers.ts';

export const getStaticPaths = (async () => {
	const { details } = await loadNumberLookup();
	return DETAIL_FILE_NAMES.map((file) => {
		const numbers = details.get(file) ?? {};
		// Unchanged files stay as they are in a rebuild (Astro's incremental build), their gzip copies with them.
		return { params: { file }, props: { numbers }, cacheKey: pageKey(numbers) };
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props['numbers']), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
