/**
 * The nginx configuration in the README, run for real: it serves the /kho-van-ban/
 * build from a folder named as on a server, with pre-compressed files and cache
 * headers. Needs nginx (Debian's nginx-light; .ci/run installs it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './support.ts';

const PORT = Number(process.env['TEST_PORT'] ?? 4391) + 10;
const ORIGIN = `http://127.0.0.1:${PORT}`;
let nginx: ChildProcess;

// Pages are opened through nginx: the fixture then treats nginx as the local server.
test.use({ baseURL: `${ORIGIN}/kho-van-ban/` });

function readmeServerBlock(): string {
	const readme = readFileSync('README.md', 'utf8');
	const block = /```nginx\n(server \{[\s\S]*?\n\})\n```/.exec(readme);
	if (!block) throw new Error('README.md has no ```nginx server { … } block');
	return block[1]!;
}

test.beforeAll(async () => {
	const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
	chmodSync(dir, 0o755); // nginx's workers run as another user when it starts as root
	mkdirSync(join(dir, 'www'));
	symlinkSync(resolve('dist'), join(dir, 'www', 'kho-van-ban'));
	const server = readmeServerBlock().replace('listen 80;', `listen 127.0.0.1:${PORT};`).replace('root /srv/www;', `root ${dir}/www;`);
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join(' ');
	writeFileSync(
		join(dir, 'nginx.conf'),
		`daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;\n` +
			`events {}\nhttp { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off; ${temp}\n${server}\n}\n`,
	);
	nginx = spawn('nginx', ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'inherit' });
	const started = new Promise<void>((ok, ko) => {
		nginx.once('error', (e) => ko(new Error(`nginx could not start (${e.message}); install nginx-light`)));
		nginx.once('exit', (code) => ko(new Error(`nginx exited with ${code}`)));
		nginx.once('spawn', () => ok());
	});
	await started;
	// nginx listens a moment after it starts: ask until it answers.
	for (let i = 0; i < 50; i++) {
		try {
			await fetch(`${ORIGIN}/kho-van-ban/`);
			return;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	throw new Error('nginx did not answer');
});

test.afterAll(() => {
	nginx?.kill('SIGQUIT');
});

test('the README nginx configuration serves the archive under its sub-path, compressed, with cache headers', async ({ request }) => {
	const home = await request.get(`${ORIGIN}/kho-van-ban/`, { headers: { 'accept-encoding': 'gzip' } });
	expect(home.status()).toBe(200);
	expect(home.headers()['content-encoding']).toBe('gzip');
	expect(home.headers()['cache-control']).toBe('no-cache');
	expect(await home.text()).toContain('<html lang="vi"');

	const page = await request.get(`${ORIGIN}/kho-van-ban/van-ban/chua-ro-nam/thong-bao-df8fd198/`);
	expect(await page.text()).toContain('Trần Quốc Toàn');

	const css = /href="(\/kho-van-ban\/_astro\/[^"]+\.css)"/.exec(await home.text())![1]!;
	const asset = await request.get(`${ORIGIN}${css}`);
	expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

	const manifest = await request.get(`${ORIGIN}/kho-van-ban/pagefind/shards.json`);
	expect(manifest.headers()['cache-control']).toBe('no-cache');
	const shard = ((await manifest.json()) as { shards: { id: string }[] }).shards[0]!.id;
	const index = await request.get(`${ORIGIN}/kho-van-ban/pagefind/${shard}/pagefind.js`);
	expect(index.status()).toBe(200);
	expect(index.headers()['cache-control']).toBe('no-cache');
	const wasm = await request.get(`${ORIGIN}/kho-van-ban/pagefind/${shard}/wasm.unknown.pagefind`);
	expect(wasm.status()).toBe(200);

	const missing = await request.get(`${ORIGIN}/kho-van-ban/khong-co/`);
	expect(missing.status()).toBe(404);
	expect(await missing.text()).toContain('<html lang="vi"');
});

test('a reader can search through nginx', async ({ page }) => {
	await page.goto('tim-kiem/?q=280-KH%2FTU');
	await expect(page.getByRole('heading', { name: 'Văn bản có số hiệu này' })).toBeVisible();
	await expect(page.getByRole('link', { name: /280-KH\/TU/ }).first()).toBeVisible();
});
