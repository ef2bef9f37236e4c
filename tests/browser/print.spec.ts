/**
 * Printing each seed as the office issued it: the page printed to PDF by
 * Chromium (as `npm run pdf` and the "In văn bản" button do), read back with
 * pdf.js, and checked for the official layout: A4, header, title, Kính gửi,
 * body, Nơi nhận, signature in that order; the right-hand header column on the
 * right; blanks for what the seeds do not say; page numbers from page 2; no
 * website text.
 */
import { printHeader } from '../../src/lib/print.ts';
import { before, bodyText, find, pageNumbers, printPage, squashSpaces, URL_PATTERN, WEBSITE_TEXT, type PdfText, type Segment } from './pdfText.ts';
import { corpus, expect, issuers, test } from './support.ts';

/** A line of the PDF whose text, spaces made one, equals or starts with `text`. */
function line(pdf: PdfText, text: string, how: 'equals' | 'starts' = 'equals'): Segment | undefined {
	const want = squashSpaces(text);
	return pdf.segments.find((s) => (how === 'equals' ? squashSpaces(s.text) === want : squashSpaces(s.text).startsWith(want)));
}

for (const doc of corpus) {
	test.describe(`printing ${doc.file}`, () => {
		test('the "In văn bản" button prints, from the keyboard too, and shows only on screen', async ({ page }) => {
			await page.addInitScript(() => {
				(window as unknown as { printed: number }).printed = 0;
				window.print = () => {
					(window as unknown as { printed: number }).printed++;
				};
			});
			await page.goto(doc.url);
			const button = page.getByRole('button', { name: 'In văn bản' });
			await expect(button).toBeVisible();
			await expect(page.locator('.print-head')).toBeHidden();
			await button.focus();
			await page.keyboard.press('Enter');
			await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
			await page.keyboard.press('Space');
			await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);

			await page.emulateMedia({ media: 'print' });
			await expect(button).toBeHidden();
			await expect(page.locator('.print-head')).toBeVisible();
			for (const hidden of ['.site-header', '.site-footer', '.breadcrumbs', '.notice-head', '.attributes', '.relations']) {
				await expect(page.locator(hidden).first(), hidden).toBeHidden();
			}
		});

		test('prints an A4 notice in the official layout, with blanks for what is unknown', async ({ page }) => {
			await page.goto(doc.url);
			const { pdf, bytes, ms } = await printPage(page);
			test.info().annotations.push({ type: 'pdf', description: `${pdf.pages.length} pages, ${Math.round(bytes.length / 1024)} KB, ${Math.round(ms)} ms` });

			// A4: 595 × 842 pt.
			for (const p of pdf.pages) {
				expect(Math.abs(p.width - 595.3)).toBeLessThanOrEqual(1);
				expect(Math.abs(p.height - 841.9)).toBeLessThanOrEqual(1);
			}
			const width = pdf.pages[0]!.width;

			// The header, as src/lib/print.ts builds it, with blanks where the seed says nothing.
			const issuer = issuers.find((i) => i.id === doc.data.issuer) ?? null;
			const head = printHeader(doc.data, issuer);
			const numberSeg = line(pdf, head.left.find((l) => l.text.startsWith('Số'))!.text);
			expect(numberSeg, 'the number line').toBeDefined();
			expect(numberSeg!.page).toBe(1);
			if (doc.data.number === null) expect(numberSeg!.text, 'a blank for the number').toMatch(/^Số:? {3,}[-/]/);
			if (doc.data.issuer === 'ban-thuong-vu-tinh-uy' && doc.data.type === 'cong-van') {
				expect(pdf.segments.some((s) => /^Số {3,}-CV\/TU$/.test(s.text))).toBe(true);
			}
			const dateSeg = find(pdf, /ngày {3,}tháng {3,}năm 20/);
			expect(dateSeg, 'a blank date: "……, ngày    tháng    năm 20  "').toBeDefined();
			expect(dateSeg!.text.startsWith('……,'), 'a blank for the place').toBe(true);

			// The right-hand column: the Party's name or the State's, then the date, on the right.
			const rightNames = head.system === 'nha-nuoc' ? ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] : ['ĐẢNG CỘNG SẢN VIỆT NAM'];
			for (const seg of [...rightNames.map((t) => line(pdf, t)), dateSeg]) {
				expect(seg, 'a right-column header line').toBeDefined();
				expect(seg!.page).toBe(1);
				expect((seg!.x + seg!.right) / 2, `"${seg!.text}" centred in the right half`).toBeGreaterThan(width / 2);
				expect(seg!.x, `"${seg!.text}" right of the left column`).toBeGreaterThan(numberSeg!.right);
			}
			expect((numberSeg!.x + numberSeg!.right) / 2, 'the number in the left half').toBeLessThan(width / 2);

			// Order: header → title → Kính gửi → body → Nơi nhận → signature.
			const order: [string, Segment | undefined][] = [['number', numberSeg]];
			if (head.heading !== null) {
				const heading = line(pdf, head.heading);
				order.push(['type name', heading]);
				expect((heading!.x + heading!.right) / 2, 'the type name centred').toBeCloseTo((85 + width - 42.5) / 2, -1);
			} else {
				expect(line(pdf, 'CÔNG VĂN'), 'a công văn prints no type name').toBeUndefined();
			}
			if (doc.data.recipients.length > 0) order.push(['Kính gửi', line(pdf, 'Kính gửi:', 'starts')]);
			const firstWords = bodyText(doc.body).split(' ').slice(0, 4).join(' ');
			order.push(['body', pdf.segments.find((s) => squashSpaces(s.text).startsWith(firstWords))]);
			if (doc.data.distribution.length > 0) order.push(['Nơi nhận', line(pdf, 'Nơi nhận:')]);
			const signer = doc.data.signer;
			const signatureLines = [signer.authority, signer.title?.toLocaleUpperCase('vi'), signer.name].filter((l): l is string => l != null);
			for (const l of signatureLines) order.push([`signature "${l}"`, line(pdf, l)]);
			for (const [name, seg] of order) expect(seg, name).toBeDefined();
			for (let i = 1; i < order.length; i++) {
				const [prev, a] = order[i - 1]!;
				const [next, b] = order[i]!;
				// Nơi nhận and the signature share a row: the signature starts no higher than Nơi nhận.
				if (next.startsWith('signature') && prev === 'Nơi nhận') expect(b!.page === a!.page && b!.y >= a!.y - 2, `${prev} beside ${next}`).toBe(true);
				else expect(before(a!, b!), `${prev} before ${next}`).toBe(true);
			}
			for (const l of signatureLines) {
				const seg = line(pdf, l)!;
				expect((seg.x + seg.right) / 2, `signature "${l}" on the right`).toBeGreaterThan(width / 2);
			}
			if (doc.data.distribution.length > 0) {
				const label = line(pdf, 'Nơi nhận:')!;
				expect(label.x, 'Nơi nhận at the left margin').toBeLessThan(100);
				expect(label.size).toBeCloseTo(12, 0);
			}

			// No website, no URL, no "chưa rõ".
			const all = squashSpaces(pdf.text);
			for (const text of WEBSITE_TEXT) expect(all, `no "${text}"`).not.toContain(text);
			expect(all).not.toMatch(URL_PATTERN);

			// Page numbers top centre from page 2, none on page 1.
			const numbers = pageNumbers(pdf);
			expect(numbers.get(1), 'no page number on page 1').toBeUndefined();
			for (let p = 2; p <= pdf.pages.length; p++) expect(numbers.get(p), `page number on page ${p}`).toEqual([String(p)]);

			// Pages in proportion to the text: 14 pt on A4 holds about 2,000-3,500 characters a page.
			const chars = bodyText(doc.body).length;
			expect(pdf.pages.length).toBeGreaterThanOrEqual(Math.max(1, Math.floor(chars / 4000)));
			expect(pdf.pages.length).toBeLessThanOrEqual(Math.ceil(chars / 1200) + 1);
		});
	});
}
