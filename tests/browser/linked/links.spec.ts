/**
 * Cross-links on the fixture archive tests/fixtures/linked-archive, built under
 * /lien-ket/: two documents numbered 07-NQ/TU (2016 and 2021), a State chain
 * 01/2024/QĐ-UBND ← 128/KH-UBND ← 1407/UBND-NNMT, the short form "Nghị quyết
 * số 57", a `replaces:` relation, citations of documents not in the archive.
 */
import type { Locator, Page } from '@playwright/test';
import { siteUrls } from '../../../src/lib/urls.ts';
import { crawl, expect, squash, test } from '../support.ts';

const BASE = '/lien-ket/';
const urls = siteUrls(BASE);
const doc = {
	nq2016: urls.document('2016/07-nq-tu'),
	nq2021: urls.document('2021/07-nq-tu'),
	ct15: urls.document('2023/15-ct-tu'),
	kh30: urls.document('2024/30-kh-tu'),
	kh45: urls.document('2025/45-kh-tu'),
	cvUndated: urls.document('chua-ro-nam/cong-van-nghi-quyet-07'),
	qd01: urls.document('2024/01-2024-qd-ubnd'),
	kh128: urls.document('2024/128-kh-ubnd'),
	cv1407: urls.document('2024/1407-ubnd-nnmt'),
};
const stub = {
	nq07: urls.stub('07-nq-tu'),
	nq57: urls.stub('57-nq-tw-2024-12-22'),
	nd30: urls.stub('30-2020-nd-cp-2020-03-05'),
};

/** The dd of a row of the attribute block (document page) or of the citations' facts (stub page). */
function fact(page: Page, label: string): Locator {
	return page
		.locator('.attributes .attribute')
		.filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
		.locator('dd');
}

function region(page: Page, name: string): Locator {
	return page.getByRole('region', { name, exact: true });
}

/** The entries of one relation group of a region, as "label | quote" lines. */
async function group(page: Page, regionName: string, heading: string): Promise<string[]> {
	const section = region(page, regionName).getByRole('region', { name: heading, exact: true });
	return (await section.locator('.relation-entry').allInnerTexts()).map(squash);
}

