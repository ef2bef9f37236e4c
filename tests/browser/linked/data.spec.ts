/**
 * The machine-readable interface on the linked fixture: each document's data
 * file (/du-lieu/<document path>.json) says what its page shows, and the Atom
 * feeds list the documents and lead to their pages.
 */
import { parseAtomFeed } from 'feedsmith';
import { siteUrls } from '../../../src/lib/urls.ts';
import { expect, test } from '../support.ts';

const urls = siteUrls('/lien-ket/');

interface Data {
	id: string;
	url: string;
	frontmatter: { number: string | null; type: string | null; issuedAt: string | null };
	citations: { number: string; relation: string; target: { url: string; archived: boolean } }[];
	citedBy: { url: string; relation: string }[];
	validity: { status: string; derived: boolean; endedBy: { url: string; relation: string }[] };
}

test('every document\'s data file matches its page: number, citations and their targets, validity', async ({ page, request }) => {
	for (const id of ['2025/45-kh-tu', '2024/30-kh-tu', '2024/128-kh-ubnd']) {
		await page.goto(urls.document(id));
		const data = (await (await request.get(urls.data(id))).json()) as Data;
		expect(data.url).toBe(urls.document(id));
		await expect(page.getByRole('link', { name: 'Dữ liệu của văn bản (JSON)' })).toHaveAttribute('href', urls.data(id));
		const number = page.locator('.attributes dt', { hasText: /^Số hiệu$/ }).locator('+ dd');
		await expect(number).toHaveText(data.frontmatter.number ?? 'chưa rõ');
		// Each citation marked in the text leads where the data file says.
		const bodyLinks = await page.locator('.notice-body a[href]:not([href^="#"])').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		const targets = data.citations.filter((c) => bodyLinks.includes(c.target.url));
		expect(new Set(bodyLinks)).toEqual(new Set(targets.map((c) => c.target.url)));
	}
	const replaced = (await (await request.get(urls.data('2024/30-kh-tu'))).json()) as Data;
	expect(replaced.validity).toEqual({ status: 'het-hieu-luc', derived: true, endedBy: [{ url: urls.document('2025/45-kh-tu'), relation: 'thay-the', date: '2025-02-10' }], amendedBy: [] });
	expect(replaced.citedBy).toContainEqual(expect.objectContaining({ url: urls.document('2025/45-kh-tu'), relation: 'thay-the' }));
});

test('the home page offers the Atom feed of new documents, and its entries lead to their pages', async ({ page, request }) => {
	await page.goto(urls.home);
	await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', urls.feed());
	await expect(page.getByRole('link', { name: 'Theo dõi văn bản mới (Atom)' })).toHaveAttribute('href', urls.feed());
	const feed = parseAtomFeed(await (await request.get(urls.feed())).text());
	const links = (feed.entries ?? []).map((e) => e.links?.[0]?.href ?? '');
	expect(links).toHaveLength(12);
	for (const href of links) expect((await request.get(href)).status()).toBe(200);
	// A type's feed holds only that type.
	const plans = parseAtomFeed(await (await request.get(urls.feed({ type: 'ke-hoach' }))).text());
	expect(plans.entries?.length).toBeGreaterThan(0);
	expect(plans.entries?.every((e) => e.title?.value.startsWith('Kế hoạch'))).toBe(true);
});
