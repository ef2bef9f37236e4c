/** One document's data file (src/lib/documentData.ts); classified documents have none. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { documentDeadlines, documentValidity, loadArchive, openEntries, pageKey, type DirectiveEntry } from '../../lib/archive.ts';
import { documentData } from '../../lib/documentData.ts';

export const getStaticPaths = (async () => {
	const { graph, relations } = await loadArchive();
	return (await openEntries()).map((entry) => {
		const citedBy = graph.citedBy({ kind: 'document', id: entry.id });
		// A key of everything the file is made from, so that a rebuild restores an unchanged one
		// (Astro's incremental build); the file itself is made when it is written, not held for all.
		const key = pageKey(entry.digest, entry.data, graph.cites(entry.id), citedBy, citedBy.map((r) => relations.documents.get(r.from)?.issuedAt ?? null));
		return { params: { id: entry.id }, props: { entry }, cacheKey: key };
	});
}) satisfies GetStaticPaths;

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
