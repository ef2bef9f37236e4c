import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { matchRegisterRow, parseRegisterTable, readRegister, RegisterError, type RegisterRow } from '../../../src/import/register.ts';

const dir = mkdtempSync(join(tmpdir(), 'register-'));

function write(name: string, content: string | Buffer): string {
	const path = join(dir, name);
	writeFileSync(path, content);
	return path;
}

/** A row with every field empty, overridden by `fields`. */
function row(fields: Partial<RegisterRow> & { row: number }): RegisterRow {
	return { file: null, number: null, issuedAt: null, title: null, signer: null, issuerName: null, distribution: [], ...fields };
}

async function registerError(path: string): Promise<string> {
	const error = await readRegister(path).then(
		() => null,
		(e: unknown) => e,
	);
	expect(error).toBeInstanceOf(RegisterError);
	const message = (error as RegisterError).message;
	expect(message).not.toContain('\n');
	return message;
}

describe('readRegister: CSV', () => {
	it('reads a comma CSV with a BOM, a title above the header, a column-number row, a multi-line cell and rows to skip', async () => {
		const csv = [
			'SỔ ĐĂNG KÝ VĂN BẢN ĐI,,,,,,',
			'Năm 2024,,,,,,',
			'STT,"Số, ký hiệu","Ngày, tháng văn bản",Tên loại và trích yếu nội dung,Người ký,Nơi nhận,Tệp',
			'(1),(2),(3),(4),(5),(6),(7)',
			'1,307-NQ/TU,03/5/2024,"Nghị quyết về chuyển đổi số, giai đoạn 2024-2025",Nguyễn Văn An,"- Như trên;',
			'- Các đảng bộ trực thuộc;',
			'- Lưu Văn phòng.",307-NQ-TU.docx',
			',,,,,,',
			'2,68 / KH - UBND,3-5-2024,Kế hoạch thực hiện,  Trần Thị Bình ,,',
			'3,Số mới,31/02/2024,Công văn,,,',
			'4,307-NQ/TU,2024-05-10,Nghị quyết (bản sửa),,,',
			'5,,,,,,',
		].join('\r\n');
		const path = write('so-di-2024.csv', `\uFEFF${csv}\r\n`);

		expect(await readRegister(path)).toEqual({
			rows: [
				row({
					row: 5,
					file: '307-NQ-TU.docx',
					number: '307-NQ/TU',
					issuedAt: '2024-05-03',
					title: 'Nghị quyết về chuyển đổi số, giai đoạn 2024-2025',
					signer: 'Nguyễn Văn An',
					distribution: ['Như trên', 'Các đảng bộ trực thuộc', 'Lưu Văn phòng.'],
				}),
				row({ row: 7, number: '68/KH-UBND', issuedAt: '2024-05-03', title: 'Kế hoạch thực hiện', signer: 'Trần Thị Bình' }),
				row({ row: 8, title: 'Công văn' }),
				row({ row: 9, number: '307-NQ/TU', issuedAt: '2024-05-10', title: 'Nghị quyết (bản sửa)' }),
			],
			warnings: [
				'"so-di-2024.csv" row 8: "Số mới" in column "Số, ký hiệu" is not a document number; ignored',
				'"so-di-2024.csv" row 8: "31/02/2024" in column "Ngày, tháng văn bản" is not a date; ignored',
				'"so-di-2024.csv" rows 5 and 9 have the same number "307-NQ/TU"',
			],
		});
	});

	it('detects a ";" delimiter (Excel in a Vietnamese locale) and NFC-normalises cells', async () => {
		const csv = [
			'Số/ký hiệu;Ngày ký;Trích yếu;Cơ quan, đơn vị ban hành;Tên tệp',
			// "Báo cáo" written decomposed (NFD), as some Mac exports do.
			`12-BC/TU;10.8.2023;${'Báo cáo sơ kết, định hướng'.normalize('NFD')};Ban Thường vụ Tỉnh ủy;bao-cao-12.pdf`,
		].join('\n');
		expect(await readRegister(write('so-di.csv', csv))).toEqual({
			rows: [
				row({
					row: 2,
					file: 'bao-cao-12.pdf',
					number: '12-BC/TU',
					issuedAt: '2023-08-10',
					title: 'Báo cáo sơ kết, định hướng',
					issuerName: 'Ban Thường vụ Tỉnh ủy',
				}),
			],
			warnings: [],
		});
	});

	it('detects a tab delimiter', async () => {
		const csv = 'Số hiệu\tNgày ban hành\tNơi nhận\n05-QC/BTCTU-BDVTU\t2024-01-15\tNhư trên; Lưu VT\n';
		expect((await readRegister(write('so-di.tsv.csv', csv))).rows).toEqual([
			row({ row: 2, number: '05-QC/BTCTU-BDVTU', issuedAt: '2024-01-15', distribution: ['Như trên', 'Lưu VT'] }),
		]);
	});
});

