/**
 * Search on the main build (the seeds, under /kho-van-ban/): the header box on
 * every page, a number only cited, and the page without JavaScript.
 * The search itself is tested on a larger fixture: search-fixture.spec.ts.
 */
import { corpus, expect, test, urls } from './support.ts';

const SEARCH = `${urls.home}tim-kiem/`;

test('every page has the search box in its header, a plain form to the search page', async ({ page }) => {
	for (const path of [urls.home, urls.types, corpus[0]!.url, SEARCH]) {
		await page.goto(path);
		const form = page.getByRole('search', { name: 'Tìm kiếm văn bản' });
		await expect(form, path).toHaveAttribute('action', SEARCH);
		await expect(form, path).toHaveAttribute('method', 'get');
		const box = form.getByRole('searchbox', { name: 'Tìm kiếm' });
		await expect(box, path).toHaveAttribute('name', 'q');
		await expect(box, path).toHaveAttribute('placeholder', /307-NQ\/TU/);
	}
});

test('"280-KH/TU", cited by seed 004 but not archived, leads to its "chưa có trong kho" page', async ({ page }) => {
	const citing = corpus.find((d) => d.body.includes('280-KH/TU'))!;
	await page.goto(urls.home);
	await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('280-KH/TU');
	await page.keyboard.press('Enter');
	await expect(page.locator('#search-status')).toHaveText(/^Tìm thấy/);
	const own = page.locator('section.result-group').filter({ has: page.getByRole('heading', { name: 'Văn bản có số hiệu này' }) });
	await expect(own).toContainText('Chưa có trong kho');
	const cites = page.locator('section.result-group').filter({ has: page.getByRole('heading', { name: 'Văn bản dẫn chiếu số hiệu này' }) });
	await expect(cites.locator(`a.result-link[href^="${citing.url}"]`)).toHaveCount(1);
	await own.locator('a.result-link').first().click();
	await expect(page).toHaveURL(new RegExp(`${urls.stubs}280-kh-tu-2024-03-04/$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText('280-KH/TU');
	await expect(page.locator(`main a[href="${citing.url}"]`).first()).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the header form still goes to the search page, which explains and links to the browse pages', async ({ page }) => {
		await page.goto(urls.home);
		await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('đảng viên');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(`${SEARCH}?q=%C4%91%E1%BA%A3ng+vi%C3%AAn`);
		await expect(page.getByText('Tìm kiếm cần JavaScript.')).toBeVisible();
		for (const [name, href] of [
			['Loại văn bản', urls.types],
			['Năm ban hành', urls.years],
			['Cơ quan ban hành', urls.issuers],
		] as const) {
			await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
		}
		await expect(page.locator('#search-app')).toBeHidden();
	});
});
