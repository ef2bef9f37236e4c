/**
 * Validity from the relations, on the linked fixture: 45-KH/TU (2025) replaces
 * 30-KH/TU (2024), whose frontmatter states no status; 07-NQ/TU of 2016 states
 * "Còn hiệu lực", which stays.
 */
import { siteUrls } from '../../../src/lib/urls.ts';
import { expect, test } from '../support.ts';

const urls = siteUrls('/lien-ket/');

test('a replaced document shows "Hết hiệu lực" with its replacement linked, and when it changed', async ({ page }) => {
	await page.goto(urls.document('2024/30-kh-tu'));
	const status = page.locator('.attributes dt', { hasText: /^Trạng thái$/ }).locator('+ dd');
	await expect(status).toHaveText('Hết hiệu lực · thay thế bởi Kế hoạch số 45-KH/TU ngày 10/02/2025 (theo văn bản trong kho)');
	await expect(status.getByRole('link')).toHaveAttribute('href', urls.document('2025/45-kh-tu'));
	const timeline = page.locator('section.timeline');
	await expect(timeline.getByRole('heading', { name: 'Quá trình hiệu lực' })).toBeVisible();
	await expect(timeline.locator('li')).toHaveText(['10/02/2025: Thay thế bởi Kế hoạch số 45-KH/TU ngày 10/02/2025']);
	await timeline.getByRole('link').click();
	await expect(page).toHaveURL(new RegExp(`${urls.document('2025/45-kh-tu')}$`));
});

test('a stated status stays as stated, and a document nothing changed has no timeline', async ({ page }) => {
	await page.goto(urls.document('2016/07-nq-tu'));
	await expect(page.locator('.attributes dt', { hasText: /^Trạng thái$/ }).locator('+ dd')).toHaveText('Còn hiệu lực');
	await expect(page.locator('section.timeline')).toHaveCount(0);
});

test('search filters a replaced document under "Hết hiệu lực"', async ({ page }) => {
	const html = await (await page.request.get(urls.document('2024/30-kh-tu'))).text();
	expect(html).toContain('<span data-pagefind-filter="trang_thai">Hết hiệu lực</span>');
});
