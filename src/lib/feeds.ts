/**
 * Feeds of the newest documents, in Atom (/atom.xml, and one per type and per
 * issuer), made with feedsmith rather than by hand (escaping, dates, the Atom
 * elements; the `feed` library was tried and refuses a link without a host). The site knows its address on the intranet only when
 * SITE_URL is set: without it, links are paths (Atom resolves them against the
 * feed's own address) and ids are tag: URIs, so no feed names another host.
 */
import { generateAtomFeed } from 'feedsmith';
import { SITE_NAME } from './document.ts';

/** How many of the newest documents a feed holds. */
export const FEED_SIZE = 50;

export interface FeedDocument {
	/** The collection id, for the entry's id. */
	id: string;
	/** The page's path under the base. */
	path: string;
	/** "Kế hoạch số 45-KH/TU ngày 10/02/2025". */
	label: string;
	/** The trích yếu, or the opening words of an untitled document. */
	summary: string;
	issuedAt: string | null;
	/** When it entered the archive (the import), when known. */
	addedAt: string | null;
	categories: string[];
}

export interface FeedOptions {
	title: string;
	/** The feed's own path, and the page it follows. */
	selfPath: string;
	pagePath: string;
	/** The archive's address (SITE_URL), or null. */
	siteUrl: string | null;
	/** When the feed was made: the updated time of a feed and of an entry with no date of its own. */
	now: Date;
}

/** The newest documents first: by when they entered the archive, else when they were issued; undated last. */
export function newestFirst(docs: readonly FeedDocument[]): FeedDocument[] {
	const key = (d: FeedDocument) => d.addedAt ?? d.issuedAt ?? '';
	return [...docs].sort((a, b) => key(b).localeCompare(key(a)) || (b.issuedAt ?? '').localeCompare(a.issuedAt ?? '') || a.id.localeCompare(b.id));
}

function day(iso: string): Date {
	return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

export function atomFeed(docs: readonly FeedDocument[], options: FeedOptions): string {
	const href = (path: string) => (options.siteUrl ? new URL(path, options.siteUrl).href : path);
	const id = (path: string) => (options.siteUrl ? href(path) : `tag:kho-van-ban,2026:${path}`);
	const entries = newestFirst(docs).slice(0, FEED_SIZE);
	const latest = entries.map((d) => d.addedAt ?? d.issuedAt).find((d) => d !== null);
	return generateAtomFeed({
		id: id(options.pagePath),
		title: { value: options.title },
		updated: latest ? day(latest) : options.now,
		links: [
			{ href: href(options.selfPath), rel: 'self', type: 'application/atom+xml' },
			{ href: href(options.pagePath), rel: 'alternate', type: 'text/html' },
		],
		authors: [{ name: SITE_NAME }],
		entries: entries.map((d) => {
			const when = d.addedAt ?? d.issuedAt;
			return {
				id: id(d.path),
				title: { value: d.label },
				updated: when ? day(when) : options.now,
				...(d.issuedAt ? { published: day(d.issuedAt) } : {}),
				links: [{ href: href(d.path), rel: 'alternate', type: 'text/html' }],
				summary: { value: d.summary },
				categories: d.categories.map((term) => ({ term })),
			};
		}),
	});
}

/** A feed of `docs` as every feed route serves it; `site` is the configured SITE_URL, if any. */
export function feedResponse(title: string, selfPath: string, pagePath: string, docs: readonly FeedDocument[], site: URL | undefined): Response {
	const body = atomFeed(docs, { title, selfPath, pagePath, siteUrl: site?.href ?? null, now: new Date() });
	return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
