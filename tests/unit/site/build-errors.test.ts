import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildArchive, buildWith, writeArchive } from '../support/build.ts';

/** Every text file of a built site, with Pagefind's compressed files opened. */
function allOutput(dir: string): string {
	let text = '';
	for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const path = join(dir, name);
		if (!existsSync(path) || !/\.(html|json|js|css|pf_fragment|pf_meta|pf_index|pf_filter)$/.test(name)) continue;
		const bytes = readFileSync(path);
		text += bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
	}
	return text;
}

const ok = (number = 'null', body = 'Nội dung.') => `---\ntype: cong-van\nnumber: ${number}\nissuedAt: null\n---\n${body}\n`;
const dated = (number: string) => `---\ntype: nghi-quyet\nnumber: ${number}\nissuedAt: "2021-10-29"\nissuer: tinh-uy\n---\nNội dung.\n`;
const lines = (output: string, tag: string) =>
	output
		.split('\n')
		.filter((l) => l.includes(tag))
		.map((l) => l.replace(/^.*\[directives-loader\] /, ''))
		.sort();

describe('a build over broken content', () => {
	it('fails, naming every file with its field or line and what to do, and without a stack trace', () => {
		const { code, output, root, outDir, file } = buildWith({
			'2024/hong-so.mdx': '---\ntype: cong-van\nnumber: 307 - NQ/TU\nissuedAt: null\nissuer: khong-co\n---\nNội dung.\n',
			'2024/thieu-ngay.mdx': '---\ntype: thong-bo\nnumber: null\n---\nNội dung.\n',
			'2024/ma.mdx': ok('null', 'import X from "../x.astro";\n\nTổng {1 + 1}.'),
			'2024/rong.mdx': ok('null', ''),
			'2021/a.mdx': dated('07-NQ/TU'),
			'2021/b.mdx': dated('07-NQ/TU'),
			'2024/tot.mdx': ok(),
		});
		expect(code).not.toBe(0);
		expect(lines(output, '[ERROR] [directives-loader]')).toEqual(
			[
				`${file('2024/hong-so.mdx')}: number: write the number as "307-NQ/TU"`,
				`${file('2024/hong-so.mdx')}: issuer: "khong-co" is not in ${root}/issuers.yaml; use one of ban-thuong-vu-tinh-uy, tinh-uy, ubnd-tinh, or add it there`,
				`${file('2024/thieu-ngay.mdx')}: type: expected one of nghi-quyet, quyet-dinh, quy-dinh, chi-thi, ket-luan, quy-che, thong-tri, thong-bao, huong-dan, ke-hoach, chuong-trinh, bao-cao, to-trinh, cong-van, bien-ban, de-an, phuong-an, or null if unknown`,
				`${file('2024/thieu-ngay.mdx')}: issuedAt: expected a date such as "2024-05-03", or null if unknown`,
				`${file('2024/ma.mdx')}:6: imports or exports code; an archive file holds only text`,
				`${file('2024/ma.mdx')}:8: a JavaScript expression in braces; write \\{ and \\} to show a brace`,
				`${file('2024/rong.mdx')}: the document has no text; paste its text below the frontmatter`,
				`${file('2021/b.mdx')}: the same issuer, number and date as another document (${file('2021/a.mdx')}, ${file('2021/b.mdx')}); keep one, or correct the number or date`,
			].sort(),
		);
		expect(output).toContain('8 content problems (listed above): fix each one, then build again, or build the rest with ARCHIVE_SKIP_INVALID=1.');
		expect(output).not.toContain('Stack trace');
		expect(existsSync(join(outDir, 'index.html'))).toBe(false);

		// npm run check runs the same checks: the same lines, word for word.
		const check = spawnSync(process.execPath, ['scripts/check.ts', '--content', root], { encoding: 'utf8' });
		expect(check.status).toBe(1);
		const checked = check.stdout.split('\n').filter((l) => l.startsWith('error: ')).map((l) => l.slice('error: '.length)).sort();
		expect(checked).toEqual(lines(output, '[ERROR] [directives-loader]'));
	}, 120_000);

	it('with ARCHIVE_SKIP_INVALID=1 builds the rest and lists what it left out', () => {
		const { code, output, outDir, file } = buildWith(
			{ '2024/hong.mdx': ok('307 - NQ/TU'), '2024/tot.mdx': ok('12-CV/TU') },
			{ ARCHIVE_SKIP_INVALID: '1' },
		);
		expect(code).toBe(0);
		expect(lines(output, 'left out:')).toEqual([`left out: ${file('2024/hong.mdx')}: number: write the number as "307-NQ/TU"`]);
		expect(output).toContain('1 document(s) left out of this build (listed above)');
		expect(existsSync(join(outDir, 'van-ban/2024/tot/index.html'))).toBe(true);
		expect(existsSync(join(outDir, 'van-ban/2024/hong/index.html'))).toBe(false);
	}, 120_000);
});

