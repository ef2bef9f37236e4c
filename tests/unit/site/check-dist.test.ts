import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function checkDist(...args: string[]) {
	return checkDistWith({}, ...args);
}

function checkDistWith(env: Record<string, string>, ...args: string[]) {
	const { SITE_URL: _, ...rest } = process.env;
	const result = spawnSync(process.execPath, ['scripts/check-dist.ts', ...args], { encoding: 'utf8', env: { ...rest, ...env } });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A small build: one clean page, and an outside URL in HTML, in CSS url() and in JS. */
function build(): string {
	const dir = mkdtempSync(join(tmpdir(), 'check-dist-'));
	mkdirSync(join(dir, '_astro'));
	mkdirSync(join(dir, 'van-ban', 'a'), { recursive: true });
	writeFileSync(
		join(dir, 'index.html'),
		'<!doctype html><html><head><link rel="stylesheet" href="/kho/_astro/a.css"></head><body>' +
			'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><path d="M0 0"/></svg>' +
			'<a href="/kho/van-ban/a/">Văn bản</a> 11/40 chỉ tiêu, a//b</body></html>\n',
	);
	writeFileSync(join(dir, 'van-ban', 'a', 'index.html'), '<html><body>\n<img src="https://cdn.example.org/logo.png">\n</body></html>\n');
	writeFileSync(join(dir, '_astro', 'a.css'), '@font-face{font-family:X;src:url(//fonts.example.net/x.woff2)}\nbody{color:#111}\n');
	writeFileSync(join(dir, '_astro', 'a.js'), '// a comment\nconst u = 1 // 2;\nfetch("http://api.example.com/v1");\n');
	writeFileSync(join(dir, 'notes.txt'), 'https://ignored.example/ is not scanned\n');
	return dir;
}

describe('npm run check:dist', () => {
	it('reports each URL to another host as "file: URL" and exits 1', () => {
		const dir = build();
		const { code, stdout, stderr } = checkDist('--dist', dir);
		expect(code).toBe(1);
		expect(stdout.trim().split('\n')).toEqual([
			`${join(dir, '_astro', 'a.css')}: //fonts.example.net/x.woff2`,
			`${join(dir, '_astro', 'a.js')}: http://api.example.com/v1`,
			`${join(dir, 'van-ban', 'a', 'index.html')}: https://cdn.example.org/logo.png`,
		]);
		expect(stderr).toContain('3 URL(s) to other hosts in 3 of 4 file(s)');
	});

	it('passes a clean build, XML namespaces included', () => {
		const dir = mkdtempSync(join(tmpdir(), 'check-dist-'));
		writeFileSync(join(dir, 'index.html'), '<svg xmlns="http://www.w3.org/2000/svg"></svg><a href="/kho/">Kho</a>\n');
		const { code, stdout, stderr } = checkDist('--dist', dir);
		expect(code).toBe(0);
		expect(stdout).toBe('');
		expect(stderr).toContain('no URL to another host in 1 file(s)');
	});

	it('scans feeds, calendars and data files too, and allows the site\'s own address when the build was given one', () => {
		const dir = mkdtempSync(join(tmpdir(), 'check-dist-'));
		writeFileSync(join(dir, 'atom.xml'), '<feed xmlns="http://www.w3.org/2005/Atom"><link href="http://intranet/kho/"/></feed>\n');
		writeFileSync(join(dir, 'han-thuc-hien.ics'), 'URL:http://intranet/kho/van-ban/a/\n');
		writeFileSync(join(dir, 'a.json'), '{"url":"https://elsewhere.example/x"}\n');
		expect(checkDist('--dist', dir).stdout.trim().split('\n')).toEqual([
			`${join(dir, 'a.json')}: https://elsewhere.example/x`,
			`${join(dir, 'atom.xml')}: http://intranet/kho/`,
			`${join(dir, 'han-thuc-hien.ics')}: http://intranet/kho/van-ban/a/`,
		]);
		const own = checkDistWith({ SITE_URL: 'http://intranet/' }, '--dist', dir);
		expect(own.code).toBe(1);
		expect(own.stdout.trim()).toBe(`${join(dir, 'a.json')}: https://elsewhere.example/x`);
	});

	it('names a missing folder and exits 2', () => {
		const { code, stderr } = checkDist('--dist', join(tmpdir(), 'no-such-dist-folder'));
		expect(code).toBe(2);
		expect(stderr).toContain('is not a folder');
	});
});
