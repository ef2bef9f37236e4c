import { countByIssuer, countByType, countByYear, sortLatestFirst } from '../../src/lib/listing.ts';
import { issuerLabel, yearLabel } from '../../src/lib/document.ts';
import { corpus, expect, issuers, listItemOf, test, urls, type CorpusDoc } from './support.ts';

interface Group {
	label: string;
	href: string;
	docs: CorpusDoc[];
}

/** Each way of browsing: its nav link, its index page heading, and its groups. */
const dimensions: { nav: string; heading: string; groups: () => Group[] }[] = [
	{
		nav: 'Loại văn bản',
		heading: 'Loại văn bản',
		groups: () =>
			countByType(corpus).map((c) => ({ label: c.name, href: urls.type(c.slug), docs: corpus.filter((d) => d.type === c.slug) })),
	},
	{
		nav: 'Năm',
		heading: 'Năm ban hành',
		groups: () =>
			countByYear(corpus).map((c) => ({ label: yearLabel(c.year), href: urls.year(c.year), docs: corpus.filter((d) => d.year === c.year) })),
	},
	{
		nav: 'Cơ quan ban hành',
		heading: 'Cơ quan ban hành',
		groups: () =>
			countByIssuer(corpus, issuers).map((c) => ({
				label: issuerLabel(c.name),
				href: urls.issuer(c.id),
				docs: corpus.filter((d) => d.issuer === c.id),
			})),
	},
];

for (const dim of dimensions) {
	test(`browsing by ${dim.nav} reaches every document`, async ({ page }) => {
		const groups = dim.groups();
		expect(groups.reduce((n, g) => n + g.docs.length, 0)).toBe(corpus.length);
		await page.goto(urls.home);
		await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: dim.nav, exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(dim.heading);
		// Only groups that have documents are listed.
		await expect(page.locator('main .count-list a')).toHaveCount(groups.length);
		for (const group of groups) {
			await page.goto(urls.home);
			await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: dim.nav, exact: true }).click();
			const link = page
				.locator('main .count-list a')
				.filter({ has: page.locator('.count-label').getByText(group.label, { exact: true }) });
			await expect(link).toContainText(`${group.docs.length} văn bản`);
			await link.click();
			await expect(page).toHaveURL(new RegExp(`${group.href}$`));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(group.label);
			const items = page.locator('main .doc-list > li');
			await expect(items).toHaveCount(group.docs.length);
			// Newest first, unknown dates last.
			for (const [i, doc] of sortLatestFirst(group.docs).entries()) {
				await expect(items.nth(i).getByRole('link')).toHaveAttribute('href', doc.url);
			}
			for (const doc of group.docs) {
				await listItemOf(page, doc).getByRole('link').click();
				await expect(page).toHaveURL(new RegExp(`${doc.url}$`));
				await expect(page.getByRole('heading', { level: 1 })).toContainText(doc.heading);
				await page.goBack();
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(group.label);
			}
		}
	});
}

test('breadcrumbs lead back from a browse page to its index and home', async ({ page }) => {
	const doc = corpus[0]!;
	await page.goto(urls.type(doc.type));
	const crumbs = page.getByRole('navigation', { name: 'Đường dẫn' });
	await expect(crumbs.getByRole('listitem')).toHaveText(['Trang chủ', 'Loại văn bản', doc.typeName]);
	await expect(crumbs.getByText(doc.typeName)).toHaveAttribute('aria-current', 'page');
	await crumbs.getByRole('link', { name: 'Loại văn bản' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Loại văn bản');
});

test('pages exist only for groups that have documents', async ({ request }) => {
	const usedTypes = new Set(corpus.map((d) => d.type));
	const unusedType = ['nghi-quyet', 'quy-che', 'phuong-an', 'bien-ban'].find((t) => !usedTypes.has(t as CorpusDoc['type']));
	expect(unusedType, 'a type with no documents').toBeDefined();
	expect((await request.get(urls.type(unusedType!))).status()).toBe(404);
	const unusedYear = [1990, 2000, 2010].find((y) => !corpus.some((d) => d.year === y))!;
	expect((await request.get(urls.year(unusedYear))).status()).toBe(404);
	const knownYearPage = await request.get(urls.year(corpus[0]!.year));
	expect(knownYearPage.status()).toBe(200);
	expect(await knownYearPage.text()).toContain(yearLabel(corpus[0]!.year));
	if (!corpus.some((d) => d.issuer === null)) expect((await request.get(urls.issuer(null))).status()).toBe(404);
	if (!corpus.some((d) => d.year === null)) expect((await request.get(urls.year(null))).status()).toBe(404);
});