const citations: { from: string; text: string; to: string; number: string; date: string }[] = [
	// With a date, the date picks the document, even when a later one has the number.
	{ from: doc.kh45, text: 'Nghị quyết số 07-NQ/TU ngày 20/5/2016 của Tỉnh ủy', to: doc.nq2016, number: '07-NQ/TU', date: '20/05/2016' },
	{ from: doc.kh45, text: 'Nghị quyết số 07-NQ/TU ngày 29/10/2021 của Tỉnh ủy', to: doc.nq2021, number: '07-NQ/TU', date: '29/10/2021' },
	// Without a date, from a 2023 document: the closest earlier one.
	{ from: doc.ct15, text: 'Nghị quyết số 07-NQ/TU của Tỉnh ủy', to: doc.nq2021, number: '07-NQ/TU', date: '29/10/2021' },
	// Without a date, from a document of unknown date: cannot tell, a page lists both.
	{ from: doc.cvUndated, text: 'Nghị quyết số 07-NQ/TU của Tỉnh ủy', to: stub.nq07, number: '07-NQ/TU', date: 'chưa rõ' },
	// The State chain.
	{ from: doc.kh128, text: 'Quyết định số 01/2024/QĐ-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh', to: doc.qd01, number: '01/2024/QĐ-UBND', date: '10/01/2024' },
	{ from: doc.cv1407, text: 'Kế hoạch số 128/KH-UBND ngày 05/4/2024 của Ủy ban nhân dân tỉnh', to: doc.kh128, number: '128/KH-UBND', date: '05/04/2024' },
	// Not in the archive; the short form leads where the full citation does.
	{ from: doc.qd01, text: 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ', to: stub.nd30, number: '30/2020/NĐ-CP', date: '05/03/2020' },
	{ from: doc.kh45, text: 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị', to: stub.nq57, number: '57-NQ/TW', date: '22/12/2024' },
	{ from: doc.kh45, text: 'Nghị quyết số 57', to: stub.nq57, number: '57-NQ/TW', date: '22/12/2024' },
];

for (const c of citations) {
	test(`"${c.text}" in ${c.from} leads to ${c.to}`, async ({ page }) => {
		await page.goto(c.from);
		const link = page.locator('.notice-body a.citation').filter({ hasText: new RegExp(`^${c.text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`) });
		await expect(link.first()).toHaveAttribute('href', c.to);
		await link.first().click();
		await expect(page).toHaveURL(new RegExp(`${c.to}$`));
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(fact(page, 'Số hiệu')).toHaveText(c.number);
		await expect(fact(page, 'Ngày ban hành')).toHaveText(c.date);
		if (c.to.startsWith(urls.stubs)) {
			await expect(page.getByRole('heading', { level: 1 })).toContainText('Văn bản chưa có trong kho');
			await expect(page.getByRole('heading', { level: 1 })).toContainText(c.number);
		}
		await expect(region(page, 'Được dẫn chiếu bởi').locator(`a[href="${c.from}"]`).first()).toBeVisible();
	});
}

test('citations to documents not in the archive are marked in the body', async ({ page }) => {
	await page.goto(doc.kh45);
	await expect(page.locator('.notice-body a.citation-missing')).toHaveCount(2);
	await expect(page.locator('.notice-body a.citation:not(.citation-missing)')).toHaveCount(2);
	await expect(page.locator('.notice-body a.citation').first()).toHaveAttribute('data-relation', 'can-cu');
});

test('the two 07-NQ/TU list the documents citing each one', async ({ page }) => {
	await page.goto(doc.nq2016);
	expect(await group(page, 'Được dẫn chiếu bởi', 'Văn bản lấy văn bản này làm căn cứ')).toEqual([
		'Kế hoạch số 45-KH/TU ngày 10/02/2025 Triển khai Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số Trích dẫn: Nghị quyết số 07-NQ/TU ngày 20/5/2016 của Tỉnh ủy',
	]);
	await expect(region(page, 'Văn bản dẫn chiếu')).toContainText('Văn bản này không dẫn chiếu văn bản nào.');

	await page.goto(doc.nq2021);
	const citing = region(page, 'Được dẫn chiếu bởi');
	await expect(citing.getByRole('heading', { level: 4 })).toHaveText(['Văn bản thực hiện văn bản này', 'Văn bản dẫn chiếu văn bản này']);
	await expect(citing.getByRole('region', { name: 'Văn bản thực hiện văn bản này' }).getByRole('link')).toHaveAttribute('href', doc.ct15);
	await expect(citing.getByRole('region', { name: 'Văn bản dẫn chiếu văn bản này' }).getByRole('link')).toHaveAttribute('href', doc.kh45);
	// The undated citation of unknown date does not count for either.
	await expect(citing.locator(`a[href="${doc.cvUndated}"]`)).toHaveCount(0);
});

test('the State chain links both ways, each citing document once however often it cites', async ({ page }) => {
	await page.goto(doc.kh128);
	expect(await group(page, 'Văn bản dẫn chiếu', 'Văn bản căn cứ')).toEqual([
		'Quyết định số 01/2024/QĐ-UBND ngày 10/01/2024 Ban hành Quy định về quản lý, sử dụng rừng trên địa bàn tỉnh Trích dẫn: Quyết định số 01/2024/QĐ-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh',
	]);
	expect(await group(page, 'Được dẫn chiếu bởi', 'Văn bản thực hiện văn bản này')).toEqual([
		'Công văn số 1407/UBND-NNMT ngày 12/06/2024 Đôn đốc thực hiện Kế hoạch số 128/KH-UBND Trích dẫn: Kế hoạch số 128/KH-UBND ngày 05/4/2024 của Ủy ban nhân dân tỉnh (2 lần)',
	]);
	await page.goto(doc.qd01);
	await expect(region(page, 'Được dẫn chiếu bởi').getByRole('link')).toHaveAttribute('href', doc.kh128);
	expect(await group(page, 'Văn bản dẫn chiếu', 'Văn bản căn cứ')).toEqual([
		'Nghị định số 30/2020/NĐ-CP ngày 05/03/2020 chưa có trong kho Trích dẫn: Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ',
	]);
	await page.goto(doc.cv1407);
	await expect(region(page, 'Được dẫn chiếu bởi')).toContainText('Không có văn bản nào dẫn chiếu văn bản này trong kho.');
});

test('a replaces: relation shows on both documents', async ({ page }) => {
	await page.goto(doc.kh45);
	expect(await group(page, 'Văn bản dẫn chiếu', 'Văn bản bị thay thế')).toEqual([
		'Kế hoạch số 30-KH/TU ngày 15/01/2024 Triển khai chuyển đổi số năm 2024 (ghi trong thuộc tính văn bản)',
	]);
	await page.goto(doc.kh30);
	const replacing = region(page, 'Được dẫn chiếu bởi').getByRole('region', { name: 'Văn bản thay thế văn bản này' });
	await expect(replacing.getByRole('link')).toHaveAttribute('href', doc.kh45);
});

test('the ambiguous 07-NQ/TU: a page with what the citation tells and both archived candidates', async ({ page }) => {
	await page.goto(stub.nq07);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Văn bản chưa có trong kho\s*Nghị quyết số 07-NQ\/TU$/);
	await expect(fact(page, 'Loại văn bản')).toHaveText('Nghị quyết');
	await expect(fact(page, 'Ngày ban hành')).toHaveText('chưa rõ');
	await expect(fact(page, 'Cơ quan ban hành')).toHaveText('Tỉnh ủy');
	const candidates = region(page, 'Văn bản cùng số trong kho');
	await expect(candidates.getByRole('link')).toHaveText(['Nghị quyết số 07-NQ/TU ngày 20/05/2016', 'Nghị quyết số 07-NQ/TU ngày 29/10/2021']);
	await expect(candidates.getByRole('link').first()).toHaveAttribute('href', doc.nq2016);
	await expect(candidates.getByRole('link').last()).toHaveAttribute('href', doc.nq2021);
	expect(await group(page, 'Được dẫn chiếu bởi', 'Văn bản thực hiện văn bản này')).toEqual([
		'Công văn chưa rõ số Trích đoạn đầu: Thực hiện Nghị quyết số 07-NQ/TU của Tỉnh ủy, Ban Thường vụ Tỉnh ủy đề nghị các đảng bộ trực… Trích dẫn: Nghị quyết số 07-NQ/TU của Tỉnh ủy',
	]);
});

test('the short form "Nghị quyết số 57" joins the full citation on one page, under each relation it is cited with', async ({ page }) => {
	await page.goto(stub.nq57);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Văn bản chưa có trong kho\s*Nghị quyết số 57-NQ\/TW ngày 22\/12\/2024$/);
	await expect(fact(page, 'Cơ quan ban hành')).toHaveText('Bộ Chính trị');
	await expect(region(page, 'Văn bản cùng số trong kho')).toHaveCount(0);
	expect(await group(page, 'Được dẫn chiếu bởi', 'Văn bản lấy văn bản này làm căn cứ')).toEqual([
		'Kế hoạch số 45-KH/TU ngày 10/02/2025 Triển khai Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số Trích dẫn: Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị',
	]);
	expect(await group(page, 'Được dẫn chiếu bởi', 'Văn bản thực hiện văn bản này')).toEqual([
		'Kế hoạch số 45-KH/TU ngày 10/02/2025 Triển khai Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số Trích dẫn: Nghị quyết số 57',
	]);
});

