/**
 * A tiny static file server for the browser tests: serves ./dist under a base
 * path (default /kho-van-ban/), as an intranet server would. Anything outside
 * the base is 404. No dependencies: node:http only.
 *
 *   node tests/static-server.ts [--port 4391] [--base /kho-van-ban/] [--root dist]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env['PORT'] ?? '4391' },
		host: { type: 'string', default: '127.0.0.1' },
		base: { type: 'string', default: '/kho-van-ban/' },
		root: { type: 'string', default: 'dist' },
	},
});

const root = resolve(values.root);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.woff2': 'font/woff2',
	'.pdf': 'application/pdf',
};

/** The file for a URL path under the base, or null when there is none. */
function resolveFile(pathname: string): { file: string } | { redirect: string } | null {
	if (!pathname.startsWith(base)) return null;
	let relative: string;
	try {
		relative = decodeURIComponent(pathname.slice(base.length));
	} catch {
		return null;
	}
	if (relative.includes('\0')) return null;
	const candidate = normalize(join(root, relative));
	if (candidate !== root && !candidate.startsWith(root + sep)) return null;
	if (!existsSync(candidate)) return null;
	const stat = statSync(candidate);
	if (stat.isDirectory()) {
		if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
		const index = join(candidate, 'index.html');
		return existsSync(index) ? { file: index } : null;
	}
	return stat.isFile() ? { file: candidate } : null;
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { allow: 'GET, HEAD' }).end();
		return;
	}
	const found = resolveFile(url.pathname);
	if (found && 'redirect' in found) {
		res.writeHead(301, { location: found.redirect + url.search }).end();
		return;
	}
	if (!found) {
		const page404 = join(root, '404.html');
		const inside = url.pathname.startsWith(base) && existsSync(page404);
		res.writeHead(404, { 'content-type': inside ? TYPES['.html']! : TYPES['.txt']! });
		if (inside && req.method === 'GET') createReadStream(page404).pipe(res);
		else res.end(req.method === 'GET' ? 'Không tìm thấy\n' : undefined);
		return;
	}
	res.writeHead(200, {
		'content-type': TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
		'cache-control': 'no-store',
	});
	if (req.method === 'HEAD') res.end();
	else createReadStream(found.file).pipe(res);
});

server.listen(Number(values.port), values.host, () => {
	console.log(`Serving ${root} at http://${values.host}:${values.port}${base}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => server.close(() => process.exit(0)));
}
