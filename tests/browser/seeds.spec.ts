/**
 * What a reader must see for each seed document, written out literally.
 * Data-driven: to check other documents, edit SEEDS only.
 * (For now: the sample content/directives/2024/test.mdx.)
 */
import { attribute, expect, squash, test, urls } from './support.ts';

interface Seed {
	/** The collection id: content/directives/<id>.mdx */
	id: string;
	heading: string;
	title: string | null;
	/** Start of the page <title>. */
	pageTitle: string;
	/** Each attribute row as read; "chưa rõ" for unknown. */
	attributes: Record<string, string>;
	/** Rows whose value must be the styled unknown marker. */
	unknown: string[];
	recipients: string[];
	distribution: string[];
	/** HTML fragments the Nơi nhận list must contain (inline marks rendered). */
	distributionMarks: string[];
	signature: string[];
	/** Sentences the body must contain. */
	body: string[];
	/** Footnote texts in order (without the back link). */
	footnotes: string[];
	/** The headings of the browse pages that list this document. */
	browse: { type: [string, string]; year: [string, string]; issuer: [string, string] };
	/** How the home page describes it. */
	listed: string[];
}

const SEEDS: Seed[] = [
	{
		id: '2024/test',
		heading: 'THÔNG BÁO',
		title: 'KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY về kết quả kiểm tra (mẫu thử, sẽ bị xoá)',
		pageTitle: 'Thông báo (chưa rõ số) – KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY',
		attributes: {
			'Số hiệu': 'chưa rõ',
			'Loại văn bản': 'Thông báo',
			'Cơ quan ban hành': 'Ban Thường vụ Tỉnh ủy',
			'Ngày ban hành': 'chưa rõ',
			'Nơi ban hành': 'chưa rõ',
			'Người ký': 'T/M BAN THƯỜNG VỤ · PHÓ BÍ THƯ THƯỜNG TRỰC · Trần Quốc Toàn',
			'Trạng thái': 'chưa rõ',
			'Văn bản gốc': '003_7e00125ec9cf1de4.txt (nhập ngày 23/11/2026)',
		},
		unknown: ['Số hiệu', 'Ngày ban hành', 'Nơi ban hành', 'Trạng thái'],
		recipients: [],
		distribution: [
			'Ủy ban Kiểm tra Trung ương (để báo cáo),',
			'LĐVPTU: CVP, PCVPHuy,',
			'Ban Bí thư Trung ương Đảng (báo cáo),',
			'Lưu VPTU, HSDKT.',
		],
		distributionMarks: ['PCVP<sup>Huy</sup>', '(<em>báo cáo</em>)'],
		signature: ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ THƯỜNG TRỰC', 'Trần Quốc Toàn'],
		body: [
			'Ngày 04/6/2026, sau khi nghe Đoàn Kiểm tra báo cáo kết quả kiểm tra',
			'1. Tiếp tục tập trung "trách nhiệm hơn" thực hiện Quyết định số 418-QĐ/TU.',
		],
		footnotes: ['30 Ban Thường vụ Đảng ủy: Các cơ quan Đảng tỉnh.', '29 đồng chí đảng viên.'],
		browse: {
			type: ['thong-bao', 'Thông báo'],
			year: ['chua-ro', 'Chưa rõ năm'],
			issuer: ['ban-thuong-vu-tinh-uy', 'Ban Thường vụ Tỉnh ủy'],
		},
		listed: ['Thông báo', 'chưa rõ số', 'chưa rõ ngày', 'Ban Thường vụ Tỉnh ủy'],
	},
];

for (const seed of SEEDS) {
	const url = urls.document(seed.id);

	test.describe(`seed ${seed.id}`, () => {
		test('document page: heading, title and attribute block', async ({ page }) => {
			await page.goto(url);
			const h1 = page.getByRole('heading', { level: 1 });
			await expect(h1.locator('.notice-type')).toHaveText(seed.heading);
			if (seed.title) await expect(h1.locator('.notice-title')).toHaveText(seed.title);
			expect(await page.title()).toContain(seed.pageTitle);
			for (const [label, value] of Object.entries(seed.attributes)) {
				expect(squash(await attribute(page, label).innerText()), label).toBe(value);
			}
			for (const label of seed.unknown) {
				await expect(attribute(page, label).locator('.unknown')).toHaveText('chưa rõ');
			}
		});

		test('document page: Kính gửi, Nơi nhận and signature', async ({ page }) => {
			await page.goto(url);
			const recipients = page.getByRole('region', { name: 'Kính gửi' });
			if (seed.recipients.length === 0) await expect(recipients).toHaveCount(0);
			else await expect(recipients.getByRole('listitem')).toHaveText(seed.recipients);
			const distribution = page.getByRole('region', { name: 'Nơi nhận' });
			await expect(distribution.locator('.distribution-label')).toHaveText('Nơi nhận:');
			await expect(distribution.getByRole('listitem')).toHaveText(seed.distribution);
			const html = await distribution.innerHTML();
			for (const mark of seed.distributionMarks) expect(html).toContain(mark);
			await expect(page.getByRole('region', { name: 'Chữ ký' }).locator('p')).toHaveText(seed.signature);
		});

		test('document page: body and footnotes', async ({ page }) => {
			await page.goto(url);
			const body = squash(await page.locator('.notice-body').innerText());
			for (const sentence of seed.body) expect(body).toContain(sentence);
			const notes = page.locator('section.footnotes');
			await expect(notes.getByRole('heading')).toHaveText('Chú thích');
			await expect(notes.locator('ol > li')).toHaveText(seed.footnotes.map((f) => new RegExp(`^\\s*${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*↩\\s*$`)));
			for (let i = 0; i < seed.footnotes.length; i++) {
				await page.locator('[data-footnote-ref]').nth(i).click();
				await expect(notes.locator('ol > li').nth(i)).toBeInViewport();
				await notes.locator('ol > li').nth(i).getByRole('link', { name: `Quay lại chỗ chú thích ${i + 1}` }).click();
				await expect(page.locator('[data-footnote-ref]').nth(i)).toBeInViewport();
			}
		});

		test('listed on the home page and on its type, year and issuer pages', async ({ page }) => {
			await page.goto(urls.home);
			const item = page.locator('.doc-list > li').filter({ has: page.locator(`a[href="${url}"]`) });
			for (const text of seed.listed) await expect(item).toContainText(text);
			const { type, year, issuer } = seed.browse;
			for (const [href, heading] of [
				[urls.type(type[0]), type[1]],
				[year[0] === 'chua-ro' ? urls.year(null) : urls.year(Number(year[0])), year[1]],
				[urls.issuer(issuer[0]), issuer[1]],
			] as const) {
				await page.goto(href);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
				await page.locator(`.doc-list a[href="${url}"]`).click();
				await expect(page.getByRole('heading', { level: 1 }).locator('.notice-type')).toHaveText(seed.heading);
			}
		});
	});
}