test('the diagram: this document in the centre, cited documents on one side, citing ones on the other; hidden in print', async ({ page }) => {
	await page.goto(doc.kh128);
	const diagram = page.getByRole('figure', { name: 'Lược đồ quan hệ' });
	await expect(diagram.locator('.diagram-self')).toHaveText(/Văn bản đang xem:\s*Kế hoạch 128\/KH-UBND\s*05\/04\/2024/);
	const cites = diagram.locator('.diagram-cites');
	await expect(cites.locator('.diagram-side-heading')).toHaveText('Văn bản này dẫn chiếu');
	await expect(cites.locator('.diagram-relation')).toHaveText(['Căn cứ']);
	await expect(cites.getByRole('link')).toHaveAttribute('href', doc.qd01);
	await expect(cites.getByRole('link')).toHaveText(/Quyết định 01\/2024\/QĐ-UBND\s*10\/01\/2024/);
	const citedBy = diagram.locator('.diagram-cited-by');
	await expect(citedBy.locator('.diagram-relation')).toHaveText(['Thực hiện']);
	await expect(citedBy.getByRole('link')).toHaveAttribute('href', doc.cv1407);

	// The cited side sits left of the centre, the citing side right of it, on a wide screen.
	const [left, centre, right] = await Promise.all([cites, diagram.locator('.diagram-self'), citedBy].map((l) => l.boundingBox()));
	expect(left!.x + left!.width).toBeLessThanOrEqual(centre!.x);
	expect(centre!.x + centre!.width).toBeLessThanOrEqual(right!.x);

	await page.goto(doc.kh45);
	const groups = page.getByRole('figure', { name: 'Lược đồ quan hệ' }).locator('.diagram-cites .diagram-relation');
	await expect(groups).toHaveText(['Căn cứ', 'Thực hiện', 'Thay thế', 'Dẫn chiếu']);
	await expect(page.locator('.diagram-cites .diagram-missing')).toHaveCount(2);
	await expect(page.locator('.diagram-cited-by')).toContainText('Không có văn bản nào');

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('figure', { name: 'Lược đồ quan hệ' })).toBeHidden();
	await expect(page.locator('.relations')).toBeHidden();
	await expect(page.locator('.notice-body')).toBeVisible();
});

