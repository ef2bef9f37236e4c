/**
 * Finds URLs that point away from the site in built files (npm run check:dist):
 * absolute `http://`, `https://`, `ws://`, `wss://`, `ftp://` URLs and
 * protocol-relative `//host/…` references. The one thing allowed is an XML
 * namespace URI in its place as a namespace: `xmlns="http://www.w3.org/2000/svg"`
 * (or `xmlns:xlink="…"`), in HTML, in markup a script writes, or in a CSS data: URI.
 */

/** An absolute URL with a scheme that leaves the site. */
const ABSOLUTE = /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>()\\]*/gi;
/**
 * A protocol-relative reference: `//host` right after a quote, `(` or `=`, as in
 * `src="//cdn.example/x.js"`, `url(//host/font.woff2)` or `fetch('//host/api')`.
 * A comment (`// text`) or a path (`a//b`) is neither.
 */
const PROTOCOL_RELATIVE = /(?<=["'`(=]\s*)\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d+)?(?=[/"'`)?#:\s]|$)[^\s"'`<>()\\]*/gi;
/** What may come right before an allowed namespace URI: `xmlns="`, `xmlns:xlink='`, `xmlns=%27`, `xmlns=\"`. */
const NAMESPACE_BEFORE = /xmlns(?::[\w-]+)?\s*=\s*(?:\\?["']|%2[27])?$/i;

export interface OutsideUrl {
	url: string;
	/** 1-based line of the file. */
	line: number;
}

/** The URLs to other hosts in the text of one built file, in order. */
export function findOutsideUrls(text: string): OutsideUrl[] {
	const found: { url: string; index: number }[] = [];
	for (const m of text.matchAll(ABSOLUTE)) {
		const before = text.slice(Math.max(0, m.index - 40), m.index);
		if (NAMESPACE_BEFORE.test(before)) continue;
		found.push({ url: m[0], index: m.index });
	}
	for (const m of text.matchAll(PROTOCOL_RELATIVE)) found.push({ url: m[0], index: m.index });
	found.sort((a, b) => a.index - b.index);
	return found.map(({ url, index }) => ({ url, line: lineAt(text, index) }));
}

function lineAt(text: string, index: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
	return line;
}
