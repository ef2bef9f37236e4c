/** The Atom feed of one issuer's newest documents. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedDocument, loadArchive, openEntries } from '../../../lib/archive.ts';
import { issuerLabel, SITE_NAME } from '../../../lib/document.ts';
import { countByIssuer } from '../../../lib/listing.ts';
import { UNKNOWN_SLUG } from '../../../lib/urls.ts';
import { feedResponse } from '../../../lib/feeds.ts';

export const getStaticPaths = (async () => {
	const { summaries, issuers } = await loadArchive();
	return countByIssuer(summaries, issuers).map((c) => ({ params: { issuer: c.id ?? UNKNOWN_SLUG }, props: { id: c.id, name: c.name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
	const { id, name } = props as { id: string | null; name: string | null };
	const { urls } = await loadArchive();
	const docs = await Promise.all((await openEntries()).filter((e) => e.data.issuer === id).map(feedDocument));
	return feedResponse(`${SITE_NAME}: ${issuerLabel(name)}`, urls.feed({ issuer: id }), urls.issuer(id), docs, site);
};
