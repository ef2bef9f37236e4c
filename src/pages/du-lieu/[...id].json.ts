/** One document's data file (src/lib/documentData.ts); classified documents have none. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { documentDeadlines, documentValidity, loadArchive, openEntries, type DirectiveEntry } from '../../lib/archive.ts';
import { documentData } from '../../lib/documentData.ts';

export const getStaticPaths = (async () => (await openEntries()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { entry } = props as { entry: DirectiveEntry };
	const { graph, urls } = await loadArchive();
	const { validity } = await documentValidity(entry);
	const data = documentData(entry, graph.cites(entry.id), graph.citedBy({ kind: 'document', id: entry.id }), documentDeadlines(entry), validity, {
		targetUrl: (t) => (t.kind === 'document' ? urls.document(t.id) : urls.stub(t.slug)),
		documentUrl: urls.document,
	});
	return new Response(JSON.stringify(data, null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
