/**
 * Measures the built site in headless Chromium, served by scripts/staticServer.ts:
 * - the search page opened with a first text query (?q=…), then a second query
 *   and a number lookup typed into the same page; a number lookup in a fresh page;
 * - a document page: HTML and CSS beyond its text, and the scripts it loads.
 * A search is done when the status line names the query (src/client/search-page.ts
 * writes it after the results are on the page). Bytes are response bodies as
 * transferred (Playwright's request.sizes(), from the DevTools protocol), gzip
 * copies where the build wrote them, as the README's nginx configuration serves them.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, devices, type Browser, type Page } from '@playwright/test';
import { createStaticServer } from '../staticServer.ts';
import { pageWeight, phaseBytes, servedPath, type PageWeight, type Transfer } from './bytes.ts';
import type { QueryMeasure } from './result.ts';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TIMEOUT = 60_000;

export interface BrowserPlan {
	siteDir: string;
	firstQuery: string;
	secondQuery: string;
	numberQuery: string;
	/** The document page to weigh ("/van-ban/2024/307-nq-tu/") and its MDX body. */
	documentPath: string;
	documentBody: string;
}

export interface BrowserMeasures {
	queries: QueryMeasure[];
	page: PageWeight & { url: string };
}

/** Records every response of a page with the phase its request started in, and tracks requests in flight. */
class Recorder {
	phase = 'page';
	readonly transfers: Transfer[] = [];
	readonly #pending = new Set<Promise<void>>();
	#inFlight = 0;
	#lastActivity = performance.now();

