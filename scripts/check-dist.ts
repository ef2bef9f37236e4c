/**
 * npm run check:dist [-- --dist <dir>]
 *
 * Scans every .html, .css, .js, .xml (feeds), .ics and .json file of the build
 * (default dist/) for URLs to any other host: http://, https://, protocol-relative
 * //host (src/lib/outsideUrls.ts). Only XML namespace URIs used as namespaces are
 * allowed (xmlns="http://www.w3.org/2000/svg"), and the site's own address when
 * the build was given one (SITE_URL).
 * Prints one line per URL, `file: URL`, and exits 1 if there is any.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findOutsideUrls } from '../src/lib/outsideUrls.ts';

const USAGE = 'Usage: npm run check:dist [-- --dist <dir>]   (default: dist)';
const SCANNED = /\.(?:html|css|js|mjs|xml|ics|json)$/;
const OWN = process.env['SITE_URL'] ? new URL(process.env['SITE_URL']).origin : null;

let dist: string;
try {
	const { values } = parseArgs({ options: { dist: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
	if (values.help) {
		console.log(USAGE);
		process.exit(0);
	}
	dist = values.dist ?? 'dist';
} catch (error) {
	console.error(`check:dist: ${(error as Error).message}\n${USAGE}`);
	process.exit(2);
}

if (!existsSync(dist) || !statSync(dist).isDirectory()) {
	console.error(`check:dist: ${dist} is not a folder; build the site first (npm run build) or name it with --dist`);
	process.exit(2);
}

const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
	.filter((f) => SCANNED.test(f))
	.sort()
	.map((f) => join(dist, f))
	.filter((f) => statSync(f).isFile());

let count = 0;
let withUrls = 0;
for (const file of files) {
	const urls = findOutsideUrls(readFileSync(file, 'utf8')).filter(({ url }) => OWN === null || !(url === OWN || url.startsWith(`${OWN}/`)));
	if (urls.length > 0) withUrls++;
	for (const { url } of urls) {
		console.log(`${file}: ${url}`);
		count++;
	}
}

if (count > 0) {
	console.error(`check:dist: ${count} URL(s) to other hosts in ${withUrls} of ${files.length} file(s) under ${dist}`);
	process.exit(1);
}
console.error(`check:dist: no URL to another host in ${files.length} file(s) under ${dist}`);
