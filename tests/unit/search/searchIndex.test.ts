import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, pageForIndex, withOwnOrigin } from '../../../src/integrations/searchIndex.ts';
import { findOutsideUrls } from '../../../src/lib/outsideUrls.ts';
import { mapPartOf, type SearchManifest } from '../../../src/lib/search/shards.ts';

/** A document page as src/pages/van-ban/[...id].astro writes one, around its article. */
const page = (year: number | null, text: string, type = 'Công văn') =>
	`<!DOCTYPE html><html lang="vi"><head><title>x</title></head><body><nav>Trang chủ Đảng</nav><main>` +
	`<article class="notice"${year === null ? '' : ` data-year="${year}"`} data-pagefind-body><div hidden data-pagefind-ignore>` +
	`<span data-pagefind-filter="loai">${type}</span><span data-pagefind-filter="nam">${year ?? 'Chưa rõ'}</span></div><h1>${type}</h1><p>${text}</p></article>` +
	`</main><footer>Đảng</footer></body></html>`;

describe('pageForIndex', () => {
	it('keeps the article alone, đ spelled ḍ, with the year it is filed under; skips other pages', () => {
		const indexed = pageForIndex(page(2024, 'Đảng viên'))!;
		expect(indexed.year).toBe(2024);
		expect(indexed.html).toContain('<article class="notice" data-year="2024" data-pagefind-body>');
		expect(indexed.html).toContain('<p>Ḍảng viên</p></article></body></html>');
		expect(indexed.html).not.toContain('Trang chủ');
		expect(pageForIndex(page(null, 'x'))!.year).toBeNull();
		expect(pageForIndex('<html><body><p>no body</p></body></html>')).toBeNull();
	});
});

describe('buildSearchIndex', () => {
	const work = mkdtempSync(join(tmpdir(), 'kho-index-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));
	const site = join(work, 'dist');
	const cache = join(work, 'cache');
	const write = (path: string, html: string) => {
		mkdirSync(dirname(join(site, path)), { recursive: true });
		writeFileSync(join(site, path), html);
	};
	const quiet = { info: () => {} };

	it('indexes the pages in shards by year, writes the manifest and the word map, and indexes again only the shard that changed', async () => {
		write('van-ban/2024/a/index.html', page(2024, 'Chuyển đổi số trong Đảng'));
		write('van-ban/2024/b/index.html', page(2024, 'Kết nạp đảng viên', 'Quyết định'));
		write('van-ban/2021/c/index.html', page(2021, 'Chuyển đổi số'));
		write('van-ban/chua-ro-nam/d/index.html', page(null, 'Văn bản cũ'));
		write('index.html', '<html><body>Trang chủ</body></html>');
		const first = await buildSearchIndex(site, '/kho/', cache, quiet, 1);
		expect(first.shards.map((s) => s.id)).toEqual(['2024', '2021', 'chua-ro']);
		expect(first.indexed).toBe(3);
		const manifest = JSON.parse(readFileSync(join(site, 'pagefind', 'shards.json'), 'utf8')) as SearchManifest;
		expect(manifest.shards.map((s) => [s.id, s.docs])).toEqual([['2024', 2], ['2021', 1], ['chua-ro', 1]]);
		expect(manifest.filters['loai']).toEqual({ 'Công văn': 3, 'Quyết định': 1 });
		expect(manifest.parts).toEqual(expect.arrayContaining(['ch', 'da', 'vi']));
		expect(manifest.parts).not.toContain('zz');
		const part = (word: string) => JSON.parse(readFileSync(join(site, 'pagefind', 'tu', `${mapPartOf(word)}.json`), 'utf8'))[word];
		expect([part('chuyen'), part('vien'), part('dang'), part('cu')]).toEqual(['3', '1', '1', '4']);
		// Each shard is a Pagefind bundle of its own, with the site's URLs under the base, and no UI bundles.
		const bundle = readdirSync(join(site, 'pagefind', '2024'));
		expect(bundle).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'fragment', 'index']));
		expect(bundle).not.toContain('pagefind-ui.js');
		const entry = JSON.parse(readFileSync(join(site, 'pagefind', '2024', 'pagefind-entry.json'), 'utf8'));
		expect(entry.languages.vi.page_count).toBe(2);

		const placed = statSync(join(site, 'pagefind', '2021', 'pagefind.js')).mtimeMs;
		write('van-ban/2024/b/index.html', page(2024, 'Kết nạp đảng viên mới', 'Quyết định'));
		const second = await buildSearchIndex(site, '/kho/', cache, quiet, 1);
		expect(second.indexed).toBe(1);
		expect(part('moi')).toBe('1');
		// The unchanged shards' folders stay as they were.
		expect(statSync(join(site, 'pagefind', '2021', 'pagefind.js')).mtimeMs).toBe(placed);
		rmSync(join(site, 'pagefind', '2021'), { recursive: true });
		const third = await buildSearchIndex(site, '/kho/', cache, quiet, 1);
		expect(third.indexed).toBe(0);
		expect(readdirSync(join(site, 'pagefind', '2021'))).toContain('pagefind.js');
	});

	it('reads again only the pages whose size or time changed, and removes the folder of a shard that is gone', async () => {
		const same = join(site, 'van-ban/2021/c/index.html');
		const time = new Date('2026-01-01T00:00:00Z');
		utimesSync(same, time, time);
		await buildSearchIndex(site, '/kho/', cache, quiet, 1);
		writeFileSync(same, page(2021, 'Chuyển đổi sổ'));
		utimesSync(same, time, time);
		rmSync(join(site, 'van-ban/chua-ro-nam'), { recursive: true });
		const fourth = await buildSearchIndex(site, '/kho/', cache, quiet, 1);
		expect(fourth.indexed).toBe(0);
		expect(readdirSync(join(site, 'pagefind')).sort()).toEqual(['2021', '2024', 'shards.json', 'tu']);
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
