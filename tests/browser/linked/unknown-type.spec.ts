/**
 * A document whose type nothing told (tests/fixtures/linked-archive/…/van-ban-khong-ro-loai.mdx):
 * the archive shows it as unknown, lists it among the types, and prints a blank type line.
 */
import { siteUrls } from '../../../src/lib/urls.ts';
import { expect, squash, test } from '../support.ts';

const urls = siteUrls('/lien-ket/');
const id = 'chua-ro-nam/van-ban-khong-ro-loai';

test('the page says the type is unknown, and the list of types has the document under "Chưa rõ loại"', async ({ page }) => {
	await page.goto(urls.document(id));
	await expect(page).toHaveTitle('Văn bản chưa rõ loại (chưa rõ số) | Kho văn bản');
	const type = page.locator('.attributes .attribute').filter({ has: page.locator('dt', { hasText: /^Loại văn bản$/ }) }).locator('dd');
	await expect(type).toHaveText('chưa rõ loại');

	await page.goto(urls.types);
	const entry = page.locator('main .count-list a', { hasText: 'Chưa rõ loại' });
	await expect(entry).toHaveAttribute('href', urls.type(null));
	expect(squash(await entry.innerText())).toBe('Chưa rõ loại 1 văn bản');
	await entry.click();
	await expect(page.locator('h1')).toHaveText('Chưa rõ loại');
	await expect(page.locator(`main .doc-list a[href="${urls.document(id)}"]`)).toHaveCount(1);
});

test('printed, the type line is left blank for the office to fill in, never a guessed type', async ({ page }) => {
	await page.goto(urls.document(id));
	await page.emulateMedia({ media: 'print' });
	const line = page.locator('.print-type');
	await expect(line).toBeVisible();
	expect((await line.innerText()).trim()).toBe('');
	expect((await line.boundingBox())!.height).toBeGreaterThan(10);
});
