/**
 * Byte accounting for the browser measurements: what each response is, which
 * count toward a search, and the weight a document page adds to its own text.
 */

/** One finished response as the browser saw it. */
export interface Transfer {
	url: string;
	/** Playwright's resource type: document, stylesheet, script, fetch, font, image… */
	resourceType: string;
	/** Body bytes as transferred (encoded). */
	bytes: number;
	/** What was happening when the request started: "page", "query-1", … */
	phase: string;
}

export type Category = 'html' | 'css' | 'font' | 'image' | 'page-script' | 'pagefind-js' | 'pagefind-wasm' | 'pagefind-index' | 'pagefind-fragment' | 'number-lookup' | 'other';

/** What a response is, by its URL and type. */
export function categorise(t: Pick<Transfer, 'url' | 'resourceType'>): Category {
	const path = new URL(t.url).pathname;
	if (path.includes('/pagefind/')) {
		if (/\.pf_fragment$/.test(path)) return 'pagefind-fragment';
		if (/\.pf_(?:index|meta|filter)$|\.json$/.test(path)) return 'pagefind-index';
		if (/wasm/.test(path)) return 'pagefind-wasm';
		return 'pagefind-js';
	}
	if (path.includes('/tra-cuu/so-hieu/')) return 'number-lookup';
	if (t.resourceType === 'document') return 'html';
	if (t.resourceType === 'stylesheet' || path.endsWith('.css')) return 'css';
	if (t.resourceType === 'font' || /\.woff2?$/.test(path)) return 'font';
	if (t.resourceType === 'image' || /\.(?:svg|png|ico|jpe?g|webp)$/.test(path)) return 'image';
	if (t.resourceType === 'script' || path.endsWith('.js')) return 'page-script';
	return 'other';
}

/** The page's own presentation, not part of a search: its HTML, stylesheets, fonts and images (the favicon). */
const PAGE_OWN: ReadonlySet<Category> = new Set(['html', 'css', 'font', 'image']);

export interface PhaseBytes {
	bytes: number;
	requests: number;
	byCategory: Partial<Record<Category, number>>;
}

/** Bytes of one phase; `withPageOwn` false leaves out the page's HTML, CSS, fonts and images. */
export function phaseBytes(transfers: readonly Transfer[], phase: string, withPageOwn = false): PhaseBytes {
	const out: PhaseBytes = { bytes: 0, requests: 0, byCategory: {} };
	for (const t of transfers) {
		if (t.phase !== phase) continue;
		const category = categorise(t);
		if (!withPageOwn && PAGE_OWN.has(category)) continue;
		out.bytes += t.bytes;
		out.requests++;
		out.byCategory[category] = (out.byCategory[category] ?? 0) + t.bytes;
	}
	return out;
}

/**
 * The file a URL of a static site serves ("/van-ban/x/" → van-ban/x/index.html), relative to the
 * site's folder. The browser reports 0 bytes for a worker's script: its size is then read from disk.
 */
export function servedPath(url: string): string {
	const path = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, '');
	return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** The text of an MDX file below its frontmatter. */
export function mdxBody(text: string): string {
	const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(text);
	return m ? text.slice(m[0].length) : text;
}

export interface PageWeight {
	htmlBytes: number;
	cssBytes: number;
	fontBytes: number;
	/** UTF-8 bytes of the document's own text (its MDX body). */
	bodyBytes: number;
	/** HTML + CSS beyond the document's own text. */
	overheadBytes: number;
	/** Scripts the page requested before any search. */
	scripts: string[];
}

/** The weight of a document page: what it transfers for HTML and CSS beyond its text, and the scripts it loads. */
export function pageWeight(transfers: readonly Transfer[], phase: string, body: string): PageWeight {
	let htmlBytes = 0;
	let cssBytes = 0;
	let fontBytes = 0;
	const scripts: string[] = [];
	for (const t of transfers) {
		if (t.phase !== phase) continue;
		const category = categorise(t);
		if (category === 'html') htmlBytes += t.bytes;
		else if (category === 'css') cssBytes += t.bytes;
		else if (category === 'font') fontBytes += t.bytes;
		else if (category === 'page-script' || category === 'pagefind-js' || category === 'pagefind-wasm') scripts.push(new URL(t.url).pathname);
	}
	const bodyBytes = Buffer.byteLength(body, 'utf8');
	return { htmlBytes, cssBytes, fontBytes, bodyBytes, overheadBytes: htmlBytes + cssBytes - bodyBytes, scripts };
}
