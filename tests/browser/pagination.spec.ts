/**
 * Browsing a large archive: the bench's generated corpus of 1,200 documents
 * (npm run generate), built under /lon/, has more than 50 documents of a type,
 * and of a year, so its type, type × year, year and issuer pages come in pages
 * of 50 with links between them.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support.ts';

const items = (page: Page) => page.locator('main ol.doc-list > li');
const status = (page: Page) => page.locator('.pagination-status');

/** "Trang 1/3: văn bản 1–50 trong 123" → its numbers. */
async function statusOf(page: Page): Promise<{ page: number; pages: number; first: number; last: number; total: number }> {
	const [p, pages, first, last, total] = /^Trang (\d+)\/(\d+): văn bản (\d+)–(\d+) trong (\d+)$/.exec((await status(page).textContent())!.trim())!.slice(1).map(Number);
	return { page: p!, pages: pages!, first: first!, last: last!, total: total! };
}

test('a type with more than 50 documents comes in pages of 50, each linked from the others, to the last', async ({ page }) => {
	await page.goto('loai/cong-van/');
	const lead = Number(/^(\d+) văn bản/.exec((await page.locator('.lead').textContent())!)![1]);
	expect(lead).toBeGreaterThan(100);
	await expect(items(page)).toHaveCount(50);
	const first = await statusOf(page);
	expect(first).toEqual({ page: 1, pages: Math.ceil(lead / 50), first: 1, last: 50, total: lead });
	await expect(page.locator('.pagination [aria-current="page"]')).toHaveText('1');
	await expect(page.locator('.pagination a[rel="prev"]')).toHaveCount(0);
	const onFirst = await items(page).locator('.doc-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

	// By keyboard to the next page: the page title says which page it is.
	await page.locator('.pagination a[rel="next"]').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/loai\/cong-van\/2\/$/);
	await expect(page).toHaveTitle(/Công văn – Loại văn bản – trang 2/);
	expect((await statusOf(page)).first).toBe(51);
	const onSecond = await items(page).locator('.doc-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(onSecond.filter((h) => onFirst.includes(h))).toEqual([]);

	// The last page holds the rest, and links back.
	await page.getByRole('link', { name: `Trang ${first.pages}`, exact: true }).click();
	const last = await statusOf(page);
	expect(last).toMatchObject({ page: first.pages, last: lead });
	await expect(items(page)).toHaveCount(lead - (first.pages - 1) * 50);
	await expect(page.locator('.pagination a[rel="next"]')).toHaveCount(0);
	await expect(page.locator('.pagination a[rel="prev"]')).toHaveAttribute('href', new RegExp(`/loai/cong-van/${first.pages > 2 ? first.pages - 1 : ''}/?$`));
});

test('years, issuers and a type in a year are paginated the same way; a short list has no page links', async ({ page }) => {
	for (const path of ['nam/2016/', 'co-quan/ubnd-tinh/']) {
		await page.goto(path);
		const s = await statusOf(page);
		expect(s.pages, path).toBeGreaterThan(1);
		await expect(items(page)).toHaveCount(50);
		await page.goto(`${path}${s.pages}/`);
		await expect(items(page)).toHaveCount(s.total - (s.pages - 1) * 50);
	}
	await page.goto('loai/cong-van/');
	const year = page.locator('.year-links a').first();
	await year.click();
	await expect(page).toHaveURL(/\/loai\/cong-van\/nam\/\d{4}\/$/);
	const count = await items(page).count();
	expect(count).toBeGreaterThan(0);
	if (count < 50) await expect(page.locator('.pagination')).toHaveCount(0);
});
