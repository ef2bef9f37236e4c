import { readCitationLinks } from '../../src/lib/citationLinks.ts';
import { BASE_PATH, corpus, crawl, expect, test, urls } from './support.ts';

test('every page reached by links stays under the base path, has lang="vi", one h1 and headings in order', async ({ page }) => {
	const { seen, problems } = await crawl(page, BASE_PATH);
	expect(problems).toEqual([]);
	for (const doc of corpus) expect(seen, `the crawl reached ${doc.url}`).toContain(doc.url);
	// The pages of cited documents not in the archive are reached too, through the citations and their list.
	if (corpus.some((doc) => readCitationLinks(doc.body).length > 0)) {
		expect(seen).toContain(urls.stubs);
		expect([...seen].filter((p) => p.startsWith(urls.stubs) && p !== urls.stubs).length).toBeGreaterThan(0);
	}
});

test('the server answers 404 outside the base path and for unknown pages', async ({ request }) => {
	expect((await request.get('/')).status()).toBe(404);
	expect((await request.get('/loai/')).status()).toBe(404);
	const missing = await request.get(`${BASE_PATH}khong-co-trang-nay/`);
	expect(missing.status()).toBe(404);
	expect(await missing.text()).toContain('Không tìm thấy trang');
});
