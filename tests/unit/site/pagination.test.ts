/** Browse pages of a large archive, built: 50 documents a page, linked pages, a type × year view. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWith } from '../support/build.ts';

const doc = (n: number, year: number) =>
	`---\ntype: cong-van\nnumber: ${n}-CV/TU\nissuedAt: "${year}-0${(n % 9) + 1}-1${n % 9}"\nissuer: tinh-uy\n---\nCông văn thứ ${n}.\n`;

describe('browsing a long list', () => {
	it('shows 50 documents a page, the pages linked in order, and each type by year', () => {
		const files = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`${2020 + (i % 2)}/${i + 1}-cv-tu.mdx`, doc(i + 1, 2020 + (i % 2))]));
		const { code, output, outDir } = buildWith(files);
		expect(code, output).toBe(0);
		const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
		const items = (html: string) => html.match(/<li class="doc-item">/g)?.length ?? 0;
		expect([items(page('loai/cong-van')), items(page('loai/cong-van/2')), items(page('loai/cong-van/3'))]).toEqual([50, 50, 20]);
		expect(existsSync(join(outDir, 'loai/cong-van/4/index.html'))).toBe(false);
		const second = page('loai/cong-van/2');
		expect(second).toContain('Trang 2/3: văn bản 51–100 trong 120');
		expect(second).toContain('<a href="/loai/cong-van/" rel="prev">');
		expect(second).toContain('<a href="/loai/cong-van/3/" rel="next">');
		expect(second).toContain('<span aria-current="page">2</span>');
		expect(page('loai/cong-van')).toContain('<a href="/loai/cong-van/nam/2021/">Năm 2021</a> (60)');
		expect([items(page('loai/cong-van/nam/2021')), items(page('loai/cong-van/nam/2021/2'))]).toEqual([50, 10]);
		expect([items(page('nam/2020')), items(page('nam/2020/2'))]).toEqual([50, 10]);
		expect([items(page('co-quan/tinh-uy')), items(page('co-quan/tinh-uy/3'))]).toEqual([50, 20]);
		// The last page links back, and no further.
		expect(page('loai/cong-van/nam/2021/2')).not.toContain('rel="next"');
	}, 120_000);
});
