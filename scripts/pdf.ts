/**
 * npm run pdf -- <document id …|--all> [--out dir] [--base /kho-van-ban/]
 *
 * Prints document pages of the built site (dist/) to PDF with Chromium, as the
 * "In văn bản" button does: A4, the official layout of src/styles/print.css.
 * The site is served from dist/ on a local port for the run; nothing leaves the
 * machine. Writes <out>/<id>.pdf (default dist/pdf/<id>.pdf).
 *
 * The base path is the one the build used: --base, else SITE_BASE, else read
 * from dist/index.html, else "/".
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { createStaticServer } from './staticServer.ts';

const USAGE = 'usage: npm run pdf -- <document id …|--all> [--out dir] [--base /path/] [--dist dist]';


function fail(message: string): never {
	console.error(`pdf: ${message}`);
	process.exit(1);
}

/** "/kho-van-ban/" from the favicon link every page carries; "/" when there is none. */
function baseOf(dist: string): string {
	const index = join(dist, 'index.html');
	if (!existsSync(index)) return '/';
	const m = /<link rel="icon" href="([^"]*)favicon\.svg"/.exec(readFileSync(index, 'utf8'));
	return m?.[1] ?? '/';
}

function normaliseBase(base: string): string {
	return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
}

/** The ids of all document pages in the build: dist/van-ban/<id>/index.html. */
function documentIds(dist: string): string[] {
	const root = join(dist, 'van-ban');
	if (!existsSync(root)) return [];
	const ids: string[] = [];
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			if (e.isDirectory()) walk(join(dir, e.name));
			else if (e.name === 'index.html' && dir !== root) ids.push(relative(root, dir).split(sep).join('/'));
		}
	};
	walk(root);
	return ids.sort();
}

/** Serves `dist` under `base` on a free local port. */
function serve(dist: string, base: string): Promise<Server> {
	const server = createStaticServer(dist, base);
	return new Promise((ok, ko) => {
		server.once('error', ko);
		server.listen(0, '127.0.0.1', () => ok(server));
	});
}

/** Playwright's own Chromium when it was downloaded, else the system one (as tests/playwright.config.ts). */
function chromiumExecutable(): string | undefined {
	const own = chromium.executablePath();
	if (own && existsSync(own)) return undefined;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	fail("no Chromium: install Playwright's (npx playwright install chromium) or the system one (apt-get install chromium)");
}

async function main(): Promise<void> {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				all: { type: 'boolean', default: false },
				out: { type: 'string' },
				base: { type: 'string' },
				dist: { type: 'string', default: 'dist' },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
	} catch (e) {
		fail(`${(e as Error).message}\n${USAGE}`);
	}
	const { values, positionals } = parsed;
	if (values.help) {
		console.log(USAGE);
		return;
	}
	const dist = resolve(values.dist);
	if (!existsSync(join(dist, 'van-ban'))) fail(`${relative(process.cwd(), dist) || dist}/ holds no built site: run npm run build first`);
	const out = resolve(values.out ?? join(dist, 'pdf'));
	const base = normaliseBase(values.base ?? process.env['SITE_BASE'] ?? baseOf(dist));
	const available = documentIds(dist);
	const ids = values.all ? available : positionals.map((p) => p.replace(/^\/+|\/+$/g, '').replace(/^van-ban\//, ''));
	if (ids.length === 0) fail(values.all ? 'the build holds no document pages' : `name a document id or --all\n${USAGE}`);
	const missing = ids.filter((id) => !available.includes(id));
	if (missing.length > 0) {
		for (const id of missing) console.error(`pdf: ${id}: no such document page in ${relative(process.cwd(), dist) || dist}/van-ban/`);
		process.exit(1);
	}

	const server = await serve(dist, base);
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	let browser: Browser | undefined;
	let failures = 0;
	try {
		const executablePath = chromiumExecutable();
		browser = await chromium.launch({
			...(executablePath ? { executablePath } : {}),
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
		});
		const context = await browser.newContext({ locale: 'vi-VN' });
		// The site makes no outside request; the PDF run makes sure of it.
		await context.route((url) => !url.href.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(url.href), (r) => r.abort());
		const page = await context.newPage();
		for (const [i, id] of ids.entries()) {
			const file = join(out, `${id}.pdf`);
			const shown = relative(process.cwd(), file);
			const started = performance.now();
			try {
				const response = await page.goto(`${origin}${base}van-ban/${id}/`, { waitUntil: 'load' });
				if (response?.status() !== 200) throw new Error(`status ${response?.status()}`);
				await page.emulateMedia({ media: 'print' });
				// The print faces (src/styles/print.css) load once print media asks for them: wait for them.
				await page.evaluate(async () => {
					const faces = ['14pt', 'bold 14pt', 'italic 14pt', 'italic bold 14pt'].map((f) => `${f} "Notice Serif"`);
					await Promise.all(faces.map((face) => document.fonts.load(face, 'Số ĐẢNG CỘNG SẢN VIỆT NAM ngày tháng năm')));
					await document.fonts.ready;
				});
				const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
				mkdirSync(dirname(file), { recursive: true });
				writeFileSync(file, pdf);
				const ms = Math.round(performance.now() - started);
				console.log(`[${i + 1}/${ids.length}] ${id} → ${shown} (${Math.round(pdf.length / 1024)} KB, ${ms} ms)`);
			} catch (e) {
				failures++;
				console.error(`[${i + 1}/${ids.length}] ${id}: failed: ${(e as Error).message.split('\n')[0]}`);
			} finally {
				await page.emulateMedia({ media: null });
			}
		}
	} finally {
		await browser?.close();
		server.close();
	}
	if (failures > 0) {
		console.error(`${failures} of ${ids.length} failed`);
		process.exit(1);
	}
}

main().catch((e: unknown) => fail((e as Error).message.split('\n')[0] ?? String(e)));
