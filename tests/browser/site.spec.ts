import { BASE_PATH, corpus, expect, test, urls } from './support.ts';

test('every page reached by links stays under the base path, has lang="vi", one h1 and headings in order', async ({ page }) => {
	const queue = [urls.home];
	const seen = new Set(queue);
	const problems: string[] = [];
	while (queue.length > 0) {
		const path = queue.shift()!;
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		expect(await page.locator('html').getAttribute('lang'), path).toBe('vi');
		await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
		await expect(page.getByRole('main'), path).toHaveCount(1);
		const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
		levels.forEach((level, i) => {
			if (i > 0 && level > levels[i - 1]! + 1) problems.push(`${path}: h${levels[i - 1]} followed by h${level}`);
		});
		for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
			if (href.startsWith('#')) continue;
			expect(href.startsWith(BASE_PATH), `${path} links to ${href}`).toBe(true);
			const target = new URL(href, 'http://x').pathname;
			expect(target.endsWith('/') || /\.[a-z0-9]+$/.test(target), `${path} links to ${href}`).toBe(true);
			if (!seen.has(target) && target.endsWith('/')) {
				seen.add(target);
				queue.push(target);
			}
		}
	}
	expect(problems).toEqual([]);
	for (const doc of corpus) expect(seen, `the crawl reached ${doc.url}`).toContain(doc.url);
});

test('the server answers 404 outside the base path and for unknown pages', async ({ request }) => {
	expect((await request.get('/')).status()).toBe(404);
	expect((await request.get('/loai/')).status()).toBe(404);
	const missing = await request.get(`${BASE_PATH}khong-co-trang-nay/`);
	expect(missing.status()).toBe(404);
	expect(await missing.text()).toContain('Không tìm thấy trang');
});
