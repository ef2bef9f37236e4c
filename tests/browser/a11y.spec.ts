/**
 * Accessibility audit with axe-core on the main build: no violation of serious
 * or critical impact on the home, the browse pages, a document page with
 * footnotes and relations (seed 003), a "chưa có trong kho" page and the search
 * page with results.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { corpus, expect, test, urls } from './support.ts';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One readable block per violation: rule, impact, help, and each node's target and summary. */
function describe(violations: Violation[]): string {
	return violations
		.map((v) =>
			[
				`${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}`,
				...v.nodes.map((n) => `  - ${n.target.join(' ')}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`),
			].join('\n'),
		)
		.join('\n\n');
}

async function audit(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(serious.length, `serious or critical axe violations on ${page.url()}:\n\n${describe(serious)}\n`).toBe(0);
}

// Seed 003 (tests/fixtures/seeds/003_…): footnotes, citations and relations.
const seed003 = corpus.find((d) => d.data.source?.file?.startsWith('003_')) ?? corpus.find((d) => d.footnotes.length > 0)!;
const typed = corpus[0]!;

const pages: [string, string][] = [
	['the home page', urls.home],
	['the list of types', urls.types],
	['a type page', urls.type(typed.type)],
	['a year page', urls.year(typed.year)],
	['an issuer page', urls.issuer(typed.issuer)],
	['a document page with footnotes and relations (seed 003)', seed003.url],
	['a "chưa có trong kho" page', `${urls.stubs}280-kh-tu-2024-03-04/`],
	['the deadline page', urls.deadlines],
];

for (const [name, path] of pages) {
	test(`${name} has no serious accessibility violation`, async ({ page }) => {
		await page.goto(path);
		await audit(page);
	});
}

test('the search page with results has no serious accessibility violation', async ({ page }) => {
	await page.goto(`${urls.home}tim-kiem/?q=${encodeURIComponent('đảng viên')}`);
	await expect(page.locator('#search-status')).toHaveText(/^Tìm thấy/);
	await expect(page.locator('a.result-link').first()).toBeVisible();
	await audit(page);
});
