/**
 * Printing a Party and a State notice whose header is fully known (number, date,
 * place, issuer with its province and superior, signer): every header line in its
 * place, and one reviewed image per layout (the print-emulated page, A4 wide).
 */
import { expect, test } from '../support.ts';
import { before, find, pageNumbers, printPage, squashSpaces, URL_PATTERN, WEBSITE_TEXT, type PdfText, type Segment } from '../pdfText.ts';

const LINKED = '/lien-ket/';

function line(pdf: PdfText, text: string): Segment {
	const seg = pdf.segments.find((s) => squashSpaces(s.text) === text);
	expect(seg, `a line "${text}"`).toBeDefined();
	return seg!;
}

const notices = [
	{
		name: 'party',
		url: `${LINKED}van-ban/2026/92-tb-tu/`,
		left: ['ĐẢNG BỘ TỈNH HƯNG YÊN', 'TỈNH ỦY HƯNG YÊN', '*', 'Số 92-TB/TU'],
		right: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Hưng Yên, ngày 04 tháng 6 năm 2026'],
		heading: 'THÔNG BÁO',
		recipients: true,
		body: 'Ngày 02/6/2026, Ban Thường vụ Tỉnh ủy họp',
		signature: ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Nguyễn Hữu Nghĩa'],
		pages: 2,
	},
	{
		name: 'state',
		url: `${LINKED}van-ban/2024/68-kh-ubnd/`,
		left: ['ỦY BAN NHÂN DÂN TỈNH', 'HƯNG YÊN', 'Số: 68/KH-UBND'],
		right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hưng Yên, ngày 15 tháng 4 năm 2024'],
		heading: 'KẾ HOẠCH',
		recipients: false,
		body: 'Thực hiện chương trình công tác năm 2024,',
		signature: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Phạm Văn Nghiêm'],
		pages: 1,
	},
];

for (const n of notices) {
	test.describe(`printing the ${n.name} notice`, () => {
		test('prints the full official header, in order, on A4', async ({ page }) => {
			await page.goto(n.url);
			const { pdf, bytes, ms } = await printPage(page);
			test.info().annotations.push({ type: 'pdf', description: `${pdf.pages.length} pages, ${Math.round(bytes.length / 1024)} KB, ${Math.round(ms)} ms` });
			expect(pdf.pages.length).toBe(n.pages);
			for (const p of pdf.pages) {
				expect(Math.abs(p.width - 595.3)).toBeLessThanOrEqual(1);
				expect(Math.abs(p.height - 841.9)).toBeLessThanOrEqual(1);
			}
			const half = pdf.pages[0]!.width / 2;

			const left = n.left.map((t) => line(pdf, t));
			const right = n.right.map((t) => line(pdf, t));
			for (const seg of [...left, ...right]) expect(seg.page).toBe(1);
			for (let i = 1; i < left.length; i++) expect(before(left[i - 1]!, left[i]!), `${n.left[i - 1]} above ${n.left[i]}`).toBe(true);
			for (let i = 1; i < right.length; i++) expect(before(right[i - 1]!, right[i]!), `${n.right[i - 1]} above ${n.right[i]}`).toBe(true);
			for (const seg of left) expect((seg.x + seg.right) / 2, `"${seg.text}" in the left column`).toBeLessThan(half);
			const leftEdge = Math.max(...left.map((s) => s.right));
			for (const seg of right) {
				expect((seg.x + seg.right) / 2, `"${seg.text}" in the right half`).toBeGreaterThan(half);
				expect(seg.x, `"${seg.text}" clear of the left column`).toBeGreaterThan(leftEdge);
			}
			// The first lines of both columns stand on the same line.
			expect(Math.abs(left[0]!.y - right[0]!.y)).toBeLessThan(4);

			const heading = line(pdf, n.heading);
			const order: [string, Segment][] = [
				['header', left[left.length - 1]!],
				['type name', heading],
				...(n.recipients ? [['Kính gửi', find(pdf, /^Kính gửi:/)!] as [string, Segment]] : []),
				['body', pdf.segments.find((s) => squashSpaces(s.text).startsWith(n.body))!],
				['Nơi nhận', line(pdf, 'Nơi nhận:')],
				['signature', line(pdf, n.signature[0]!)],
			];
			for (const [name, seg] of order) expect(seg, name).toBeDefined();
			for (let i = 1; i < order.length - 1; i++) expect(before(order[i - 1]![1], order[i]![1]), `${order[i - 1]![0]} before ${order[i]![0]}`).toBe(true);
			const signature = n.signature.map((t) => line(pdf, t));
			for (let i = 1; i < signature.length; i++) expect(before(signature[i - 1]!, signature[i]!)).toBe(true);
			for (const seg of signature) expect((seg.x + seg.right) / 2).toBeGreaterThan(half);
			// Room to sign and seal between the position and the name: at least 20 mm.
			expect(signature[2]!.y - signature[1]!.y).toBeGreaterThan((20 / 25.4) * 72);

			const all = squashSpaces(pdf.text);
			for (const text of WEBSITE_TEXT) expect(all, `no "${text}"`).not.toContain(text);
			expect(all).not.toMatch(URL_PATTERN);
			const numbers = pageNumbers(pdf);
			expect(numbers.get(1)).toBeUndefined();
			for (let p = 2; p <= pdf.pages.length; p++) expect(numbers.get(p)).toEqual([String(p)]);
		});

		test('looks like the reviewed image', async ({ page }) => {
			// A4 at 96 px per inch, less the side margins: the width the text is set in.
			await page.setViewportSize({ width: 624, height: 1000 });
			await page.goto(n.url);
			await printPage(page);
			await expect(page).toHaveScreenshot(`${n.name}.png`, { maxDiffPixelRatio: 0.01, animations: 'disabled' });
		});
	});
}
