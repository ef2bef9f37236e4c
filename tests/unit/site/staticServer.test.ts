/** The static server of npm run pdf, the bench and the browser tests (scripts/staticServer.ts). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../../scripts/staticServer.ts';

const root = mkdtempSync(join(tmpdir(), 'static-'));
mkdirSync(join(root, 'van-ban'));
writeFileSync(join(root, 'index.html'), '<p>Trang chủ</p>');
writeFileSync(join(root, '404.html'), '<p>Không tìm thấy</p>');
const server = createStaticServer(root, '/kho/');
let port = 0;

/** A raw GET of `path`, exactly as written (no URL normalising on the way). */
function get(path: string): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
			let body = '';
			res.on('data', (chunk) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
		});
		req.on('error', reject);
		req.end();
	});
}

beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => ((port = (server.address() as AddressInfo).port), resolve()))));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the static server', () => {
	it('answers odd paths without stopping, and goes on serving', async () => {
		expect((await get('//')).status).toBe(404);
		expect((await get('//kho//')).status).toBe(404);
		expect((await get('/kho/%E0%A4%A')).status).toBe(404);
		expect(await get('/kho/')).toEqual({ status: 200, body: '<p>Trang chủ</p>' });
	});
});
