/**
 * Shared by the browser specs: the `test` fixture that forbids requests to any
 * host but the local server, and the corpus read from content/ so the generic
 * specs follow whatever documents the archive holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import yaml from 'js-yaml';
import { formatDate } from '../../src/lib/dates.ts';
import { typeHeading } from '../../src/lib/document.ts';
import { typeName } from '../../src/lib/documentTypes.ts';
import { inlineToText } from '../../src/lib/inline.ts';
import { excerpt, type DocumentSummary } from '../../src/lib/listing.ts';
import { parseIssuerRegistry } from '../../src/lib/issuers.ts';
import { siteUrls } from '../../src/lib/urls.ts';
import { DirectiveSchema, type Directive } from '../../src/schemas/directive.ts';

export { expect };

/** The base path the site is built and served under for the tests. */
export const BASE_PATH = '/kho-van-ban/';
export const urls = siteUrls(BASE_PATH);

const ROOT = join(import.meta.dirname, '..', '..');
// The same content folder the build reads (src/content.config.ts): content/ unless ARCHIVE_CONTENT names another.
const CONTENT = resolve(ROOT, process.env['ARCHIVE_CONTENT'] ?? 'content');
const DIRECTIVES = join(CONTENT, 'directives');
const ISSUERS_FILE = join(CONTENT, 'issuers.yaml');

export const issuers = parseIssuerRegistry(readFileSync(ISSUERS_FILE, 'utf8'), ISSUERS_FILE);
const issuerNames = new Map(issuers.map((i) => [i.id, i.name]));

export interface CorpusDoc extends DocumentSummary {
	file: string;
	data: Directive;
	/** The document page, an absolute path under the base. */
	url: string;
	typeName: string;
	/** "THÔNG BÁO" */
	heading: string;
	issuerName: string | null;
	/** What a list shows as the link: the title as read, or the excerpt's first words. */
	listText: string;
	/** Footnote labels defined in the body, in order of definition. */
	footnotes: string[];
}

function mdxFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? mdxFiles(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [join(dir, e.name)] : [],
	);
}

function readDoc(path: string): CorpusDoc {
	const text = readFileSync(path, 'utf8');
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!m) throw new Error(`${path}: no frontmatter`);
	const data = DirectiveSchema.parse(yaml.load(m[1]!));
	const body = m[2]!;
	const id = relative(DIRECTIVES, path).split(sep).join('/').replace(/\.mdx?$/, '');
	const summary: DocumentSummary = {
		id,
		type: data.type,
		number: data.number,
		issuedAt: data.issuedAt,
		year: data.year,
		issuer: data.issuer,
		title: data.title,
		body,
	};
	return {
		...summary,
		file: relative(ROOT, path),
		data,
		url: urls.document(id),
		typeName: typeName(data.type),
		heading: typeHeading(data.type),
		issuerName: data.issuer === null ? null : (issuerNames.get(data.issuer) ?? data.issuer),
		listText: data.title !== null ? inlineToText(data.title) : excerpt(body).text,
		footnotes: [...body.matchAll(/^\[\^([^\]]+)\]:/gm)].map((f) => f[1]!),
	};
}

export const corpus: CorpusDoc[] = mdxFiles(DIRECTIVES)
	.sort()
	.map(readDoc);

/** "03/05/2024", or null. */
export function dateText(doc: CorpusDoc): string | null {
	return doc.issuedAt === null ? null : formatDate(doc.issuedAt);
}

/** Text as a reader sees it: whitespace collapsed. */
export function squash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** A RegExp matching `text` literally. */
export function literal(text: string): RegExp {
	return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** The list item in a document list that links to `doc`. */
export function listItemOf(page: Page, doc: CorpusDoc, scope: Page | Locator = page): Locator {
	return scope.locator('.doc-list > li').filter({ has: page.locator(`a[href="${doc.url}"]`) });
}

/** The <dd> of an attribute row of the document page. */
export function attribute(page: Page, label: string): Locator {
	return page
		.getByRole('region', { name: 'Thuộc tính văn bản' })
		.locator('.attribute')
		.filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
		.locator('dd');
}

/** What a crawl of a build found: the pages reached, and what was wrong on them. */
export interface Crawl {
	seen: Set<string>;
	problems: string[];
}

/**
 * Follows every link from the home page under `basePath`, checking each page:
 * status 200, lang="vi", one h1, one main, headings in order, links that stay
 * under the base and end in "/" or a file extension. Returns the pages reached.
 */
export async function crawl(page: Page, basePath: string): Promise<Crawl> {
	const queue = [basePath];
	const seen = new Set(queue);
	const problems: string[] = [];
	while (queue.length > 0) {
		const path = queue.shift()!;
		const response = await page.goto(path);
		if (response?.status() !== 200) {
			problems.push(`${path}: status ${response?.status()}`);
			continue;
		}
		if ((await page.locator('html').getAttribute('lang')) !== 'vi') problems.push(`${path}: lang is not "vi"`);
		const h1 = await page.getByRole('heading', { level: 1 }).count();
		if (h1 !== 1) problems.push(`${path}: ${h1} h1`);
		const mains = await page.getByRole('main').count();
		if (mains !== 1) problems.push(`${path}: ${mains} main landmarks`);
		const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
		levels.forEach((level, i) => {
			if (i > 0 && level > levels[i - 1]! + 1) problems.push(`${path}: h${levels[i - 1]} followed by h${level}`);
		});
		for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
			if (href.startsWith('#')) continue;
			if (!href.startsWith(basePath)) {
				problems.push(`${path} links to ${href}, outside ${basePath}`);
				continue;
			}
			const target = new URL(href, 'http://x').pathname;
			if (!(target.endsWith('/') || /\.[a-z0-9]+$/.test(target))) problems.push(`${path} links to ${href}`);
			if (!seen.has(target) && target.endsWith('/')) {
				seen.add(target);
				queue.push(target);
			}
		}
	}
	return { seen, problems };
}

/**
 * Every test's page: requests to any host other than the local server are
 * aborted and fail the test, as do script errors and failed responses.
 */
export const test = base.extend({
	page: async ({ page, baseURL }, use) => {
		const origin = new URL(baseURL!).origin;
		const local = (url: string) => url.startsWith(`${origin}/`) || /^(data|blob|about):/.test(url);
		const foreign: string[] = [];
		const failed: string[] = [];
		const errors: string[] = [];
		await page.context().route(
			(url) => !local(url.href),
			async (route) => {
				foreign.push(route.request().url());
				await route.abort('blockedbyclient');
			},
		);
		page.on('request', (r) => {
			if (!local(r.url())) foreign.push(r.url());
		});
		page.on('response', (r) => {
			if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
		});
		page.on('pageerror', (e) => errors.push(e.message));
		await use(page);
		expect([...new Set(foreign)], 'requests to hosts other than the local server').toEqual([]);
		expect(failed, 'responses with an error status').toEqual([]);
		expect(errors, 'errors in the page').toEqual([]);
	},
});