test('on a narrow screen the diagram reads top to bottom', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto(doc.kh128);
	const boxes = await Promise.all(['.diagram-cites', '.diagram-self', '.diagram-cited-by'].map((s) => page.locator(s).boundingBox()));
	expect(boxes[0]!.y + boxes[0]!.height).toBeLessThanOrEqual(boxes[1]!.y);
	expect(boxes[1]!.y + boxes[1]!.height).toBeLessThanOrEqual(boxes[2]!.y);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test('every page of the fixture build is reached by links, exists, and is well formed; every stub page among them', async ({ page }) => {
	const { seen, problems } = await crawl(page, BASE);
	expect(problems).toEqual([]);
	for (const url of [...Object.values(doc), ...Object.values(stub), urls.stubs]) expect(seen, url).toContain(url);
	expect([...seen].filter((p) => p.startsWith(urls.stubs) && p !== urls.stubs).sort()).toEqual(Object.values(stub).sort());
});

test('the list of documents not in the archive links each page with how many documents cite it', async ({ page }) => {
	await page.goto(BASE);
	await page.getByRole('link', { name: '3 văn bản chưa có trong kho' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Văn bản chưa có trong kho');
	const items = (await page.locator('main .relation-entry').allInnerTexts()).map(squash);
	expect(items).toEqual([
		'Nghị quyết số 07-NQ/TU (được 1 văn bản dẫn chiếu; kho có 2 văn bản cùng số)',
		'Nghị định số 30/2020/NĐ-CP ngày 05/03/2020 (được 1 văn bản dẫn chiếu)',
		'Nghị quyết số 57-NQ/TW ngày 22/12/2024 (được 1 văn bản dẫn chiếu)',
	]);
});
