import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedFile } from '../seeds.ts';

function runImport(...args: string[]) {
	const result = spawnSync(process.execPath, ['scripts/import.ts', ...args], { encoding: 'utf8' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempDir(): string {
	return mkdtempSync(join(tmpdir(), 'import-test-'));
}

describe('npm run import', () => {
	it('--dry-run --json prints one object per file with the schema field names, and writes nothing', () => {
		const out = tempDir();
		const { code, stdout } = runImport('--dry-run', '--json', '--out', out, seedFile('002'), seedFile('004'));
		expect(code).toBe(0);
		const objects = stdout.trim().split('\n').map((line) => JSON.parse(line));
		expect(objects).toHaveLength(2);
		expect(Object.keys(objects[0])).toEqual(['source', 'target', 'frontmatter', 'body', 'warnings', 'missing']);
		expect(objects[0].frontmatter).toMatchObject({ type: 'thong-bao', number: null, issuedAt: null, issuer: 'tinh-uy' });
		expect(objects[0].body).toMatch(/^Ngày 10-8-2023, tại Trụ sở Tỉnh ủy/);
		expect(objects[1].warnings).toContain('removed Word artefact [bookmark: _GoBack]');
		expect(readdirSync(out)).toEqual([]);
	});

	it('writes the file with its original beside it, skips it unchanged, refuses a changed one without --force', () => {
		const out = tempDir();
		const first = runImport('--out', out, '--number', '12 - CV/TU', '--date', '03/5/2024', seedFile('001'));
		expect(first.code).toBe(0);
		expect(first.stderr).toContain(`→ ${join(out, '2024/12-cv-tu.mdx')}`);
		expect(first.stderr).toContain('      given: number, date\n');
		expect(first.stderr).toContain('      missing: place (no header found), title\n');
		const written = readFileSync(join(out, '2024/12-cv-tu.mdx'), 'utf8');
		expect(written).toMatch(/^---\ntype: cong-van\nnumber: 12-CV\/TU\nissuedAt: "2024-05-03"\nyear: 2024\n/);
		expect(written).toContain('\n  original: 12-cv-tu.txt\n');
		expect(readFileSync(join(out, '2024/12-cv-tu.txt'))).toEqual(readFileSync(seedFile('001')));

		const again = runImport('--out', out, '--number', '12-CV/TU', '--date', '2024-05-03', seedFile('001'));
		expect(again.code).toBe(0);
		expect(again.stderr).toContain(`unchanged since it was imported as ${join(out, '2024/12-cv-tu.mdx')}; skipped`);

		const changed = join(tempDir(), 'changed.txt');
		writeFileSync(changed, readFileSync(seedFile('001'), 'utf8') + '\nĐã sửa.\n');
		const refused = runImport('--out', out, '--number', '12-CV/TU', '--date', '2024-05-03', changed);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain('exists already; pass --force to overwrite it');
		expect(runImport('--force', '--out', out, '--number', '12-CV/TU', '--date', '2024-05-03', changed).code).toBe(0);
		expect(readdirSync(join(out, '2024'))).toEqual(['12-cv-tu.mdx', '12-cv-tu.txt']);
		expect(readFileSync(join(out, '2024/12-cv-tu.txt'), 'utf8')).toContain('Đã sửa.');
	});

	it('imports a document whatever it lacks, refuses only what cannot be read, and names each failure in one line', () => {
		const out = tempDir();
		const typeless = join(tempDir(), 'khong-ro-loai.txt');
		writeFileSync(typeless, 'Đề nghị các đơn vị thực hiện.');
		const empty = join(tempDir(), 'rong.txt');
		writeFileSync(empty, '');
		const { code, stderr } = runImport('--out', out, typeless, empty, seedFile('000'));
		expect(code).toBe(1);
		expect(stderr).toMatch(new RegExp(`\\[1/3\\] ${typeless} → ${join(out, 'chua-ro-nam')}/van-ban-[0-9a-f]{8}\\.mdx\n`));
		expect(stderr).toContain('      missing: type (no heading, type code or phrase names it), number, date, place (no header found), issuer (no issuing body found), title, signer (no signature block found)\n');
		expect(stderr).toContain(`[2/3] ${empty}: the file is empty`);
		expect(stderr).toContain('2 imported, 1 failed');
		expect(stderr).not.toMatch(/\n\s+at /);
		expect(readdirSync(join(out, 'chua-ro-nam')).map((f) => f.replace(/-[0-9a-f]{8}\./, '-….'))).toEqual(['cong-van-….mdx', 'cong-van-….txt', 'van-ban-….mdx', 'van-ban-….txt']);
	});

	it('--json prints an object for a file it skips or cannot import too', () => {
		const out = tempDir();
		const empty = join(tempDir(), 'rong.txt');
		writeFileSync(empty, '');
		expect(runImport('--out', out, seedFile('002')).code).toBe(0);
		const { stdout } = runImport('--dry-run', '--json', '--out', out, seedFile('002'), empty);
		expect(stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual([
			{ source: seedFile('002'), target: expect.stringMatching(/\.mdx$/), skipped: 'unchanged since it was imported' },
			{ source: empty, error: 'the file is empty' },
		]);
	});

	it('rejects bad options with a usage message', () => {
		const date = runImport('--date', '31/02/2024', seedFile('000'));
		expect(date.code).toBe(2);
		expect(date.stderr).toContain('import: --date "31/02/2024" is not a real date');
		expect(runImport('--issuer', 'khong-co', seedFile('000')).stderr).toContain('--issuer "khong-co" is not in content/issuers.yaml');
		expect(runImport().stderr).toContain('import: no file given');
	});
});

describe('npm run import over the real corpus as one batch', () => {
	it('imports every file and says, per file, what was read, inferred and missing, and why', () => {
		const { code, stderr } = runImport('--dry-run', 'tests/fixtures/corpus', 'tests/fixtures/corpus-holdout');
		expect(code).toBe(0);
		expect(stderr).toContain('62 checked, 0 failed');
		const reports = stderr.split(/^(?=\[\d+\/62\] )/m).filter((r) => r.startsWith('['));
		expect(reports).toHaveLength(62);
		for (const report of reports) expect(report).toMatch(/ → content\/directives\/\S+\.mdx \(dry run, not written\)\n(?: {6}(?:read|inferred|missing): .+\n)+/);
		// A header read where it stood, a lede's number inferred, the reason a field is missing.
		expect(stderr).toContain('[5/62] tests/fixtures/corpus/p05-tvpl-qd-216-flattened.txt → content/directives/2009/216-qd-tw.mdx (dry run, not written)\n      read: type, number, date, place, title\n      missing: issuer ("BỘ CHÍNH TRỊ" is not in content/issuers.yaml), signer (no signature block found)\n');
		expect(stderr).toContain('[2/62] tests/fixtures/corpus/p02-ninhthuan-nq-10-lede.txt → content/directives/2016/10-nq-tu.mdx (dry run, not written)\n      inferred: type, number, date\n      missing: place (no header found), issuer (no issuing body found), title, signer (no signature block found)\n');
		expect(stderr).toContain('      missing: issuer (it fits ban-thuong-vu-tinh-uy, tinh-uy: pass --issuer), signer (no signature block found)\n');
	}, 60_000);
});

describe('npm run import into an archive another import is writing', () => {
	const party = (number: string, words: string) =>
		['TỈNH ỦY QUẢNG NAM', '*', `Số ${number}`, 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Quảng Nam, ngày 03 tháng 5 năm 2024', '', 'THÔNG BÁO', '', words].join('\n');
	const runAsync = (...args: string[]) =>
		new Promise<{ code: number | null; stderr: string }>((resolve) => {
			const child = spawn(process.execPath, ['scripts/import.ts', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
			let stderr = '';
			child.stderr.on('data', (chunk) => (stderr += chunk));
			child.on('close', (code) => resolve({ code, stderr }));
		});

	it('never lets two imports at once overwrite each other or mismatch a document and its original', async () => {
		const out = tempDir();
		const inbox = tempDir();
		writeFileSync(join(inbox, 'mot.txt'), party('12-TB/TU', 'Nội dung của bản thứ nhất.'));
		writeFileSync(join(inbox, 'hai.txt'), party('12-TB/TU', 'Nội dung của bản thứ hai.'));
		const runs = await Promise.all([runAsync('--out', out, join(inbox, 'mot.txt')), runAsync('--out', out, join(inbox, 'hai.txt'))]);
		expect(runs.map((r) => r.code).sort()).toEqual([0, 1]);
		expect(runs.find((r) => r.code === 1)!.stderr).toContain(`${join(out, '2024/12-tb-tu')}`);
		expect(readdirSync(join(out, '2024')).sort()).toEqual(['12-tb-tu.mdx', '12-tb-tu.txt']);
		const mdx = readFileSync(join(out, '2024/12-tb-tu.mdx'), 'utf8');
		const original = readFileSync(join(out, '2024/12-tb-tu.txt'));
		expect(mdx).toContain(`sha256: ${createHash('sha256').update(original).digest('hex')}`);
	}, 60_000);

	it('replaces an earlier import of an edited file without a number only when told, and removes what an interrupted import left', () => {
		const out = tempDir();
		const file = join(tempDir(), 'cong-van.txt');
		writeFileSync(file, 'Kính gửi: Các sở.\n\nĐề nghị các sở báo cáo.');
		expect(runImport('--out', out, file).code).toBe(0);
		writeFileSync(file, 'Kính gửi: Các sở.\n\nĐề nghị các sở báo cáo trước ngày 15/3.');
		const again = runImport('--out', out, file);
		expect(again.code).toBe(1);
		const [earlier] = readdirSync(join(out, 'chua-ro-nam')).filter((f) => f.endsWith('.mdx'));
		expect(again.stderr).toContain(`an earlier import of this file without a number is ${join(out, 'chua-ro-nam', earlier!)}; pass --force to replace it with this one`);

		const leftover = join(out, 'chua-ro-nam', 'x.mdx.99999999.tmp');
		writeFileSync(leftover, 'một nửa');
		// An original whose MDX an import stopped before placing, an hour ago.
		const orphan = join(out, 'chua-ro-nam', 'mo-coi.txt');
		writeFileSync(orphan, 'bản gốc');
		utimesSync(orphan, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
		const forced = runImport('--out', out, '--force', file);
		expect(forced.code).toBe(0);
		expect(forced.stderr).toContain(`${leftover}: a temporary file left by an interrupted import; it holds nothing the archive uses (the import removes it): removed`);
		expect(forced.stderr).toContain(`${orphan}: an original without its document beside it, left by an interrupted import (the import removes it; import the file again): removed`);
		expect(forced.stderr).toContain(`replaced the earlier import of this file, ${join(out, 'chua-ro-nam', earlier!)}`);
		const files = readdirSync(join(out, 'chua-ro-nam'));
		expect(files).toHaveLength(2);
		expect(files).not.toContain(earlier);
		expect(readFileSync(join(out, 'chua-ro-nam', files.find((f) => f.endsWith('.txt'))!), 'utf8')).toContain('trước ngày 15/3');
	});
});
