/**
 * The deadline page (/han-thuc-hien/), each document's "Hạn thực hiện" block and
 * the calendar file, on the seeds: seed 004 asks for reports before 15/3/2024 and
 * 20/3/2024, seed 003 for remedies within August 2026.
 */
import { expect, test, urls } from './support.ts';

const SEED_004 = 'van-ban/chua-ro-nam/cong-van-004566fd/';
const SEED_003 = 'van-ban/chua-ro-nam/thong-bao-df8fd198/';

test('the seeds\' three deadlines are listed by month, each linked to its sentence on its document\'s page', async ({ page }) => {
	await page.goto('han-thuc-hien/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hạn thực hiện');
	await expect(page.locator('main')).toContainText('3 hạn thực hiện đọc từ nội dung văn bản');
	// All three are past: the page lists their months, latest first, each with its count.
	const past = page.locator('section[aria-labelledby="da-qua-han"]');
	await expect(past.locator('li')).toHaveText(['Tháng 8/2026 (1)', 'Tháng 3/2024 (2)']);
	await past.getByRole('link', { name: 'Tháng 3/2024' }).click();
	await expect(page).toHaveURL(/\/han-thuc-hien\/2024-03\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hạn thực hiện: tháng 3/2024');
	await expect(page.locator('.deadline-item .deadline-due strong')).toHaveText(['15/03/2024', '20/03/2024']);
	const links = page.locator('.deadline-due a');
	expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
		`${urls.home}${SEED_004}#han-thuc-hien-1`,
		`${urls.home}${SEED_004}#han-thuc-hien-2`,
	]);

	await links.nth(1).click();
	await expect(page).toHaveURL(new RegExp(`${SEED_004}#han-thuc-hien-2$`));
	const target = page.locator('#han-thuc-hien-2');
	await expect(target).toContainText('“trước ngày 20/3/2024”');
	await expect(target).toContainText('Sở Nội vụ');
	await expect(target.locator('.deadline-sentence')).toContainText('Giao Sở Nội vụ theo dõi, đôn đốc');
	// The sentence stands in the document's own text too.
	await expect(page.locator('.notice-body')).toContainText('trước ngày 20/3/2024');

	await page.goto('han-thuc-hien/2026-08/');
	await expect(page.locator('.deadline-item')).toHaveCount(1);
	await expect(page.locator('.deadline-due a')).toHaveAttribute('href', `${urls.home}${SEED_003}#han-thuc-hien-1`);
});

test('the unit filter shows only that unit\'s deadlines and keeps its choice in the URL', async ({ page }) => {
	await page.goto('han-thuc-hien/2024-03/');
	const filter = page.getByLabel('Lọc theo đơn vị');
	await expect(filter).toBeVisible();
	await filter.selectOption('Sở Nội vụ');
	await expect(page).toHaveURL(/\?don-vi=S%E1%BB%9F\+N%E1%BB%99i\+v%E1%BB%A5$/);
	await expect(page.locator('.deadline-item:visible')).toHaveCount(1);
	await expect(page.locator('.deadline-item:visible')).toContainText('trước ngày 20/3/2024');
	await expect(page.locator('[data-deadline-count]')).toHaveText('1 hạn thực hiện của Sở Nội vụ.');

	await page.reload();
	await expect(filter).toHaveValue('Sở Nội vụ');
	await expect(page.locator('.deadline-item:visible')).toHaveCount(1);
	await filter.selectOption('');
	await expect(page.locator('.deadline-item:visible')).toHaveCount(2);
});

test('the calendar file holds an all-day event for each deadline', async ({ page, request }) => {
	await page.goto('han-thuc-hien/');
	const href = await page.getByRole('link', { name: /Tải lịch hạn thực hiện/ }).getAttribute('href');
	expect(href).toBe(urls.deadlineCalendar);
	const ics = await (await request.get(href!)).text();
	expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
	expect([...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((m) => m[1]).sort()).toEqual(['20240315', '20240320', '20260831']);
});

test('a document states its deadlines in a "Hạn thực hiện" block, and one without any has none', async ({ page }) => {
	await page.goto(SEED_003);
	const block = page.locator('section.deadlines');
	await expect(block.getByRole('heading', { name: 'Hạn thực hiện' })).toBeVisible();
	await expect(block.locator('li')).toHaveCount(1);
	await expect(block.locator('#han-thuc-hien-1')).toContainText('tháng 8/2026: “hoàn thành trong tháng 8/2026” · Các cấp ủy');
	await page.goto('van-ban/chua-ro-nam/cong-van-4a6bff4b/');
	await expect(page.locator('section.deadlines')).toHaveCount(0);
});
