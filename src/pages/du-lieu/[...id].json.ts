/** One document's data file (src/lib/documentData.ts); classified documents have none. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { documentDeadlines, documentValidity, loadArchive, openEntries, pageKey } from '../../lib/archive.ts';
import { documentData, type DocumentData } from '../../lib/documentData.ts';

export const getStaticPaths = (async () => {
	const { graph, urls } = await loadArchive();
	return Promise.all(
		(await openEntries()).map(async (entry) => {
			const { validity } = await documentValidity(entry);
			const data = documentData(entry, graph.cites(entry.id), graph.citedBy({ kind: 'document', id: entry.id }), documentDeadlines(entry), validity, {
				targetUrl: (t) => (t.kind === 'document' ? urls.document(t.id) : urls.stub(t.slug)),
				documentUrl: urls.document,
			});
			// Written again only when what it holds changed (Astro's incremental build).
			return { params: { id: entry.id }, props: { data }, cacheKey: pageKey(data) };
		}),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify((props as { data: DocumentData }).data, null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
