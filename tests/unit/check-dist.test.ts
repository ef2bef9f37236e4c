import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withOwnOrigin } from '../../src/integrations/searchIndex.ts';
import { findOutsideUrls } from '../../src/lib/outsideUrls.ts';

function checkDist(...args: string[]) {
	const result = spawnSync(process.execPath, ['scripts/check-dist.ts', ...args], { encoding: 'utf8' });
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

	it('names a missing folder and exits 2', () => {
		const { code, stderr } = checkDist('--dist', join(tmpdir(), 'no-such-dist-folder'));
		expect(code).toBe(2);
		expect(stderr).toContain('is not a folder');
	});
});

describe('findOutsideUrls', () => {
	it('finds absolute and protocol-relative URLs, with their lines', () => {
		expect(findOutsideUrls('a\n<script src="//cdn.example/x.js"></script>\n<a href=\'https://example.com/p?q=1\'>')).toEqual([
			{ url: '//cdn.example/x.js', line: 2 },
			{ url: 'https://example.com/p?q=1', line: 3 },
		]);
		expect(findOutsideUrls('x{background:url("http://img.example/a.png")}')).toEqual([{ url: 'http://img.example/a.png', line: 1 }]);
		expect(findOutsideUrls('new WebSocket(`wss://live.example/s`)')).toEqual([{ url: 'wss://live.example/s', line: 1 }]);
	});

	it('allows XML namespace URIs only where they are namespaces', () => {
		expect(findOutsideUrls('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink=\'http://www.w3.org/1999/xlink\'>')).toEqual([]);
		expect(findOutsideUrls('url("data:image/svg+xml,%3Csvg xmlns=%27http://www.w3.org/2000/svg%27%3E")')).toEqual([]);
		expect(findOutsideUrls('e.innerHTML="<svg xmlns=\\"http://www.w3.org/2000/svg\\">"')).toEqual([]);
		expect(findOutsideUrls('<a href="http://www.w3.org/2000/svg">')).toEqual([{ url: 'http://www.w3.org/2000/svg', line: 1 }]);
		expect(findOutsideUrls('document.createElementNS("http://www.w3.org/2000/svg","svg")')).toHaveLength(1);
	});

	it('leaves comments, paths and figures alone', () => {
		expect(findOutsideUrls('// comment\nlet a = b // c\nconst p = "/kho//van-ban/"; 11/40; a//b')).toEqual([]);
	});
});

describe('the Pagefind bundle', () => {
	it('parses relative URLs against the page\'s own origin, not https://example.com', () => {
		const js =
			'let u=new URL(`https://example.com${a}`);a=u.toString().replace(/^https:\\/\\/example.com/,"");' +
			'let p=new URL(`https://example.com${n}`);return p.toString().replace(/^https:\\/\\/example\\.com/,"");';
		const out = withOwnOrigin(js);
		expect(out).toBe(
			'let u=new URL(`${location.origin}${a}`);a=u.toString().replace(location.origin,"");' +
				'let p=new URL(`${location.origin}${n}`);return p.toString().replace(location.origin,"");',
		);
		expect(findOutsideUrls(out)).toEqual([]);
	});
});
