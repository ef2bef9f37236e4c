/** The Atom feed of one type's newest documents. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedDocument, loadArchive, openEntries } from '../../../lib/archive.ts';
import { SITE_NAME } from '../../../lib/document.ts';
import { countByType } from '../../../lib/listing.ts';
import { UNKNOWN_SLUG } from '../../../lib/urls.ts';
import { feedResponse } from '../../../lib/feeds.ts';

export const getStaticPaths = (async () => {
	const { summaries } = await loadArchive();
	return countByType(summaries).map((c) => ({ params: { type: c.slug ?? UNKNOWN_SLUG }, props: { slug: c.slug, name: c.name } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
	const { slug, name } = props as { slug: string | null; name: string };
	const { urls } = await loadArchive();
	const docs = await Promise.all((await openEntries()).filter((e) => e.data.type === slug).map(feedDocument));
	return feedResponse(`${SITE_NAME}: ${name}`, urls.feed({ type: slug }), urls.type(slug), docs, site);
};
