/**
 * Serves a built site (dist/) under its base path, as an intranet server would:
 * directories answer with their index.html, anything outside the base is 404,
 * and a client that accepts gzip gets the file's .gz copy where the build wrote
 * one (as nginx's gzip_static in the README's configuration does).
 * Used by `npm run pdf` and by the browser tests (tests/static-server.ts).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

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
	'.woff': 'font/woff',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
	'.tif': 'image/tiff',
};

/** "/kho-van-ban", "kho-van-ban/" → "/kho-van-ban/"; "" → "/". */
export function normaliseBase(base: string): string {
	return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
}

export function createStaticServer(rootDir: string, basePath: string): Server {
	const root = resolve(rootDir);
	const base = normaliseBase(basePath);

	/** The file for a URL path under the base, a redirect for a directory without its slash, or null. */
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

	return createServer((req, res) => {
		// Parsed against a fixed origin: "//" alone would be read as a host and not parse at all.
		let url: URL;
		try {
			url = new URL(`http://localhost${(req.url ?? '/').replace(/^(?!\/)/, '/')}`);
		} catch {
			res.writeHead(400, { 'content-type': TYPES['.txt']! }).end('Bad request\n');
			return;
		}
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
		const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && existsSync(`${found.file}.gz`);
		res.writeHead(200, {
			'content-type': TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
			'cache-control': 'no-store',
			vary: 'Accept-Encoding',
			...(gzip ? { 'content-encoding': 'gzip' } : {}),
		});
		if (req.method === 'HEAD') res.end();
		else createReadStream(gzip ? `${found.file}.gz` : found.file).pipe(res);
	});
}
