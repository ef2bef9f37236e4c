import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Builds the site over a small content folder of broken documents. */
function buildWith(files: Record<string, string>) {
	const root = mkdtempSync(join(tmpdir(), 'archive-content-'));
	copyFileSync('content/issuers.yaml', join(root, 'issuers.yaml'));
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(join(root, 'directives', name, '..'), { recursive: true });
		writeFileSync(join(root, 'directives', name), text);
	}
	const outDir = join(root, 'dist');
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
		encoding: 'utf8',
		env: { ...process.env, ARCHIVE_CONTENT: root, FORCE_COLOR: '0', NO_COLOR: '1' },
	});
	return { code: result.status, output: result.stdout + result.stderr, root, outDir };
}

describe('a build over broken frontmatter', () => {
	it('fails, naming every file and field with what to write, and without a stack trace', () => {
		const { code, output, root, outDir } = buildWith({
			'2024/hong-so.mdx': '---\ntype: cong-van\nnumber: 307 - NQ/TU\nissuedAt: null\nissuer: khong-co\n---\nNội dung.\n',
			'2024/thieu-ngay.mdx': '---\ntype: thong-bo\nnumber: null\n---\nNội dung.\n',
			'2024/tot.mdx': '---\ntype: cong-van\nnumber: null\nissuedAt: null\n---\nNội dung.\n',
		});
		expect(code).not.toBe(0);
		const file = (name: string) => relative(process.cwd(), join(root, 'directives/2024', name));
		const lines = output.split('\n').filter((l) => l.includes('[ERROR] [directives-loader]'));
		// Files are checked concurrently: compare the set of lines, not their order.
		expect(lines.map((l) => l.replace(/^.*\[directives-loader\] /, '')).sort()).toEqual([
			`${file('hong-so.mdx')}: number: write the number as "307-NQ/TU"`,
			`${file('hong-so.mdx')}: issuer: "khong-co" is not in ${root}/issuers.yaml; use one of ban-thuong-vu-tinh-uy, tinh-uy, ubnd-tinh, or add it there`,
			`${file('thieu-ngay.mdx')}: type: expected one of nghi-quyet, quyet-dinh, quy-dinh, chi-thi, ket-luan, quy-che, thong-tri, thong-bao, huong-dan, ke-hoach, chuong-trinh, bao-cao, to-trinh, cong-van, bien-ban, de-an, phuong-an`,
			`${file('thieu-ngay.mdx')}: issuedAt: expected a date such as "2024-05-03", or null if unknown`,
		].sort());
		expect(output).toContain('4 content problems (listed above): fix each named field, then build again.');
		expect(output).not.toContain('Stack trace');
		expect(existsSync(join(outDir, 'index.html'))).toBe(false);
	}, 120_000);
});
