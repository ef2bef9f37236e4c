/**
 * Search on the fixture archive (tests/search-fixture.ts), built under /tim/:
 * numbers in every spelling, đ, tone marks, phrases, quotes, filters, sort,
 * the URL, the keyboard, highlighting on the document page.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support.ts';

const BASE = '/tim/';
const doc = (path: string) => `${BASE}van-ban/${path}/`;

async function search(page: Page, query: string, extra = ''): Promise<void> {
	await page.goto(`tim-kiem/?q=${encodeURIComponent(query)}${extra}`);
	await expect(page.locator('#search-status')).toHaveText(/^(Tìm thấy|Không tìm thấy)/);
}

/** The result links, in order, as paths without the highlight parameter. */
async function resultPaths(page: Page, scope = '#search-output'): Promise<string[]> {
	const hrefs = await page.locator(`${scope} a.result-link`).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	return hrefs.map((h) => h.replace(/\?.*$/, ''));
}

function group(page: Page, heading: string) {
	return page.locator('section.result-group').filter({ has: page.getByRole('heading', { level: 3, name: heading }) });
}

test('each spelling of a number puts its document first, under "Văn bản có số hiệu này"', async ({ page }) => {
	const cases: Array<[string, string]> = [
		['307-NQ/TU', '2023/307-nq-tu'],
		['307/NQ-TU', '2023/307-nq-tu'],
		['307 NQ TU', '2023/307-nq-tu'],
		['nq 307', '2023/307-nq-tu'],
		['nghị quyết 307', '2023/307-nq-tu'],
		['05/2024/QD-UBND', '2024/05-2024-qd-ubnd'],
		['5/2024/qđ-ubnd', '2024/05-2024-qd-ubnd'],
		['213-CV/BCSD', '2024/213-cv-bcsd'],
		['213 cv bcsđ', '2024/213-cv-bcsd'],
	];
	for (const [query, path] of cases) {
		await search(page, query);
		const own = group(page, 'Văn bản có số hiệu này');
		await expect(own, query).toBeVisible();
		expect((await resultPaths(page))[0], query).toBe(doc(path));
		expect(await resultPaths(page, 'section.result-group:first-child'), query).toEqual([doc(path)]);
	}
});

