/** The exact-number lookup's lead files: the numbers with one leading number (src/lib/search/numbers.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadNumberLookup, pageKey } from '../../../lib/archive.ts';
import { LEAD_FILE_NAMES } from '../../../lib/search/numbers.ts';

export const getStaticPaths = (async () => {
	const { leads } = await loadNumberLookup();
	return LEAD_FILE_NAMES.map((lead) => {
		const numbers = leads.get(lead) ?? [];
		// Unchanged files stay as they are in a rebuild (Astro's incremental build), their gzip copies with them.
		return { params: { lead }, props: { numbers }, cacheKey: pageKey(numbers) };
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props['numbers']), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
