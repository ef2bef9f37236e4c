/** The exact-number lookup: one small JSON file per bucket (the number's last two digits). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../lib/archive.ts';
import { documentType } from '../../../lib/documentTypes.ts';
import { BUCKETS, bucketEntries, numberParts, type NumberEntry } from '../../../lib/search/numbers.ts';

export const getStaticPaths = (async () => {
	const { entries, graph, urls } = await loadArchive();
	const lookup: NumberEntry[] = [];
	for (const { id, data } of entries) {
		if (data.number === null) continue;
		lookup.push({
			number: data.number,
			...numberParts(data.number),
			url: urls.document(id),
			kind: 'document',
			type: documentType(data.type).name,
			date: data.issuedAt,
			title: data.title,
		});
	}
	for (const stub of graph.stubs) {
		const type = stub.types[0];
		lookup.push({
			number: stub.number,
			...numberParts(stub.number),
			url: urls.stub(stub.slug),
			kind: 'stub',
			type: type && type !== 'nghi-dinh' && type !== 'thong-tu' && type !== 'luat' ? documentType(type).name : null,
			date: stub.date,
			title: null,
		});
	}
	const buckets = bucketEntries(lookup);
	return BUCKETS.map((bucket) => ({ params: { bucket }, props: { list: buckets.get(bucket) ?? [] } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(props['list']), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
