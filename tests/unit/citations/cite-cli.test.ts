import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedFile } from '../seeds.ts';

function cite(...args: string[]) {
	const result = spawnSync(process.execPath, ['scripts/cite.ts', ...args], { encoding: 'utf8' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run cite', () => {
	it('prints the citations of a text file as JSON', () => {
		const { code, stdout } = cite(seedFile('003'));
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual([
			{ text: 'Quyết định số 418-QĐ/TU, ngày 17/4/2026 của Ban Thường vụ Tỉnh ủy', type: 'quyet-dinh', number: '418-QĐ/TU', date: '2026-04-17' },
			{ text: 'Thông báo số 571-TB/TU, ngày 12/5/2026 của Thường trực Tỉnh ủy', type: 'thong-bao', number: '571-TB/TU', date: '2026-05-12' },
			{ text: 'Quyết định số 418-QĐ/TU, ngày 17/4/2026 của Ban Thường vụ Tỉnh ủy', type: 'quyet-dinh', number: '418-QĐ/TU', date: '2026-04-17' },
		]);
	});

	it('--mark marks the body of an MDX file, leaves the frontmatter, and changes nothing the second time', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'cite-')), 'a.mdx');
		const original = '---\ntype: cong-van\nnumber: null\nissuedAt: null\ntitle: Về Nghị quyết số 07-NQ/TU\n---\nThực hiện Nghị quyết số 07-NQ/TU ngày 29/10/2021.\n';
		writeFileSync(file, original);
		expect(cite('--mark', file).stderr).toContain('1 citation(s) marked in 1 file(s)');
		const marked = readFileSync(file, 'utf8');
		expect(marked).toBe(original.replace('Thực hiện Nghị quyết số 07-NQ/TU ngày 29/10/2021.', 'Thực hiện [Nghị quyết số 07-NQ/TU ngày 29/10/2021](vb:07-NQ/TU@2021-10-29 "thực hiện").'));
		expect(cite('--mark', file).stderr).toContain('0 citation(s) marked in 1 file(s)');
		expect(readFileSync(file, 'utf8')).toBe(marked);
	});

	it("reads a raw file's header first, so that its own number is no citation, and says when OCR's TƯ had to be guessed", () => {
		const file = join(mkdtempSync(join(tmpdir(), 'cite-')), 'ket-luan.txt');
		writeFileSync(
			file,
			['TỈNH ỦY THỪA THIÊN HUẾ', 'ĐẢNG CỘNG SẢN VIỆT NAM', '*', 'Số 445-KL/TƯ', 'Thừa Thiên Huế, ngày 13 tháng 5 năm 2022', 'K ÉT LUẬN', '', 'Sau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV), và Kết luận 21-KL/TƯ, hạ tầng phát triển.'].join('\n'),
		);
		const { code, stdout, stderr } = cite(file);
		expect(code).toBe(0);
		expect(JSON.parse(stdout).map((c: { number: string }) => c.number)).toEqual(['13-NQ/TU', '21-KL/TW']);
		expect(stderr).toContain(`cite: ${file}: "TƯ" in 21-KL/TW read as TW (Trung ương); nothing near it names the issuer: write TU if a tỉnh ủy issued it`);
	});
});
