/** The exact-number lookup's lead files: the numbers with one leading number (src/lib/search/numbers.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadNumberLookup } from '../../../lib/archive.ts';
import { LEAD_FILE_NAMES } from '../../../lib/search/numbers.ts';

export const getStaticPaths = (async () => {
	const { leads } = await loadNumberLookup();
	return LEAD_FILE_NAMES.map((lead) => ({ params: { lead }, props: { numbers: leads.get(lead) ?? [] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props['numbers']), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