test('both 07-NQ/TU are found, the newest first, then the documents citing them', async ({ page }) => {
	await search(page, '07-NQ/TU');
	const own = await resultPaths(page, 'section.result-group:first-child');
	expect(own).toEqual([doc('2021/07-nq-tu'), doc('2016/07-nq-tu')]);
	const citing = group(page, 'Văn bản dẫn chiếu số hiệu này');
	await expect(citing.locator('a.result-link')).toHaveCount(2);
	const citingPaths = await citing.locator('a.result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace(/\?.*$/, '')));
	expect(citingPaths.sort()).toEqual([doc('2023/15-ct-tu'), doc('2024/45-cv-tu')]);
	// The citing document's excerpt is the citation as it writes it, the number marked.
	await expect(citing.locator('.result-excerpt mark').first()).toHaveText('07-NQ/TU');
	await expect(citing.locator('.result-excerpt').first()).toContainText('Nghị quyết');
	// The documents' text is searched only when the reader asks.
	await expect(group(page, 'Kết quả khác')).toHaveCount(0);
	await page.getByRole('button', { name: 'Tìm “07-NQ/TU” trong nội dung các văn bản khác' }).click();
	await expect(group(page, 'Kết quả khác').locator('a.result-link').first()).toBeVisible();
	expect((await resultPaths(page, 'section.result-group:first-child'))).toEqual([doc('2021/07-nq-tu'), doc('2016/07-nq-tu')]);
});

test('a number cited but not archived leads to its "chưa có trong kho" page, and lists who cites it', async ({ page }) => {
	await search(page, '280-KH/TU');
	const own = group(page, 'Văn bản có số hiệu này');
	await expect(own.locator('a.result-link')).toHaveCount(1);
	await expect(own).toContainText('Chưa có trong kho');
	await expect(group(page, 'Văn bản dẫn chiếu số hiệu này').locator('a.result-link')).toHaveCount(1);
	expect((await resultPaths(page, 'section.result-group:nth-child(2)'))[0]).toBe(doc('2024/128-kh-ubnd'));
	await own.locator('a.result-link').click();
	await expect(page).toHaveURL(/\/tim\/chua-co-trong-kho\/280-kh-tu/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('280-KH/TU');
});

test('"dang vien" finds "đảng viên" and not "dẫn viên"', async ({ page }) => {
	await search(page, 'dang vien');
	const paths = await resultPaths(page);
	expect(paths).toEqual(expect.arrayContaining([doc('2024/80-hd-tu'), doc('2025/12-tb-tu'), doc('2022/33-cv-tu'), doc('2023/15-ct-tu')]));
	expect(paths).not.toContain(doc('2024/1407-ubnd-vhtt'));
	// Matched words are marked in the trích yếu, spelled as written.
	await expect(page.locator(`a.result-link[href^="${doc('2024/80-hd-tu')}"] mark`)).toHaveText(['đảng', 'viên']);
	// ... and in the excerpt, with đ, not ḍ.
	const excerpts = await page.locator('.result-excerpt').allTextContents();
	expect(excerpts.join(' ')).toContain('đảng viên');
	expect(excerpts.join(' ')).not.toMatch(/[ḍḌ]/);
});

test('with tone marks, the exact spelling comes first', async ({ page }) => {
	for (const [query, path] of [
		['lụa', '2024/90-kh-ubnd'],
		['lúa', '2024/91-kh-ubnd'],
		['lựa chọn', '2024/92-cv-ubnd'],
	] as const) {
		await search(page, query);
		expect((await resultPaths(page))[0], query).toBe(doc(path));
	}
});

test('a phrase: the documents holding the words together fill the top results', async ({ page }) => {
	const together = [60, 61, 62, 63, 64].map((n) => doc(`2025/${n}-tb-tu`));
	await search(page, 'ban thường vụ tỉnh ủy');
	const paths = await resultPaths(page);
	expect(paths.length).toBeGreaterThan(together.length);
	expect(paths.slice(0, together.length).sort()).toEqual(together.sort());
	// Without marks too.
	await search(page, 'ban thuong vu tinh uy');
	expect((await resultPaths(page)).slice(0, together.length).sort()).toEqual(together.sort());
});

test('a quoted phrase finds only the documents holding it', async ({ page }) => {
	await search(page, '"ban thường vụ tỉnh ủy"');
	const paths = await resultPaths(page);
	expect(paths.sort()).toEqual([60, 61, 62, 63, 64].map((n) => doc(`2025/${n}-tb-tu`)).sort());
	await expect(page.locator('#search-status')).toHaveText('Tìm thấy 5 văn bản cho “ban thường vụ tỉnh ủy”.');
});

test('filters and sort change the results, and the URL keeps them through a reload', async ({ page }) => {
	await search(page, 'đảng viên');
	const all = await resultPaths(page);
	expect(all.length).toBeGreaterThanOrEqual(4);
	const filters = page.getByRole('region', { name: 'Lọc kết quả' });
	const congVan = filters.getByRole('group', { name: 'Loại văn bản' }).getByRole('checkbox', { name: /^Công văn/ });
	await congVan.check();
	await expect(page).toHaveURL(/[?&]loai=C%C3%B4ng\+v%C4%83n/);
	await expect.poll(() => resultPaths(page)).toEqual([doc('2022/33-cv-tu')]);
	await expect(page.locator('.doc-type')).toHaveText(['Công văn']);
	// A second type in the same group widens the results.
	await filters.getByRole('checkbox', { name: /^Hướng dẫn/ }).check();
	await expect.poll(() => resultPaths(page).then((p) => p.sort())).toEqual([doc('2022/33-cv-tu'), doc('2024/80-hd-tu')]);
	await filters.getByRole('checkbox', { name: /^Công văn/ }).uncheck();
	await filters.getByRole('checkbox', { name: /^Hướng dẫn/ }).uncheck();
	await expect.poll(() => resultPaths(page).then((p) => p.length)).toBe(all.length);

	await page.getByLabel('Sắp xếp').selectOption('moi-nhat');
	await expect(page).toHaveURL(/sap-xep=moi-nhat/);
	await expect
		.poll(async () => (await page.locator('.doc-date').allTextContents()).map((d) => d.replace('ngày ', '').split('/').reverse().join('-')))
		.toEqual(expect.any(Array));
	const newest = (await page.locator('.doc-date').allTextContents()).map((d) => d.replace('ngày ', '').split('/').reverse().join('-'));
	expect(newest).toEqual([...newest].sort().reverse());
	expect(newest[0]).toBe('2025-01-06');

	await filters.getByRole('group', { name: 'Năm' }).getByRole('checkbox', { name: /^2024/ }).check();
	await expect(page).toHaveURL(/nam=2024/);
	await expect.poll(() => resultPaths(page)).toEqual([doc('2024/80-hd-tu')]);

	await page.reload();
	await expect(page.getByRole('searchbox', { name: 'Số hiệu hoặc từ khóa' })).toHaveValue('đảng viên');
	await expect(page.getByLabel('Sắp xếp')).toHaveValue('moi-nhat');
	await expect(filters.getByRole('checkbox', { name: /^2024/ })).toBeChecked();
	await expect.poll(() => resultPaths(page)).toEqual([doc('2024/80-hd-tu')]);

	await page.getByRole('button', { name: 'Bỏ mọi bộ lọc' }).click();
	await expect(page).not.toHaveURL(/nam=/);
});

test('typing searches and writes the query into the URL', async ({ page }) => {
	await page.goto('tim-kiem/');
	const box = page.getByRole('searchbox', { name: 'Số hiệu hoặc từ khóa' });
	await box.fill('lụa');
	await expect(page).toHaveURL(/\?q=l%E1%BB%A5a$/);
	await expect.poll(() => resultPaths(page).then((p) => p[0])).toBe(doc('2024/90-kh-ubnd'));
});

test('nothing found: a clear message with hints, announced politely', async ({ page }) => {
	await search(page, 'zzqq xyzzy');
	await expect(page.locator('#search-status')).toHaveText('Không tìm thấy văn bản nào cho “zzqq xyzzy”.');
	await expect(page.locator('#search-status')).toHaveAttribute('aria-live', 'polite');
	await expect(page.locator('.search-empty')).toContainText('Không tìm thấy văn bản nào cho “zzqq xyzzy”.');
	await expect(page.locator('.search-empty')).toContainText('Gợi ý');
	await expect(page.locator('.search-empty').getByRole('link', { name: 'loại' })).toHaveAttribute('href', `${BASE}loai/`);
});

test('keyboard: "/" focuses the box, arrows move through the results, Enter opens one', async ({ page }) => {
	await page.goto('');
	await page.keyboard.press('/');
	const header = page.getByRole('search', { name: 'Tìm kiếm văn bản' }).getByRole('searchbox', { name: 'Tìm kiếm' });
	await expect(header).toBeFocused();
	await page.keyboard.type('dang vien');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/tim\/tim-kiem\/\?q=dang\+vien/);
	await expect(page.locator('#search-status')).toHaveText(/^Tìm thấy/);
	// On the search page "/" goes to the page's own box.
	await page.locator('h1').click();
	await page.keyboard.press('/');
	const box = page.getByRole('searchbox', { name: 'Số hiệu hoặc từ khóa' });
	await expect(box).toBeFocused();
	const links = page.locator('a.result-link');
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(0)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(links.nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(box).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	const href = await links.nth(1).getAttribute('href');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.?+]/g, '\\$&')}$`));
	// "/" typed in a field stays there.
	await page.goto('tim-kiem/');
	await box.focus();
	await page.keyboard.type('a/b');
	await expect(box).toHaveValue('a/b');
});

test('the document page marks the searched words when opened from a result', async ({ page }) => {
	await search(page, 'đảng viên');
	await page.locator(`a.result-link[href^="${doc('2024/80-hd-tu')}"]`).click();
	await expect(page).toHaveURL(/\?tim=%C4%91%E1%BA%A3ng&tim=vi%C3%AAn$/);
	const marks = page.locator('.notice-body mark.search-hit');
	await expect(marks.first()).toBeVisible();
	expect((await marks.allTextContents()).every((t) => ['đảng', 'viên'].includes(t.toLowerCase()))).toBe(true);
	await expect(page.getByRole('status')).toContainText('Đã tô sáng');
	await page.getByRole('button', { name: 'Bỏ tô sáng' }).click();
	await expect(marks).toHaveCount(0);
	await expect(page).not.toHaveURL(/tim=/);
	// A number result marks the number.
	await search(page, '07-NQ/TU');
	await page.locator(`a.result-link[href^="${doc('2024/45-cv-tu')}"]`).click();
	await expect(page.locator('.notice-body mark.search-hit').first()).toHaveText('07-NQ/TU');
});

test('nothing is loaded before the reader searches, and nothing from outside the site', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (r) => requests.push(new URL(r.url()).pathname));
	await page.goto('tim-kiem/');
	await page.goto('van-ban/2024/80-hd-tu/');
	expect(requests.filter((p) => p.includes('/pagefind/') || p.endsWith('.json'))).toEqual([]);
	expect(requests.filter((p) => p.includes('mark-terms'))).toEqual([]);
	await page.goto('tim-kiem/');
	await page.getByRole('searchbox', { name: 'Số hiệu hoặc từ khóa' }).focus();
	await expect.poll(() => requests.filter((p) => /\/pagefind\/[^/]+\/pagefind\.js$/.test(p)).length).toBe(1);
	// The support fixture fails the test on any request to another host.
});

test('what a first search and a number lookup transfer', async ({ page }, testInfo) => {
	const sizes: Array<{ path: string; bytes: number }> = [];
	page.context().on('requestfinished', async (request) => {
		const s = await request.sizes();
		sizes.push({ path: new URL(request.url()).pathname, bytes: s.responseBodySize + s.responseHeadersSize });
	});
	await page.goto('tim-kiem/');
	await page.waitForLoadState('networkidle');
	const pageOnly = sizes.length;
	const box = page.getByRole('searchbox', { name: 'Số hiệu hoặc từ khóa' });
	await box.fill('đảng viên');
	await box.press('Enter');
	await expect(page.locator('#search-status')).toHaveText(/^Tìm thấy/);
	await page.waitForLoadState('networkidle');
	const first = sizes.slice(pageOnly);
	const firstSearch = sizes.length;
	await box.fill('307-NQ/TU');
	await box.press('Enter');
	await expect(page.locator('#search-status')).toHaveText(/^Tìm thấy.*có đúng số hiệu/);
	await page.waitForLoadState('networkidle');
	const number = sizes.slice(firstSearch);
	const kb = (list: typeof sizes) => Math.round(list.reduce((n, s) => n + s.bytes, 0) / 1024);
	const report = [
		`first search "đảng viên": ${kb(first)} KB in ${first.length} requests: ${first.map((s) => `${s.path.replace(/^.*\//, '')} ${(s.bytes / 1024).toFixed(1)}`).join(', ')}`,
		`then "307-NQ/TU": ${kb(number)} KB in ${number.length} requests: ${number.map((s) => `${s.path.replace(/^.*\//, '')} ${(s.bytes / 1024).toFixed(1)}`).join(', ')}`,
	].join('\n');
	await testInfo.attach('transfer', { body: report, contentType: 'text/plain' });
	console.log(report);
	expect(first.some((s) => /\/pagefind\/[^/]+\/pagefind\.js$/.test(s.path))).toBe(true);
	// The number's lead file and its detail file, and nothing of the index.
	const lookup = number.filter((s) => !s.path.endsWith('/favicon.svg')).map((s) => s.path.replace(`${BASE}tra-cuu/`, ''));
	expect(lookup).toEqual(['so-hieu/307.json', expect.stringMatching(/^so-hieu\/chi-tiet\/\d+\.json$/)]);
	expect(kb(first)).toBeLessThan(400);
	expect(kb(number)).toBeLessThan(10);
});