describe('frontmatter that is not YAML', () => {
	it('is one line per file, with its line, all of them at once, like every other problem, and can be skipped', () => {
		const files = {
			'2024/tab.mdx': '---\ntype: cong-van\nnumber: null\n\tissuedAt: null\n---\nNội dung.\n',
			'2024/hai-lan.mdx': '---\ntype: cong-van\nnumber: null\nissuedAt: null\nnumber: 12-CV/TU\n---\nNội dung.\n',
			'2024/tot.mdx': ok('12-CV/TU'),
		};
		const failed = buildWith(files);
		expect(failed.code).not.toBe(0);
		const errors = lines(failed.output, '[ERROR] [directives-loader]');
		expect(errors).toEqual([
			expect.stringMatching(new RegExp(`^${failed.file('2024/hai-lan.mdx')}:5: the frontmatter is not valid YAML \\(duplicated mapping key\\); fix that line$`)),
			expect.stringMatching(new RegExp(`^${failed.file('2024/tab.mdx')}:4: the frontmatter is not valid YAML \\(.+\\); fix that line$`)),
		]);
		expect(failed.output).not.toContain('Stack trace');
		const check = spawnSync(process.execPath, ['scripts/check.ts', '--content', failed.root], { encoding: 'utf8' });
		expect(check.stdout.split('\n').filter((l) => l.startsWith('error: ')).map((l) => l.slice('error: '.length)).sort()).toEqual(errors);

		const skipped = buildArchive(failed.root, { ARCHIVE_SKIP_INVALID: '1' });
		expect(skipped.code).toBe(0);
		expect(lines(skipped.output, 'left out:').filter((l) => !l.includes('left out of this build'))).toHaveLength(2);
		expect(existsSync(join(skipped.outDir, 'van-ban/2024/tot/index.html'))).toBe(true);
	}, 120_000);
});

describe('files from outside the archive', () => {
	it('are never read as originals or documents: a symbolic link, a folder, a changed original are refused, and the rest is built', () => {
		const secret = join(mkdtempSync(join(tmpdir(), 'outside-')), 'bi-mat.txt');
		writeFileSync(secret, 'Mật khẩu máy chủ: không được công bố');
		const original = 'Văn bản gốc đúng như khi nhập.';
		const sha = createHash('sha256').update(original).digest('hex');
		const withOriginal = (name: string, checksum = sha) =>
			`---\ntype: cong-van\nnumber: null\nissuedAt: null\nsource:\n  file: ${name}\n  sha256: ${checksum}\n  importedAt: "2026-12-01"\n  importer: text\n  original: ${name}\n---\nNội dung.\n`;
		const root = writeArchive({
			'2024/lien-ket.mdx': withOriginal('lien-ket.txt'),
			'2024/thu-muc.mdx': withOriginal('thu-muc.txt'),
			'2024/da-sua.mdx': withOriginal('da-sua.txt'),
			'2024/dung.mdx': withOriginal('dung.txt'),
		});
		const folder = join(root, 'directives', '2024');
		symlinkSync(secret, join(folder, 'lien-ket.txt'));
		mkdirSync(join(folder, 'thu-muc.txt'));
		writeFileSync(join(folder, 'da-sua.txt'), 'Một văn bản khác.');
		writeFileSync(join(folder, 'dung.txt'), original);
		symlinkSync(join(folder, 'dung.mdx'), join(folder, 'ban-sao.mdx'));
		symlinkSync(secret, join(folder, 'mat-khau.mdx'));

		const { code, output, outDir, file } = buildArchive(root, { ARCHIVE_SKIP_INVALID: '1' });
		expect(code).toBe(0);
		const leftOut = [
			`left out: ${file('2024/ban-sao.mdx')}: the file is a symbolic link; keep the document itself in the content folder`,
			`left out: ${file('2024/da-sua.mdx')}: source.original: "da-sua.txt" is not the file this document was imported from (its checksum differs from source.sha256); put that file back, or import the new one`,
			`left out: ${file('2024/lien-ket.mdx')}: source.original: "lien-ket.txt" is a symbolic link; put the original file itself beside this file`,
			`left out: ${file('2024/mat-khau.mdx')}: the file is a symbolic link; keep the document itself in the content folder`,
			`left out: ${file('2024/thu-muc.mdx')}: source.original: "thu-muc.txt" is not a file; put the original file there, or remove the line`,
		];
		expect(lines(output, 'left out:').filter((l) => !l.includes('left out of this build'))).toEqual(leftOut);
		expect(output).not.toContain('Stack trace');
		expect(allOutput(outDir)).not.toContain('Mật khẩu máy chủ');
		expect(readFileSync(join(outDir, 'van-ban-goc/2024/dung.txt'), 'utf8')).toBe(original);
		expect(existsSync(join(outDir, 'van-ban-goc/2024/lien-ket.txt'))).toBe(false);

		// npm run check says the same.
		const check = spawnSync(process.execPath, ['scripts/check.ts', '--content', root], { encoding: 'utf8' });
		expect(check.stdout.split('\n').filter((l) => l.startsWith('error: ')).map((l) => `left out: ${l.slice('error: '.length)}`).sort()).toEqual(leftOut);
	}, 120_000);
});

