import { countByIssuer, countByType, countByYear, sortLatestFirst } from '../../src/lib/listing.ts';
import { issuerLabel, yearLabel } from '../../src/lib/document.ts';
import { corpus, dateText, expect, issuers, listItemOf, literal, test, urls } from './support.ts';

test.beforeAll(() => {
	expect(corpus.length, 'the archive holds documents to test with').toBeGreaterThan(0);
});

test('the home page names the archive and says how many documents it holds', async ({ page }) => {
	await page.goto(urls.home);
	await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kho văn bản');
	await expect(page.locator('.lead')).toContainText(`Kho hiện lưu ${corpus.length} văn bản`);
	const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
	await expect(nav.getByRole('link')).toHaveText(['Trang chủ', 'Loại văn bản', 'Năm', 'Cơ quan ban hành', 'Hạn thực hiện']);
});

test('the home page lists the latest documents, newest first, unknown dates last', async ({ page }) => {
	await page.goto(urls.home);
	const latest = sortLatestFirst(corpus).slice(0, 10);
	const list = page.getByRole('region', { name: 'Văn bản mới nhất' }).locator('.doc-list > li');
	await expect(list).toHaveCount(latest.length);
	for (const [i, doc] of latest.entries()) {
		const item = list.nth(i);
		await expect(item.getByRole('link')).toHaveAttribute('href', doc.url);
		await expect(item.getByRole('link')).toContainText(doc.listText);
		if (doc.title === null) await expect(item.getByRole('link')).toContainText(/^Trích đoạn đầu:/);
		const meta = item.locator('.doc-meta');
		await expect(meta).toContainText(doc.typeName);
		await expect(meta).toContainText(doc.number === null ? 'chưa rõ số' : `Số ${doc.number}`);
		await expect(meta).toContainText(dateText(doc) === null ? 'chưa rõ ngày' : `ngày ${dateText(doc)}`);
		if (doc.issuerName !== null) await expect(meta).toContainText(doc.issuerName);
	}
});

const groups = [
	{ region: 'Theo loại văn bản', counts: () => countByType(corpus).map((c) => ({ label: c.name, href: urls.type(c.slug), count: c.count })) },
	{ region: 'Theo năm', counts: () => countByYear(corpus).map((c) => ({ label: yearLabel(c.year), href: urls.year(c.year), count: c.count })) },
	{
		region: 'Theo cơ quan ban hành',
		counts: () => countByIssuer(corpus, issuers).map((c) => ({ label: issuerLabel(c.name), href: urls.issuer(c.id), count: c.count })),
	},
];

for (const group of groups) {
	test(`the home page counts documents ${group.region.toLowerCase()}, each count linked to its page`, async ({ page }) => {
		const counts = group.counts();
		expect(counts.length).toBeGreaterThan(0);
		await page.goto(urls.home);
		const links = page.getByRole('region', { name: group.region }).getByRole('link');
		await expect(links).toHaveCount(counts.length);
		for (const [i, c] of counts.entries()) {
			await expect(links.nth(i)).toHaveText(literal(`${c.label}`));
			await expect(links.nth(i)).toContainText(`${c.count} văn bản`);
			await expect(links.nth(i)).toHaveAttribute('href', c.href);
		}
		// Following a count reaches a page listing exactly that many documents.
		await links.first().click();
		await expect(page).toHaveURL(new RegExp(`${counts[0]!.href}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(counts[0]!.label);
		await expect(page.locator('main .doc-list > li')).toHaveCount(counts[0]!.count);
	});
}

test('a document without a title is listed by an excerpt marked as such, others by their title', async ({ page }) => {
	await page.goto(urls.years);
	for (const doc of corpus) {
		await page.goto(urls.year(doc.year));
		const link = listItemOf(page, doc).getByRole('link');
		if (doc.title === null) {
			await expect(link.locator('.excerpt-label')).toHaveText('Trích đoạn đầu:');
			await expect(link.locator('.excerpt')).toContainText(doc.listText.split(' ').slice(0, 8).join(' '));
		} else {
			await expect(link).toHaveText(doc.listText);
			await expect(link).not.toContainText('Trích đoạn đầu');
		}
	}
});
