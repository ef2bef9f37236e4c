/**
 * A document read by OCR from a scan (the linked fixture's 128/KH-UBND, its original
 * a PNG): the page says so above the text, links the scan, and leaves the notice
 * out of print.
 */
import { siteUrls } from '../../../src/lib/urls.ts';
import { expect, test } from '../support.ts';

const urls = siteUrls('/lien-ket/');
const SCAN = urls.original('2024/128-kh-ubnd', '128-kh-ubnd.png');

test('a scanned document says its text was read automatically, and links the scan', async ({ page }) => {
	await page.goto(urls.document('2024/128-kh-ubnd'));
	const notice = page.getByRole('note');
	await expect(notice).toHaveText('Nội dung được nhận dạng tự động từ bản quét, có thể có sai sót. Xem bản quét gốc');
	await expect(notice.getByRole('link', { name: 'Xem bản quét gốc' })).toHaveAttribute('href', SCAN);
	const original = page.locator('.attributes dt', { hasText: /^Văn bản gốc$/ }).locator('+ dd');
	await expect(original).toHaveText('scan-128-kh-ubnd.png (bản quét, nhập ngày 02/12/2026)');
	const scan = await page.request.get(SCAN);
	expect(scan.headers()['content-type']).toBe('image/png');
	expect((await scan.body()).subarray(1, 4).toString('latin1')).toBe('PNG');
	await page.emulateMedia({ media: 'print' });
	await expect(notice).toBeHidden();
});

test('a document typed or imported from a text layer has no such notice', async ({ page }) => {
	await page.goto(urls.document('2024/68-kh-ubnd'));
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('note')).toHaveCount(0);
});