describe('a body written to run or leak', () => {
	it('is refused with the line of each problem, and with ARCHIVE_SKIP_INVALID=1 nothing of it reaches dist/', () => {
		const body = [
			'Một [liên kết](javascript:alert(1)) và [liên kết khác][r].',
			'',
			'[r]: JAVASCRIPT:alert(2)',
			'',
			'<span',
			'style="position:fixed">chữ trong thẻ</span>',
		].join('\n');
		const comment = 'Nội dung.\n\n<!-- ghi chú nội bộ: không công bố -->\n';
		const { code, output, outDir, file } = buildWith({ '2024/doc.mdx': ok('null', body), '2024/ghi-chu.mdx': ok('null', comment), '2024/tot.mdx': ok('12-CV/TU') }, { ARCHIVE_SKIP_INVALID: '1' });
		expect(code).toBe(0);
		expect(lines(output, 'left out:').filter((l) => !l.includes('left out of this build'))).toEqual([
			`left out: ${file('2024/doc.mdx')}:10: <span> carries a script or style attribute`,
			`left out: ${file('2024/doc.mdx')}:6: a link to "javascript:"; links lead to web pages, mail or other documents (vb:)`,
			`left out: ${file('2024/doc.mdx')}:8: a link to "JAVASCRIPT:"; links lead to web pages, mail or other documents (vb:)`,
			expect.stringMatching(new RegExp(`^left out: ${file('2024/ghi-chu.mdx')}:8: not text the archive can read as MDX `)),
		]);
		const all = allOutput(outDir);
		expect(all).not.toMatch(/javascript:|position:fixed|ghi chú nội bộ/iu);
		expect(existsSync(join(outDir, 'van-ban/2024/tot/index.html'))).toBe(true);
	}, 120_000);
});

