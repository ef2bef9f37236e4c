/**
 * The seeds' citations (marked as vb: links in content/): every one leads to a
 * page that exists and names the cited number (and date), and that page lists
 * the citing document under "Được dẫn chiếu bởi".
 */
import { readCitationLinks } from '../../src/lib/citationLinks.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { corpus, expect, squash, test, urls, type CorpusDoc } from './support.ts';
import type { Page } from '@playwright/test';

/** The Số hiệu and Ngày ban hành of a document page or of the page of a document not in the archive. */
async function facts(page: Page): Promise<{ number: string; date: string }> {
	const block = page.locator('.attributes');
	const value = async (label: string) =>
		squash(await block.locator('.attribute').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd').innerText());
	return { number: await value('Số hiệu'), date: await value('Ngày ban hành') };
}

const cited = corpus.filter((doc) => readCitationLinks(doc.body).length > 0);

test('some seeds cite other documents', () => {
	expect(cited.length).toBeGreaterThan(0);
});

for (const doc of cited) {
	test(`${doc.file}: every citation is a link to a page naming the cited number, which lists this document`, async ({ page }) => {
		const links = readCitationLinks(doc.body);
		await page.goto(doc.url);
		const anchors = page.locator('.notice-body a.citation');
		await expect(anchors).toHaveCount(links.length);
		const targets: string[] = [];
		for (const [i, link] of links.entries()) {
			const anchor = anchors.nth(i);
			expect(squash(await anchor.innerText())).toBe(squash(link.text));
			await expect(anchor).toHaveAttribute('data-relation', link.relation);
			targets.push((await anchor.getAttribute('href'))!);
		}
		for (const [i, link] of links.entries()) {
			const response = await page.goto(targets[i]!);
			expect(response?.status(), targets[i]).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toContainText(link.number);
			const { number, date } = await facts(page);
			expect(number).toBe(link.number);
			if (link.date) expect(date).toBe(formatDate(link.date));
			await expect(citingList(page).locator(`a[href="${doc.url}"]`).first()).toBeVisible();
		}
	});
}

function citingList(page: Page) {
	return page.getByRole('region', { name: 'Được dẫn chiếu bởi' });
}

test('seed 004: "Kế hoạch số 280-KH/TU …" leads to the page of 280-KH/TU of 04/03/2024, not in the archive, cited by seed 004', async ({ page }) => {
	const seed = corpus.find((d: CorpusDoc) => d.data.source?.file.startsWith('004_'))!;
	await page.goto(seed.url);
	await page
		.locator('.notice-body a.citation', { hasText: 'Kế hoạch số 280-KH/TU ngày 04/3/2024 của Ban Thường vụ Tỉnh ủy' })
		.first()
		.click();
	await expect(page).toHaveURL(new RegExp(`${urls.stub('280-kh-tu-2024-03-04')}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Văn bản chưa có trong kho\s*Kế hoạch số 280-KH\/TU ngày 04\/03\/2024/);
	const block = page.getByRole('region', { name: 'Thông tin từ các trích dẫn' });
	await expect(block).toContainText('Ban Thường vụ Tỉnh ủy');
	await expect(block.locator('dd').nth(1)).toHaveText('Kế hoạch');
	const citing = citingList(page);
	// Cited three ways (căn cứ, thực hiện, dẫn chiếu): one entry per relation, the citation's words once.
	await expect(citing.getByRole('heading', { level: 3 })).toHaveText([
		'Văn bản lấy văn bản này làm căn cứ',
		'Văn bản thực hiện văn bản này',
		'Văn bản dẫn chiếu văn bản này',
	]);
	await expect(citing.locator(`a[href="${seed.url}"]`)).toHaveCount(3);
	await expect(citing.locator('.relation-quote q').first()).toHaveText('Kế hoạch số 280-KH/TU ngày 04/3/2024 của Ban Thường vụ Tỉnh ủy');
	await expect(citing.locator('.relation-quote').last()).toContainText('(2 lần)');
});