	constructor(page: Page, siteDir: string) {
		const phases = new WeakMap<object, string>();
		page.on('request', (request) => {
			phases.set(request, this.phase);
			this.#inFlight++;
			this.#lastActivity = performance.now();
		});
		page.on('requestfailed', () => {
			this.#inFlight--;
			this.#lastActivity = performance.now();
		});
		page.on('requestfinished', (request) => {
			const done = (async () => {
				try {
					const sizes = await request.sizes();
					let bytes = sizes.responseBodySize;
					// A worker's own script is reported with 0 bytes: take the file's size.
					if (bytes === 0) bytes = fileSize(siteDir, request.url());
					this.transfers.push({ url: request.url(), resourceType: request.resourceType(), bytes, phase: phases.get(request) ?? 'unknown' });
				} catch {
					// The page closed meanwhile.
				} finally {
					this.#inFlight--;
					this.#lastActivity = performance.now();
				}
			})();
			this.#pending.add(done);
			void done.finally(() => this.#pending.delete(done));
		});
	}

	/** Waits until no request has been in flight for `quietMs`. */
	async idle(quietMs = 400, timeoutMs = 15_000): Promise<void> {
		const until = performance.now() + timeoutMs;
		while (performance.now() < until) {
			if (this.#inFlight <= 0 && performance.now() - this.#lastActivity >= quietMs) break;
			await new Promise((r) => setTimeout(r, 50));
		}
		await Promise.all(this.#pending);
	}
}

/** The size of what the server sends for `url`: the .gz copy where there is one (Chromium accepts gzip). */
function fileSize(siteDir: string, url: string): number {
	const file = join(siteDir, servedPath(url));
	for (const candidate of [`${file}.gz`, file]) if (existsSync(candidate)) return statSync(candidate).size;
	return 0;
}

/** Resolves with performance.now() in the page once the status line reports a finished search for `query`. */
async function resultsShown(page: Page, query: string): Promise<{ at: number; status: string }> {
	const handle = await page.waitForFunction(
		(q) => {
			const status = document.querySelector('#search-status')?.textContent ?? '';
			const error = document.querySelector('.search-error');
			if (error) return { at: performance.now(), status: `error: ${error.textContent}` };
			return /^(?:Tìm thấy|Không tìm thấy)/.test(status) && status.includes(`“${q}”`) ? { at: performance.now(), status } : false;
		},
		query,
		{ polling: 'raf', timeout: TIMEOUT },
	);
	return (await handle.jsonValue()) as { at: number; status: string };
}

function measure(recorder: Recorder, phase: string, query: string, ms: number | null, status: string | null, error?: string): QueryMeasure {
	const bytes = phaseBytes(recorder.transfers, phase);
	return {
		query,
		bytes: error ? null : bytes.bytes,
		ms,
		requests: error ? null : bytes.requests,
		byCategory: bytes.byCategory,
		results: status,
		...(error ? { error } : {}),
	};
}

/** Opens the search page with `query` in its URL: time from navigation start to results. */
async function openWithQuery(browser: Browser, origin: string, siteDir: string, query: string, phase: string): Promise<QueryMeasure> {
	const context = await browser.newContext({ ...devices['Desktop Chrome'], locale: 'vi-VN' });
	const page = await context.newPage();
	const recorder = new Recorder(page, siteDir);
	recorder.phase = phase;
	try {
		await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
		const shown = await resultsShown(page, query);
		await recorder.idle();
		return measure(recorder, phase, query, shown.at, shown.status);
	} catch (error) {
		return measure(recorder, phase, query, null, null, (error as Error).message.split('\n')[0]);
	} finally {
		await context.close();
	}
}

/** Types `query` into the search page already open and submits it: time from submitting to results. */
async function typeQuery(page: Page, recorder: Recorder, query: string, phase: string): Promise<QueryMeasure> {
	try {
		await recorder.idle();
		recorder.phase = phase;
		const started = await page.evaluate((q) => {
			const input = document.querySelector<HTMLInputElement>('#search-q')!;
			input.value = q;
			const at = performance.now();
			document.querySelector<HTMLFormElement>('#search-form')!.requestSubmit();
			return at;
		}, query);
		const shown = await resultsShown(page, query);
		await recorder.idle();
		return measure(recorder, phase, query, shown.at - started, shown.status);
	} catch (error) {
		return measure(recorder, phase, query, null, null, (error as Error).message.split('\n')[0]);
	}
}

export async function measureInBrowser(plan: BrowserPlan): Promise<BrowserMeasures> {
	const server = createStaticServer(plan.siteDir, '/');
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const browser = await chromium.launch({
		...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
		args: ARGS,
	});
	try {
		const queries: QueryMeasure[] = [];

		// The first query, the second, then the number, in one page.
		const context = await browser.newContext({ ...devices['Desktop Chrome'], locale: 'vi-VN' });
		const page = await context.newPage();
		const recorder = new Recorder(page, plan.siteDir);
		recorder.phase = 'query-1';
		try {
			await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent(plan.firstQuery)}`, { waitUntil: 'commit' });
			const shown = await resultsShown(page, plan.firstQuery);
			await recorder.idle();
			queries.push(measure(recorder, 'query-1', plan.firstQuery, shown.at, shown.status));
		} catch (error) {
			queries.push(measure(recorder, 'query-1', plan.firstQuery, null, null, (error as Error).message.split('\n')[0]));
		}
		queries.push(await typeQuery(page, recorder, plan.secondQuery, 'query-2'));
		const number = await typeQuery(page, recorder, plan.numberQuery, 'number');
		queries.push(number);
		await context.close();

		// The number again, as the first search of a fresh page.
		const cold = await openWithQuery(browser, origin, plan.siteDir, plan.numberQuery, 'number-cold');
		queries.push({ ...cold, query: `${plan.numberQuery} (first search of a new page)` });

		// A document page, opened without searching.
		const docContext = await browser.newContext({ ...devices['Desktop Chrome'], locale: 'vi-VN' });
		const docPage = await docContext.newPage();
		const docRecorder = new Recorder(docPage, plan.siteDir);
		docRecorder.phase = 'document';
		const url = `${origin}${plan.documentPath}`;
		await docPage.goto(url, { waitUntil: 'load' });
		await docRecorder.idle(600);
		await docContext.close();
		return { queries, page: { url: plan.documentPath, ...pageWeight(docRecorder.transfers, 'document', plan.documentBody) } };
	} finally {
		await browser.close();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	}
}
