/** The Atom feed of the archive's newest documents (src/lib/feeds.ts). */
import type { APIRoute } from 'astro';
import { feedDocument, loadArchive, openEntries } from '../lib/archive.ts';
import { SITE_NAME } from '../lib/document.ts';
import { feedResponse } from '../lib/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
	const { urls } = await loadArchive();
	const docs = await Promise.all((await openEntries()).map(feedDocument));
	return feedResponse(`${SITE_NAME}: văn bản mới`, urls.feed(), urls.home, docs, site);
};
