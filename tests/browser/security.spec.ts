/**
 * The Content Security Policy (src/lib/csp.ts) on the main build: every page
 * declares it, and nothing the site does breaks it: the home, a browse page, a
 * document page, the search page with a query and its results (Pagefind's worker
 * and WebAssembly), and the print flow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { CSP } from '../../src/lib/csp.ts';
import { corpus, expect, test, urls } from './support.ts';

const SEARCH = `${urls.home}tim-kiem/`;
const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Collects every CSP violation of the page: the DOM events and Chromium's "Refused to …" console lines. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
	const console: string[] = [];
	page.on('console', (m) => {
		// Also Pagefind's "falling back to main thread" when its worker cannot start.
		if (/Refused to|Content Security Policy|Pagefind/i.test(m.text())) console.push(m.text());
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) => {
			seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
		});
	});
	return async () => [
		...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])),
		...console,
	];
}

async function expectPolicy(page: Page): Promise<void> {
	const meta = page.locator('head meta[http-equiv="Content-Security-Policy"]');
	await expect(meta).toHaveCount(1);
	await expect(meta).toHaveAttribute('content', CSP);
}

test('the policy allows the site alone, with no inline script or style', () => {
	expect(CSP).toContain("default-src 'self'");
	expect(CSP).toContain("script-src 'self' 'wasm-unsafe-eval'");
	expect(CSP).toContain("style-src 'self'");
	expect(CSP).toContain("object-src 'none'");
	expect(CSP).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
});

for (const [name, path] of [
	['the home page', urls.home],
	['a browse page', urls.types],
	['a document page', corpus[0]!.url],
	['the "chưa có trong kho" list', urls.stubs],
] as const) {
	test(`${name} declares the policy and breaks none of it`, async ({ page }) => {
		const violations = await watchViolations(page);
		await page.goto(path);
		await page.waitForLoadState('load');
		await expectPolicy(page);
		expect(await violations(), path).toEqual([]);
	});
}

test('the search page with a query finds results under the policy (Pagefind worker and WebAssembly)', async ({ page }) => {
	const violations = await watchViolations(page);
	await page.goto(`${SEARCH}?q=${encodeURIComponent('đảng viên')}`);
	await expectPolicy(page);
	await expect(page.locator('#search-status')).toHaveText(/^Tìm thấy/);
	await expect(page.locator('a.result-link').first()).toBeVisible();
	// A second query through the header box, then a number lookup.
	await page.getByRole('searchbox', { name: 'Tìm kiếm' }).first().fill('280-KH/TU');
	await page.keyboard.press('Enter');
	await expect(page.locator('#search-status')).toHaveText(/^Tìm thấy/);
	expect(await violations()).toEqual([]);
});

test('the print flow breaks none of the policy', async ({ page }) => {
	const violations = await watchViolations(page);
	await page.addInitScript(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => {
			(window as unknown as { printed: number }).printed++;
		};
	});
	const doc = corpus.find((d) => d.footnotes.length > 0) ?? corpus[0]!;
	await page.goto(doc.url);
	await expectPolicy(page);
	await page.getByRole('button', { name: 'In văn bản' }).click();
	await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.print-head')).toBeVisible();
	await page.pdf({ format: 'A4' });
	expect(await violations()).toEqual([]);
});

/** Every HTML file under `dir`. */
function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
	);
}

test('every page of the build declares the policy and holds no inline script or style', () => {
	const files = htmlFiles(DIST);
	expect(files.length).toBeGreaterThan(5);
	const problems: string[] = [];
	const policy = `<meta http-equiv="Content-Security-Policy" content="${CSP.replace(/'/g, '&#39;')}">`;
	for (const file of files) {
		const html = readFileSync(file, 'utf8');
		const name = relative(DIST, file);
		const metas = html.match(/<meta http-equiv="Content-Security-Policy"[^>]*>/g) ?? [];
		if (metas.length !== 1 || (metas[0] !== policy && metas[0] !== policy.replace(/&#39;/g, "'"))) {
			problems.push(`${name}: ${metas.length === 0 ? 'no policy' : metas.join(' ')}`);
		}
		for (const script of html.match(/<script\b[^>]*>/g) ?? []) {
			if (!/\bsrc=/.test(script) && !/type="application\/(ld\+)?json"/.test(script)) problems.push(`${name}: inline ${script}`);
		}
		if (/<style\b/.test(html)) problems.push(`${name}: inline <style>`);
		if (/<[^>]*\sstyle=/.test(html)) problems.push(`${name}: style attribute`);
		if (/<[^>]*\son[a-z]+=/.test(html)) problems.push(`${name}: inline event handler`);
	}
	expect(problems).toEqual([]);
});
