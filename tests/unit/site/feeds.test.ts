import { parseFeed } from '@rowanmanning/feed-parser';
import { parseAtomFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { atomFeed, FEED_SIZE, newestFirst, type FeedDocument } from '../../../src/lib/feeds.ts';

const doc = (id: string, issuedAt: string | null, addedAt: string | null = null): FeedDocument => ({
	id,
	path: `/kho/van-ban/${id}/`,
	label: `Công văn số ${id}`,
	summary: `Về việc <thử> & "kiểm tra" ${id}`,
	issuedAt,
	addedAt,
	categories: ['Công văn', 'Tỉnh ủy'],
});
const now = new Date('2026-12-01T08:00:00Z');
const options = { title: 'Kho văn bản: văn bản mới', selfPath: '/kho/atom.xml', pagePath: '/kho/', siteUrl: null, now };

describe('newestFirst', () => {
	it('orders by when a document entered the archive, else its date, undated last', () => {
		const docs = [doc('a', '2024-01-01', '2026-11-20'), doc('b', '2025-05-01'), doc('c', null), doc('d', '2020-01-01', '2026-11-25')];
		expect(newestFirst(docs).map((d) => d.id)).toEqual(['d', 'a', 'b', 'c']);
	});
});

describe('atomFeed', () => {
	it('is Atom that two independent parsers read: title, entries newest first, links, dates and categories', () => {
		const xml = atomFeed([doc('a', '2024-03-15'), doc('b', '2025-02-10', '2026-11-23'), doc('c', null)], options);
		const feed = parseFeed(xml);
		expect(feed.meta.type).toBe('atom');
		expect(feed.title).toBe('Kho văn bản: văn bản mới');
		expect(feed.items.map((i) => i.title)).toEqual(['Công văn số b', 'Công văn số a', 'Công văn số c']);
		expect(feed.items[0]!.description).toBe('Về việc <thử> & "kiểm tra" b');
		expect(feed.items[0]!.updated?.toISOString()).toBe('2026-11-23T00:00:00.000Z');
		expect(feed.items[0]!.published?.toISOString()).toBe('2025-02-10T00:00:00.000Z');
		expect(feed.items[2]!.updated?.toISOString()).toBe(now.toISOString());
		expect(feed.items[0]!.categories.map((c) => c.term)).toEqual(['Công văn', 'Tỉnh ủy']);
		const atom = parseAtomFeed(xml);
		expect(atom.id).toBe('tag:kho-van-ban,2026:/kho/');
		expect(atom.links?.map((l) => [l.rel, l.href])).toEqual([
			['self', '/kho/atom.xml'],
			['alternate', '/kho/'],
		]);
		expect(atom.entries?.[0]?.id).toBe('tag:kho-van-ban,2026:/kho/van-ban/b/');
		expect(atom.entries?.[0]?.links?.[0]?.href).toBe('/kho/van-ban/b/');
	});

	it('names no host unless the site\'s address is set, and then links absolutely', () => {
		const xml = atomFeed([doc('a', '2024-03-15')], { ...options, siteUrl: 'http://intranet/' });
		const atom = parseAtomFeed(xml);
		expect(atom.id).toBe('http://intranet/kho/');
		expect(atom.entries?.[0]?.links?.[0]?.href).toBe('http://intranet/kho/van-ban/a/');
		expect(atomFeed([doc('a', '2024-03-15')], options)).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2005\/Atom)/);
	});

	it(`holds the ${FEED_SIZE} newest documents`, () => {
		const many = Array.from({ length: FEED_SIZE + 5 }, (_, i) => doc(`d${String(i).padStart(3, '0')}`, `2024-01-${String((i % 28) + 1).padStart(2, '0')}`));
		expect(parseAtomFeed(atomFeed(many, options)).entries).toHaveLength(FEED_SIZE);
	});
});
