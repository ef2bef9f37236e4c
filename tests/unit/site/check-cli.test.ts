import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function archive(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'archive-check-'));
	copyFileSync('content/issuers.yaml', join(root, 'issuers.yaml'));
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(join(root, 'directives', name, '..'), { recursive: true });
		writeFileSync(join(root, 'directives', name), text);
	}
	return root;
}

function check(root: string) {
	const result = spawnSync(process.execPath, ['scripts/check.ts', '--content', root], { encoding: 'utf8' });
	return { code: result.status, lines: result.stdout.trim().split('\n') };
}

const doc = (number: string, date: string, body = 'Nội dung.') =>
	`---\ntype: nghi-quyet\nnumber: ${number}\nissuedAt: "${date}"\nissuer: tinh-uy\n---\n${body}\n`;

describe('npm run check', () => {
	it('passes a sound archive and warns of citations it cannot resolve', () => {
		const root = archive({
			'2016/07-nq-tu.mdx': doc('07-NQ/TU', '2016-03-10'),
			'2021/07-nq-tu.mdx': doc('07-NQ/TU', '2021-10-29'),
			'chua-ro-nam/cv.mdx':
				'---\ntype: cong-van\nnumber: null\nissuedAt: null\n---\nThực hiện [Nghị quyết số 07-NQ/TU](vb:07-NQ/TU "thực hiện") và [Kế hoạch số 280-KH/TU](vb:280-KH/TU "dẫn chiếu").\n',
		});
		const { code, lines } = check(root);
		const file = relative(process.cwd(), join(root, 'directives'));
		expect(code).toBe(0);
		expect(lines).toEqual([
			`warning: ${file}/chua-ro-nam/cv.mdx: "Nghị quyết số 07-NQ/TU" could be ${file}/2016/07-nq-tu.mdx or ${file}/2021/07-nq-tu.mdx; add the date to its link (vb:NUMBER@YYYY-MM-DD)`,
			`warning: ${file}/chua-ro-nam/cv.mdx: "Kế hoạch số 280-KH/TU" is not in the archive (its page says "chưa có trong kho")`,
			'Checked 3 document(s), 2 citation(s): 0 error(s), 2 warning(s); 2 cited number(s) not in the archive.',
		]);
	});

	it('answers an unknown option with one line and the usage, no stack trace', () => {
		const result = spawnSync(process.execPath, ['scripts/check.ts', '--bogus'], { encoding: 'utf8' });
		expect(result.status).toBe(2);
		expect(result.stderr).toBe("check: Unknown option '--bogus'\nUsage: npm run check [-- --content <dir>]   (default: content, or ARCHIVE_CONTENT)\n");
	});

	it('warns when a document stated in force is replaced or repealed by a later one in the archive', () => {
		const root = archive({
			'2020/12-nq-tu.mdx': doc('12-NQ/TU', '2020-03-10').replace('issuer: tinh-uy', 'issuer: tinh-uy\nstatus: con-hieu-luc'),
			'2024/30-nq-tu.mdx': doc('30-NQ/TU', '2024-05-02', 'Nghị quyết này thay thế [Nghị quyết số 12-NQ/TU ngày 10/3/2020](vb:12-NQ/TU@2020-03-10 "thay thế").'),
			// An earlier document cannot end a later one: no warning for it.
			'2019/05-nq-tu.mdx': doc('05-NQ/TU', '2019-01-02', 'Bãi bỏ [Nghị quyết số 30-NQ/TU](vb:30-NQ/TU@2024-05-02 "bãi bỏ").'),
		});
		const { code, lines } = check(root);
		const file = relative(process.cwd(), join(root, 'directives'));
		expect(code).toBe(0);
		expect(lines).toEqual([
			`warning: ${file}/2020/12-nq-tu.mdx: status is con-hieu-luc but ${file}/2024/30-nq-tu.mdx replaces it: set status to het-hieu-luc (or bi-thay-the), or correct the relation`,
			'Checked 3 document(s), 2 citation(s): 0 error(s), 1 warning(s); 0 cited number(s) not in the archive.',
		]);
	});

	it('fails on broken frontmatter and on two documents with the same identity, naming the files', () => {
		const root = archive({
			'2021/a.mdx': doc('07-NQ/TU', '2021-10-29'),
			'2021/b.mdx': doc('07-NQ/TU', '2021-10-29'),
			'2021/c.mdx': '---\ntype: nghi-quyet\nnumber: 7 - NQ/TU\n---\nx\n',
			'2021/d.mdx': '---\ntype: [\n---\nx\n',
		});
		const { code, lines } = check(root);
		const file = (name: string) => relative(process.cwd(), join(root, 'directives/2021', name));
		expect(code).toBe(1);
		expect(lines).toEqual([
			`error: ${file('c.mdx')}: number: write the number as "7-NQ/TU"`,
			`error: ${file('c.mdx')}: issuedAt: expected a date such as "2024-05-03", or null if unknown`,
			expect.stringMatching(new RegExp(`^error: ${file('d.mdx')}:3: the frontmatter is not valid YAML \(.+\); fix that line$`)),
			`error: ${file('b.mdx')}: the same issuer, number and date as another document (${file('a.mdx')}, ${file('b.mdx')}); keep one, or correct the number or date`,
			'Checked 4 document(s), 0 citation(s): 4 error(s), 0 warning(s); 0 cited number(s) not in the archive.',
		]);
	});

	it('reports what an interrupted import left behind', () => {
		const root = archive({ '2021/a.mdx': doc('07-NQ/TU', '2021-10-29'), '2021/a.mdx.99999999.tmp': 'một nửa' });
		const { code, lines } = check(root);
		expect(code).toBe(0);
		expect(lines).toContain(
			`warning: ${relative(process.cwd(), join(root, 'directives', '2021/a.mdx.99999999.tmp'))}: a temporary file left by an interrupted import; it holds nothing the archive uses (the import removes it)`,
		);
	});
});
