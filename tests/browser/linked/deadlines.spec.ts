/** Deadlines an archivist corrected in the frontmatter are shown as corrected (68/KH-UBND of the linked fixture). */
import { siteUrls } from '../../../src/lib/urls.ts';
import { expect, test } from '../support.ts';

const urls = siteUrls('/lien-ket/');

test('the frontmatter\'s deadlines win over those read from the text, on the page and on the deadline page', async ({ page }) => {
	await page.goto(urls.document('2024/68-kh-ubnd'));
	const block = page.locator('section.deadlines');
	await expect(block.locator('li')).toHaveCount(1);
	await expect(block.locator('.deadline-sentence')).toHaveText('Sở Nội vụ chủ trì … tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2024.');
	await page.goto(urls.deadlineMonth('2024-12'));
	const item = page.locator('.deadline-item', { hasText: '68/KH-UBND' });
	await expect(item.locator('.deadline-due strong')).toHaveText('15/12/2024');
	await expect(item.locator('.deadline-meta')).toHaveText('Hạn ghi trong văn bản: “trước ngày 15/12/2024”. Đơn vị: Sở Nội vụ.');
});
