import { formatDate } from '../../src/lib/dates.ts';
import { inlineToText } from '../../src/lib/inline.ts';
import { STATUSES } from '../../src/schemas/status.ts';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { attribute, corpus, dateText, expect, squash, test, type CorpusDoc } from './support.ts';

const LABELS = [
	'Số hiệu',
	'Loại văn bản',
	'Cơ quan ban hành',
	'Ngày ban hành',
	'Nơi ban hành',
	'Người ký',
	'Trạng thái',
	'Văn bản gốc',
];

/** What each attribute row must read, written from the frontmatter; null: "chưa rõ". */
function expectedAttributes(doc: CorpusDoc): Record<string, string | null> {
	const d = doc.data;
	const signer = [d.signer.authority, d.signer.title, d.signer.name];
	return {
		'Số hiệu': d.number,
		'Loại văn bản': doc.typeName,
		'Cơ quan ban hành': doc.issuerName,
		'Ngày ban hành': dateText(doc),
		'Nơi ban hành': d.place,
		'Người ký': signer.every((s) => s === null) ? null : signer.map((s) => (s === null ? 'chưa rõ' : inlineToText(s))).join(' · '),
		'Trạng thái': d.status === 'chua-ro' ? null : STATUSES[d.status],
		'Văn bản gốc': d.source === null ? null : `${d.source.file} (nhập ngày ${formatDate(d.source.importedAt)})`,
	};
}

for (const doc of corpus) {
	test.describe(`document ${doc.file}`, () => {
		test.beforeEach(async ({ page }) => {
			await page.goto(doc.url);
		});

		test('heading, page title and attribute block, with "chưa rõ" for every unknown value', async ({ page }) => {
			const h1 = page.getByRole('heading', { level: 1 });
			await expect(h1.locator('.notice-type')).toHaveText(doc.heading);
			if (doc.title !== null) await expect(h1.locator('.notice-title')).toHaveText(inlineToText(doc.title));
			else await expect(h1.locator('.notice-title')).toHaveCount(0);

			await expect(page).toHaveTitle(new RegExp(`^${doc.typeName} ${doc.number === null ? '\\(chưa rõ số\\)' : doc.number.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));

			const block = page.getByRole('region', { name: 'Thuộc tính văn bản' });
			await expect(block.locator('dt')).toHaveText(LABELS);
			for (const [label, value] of Object.entries(expectedAttributes(doc))) {
				const dd = attribute(page, label);
				if (value === null) {
					// Unknown: the exact words "chưa rõ", set apart; when only the year is known, it is added.
					await expect(dd.locator('.unknown')).toHaveText('chưa rõ');
					const rest = label === 'Ngày ban hành' && doc.year !== null ? `chưa rõ (năm ${doc.year})` : 'chưa rõ';
					expect(squash(await dd.innerText())).toBe(rest);
				} else {
					expect(squash(await dd.innerText())).toBe(value);
				}
			}
			const original = doc.data.source?.original;
			if (original) {
				// "Văn bản gốc" downloads the very file the document was imported from.
				const link = attribute(page, 'Văn bản gốc').getByRole('link', { name: doc.data.source!.file });
				const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
				expect(response.status()).toBe(200);
				expect(Buffer.from(await response.body())).toEqual(readFileSync(join(dirname(doc.file), original)));
			}
			if (doc.issuer !== null) {
				await attribute(page, 'Cơ quan ban hành').getByRole('link').click();
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(doc.issuerName!);
			}
		});

		test('Kính gửi before the body; Nơi nhận and the signature after it', async ({ page }) => {
			const d = doc.data;
			const recipients = page.getByRole('region', { name: 'Kính gửi' });
			if (d.recipients.length > 0) {
				await expect(recipients).toContainText('Kính gửi:');
				await expect(recipients.getByRole('listitem')).toHaveText(d.recipients.map(inlineToText));
				// It comes before the body text.
				const before = await recipients.evaluate((el) => {
					const body = document.querySelector('.notice-body')!;
					return !!(el.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING);
				});
				expect(before).toBe(true);
			} else {
				await expect(recipients).toHaveCount(0);
			}

			const distribution = page.getByRole('region', { name: 'Nơi nhận' });
			if (d.distribution.length > 0) {
				await expect(distribution).toContainText('Nơi nhận:');
				await expect(distribution.getByRole('listitem')).toHaveText(d.distribution.map(inlineToText));
			}

			const signature = page.getByRole('region', { name: 'Chữ ký' });
			const lines = [d.signer.authority, d.signer.title, d.signer.name].filter((l) => l !== null);
			if (lines.length > 0) {
				await expect(signature.locator('p')).toHaveText([
					...[d.signer.authority, d.signer.title].filter((l) => l !== null).map(inlineToText),
					d.signer.name === null ? 'chưa rõ người ký' : inlineToText(d.signer.name),
				]);
				// Nơi nhận at left, signature at right, on the same band.
				if (d.distribution.length > 0) {
					const left = (await distribution.boundingBox())!;
					const right = (await signature.boundingBox())!;
					expect(left.x + left.width).toBeLessThanOrEqual(right.x);
				}
			} else {
				await expect(signature).toHaveCount(0);
			}
		});

		test('body text and footnotes with links both ways', async ({ page }) => {
			const body = page.locator('.notice-body');
			const firstWords = doc.listText.split(' ').slice(0, 6).join(' ');
			if (doc.title === null) await expect(body).toContainText(firstWords);
			else expect(squash(await body.innerText()).length).toBeGreaterThan(20);

			const section = page.locator('section.footnotes');
			if (doc.footnotes.length === 0) {
				await expect(section).toHaveCount(0);
				return;
			}
			await expect(section.getByRole('heading', { name: 'Chú thích' })).toBeVisible();
			await expect(section.locator('ol > li')).toHaveCount(doc.footnotes.length);

			const ref = body.locator('[data-footnote-ref]').first();
			const target = (await ref.getAttribute('href'))!;
			await ref.click();
			await expect(page).toHaveURL(new RegExp(`${target}$`));
			const note = page.locator(`[id="${decodeURIComponent(target.slice(1))}"]`);
			await expect(note).toBeInViewport();
			await expect(note).toHaveCSS('background-color', 'rgb(255, 245, 184)');

			await note.locator('[data-footnote-backref]').first().click();
			const back = await ref.getAttribute('id');
			await expect(page).toHaveURL(new RegExp(`#${back}$`));
			await expect(ref).toBeInViewport();
		});
	});
}