describe('readRegister: xlsx', () => {
	it('reads the first sheet: a real date cell, a text date, a number typed as a number, duplicate file names', async () => {
		const buffer = await writeExcelFile([
			['SỔ ĐĂNG KÝ VĂN BẢN ĐI'],
			['Năm 2024'],
			['Số và ký hiệu', 'Ngày văn bản', 'Trích yếu nội dung', 'Người ký', 'Đơn vị ban hành', 'Tệp đính kèm'],
			[1, 2, 3, 4, 5, 6],
			[
				'307-NQ/TU',
				{ value: new Date(Date.UTC(2024, 4, 3)), type: Date, format: 'dd/mm/yyyy' },
				'Nghị quyết về chuyển đổi số',
				'Nguyễn Văn An',
				'Ban Chấp hành Đảng bộ tỉnh',
				'Báo cáo 12.docx',
			],
			['1407/UBND-NNMT', '10.8.2023', 'Về việc phòng chống thiên tai', null, null, 'BAO CAO 12.pdf'],
			[307, 'hôm qua', null, null, null, null],
		]).toBuffer();
		const path = write('so-di-2024.xlsx', buffer);

		expect(await readRegister(path)).toEqual({
			rows: [
				row({
					row: 5,
					file: 'Báo cáo 12.docx',
					number: '307-NQ/TU',
					issuedAt: '2024-05-03',
					title: 'Nghị quyết về chuyển đổi số',
					signer: 'Nguyễn Văn An',
					issuerName: 'Ban Chấp hành Đảng bộ tỉnh',
				}),
				row({ row: 6, file: 'BAO CAO 12.pdf', number: '1407/UBND-NNMT', issuedAt: '2023-08-10', title: 'Về việc phòng chống thiên tai' }),
				row({ row: 7 }),
			],
			warnings: [
				'"so-di-2024.xlsx" row 7: "307" in column "Số và ký hiệu" is not a document number; ignored',
				'"so-di-2024.xlsx" row 7: "hôm qua" in column "Ngày văn bản" is not a date; ignored',
				'"so-di-2024.xlsx" rows 5 and 6 have the same file "BAO CAO 12.pdf"',
			],
		});
	});
});

