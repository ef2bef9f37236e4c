/**
 * One command over a directory of Word, PDF and text files with the office's
 * register beside it: what gets imported, what the register settles, what fails
 * and why; then the imported archive passes `npm run check` and builds, with each
 * original downloadable from its document's page.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { partyDirectiveDocx, stateCongVanDocx } from '../support/docxFixtures.ts';
import { passwordPdf, randomBytes, scanPdf, statePdf } from '../support/pdfFixtures.ts';
import { seedFile } from '../seeds.ts';

const ROOT = 'tests/.output/import-batch';
const INBOX = join(ROOT, 'inbox');
const ARCHIVE = join(ROOT, 'archive');
const SITE = join(ROOT, 'site');

function run(script: string, args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, [script, ...args], {
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const REGISTER = [
	'SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2024',
	'STT,"Số, ký hiệu",Ngày tháng,Tên loại và trích yếu nội dung,Người ký,Nơi nhận,Tệp',
	// By number: the register adds nothing the file lacks, and agrees with it.
	'1,1407/UBND-NNMT,12/9/2024,,Phạm Thị Hoa,Các sở,',
	// By file name: the PDF's date is one day off in the register, which wins.
	'2,1520/UBND-KTN,16/3/2024,,,,cong-van-1520.pdf',
	// By file name: a text export whose number and date only the register knows.
	'3,12-CV/TU,05/02/2024,Về việc kiểm điểm tự phê bình năm 2023,,,000_786b4cecd8a42ab8.txt',
	'4,99-TB/TU,01/01/2024,Thông báo không có tệp,,,',
].join('\n');

let importRun: ReturnType<typeof run>;
let again: ReturnType<typeof run>;

beforeAll(async () => {
	rmSync(ROOT, { recursive: true, force: true });
	mkdirSync(join(INBOX, 'nam-2024'), { recursive: true });
	mkdirSync(ARCHIVE, { recursive: true });
	copyFileSync('content/issuers.yaml', join(ARCHIVE, 'issuers.yaml'));
	writeFileSync(join(INBOX, 'nghi-quyet-307.docx'), await partyDirectiveDocx());
	writeFileSync(join(INBOX, 'nam-2024', 'cv-1407.docx'), await stateCongVanDocx());
	writeFileSync(join(INBOX, 'cong-van-1520.pdf'), (await statePdf()).bytes);
	copyFileSync(seedFile('000'), join(INBOX, '000_786b4cecd8a42ab8.txt'));
	writeFileSync(join(INBOX, 'ban-scan.pdf'), await scanPdf());
	writeFileSync(join(INBOX, 'co-mat-khau.pdf'), await passwordPdf());
	writeFileSync(join(INBOX, 'hong.docx'), randomBytes(2048));
	writeFileSync(join(INBOX, 'ghi-chu.odt'), 'not picked up');
	writeFileSync(join(INBOX, '~$ghi-quyet-307.docx'), 'a Word lock file');
	writeFileSync(join(ROOT, 'so-di-2024.csv'), REGISTER);

	const args = ['--out', join(ARCHIVE, 'directives'), '--register', join(ROOT, 'so-di-2024.csv'), INBOX];
	importRun = run('scripts/import.ts', args);
	again = run('scripts/import.ts', args);
}, 60_000);

describe('npm run import over a directory with a register', () => {
	it('imports every readable file and gives a one-line reason for each other, then exits non-zero', () => {
		const { code, stderr } = importRun;
		expect(code).toBe(1);
		expect(stderr).not.toMatch(/\n\s+at /);
		expect(stderr).toContain(`[2/7] ${join(INBOX, 'ban-scan.pdf')}: Tesseract could not read the scan (too coarse or too faint, or no text on it); scan it again at 300 dpi and import it again\n`);
		expect(stderr).toContain(`[3/7] ${join(INBOX, 'co-mat-khau.pdf')}: the PDF is password-protected; save a copy without a password and import again\n`);
		expect(stderr).toMatch(new RegExp(`\\[5/7\\] ${join(INBOX, 'hong.docx')}: .*not a Word \\.docx file`));
		expect(stderr).toContain('register: no file for row(s) 6\n');
		expect(stderr).toMatch(/4 imported, 3 failed\n$/);
		expect(readdirSync(join(ARCHIVE, 'directives'), { recursive: true }).sort()).toEqual([
			'2024',
			'2024/12-cv-tu.mdx',
			'2024/12-cv-tu.txt',
			'2024/1407-ubnd-nnmt.docx',
			'2024/1407-ubnd-nnmt.mdx',
			'2024/1520-ubnd-ktn.mdx',
			'2024/1520-ubnd-ktn.pdf',
			'2024/307-nq-tu.docx',
			'2024/307-nq-tu.mdx',
		]);
	});

	it('reports per file what was read, taken from the register and still missing', () => {
		const report = importRun.stderr.split(/\n(?=\[)/);
		const of = (name: string) => report.find((r) => r.includes(name))!;
		expect(of('nghi-quyet-307.docx')).toContain('      read: type, number, date, place, title, signer\n      inferred: issuer\n');
		expect(of('nghi-quyet-307.docx')).toContain('      note: not in the register: nothing taken from it');
		expect(of('cong-van-1520.pdf')).toContain('      read: place, issuer, signer\n      inferred: type, title\n      from the register: number, date\n');
		expect(of('cong-van-1520.pdf')).toContain(
			'note: issuedAt: the register (sổ đăng ký so-di-2024.csv, dòng 4) says "2024-03-16", the file says "2024-03-15"; kept the register\'s',
		);
		expect(of('000_786b4cecd8a42ab8.txt')).toContain('      from the register: number, date, title\n');
		expect(of('000_786b4cecd8a42ab8.txt')).toContain('      missing: place (no header found)\n');
	});

	it('fills number, date, place, issuer, title and signer from the Word header and closing table', () => {
		const mdx = readFileSync(join(ARCHIVE, 'directives/2024/307-nq-tu.mdx'), 'utf8');
		expect(mdx).toMatch(/^---\ntype: nghi-quyet\nnumber: 307-NQ\/TU\nissuedAt: "2024-05-03"\nyear: 2024\nplace: Quảng Nam\nissuer: ban-thuong-vu-tinh-uy\n/);
		expect(mdx).toContain('signer:\n  authority: T/M BAN THƯỜNG VỤ\n  title: BÍ THƯ\n  name: Trần Văn Bình\n');
		expect(mdx).toContain('  importer: docx\n  original: 307-nq-tu.docx\n');
		expect(mdx).toContain('| Văn bản được ký số | 100% |');
		expect(mdx).toContain('\n[^1]: [Nghị quyết số 52-NQ/TW ngày 27 tháng 9 năm 2019 của Bộ Chính trị](vb:52-NQ/TW@2019-09-27 "dẫn chiếu").\n');
	});

	it('takes what the register states over the file, with where it came from', () => {
		const pdf = readFileSync(join(ARCHIVE, 'directives/2024/1520-ubnd-ktn.mdx'), 'utf8');
		expect(pdf).toContain('issuedAt: "2024-03-16"\n');
		// The file printed 15/3; the register's date is kept, and the file's beside it.
		expect(pdf).toContain('  issuedAt: sổ đăng ký so-di-2024.csv, dòng 4; văn bản ghi "2024-03-15"\n');
		const text = readFileSync(join(ARCHIVE, 'directives/2024/12-cv-tu.mdx'), 'utf8');
		expect(text).toMatch(/^---\ntype: cong-van\nnumber: 12-CV\/TU\nissuedAt: "2024-02-05"\n/);
		expect(text).toContain('title: Về việc kiểm điểm tự phê bình năm 2023\n');
	});

	it('skips every file already imported unchanged on the next run', () => {
		expect(again.stderr).toContain(`${join(INBOX, 'nghi-quyet-307.docx')}: unchanged since it was imported as ${join(ARCHIVE, 'directives/2024/307-nq-tu.mdx')}; skipped`);
		expect(again.stderr).toMatch(/0 imported, 4 unchanged, 3 failed\n$/);
	});

	it('gives an archive that passes the check and builds, with each original linked from its page', () => {
		const check = run('scripts/check.ts', [], { ARCHIVE_CONTENT: ARCHIVE });
		expect(check.stderr).not.toContain('error');
		expect(check.code).toBe(0);
		const build = run('node_modules/astro/bin/astro.mjs', ['build', '--outDir', SITE], { ARCHIVE_CONTENT: ARCHIVE });
		expect(build.code, build.stdout + build.stderr).toBe(0);
		const page = readFileSync(join(SITE, 'van-ban/2024/307-nq-tu/index.html'), 'utf8');
		expect(page).toContain('href="/van-ban-goc/2024/307-nq-tu.docx"');
		expect(readFileSync(join(SITE, 'van-ban-goc/2024/307-nq-tu.docx'))).toEqual(readFileSync(join(INBOX, 'nghi-quyet-307.docx')));
		expect(readFileSync(join(SITE, 'van-ban-goc/2024/1520-ubnd-ktn.pdf'))).toEqual(readFileSync(join(INBOX, 'cong-van-1520.pdf')));
	}, 120_000);
});
