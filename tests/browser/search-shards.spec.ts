/**
 * Routed search over an index in shards: the search fixture (tests/search-fixture.ts)
 * built again under /tim-phan/ with a shard for each year (SEARCH_SHARD_DOCS=3).
 * A query goes only to the shards holding every word, newest first; once a
 * round has a page of results, the page says what it has searched and offers
 * the rest; the year filter chooses the shards.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support.ts';

const BASE = '/tim-phan/';

/** Requests for a shard's files, by shard id, from now on. */
function shardRequests(page: Page): Set<string> {
	const shards = new Set<string>();
	page.on('request', (r) => {
		const match = new RegExp(`${BASE}pagefind/([^/]+)/`).exec(new URL(r.url()).pathname);
		if (match && match[1] !== 'tu') shards.add(match[1]!);
	});
	return shards;
}

async function results(page: Page): Promise<string[]> {
	const hrefs = await page.locator('#search-output a.result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	return hrefs.map((h) => h.replace(/\?.*$/, ''));
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

test('a result never lacks a query word: the shards lacking one are not asked, where Pagefind would drop the word', async ({ page }) => {
	await page.goto('tim-kiem/');
	// The failure of the earlier year bundles: asked for "đảng viên", a shard without "viên" answers with documents lacking it.
	const unrouted = await page.evaluate(async (base) => {
		const manifest = (await (await fetch(`${base}pagefind/shards.json`)).json()) as { shards: { id: string }[] };
		const lacking: string[] = [];
		for (const { id } of manifest.shards) {
			const pagefind = await import(/* @vite-ignore */ `${base}pagefind/${id}/pagefind.js`);
			await pagefind.options({ baseUrl: '/' });
			const response = await pagefind.search('ḍảng viên');
			for (const r of response.results) {
				const data = await r.data();
				if (!/\bvien\b/.test(data.content.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())) lacking.push(data.url);
			}
		}
		return lacking;
	}, BASE);
	expect(unrouted).toContain(`${BASE}van-ban/2016/07-nq-tu/`);

	const shards = shardRequests(page);
	await page.goto('tim-kiem/?q=%C4%91%E1%BA%A3ng+vi%C3%AAn');
	await expect(page.locator('#search-status')).toHaveText(/^Tìm thấy \d+ văn bản cho “đảng viên”\.$/);
	const found = await results(page);
	expect(found.length).toBeGreaterThan(2);
	for (const url of unrouted) expect(found).not.toContain(url);
	for (const url of found) {
		const text = fold((await (await page.request.get(url)).text()).replace(/<[^>]+>/g, ' '));
		expect(text, url).toMatch(/\bdang\b/);
		expect(text, url).toMatch(/\bvien\b/);
	}
	expect(shards.has('2016')).toBe(false);
});

test('results come newest first; after a page of them the page says what it searched and offers the older years', async ({ page }) => {
	await page.goto('tim-kiem/?q=c%C3%A1c');
	const note = page.locator('.shards-note');
	await expect(note).toHaveText(/^Đã tìm trong 2024–2025 · Tìm tiếp các năm trước/);
	await expect(page.locator('#search-status')).toHaveText(/^Tìm thấy \d+ văn bản cho “các” trong 2024–2025\.$/);
	const first = await results(page);
	expect(first.every((u) => /\/van-ban\/202[45]\//.test(u))).toBe(true);
	// The years searched have counts; a year not yet searched has none, rather than a wrong 0.
	const yearBox = (year: string) => page.locator('#filter-groups label').filter({ has: page.locator('.filter-value', { hasText: new RegExp(`^${year}$`) }) });
	await expect(yearBox('2024').locator('.count')).toHaveText(/^\(\d+\)$/);
	await expect(yearBox('2016').locator('.count')).toHaveCount(0);
	const shown = first.length;

	await page.getByRole('button', { name: /Tìm tiếp các năm trước/ }).click();
	await expect(note).not.toHaveText(/^Đã tìm trong 2024–2025/);
	await expect(note).toHaveText(/^Đã tìm trong 20\d\d–2025 · Tìm tiếp/);
	const label = (await note.textContent())!;
	const from = Number(/trong (\d{4})/.exec(label)![1]);
	expect(from).toBeLessThan(2024);
	// The first new result has the focus, and the new results are from the older years.
	await expect(page.locator('#search-output a.result-link').nth(shown)).toBeFocused();
	const second = await results(page);
	expect(second.slice(0, shown)).toEqual(first);
	// Shard by shard: the years never go up along the list.
	const yearsOf = (urls: string[]) => urls.map((u) => Number(/\/van-ban\/(\d{4})\//.exec(u)?.[1] ?? 0));
	const years = yearsOf(second);
	expect(years.some((y) => y < 2024)).toBe(true);
	expect(years).toEqual([...years].sort((a, b) => b - a));

	// To the end: the unknown years last, then nothing left to offer.
	const more = page.getByRole('button', { name: /Tìm tiếp/ });
	await expect(async () => {
		if ((await more.count()) > 0) await more.click({ timeout: 2000 });
		await expect(note).toHaveCount(0, { timeout: 2000 });
	}).toPass();
	await expect(page.locator('#search-status')).toHaveText(/^Tìm thấy \d+ văn bản cho “các”\.$/);
});

test('the year filter chooses the shards, and oldest first starts from the oldest years', async ({ page }) => {
	const shards = shardRequests(page);
	await page.goto('tim-kiem/?q=%C4%91%E1%BA%A3ng+vi%C3%AAn&nam=2022');
	await expect(page.locator('#search-status')).toHaveText(/^Tìm thấy \d+ văn bản cho “đảng viên” \(đã lọc\)\./);
	expect([...shards]).toEqual(['2022']);
	expect((await results(page)).every((u) => u.includes('/van-ban/2022/'))).toBe(true);

	await page.goto('tim-kiem/?q=c%C3%A1c&sap-xep=cu-nhat');
	await expect(page.locator('.shards-note')).toHaveText(/^Đã tìm trong 2016–20\d\d · Tìm tiếp các năm sau/);
	expect(Number(/\/van-ban\/(\d{4})\//.exec((await results(page))[0]!)![1])).toBe(2016);
});
