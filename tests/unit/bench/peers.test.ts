import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BuildRun } from '../../../scripts/bench/build.ts';
import { combined, copyAsMarkdown, hugoFiles, runHugoPeer } from '../../../scripts/bench/peers.ts';

const run = (seconds: number, peakKB: number, exitCode = 0) => ({ exitCode, seconds, peak: { pid: 1, comm: 'x', peakKB } }) as BuildRun;

describe('Hugo peer', () => {
	const dirs: string[] = [];
	afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

	it('is a minimal Hugo site: pages only, their text marked for Pagefind, in Vietnamese', () => {
		const files = hugoFiles();
		expect(Object.keys(files).sort()).toEqual(['config.toml', 'layouts/_default/list.html', 'layouts/_default/single.html']);
		expect(files['config.toml']).toContain('disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]');
		expect(files['layouts/_default/single.html']).toContain('<main data-pagefind-body>{{ .Content }}</main>');
		expect(files['layouts/_default/single.html']).toContain('<html lang="vi">');
		expect(files['layouts/_default/list.html']).not.toContain('data-pagefind-body');
	});

	it('gets the corpus as Markdown files, folders kept, nothing else copied', () => {
		const root = mkdtempSync(join(tmpdir(), 'peers-'));
		dirs.push(root);
		mkdirSync(join(root, 'in', '2024'), { recursive: true });
		writeFileSync(join(root, 'in', '2024', '05-kh-tu.mdx'), '---\ntype: ke-hoach\n---\n\nNội dung.\n');
		writeFileSync(join(root, 'in', 'notes.txt'), 'not a document');
		mkdirSync(join(root, 'out', 'stale'), { recursive: true });
		expect(copyAsMarkdown(join(root, 'in'), join(root, 'out'))).toBe(1);
		expect(readdirSync(join(root, 'out'), { recursive: true, encoding: 'utf8' }).sort()).toEqual(['2024', join('2024', '05-kh-tu.md')]);
		expect(readFileSync(join(root, 'out', '2024', '05-kh-tu.md'), 'utf8')).toBe('---\ntype: ke-hoach\n---\n\nNội dung.\n');
	});

	it('adds the two steps\' times and keeps the larger peak; nothing when either failed', () => {
		expect(combined(run(0.5, 100 * 1024), run(1.5, 300 * 1024))).toEqual({ seconds: 2, peakMB: 300 });
		expect(combined(run(0.5, 100), run(1.5, 300, 1))).toEqual({ seconds: null, peakMB: null });
		expect(combined(run(0.5, 100), null)).toEqual({ seconds: null, peakMB: null });
	});

	// Real Hugo (Debian's; .ci/run installs it) and the real Pagefind CLI, over three documents.
	it('builds the corpus with Hugo and indexes every document with the Pagefind CLI', async () => {
		const root = mkdtempSync(join(tmpdir(), 'peers-'));
		dirs.push(root);
		const directives = join(root, 'directives');
		mkdirSync(join(directives, '2024'), { recursive: true });
		const words = ['chuyển đổi số', 'giải phóng mặt bằng', 'đảng viên'];
		words.forEach((w, i) => writeFileSync(join(directives, '2024', `0${i + 1}-kh-tu.mdx`), `---\ntype: ke-hoach\nnumber: "0${i + 1}-KH/TU"\ntitle: null\n---\n\nVề ${w}[^1].\n\n[^1]: Ghi chú.\n`));
		const peer = await runHugoPeer(directives, join(root, 'hugo'), join(root, 'logs'), 'test');
		expect(peer.site.exitCode, peer.site.tail.join('\n')).toBe(0);
		expect(peer.index?.exitCode, peer.index?.tail.join('\n')).toBe(0);
		const out = join(root, 'hugo', 'public-test');
		expect(readFileSync(join(out, '2024', '02-kh-tu', 'index.html'), 'utf8')).toContain('<main data-pagefind-body><p>Về giải phóng mặt bằng');
		const entry = JSON.parse(readFileSync(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		expect(entry.languages['vi']?.page_count).toBe(3);
		expect(peer.index?.tail).toContain('  Indexed 3 pages');
	}, 60_000);
});