describe('every case of the hostile probe, in one build', () => {
	it('builds the rest with ARCHIVE_SKIP_INVALID=1, one line for each file left out, no stack trace, and nothing unsafe in dist/', () => {
		const secret = join(mkdtempSync(join(tmpdir(), 'outside-')), 'passwd');
		writeFileSync(secret, 'root:x:0:0:bí mật máy chủ');
		const withOriginal = (name: string) =>
			`---\ntype: cong-van\nnumber: null\nissuedAt: null\nsource:\n  file: ${name}\n  sha256: ${'0'.repeat(64)}\n  importedAt: "2026-12-01"\n  importer: text\n  original: ${name}\n---\nNội dung.\n`;
		const root = writeArchive({
			'2024/leak.mdx': withOriginal('leak.txt'),
			'2024/thu-muc.mdx': withOriginal('thu-muc.txt'),
			'2024/js.mdx': ok('null', '[bấm](javascript:alert(1)) và [bấm nữa][r].\n\n[r]: JaVaScRiPt:alert(2)'),
			'2024/su-kien.mdx': ok('null', '<span\nonmouseover="alert(3)">chữ</span>'),
			'2024/ghi-chu.mdx': ok('null', 'Nội dung.\n\n<!-- ghi chú nội bộ: không công bố -->'),
			'2024/tab.mdx': '---\ntype: cong-van\nnumber: null\n\tissuedAt: null\n---\nNội dung.\n',
			'2024/hai-lan.mdx': '---\ntype: cong-van\nnumber: null\nnumber: null\nissuedAt: null\n---\nNội dung.\n',
			'2024/nam.mdx': '---\ntype: cong-van\nnumber: null\nissuedAt: null\nyear: 3000\n---\nNội dung.\n',
			'2024/duong-dan.mdx': ok('null', 'Xem [tệp](vb:../../etc/passwd).'),
			'2024/tot.mdx': ok('12-CV/TU'),
		});
		const folder = join(root, 'directives', '2024');
		symlinkSync(secret, join(folder, 'leak.txt'));
		symlinkSync(secret, join(folder, 'lien-ket.mdx'));
		mkdirSync(join(folder, 'thu-muc.txt'));

		const { code, output, outDir } = buildArchive(root, { ARCHIVE_SKIP_INVALID: '1' });
		expect(code).toBe(0);
		expect(output).not.toContain('Stack trace');
		expect(output).not.toMatch(/\n\s+at /);
		const leftOut = lines(output, 'left out:').filter((l) => !l.includes('left out of this build'));
		const files = new Set(leftOut.map((l) => /\/(2024\/[^/:]+\.mdx)/.exec(l)?.[1]));
		expect([...files].sort()).toEqual(['2024/duong-dan.mdx', '2024/ghi-chu.mdx', '2024/hai-lan.mdx', '2024/js.mdx', '2024/leak.mdx', '2024/lien-ket.mdx', '2024/nam.mdx', '2024/su-kien.mdx', '2024/tab.mdx', '2024/thu-muc.mdx']);
		expect(output).toContain('10 document(s) left out of this build (listed above)');
		const all = allOutput(outDir);
		expect(all).not.toMatch(/javascript:|onmouseover|ghi chú nội bộ|bí mật máy chủ|etc\/passwd/iu);
		expect(existsSync(join(outDir, 'van-ban/2024/tot/index.html'))).toBe(true);
	}, 120_000);
});

describe('a classified document', () => {
	const SECRET = 'Nội dung tuyệt đối không được công bố ra ngoài';
	const files = {
		'2024/mat.mdx': `---\ntype: cong-van\nnumber: 99-CV/TU\nissuedAt: "2024-05-03"\nclassification: mat\ntitle: Việc cơ mật\n---\n${SECRET}.\n`,
		'2024/cong-khai.mdx': ok('null', 'Thực hiện [Công văn số 99-CV/TU](vb:99-CV/TU@2024-05-03 "thực hiện") nêu trên.'),
	};

	it('leaves no trace in the built site: no page, no search record, no list entry, no text', () => {
		const { code, output, outDir } = buildWith(files);
		expect(code).toBe(0);
		expect(output).toContain('left out 1 classified document(s)');
		const all = allOutput(outDir);
		for (const trace of [SECRET, 'tuyệt đối không', 'Việc cơ mật', 'van-ban/2024/mat']) expect(all).not.toContain(trace);
		expect(all).toContain('Thực hiện'); // the public document is there, its citation only a number
		expect(existsSync(join(outDir, 'chua-co-trong-kho/99-cv-tu-2024-05-03/index.html'))).toBe(true);
	}, 120_000);

	it('is built when the site is configured to include its level', () => {
		const { code, outDir } = buildWith(files, { ARCHIVE_INCLUDE_CLASSIFIED: 'mat' });
		expect(code).toBe(0);
		expect(readFileSync(join(outDir, 'van-ban/2024/mat/index.html'), 'utf8')).toContain(SECRET);
		// Never in the feeds or the data files, even then.
		for (const feed of ['atom.xml', 'loai/cong-van/atom.xml']) {
			const xml = readFileSync(join(outDir, feed), 'utf8');
			expect(xml).not.toContain('van-ban/2024/mat/');
			expect(xml).not.toContain('Việc cơ mật');
		}
		expect(existsSync(join(outDir, 'du-lieu/2024/mat.json'))).toBe(false);
		expect(existsSync(join(outDir, 'du-lieu/2024/cong-khai.json'))).toBe(true);
	}, 120_000);
});
