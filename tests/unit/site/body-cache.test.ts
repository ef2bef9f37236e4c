/**
 * The loader keeps each body's HTML in a file of its own in the build cache
 * (src/loaders/directives.ts): a rebuild uses it, a changed body replaces it,
 * and a deleted cache is rendered again, to the same pages.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bodiesFolder } from '../../../src/loaders/directives.ts';
import { buildArchive, writeArchive, writeDirectives } from '../support/build.ts';

const doc = (body: string) => `---\ntype: nghi-quyet\nnumber: 12-NQ/TU\nissuedAt: "2021-10-29"\nissuer: tinh-uy\ntitle: Về chuyển đổi số\n---\n${body}\n`;
const untitled = '---\ntype: cong-van\nnumber: null\nissuedAt: null\n---\nThực hiện [Nghị quyết số 12-NQ/TU](vb:12-NQ/TU "thực hiện"), đề nghị các đơn vị báo cáo.\n';

describe('the body cache', () => {
	it('is rendered again when deleted, replaced when a body changes, and gives the same pages', () => {
		const root = writeArchive({ '2021/12-nq-tu.mdx': doc('Nội dung **đầu tiên**.'), 'chua-ro-nam/cong-van-a.mdx': untitled });
		const folder = bodiesFolder(pathToFileURL(join(process.cwd(), 'node_modules/.astro/')), join(root, 'directives'));
		const page = (outDir: string, id: string) => readFileSync(join(outDir, 'van-ban', id, 'index.html'), 'utf8');

		const first = buildArchive(root);
		expect(first.code, first.output).toBe(0);
		expect(readdirSync(folder)).toHaveLength(2);
		const nq = page(first.outDir, '2021/12-nq-tu');
		expect(nq).toContain('Nội dung <strong>đầu tiên</strong>.');
		// The citing document's link, resolved from the facts the store keeps.
		expect(page(first.outDir, 'chua-ro-nam/cong-van-a')).toContain('href="/van-ban/2021/12-nq-tu/"');

		rmSync(folder, { recursive: true });
		const again = buildArchive(root);
		expect(again.code, again.output).toBe(0);
		expect(page(again.outDir, '2021/12-nq-tu')).toBe(nq);
		expect(readdirSync(folder)).toHaveLength(2);

		const before = new Set(readdirSync(folder));
		writeDirectives(root, { '2021/12-nq-tu.mdx': doc('Nội dung đã sửa.') });
		const changed = buildArchive(root);
		expect(changed.code, changed.output).toBe(0);
		expect(page(changed.outDir, '2021/12-nq-tu')).toContain('Nội dung đã sửa.');
		const after = readdirSync(folder);
		expect(after).toHaveLength(2);
		expect(after.filter((name) => !before.has(name))).toHaveLength(1);
	}, 120_000);
});