describe('readRegister: errors', () => {
	it('refuses a file that is not .csv or .xlsx', async () => {
		const path = write('so-di.xls', 'whatever');
		expect(await registerError(path)).toBe(`${path}: a register must be a .csv or .xlsx file`);
	});

	it('reports a corrupt .xlsx, a missing file and a CSV that is not UTF-8 in one line', async () => {
		// The reason is read-excel-file's own wording; only its shape is ours.
		const xlsx = await writeExcelFile([['Số, ký hiệu', 'Tệp']]).toBuffer();
		for (const [name, bytes] of [
			['hong.xlsx', Buffer.from('PK\x03\x04 this is not a zip archive')],
			['cat-doi.xlsx', xlsx.subarray(0, xlsx.length / 2)],
			['rong.xlsx', Buffer.alloc(0)],
		] as const) {
			const corrupt = write(name, bytes);
			expect(await registerError(corrupt)).toMatch(new RegExp(`^${RegExp.escape(corrupt)}: cannot read the register: \\S`));
		}
		const missing = join(dir, 'khong-co.csv');
		expect(await registerError(missing)).toBe(
			`${missing}: cannot read the register: ENOENT: no such file or directory, open '${missing}'`,
		);
		const ansi = write('ansi.csv', Buffer.from([0x53, 0xe9, 0x2c, 0x4e, 0x67, 0xe0, 0x79, 0x0a])); // Windows-1252 bytes
		expect(await registerError(ansi)).toBe(`${ansi}: not UTF-8 text; save the register as "CSV UTF-8" or as .xlsx`);
	});

	it('reports a CSV with a broken quote', async () => {
		const path = write('quote.csv', 'Số hiệu,Trích yếu\n1-NQ/TU,"Nghị quyết "về" việc\n');
		expect(await registerError(path)).toMatch(/^.*quote\.csv: cannot read the register: Invalid Closing Quote/);
	});

	it('refuses a register with nothing to match files on, or without a header', () => {
		expect(() => parseRegisterTable([['Ngày ban hành', 'Trích yếu'], ['03/5/2024', 'Nghị quyết']], 'so.csv')).toThrow(
			new RegisterError('"so.csv" row 1: no "Số, ký hiệu" or "Tệp" column, so no file can be matched to a row'),
		);
		expect(() => parseRegisterTable([['Số'], ['1']], 'so.csv')).toThrow(
			new RegisterError(
				'"so.csv": no header row in the first 15 rows (expected columns such as "Số, ký hiệu", "Ngày ban hành", "Trích yếu", "Tệp")',
			),
		);
	});
});

describe('matchRegisterRow', () => {
	const { rows } = parseRegisterTable(
		[
			['Tệp', 'Số, ký hiệu'],
			['307-NQ-TU.docx', '307-NQ/TU'],
			['Thông báo kết luận', '12-TB/TU'],
			['QĐ 01.2024', null],
			[null, '68/KH-UBND'],
			[null, '99-CV/TU'],
			[null, '99-CV/TU'],
		],
		'so.csv',
	);
	const at = (n: number) => rows.find((r) => r.row === n)!;

	it('matches by file name, with or without extension, ignoring case and diacritics', () => {
		expect(matchRegisterRow(rows, { name: '307-NQ-TU.docx', number: null })).toEqual({ row: at(2), ambiguous: [] });
		expect(matchRegisterRow(rows, { name: '307-nq-tu.PDF', number: null })).toEqual({ row: at(2), ambiguous: [] });
		expect(matchRegisterRow(rows, { name: 'THONG BAO KET LUAN.docx', number: null })).toEqual({ row: at(3), ambiguous: [] });
		expect(matchRegisterRow(rows, { name: 'thông báo kết luận.doc'.normalize('NFD'), number: null })).toEqual({ row: at(3), ambiguous: [] });
		expect(matchRegisterRow(rows, { name: 'QĐ 01.2024.docx', number: null })).toEqual({ row: at(4), ambiguous: [] });
	});

	it('prefers the file name to the number', () => {
		expect(matchRegisterRow(rows, { name: '307-NQ-TU.docx', number: '68/KH-UBND' })).toEqual({ row: at(2), ambiguous: [] });
	});

	it('falls back to the canonical number', () => {
		expect(matchRegisterRow(rows, { name: 'scan-0001.pdf', number: '68 / KH-UBND' })).toEqual({ row: at(5), ambiguous: [] });
		expect(matchRegisterRow(rows, { name: 'scan-0001.pdf', number: '1-NQ/TU' })).toEqual({ row: null, ambiguous: [] });
		expect(matchRegisterRow(rows, { name: 'scan-0001.pdf', number: null })).toEqual({ row: null, ambiguous: [] });
	});

	it('reports several matching rows as ambiguous', () => {
		expect(matchRegisterRow(rows, { name: 'scan-0002.pdf', number: '99-CV/TU' })).toEqual({ row: null, ambiguous: [at(6), at(7)] });
		const twice = [row({ row: 2, file: 'Báo cáo 12.docx' }), row({ row: 3, file: 'BAO CAO 12' })];
		expect(matchRegisterRow(twice, { name: 'bao cao 12.pdf', number: null })).toEqual({ row: null, ambiguous: twice });
	});
});
