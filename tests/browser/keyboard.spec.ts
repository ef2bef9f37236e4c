import { corpus, expect, test, urls } from './support.ts';

test('the skip link is the first Tab stop and moves focus to the main content', async ({ page }) => {
	await page.goto(urls.home);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Chuyển đến nội dung chính' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#noi-dung$/);
	await expect(page.getByRole('main')).toBeFocused();
	// The next Tab lands inside the main content, not back in the header.
	await page.keyboard.press('Tab');
	const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
	expect(inMain).toBe(true);
});

test('Tab reaches the navigation links, with a visible focus ring, and Enter follows them', async ({ page }) => {
	await page.goto(urls.home);
	const target = page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Cơ quan ban hành' });
	const seen: string[] = [];
	for (let i = 0; i < 10; i++) {
		await page.keyboard.press('Tab');
		seen.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
		if (seen.at(-1) === 'Cơ quan ban hành') break;
	}
	expect(seen).toEqual(['Chuyển đến nội dung chính', 'Kho văn bản', 'Trang chủ', 'Loại văn bản', 'Năm', 'Cơ quan ban hành']);
	await expect(target).toBeFocused();
	const outline = await target.evaluate((el) => {
		const s = getComputedStyle(el);
		return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
	});
	expect(outline.style).not.toBe('none');
	expect(outline.width).toBeGreaterThanOrEqual(2);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cơ quan ban hành');
});

test('Tab reaches a document from the home page list', async ({ page }) => {
	await page.goto(urls.home);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	let href: string | null = null;
	for (let i = 0; i < 10 && href === null; i++) {
		await page.keyboard.press('Tab');
		href = await page.evaluate(() => {
			const el = document.activeElement;
			return el instanceof HTMLAnchorElement && el.closest('.doc-list') ? el.getAttribute('href') : null;
		});
	}
	const doc = corpus.find((d) => d.url === href);
	expect(doc, `a document link among ${corpus.map((d) => d.url).join(', ')}`).toBeDefined();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toContainText(doc!.heading);
});
