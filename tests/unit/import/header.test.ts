import { describe, expect, it } from 'vitest';
import { findHeader, readHeader } from '../../../src/import/header.ts';
import { importDocument, importText, pageLabels, type ImportOptions } from '../../../src/import/importText.ts';
import { findLostWords } from '../../../src/import/lostWords.ts';
import { toMdxFile } from '../../../src/import/mdxFile.ts';
import { issuerFromHeader } from '../../../src/import/metadata.ts';
import { reportImport, reportLines } from '../../../src/import/report.ts';
import { registry } from '../seeds.ts';

const PARTY = {
	left: ['TỈNH ỦY QUẢNG NAM', '*', 'Số 307-NQ/TU'],
	right: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Quảng Nam, ngày 03 tháng 5 năm 2024'],
};
const STATE = {
	left: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NAM', 'Số: 1407/UBND-NNMT', 'V/v báo cáo tình hình thực hiện', 'Kế hoạch số 128/KH-UBND'],
	right: ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Quảng Nam, ngày 10 tháng 8', 'năm 2023'],
};

describe('readHeader', () => {
	it('reads a Party header: bodies, number, place and date', () => {
		expect(readHeader(PARTY)).toEqual({
			system: 'dang',
			bodies: ['TỈNH ỦY QUẢNG NAM'],
			number: '307-NQ/TU',
			issuedAt: '2024-05-03',
			year: 2024,
			place: 'Quảng Nam',
			subject: null,
			blank: { number: false, date: false },
			warnings: [],
		});
	});

	it('reads a State công văn header with its V/v lines and a date wrapped over two lines', () => {
		const fields = readHeader(STATE);
		expect(fields.system).toBe('nha-nuoc');
		// A body broken over two lines is one.
		expect(fields.bodies).toEqual(['ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM']);
		expect(fields.number).toBe('1407/UBND-NNMT');
		expect(fields.subject).toBe('V/v báo cáo tình hình thực hiện Kế hoạch số 128/KH-UBND');
		expect([fields.issuedAt, fields.place]).toEqual(['2023-08-10', 'Quảng Nam']);
	});

	it('leaves a blank number and a blank day unknown, keeping the printed year, and says so', () => {
		const fields = readHeader({
			left: ['ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM', 'Số:      /KH-UBND'],
			right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Quảng Nam, ngày     tháng     năm 2024'],
		});
		expect([fields.number, fields.issuedAt, fields.year, fields.place]).toEqual([null, null, 2024, 'Quảng Nam']);
		expect(fields.blank).toEqual({ number: true, date: true });
		expect(fields.warnings).toEqual([
			'the header leaves the number blank ("Số:      /KH-UBND"): number left unknown',
			'the header leaves the date blank ("Quảng Nam, ngày     tháng     năm 2024"): date left unknown',
		]);
	});

	it('rejects a date that is not on the calendar and a number of the wrong shape', () => {
		const fields = readHeader({ left: ['TỈNH ỦY', 'Số: ba trăm'], right: ['Hà Nội, ngày 31 tháng 2 năm 2024'] });
		expect([fields.number, fields.issuedAt, fields.year]).toEqual([null, null, 2024]);
		expect(fields.warnings).toEqual([
			'"Số: ba trăm" in the header is not a number like 307-NQ/TU or 68/KH-UBND: number left unknown',
			'"Hà Nội, ngày 31 tháng 2 năm 2024" in the header is not a real date: date left unknown',
		]);
	});
});

describe('readHeader on headers as real sources flatten them', () => {
	const read = (lines: string[]) => {
		const found = findHeader(lines);
		const fields = found ? readHeader(found.header) : null;
		return fields && { number: fields.number, issuedAt: fields.issuedAt, place: fields.place, bodies: fields.bodies };
	};

	it('reads cells one per line with "|" between them and words broken over lines (a legal database)', () => {
		const lines = ['BỘ', 'CHÍNH TRỊ', '-------', '|', 'ĐẢNG', 'CỘNG SẢN VIỆT NAM', '---------', '|', 'Số:', '216-QĐ/TW', '|', 'Hà', 'Nội, ngày 01 tháng 4 năm 2009', '|', 'QUY ĐỊNH (BỔ SUNG)'];
		expect(read(lines)).toEqual({ number: '216-QĐ/TW', issuedAt: '2009-04-01', place: 'Hà Nội', bodies: ['BỘ CHÍNH TRỊ'] });
	});

	it('reads a Markdown table', () => {
		const lines = ['| ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |', '| --- | --- |', '| Số: 54/KH-UBND | Lạng Sơn, ngày 27 tháng 3 năm 2020 |', '', 'KẾ HOẠCH'];
		expect(read(lines)).toEqual({ number: '54/KH-UBND', issuedAt: '2020-03-27', place: 'Lạng Sơn', bodies: ['ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN'] });
	});

	it('finds the header below a website\'s text and title, which it keeps apart', () => {
		const lines = ['Trang chủ | Văn bản', 'QUY ĐỊNH 66-QĐ/TW VỀ THỂ LOẠI VĂN BẢN CỦA ĐẢNG', '', 'BAN CHẤP HÀNH TRUNG ƯƠNG', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM', '', 'Số: 66-QĐ/TW', 'Hà Nội, ngày 06 tháng 02 năm 2017', '', 'Về thể loại văn bản của Đảng'];
		const found = findHeader(lines);
		expect([found?.start, found?.end]).toEqual([3, 9]);
		expect(read(lines)).toEqual({ number: '66-QĐ/TW', issuedAt: '2017-02-06', place: 'Hà Nội', bodies: ['BAN CHẤP HÀNH TRUNG ƯƠNG'] });
	});

	it('reads numbers with stray spaces or broken over lines, and split or dotted dates', () => {
		const state = (number: string, date: string[]) => read(['ỦY BAN NHÂN DÂN', 'TỈNH LAI CHÂU', '-------', number, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', ...date, '', 'QUYẾT ĐỊNH']);
		expect(state('Số:15 /2014/QĐ-UBND', ['Lai Châu, ngày 23', 'tháng 3 năm 2021'])).toMatchObject({ number: '15/2014/QĐ-UBND', issuedAt: '2021-03-23', place: 'Lai Châu' });
		expect(state('Số: 12/QĐ-UBND', ['Sơn', 'La, ngày 17.5.2011'])).toMatchObject({ issuedAt: '2011-05-17', place: 'Sơn La' });
		expect(read(['BAN TỔ CHỨC TRUNG ƯƠNG', 'Số 16 -', 'HD/BTCTW', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Hà Nội, ngày 5-3-2023', '', 'HƯỚNG DẪN'])).toMatchObject({
			number: '16-HD/BTCTW',
			issuedAt: '2023-03-05',
		});
	});

	it('reads OCR\'s damage: TƯ decided from the issuer, ƯBND, the look-alike Ð', () => {
		expect(read(['TỈNH ỦY THỪA THIÊN HUẾ', 'ĐẢNG CỘNG SẢN VIỆT NAM', '*', 'Số 445-KL/TƯ', 'Thừa Thiên Huế, ngày 13 tháng 5 năm 2022', 'K ÉT LUẬN'])).toMatchObject({
			number: '445-KL/TU',
			place: 'Thừa Thiên Huế',
		});
		expect(read(['BAN CHẤP HÀNH TRUNG ƯƠNG', 'ÐẢNG CỘNG SẢN VIỆT NAM', 'Số 12-QÐ/TƯ', 'Hà Nội, ngày 2 tháng 1 năm 2020'])).toMatchObject({ number: '12-QĐ/TW' });
		expect(read(['ƯBND HUYỆN ĐIỆN BIÊN', 'Số: 7/ƯBND-VP', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Điện Biên, ngày 3 tháng 6 năm 2024'])).toMatchObject({ number: '7/UBND-VP' });
	});

	it('keeps the place of a PDF\'s right column apart from the motto above it, and a district\'s number in its name', () => {
		const fields = readHeader({ left: ['ỦY BAN NHÂN DÂN TỈNH SƠN LA', 'Số: 68/KH-UBND'], right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Sơn La, ngày 2 tháng 3 năm 2024'] });
		expect(fields.place).toBe('Sơn La');
		expect(read(['HỘI ĐỒNG NHÂN DÂN QUẬN 2 |', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |', 'Số: 01/2008/NQ-HĐND |', 'Quận 2, ngày 11 tháng 01 năm 2008 |'])).toMatchObject({ place: 'Quận 2' });
	});

	it('leaves a blank number unknown whatever the layout', () => {
		expect(read(['ỦY BAN NHÂN DÂN', 'TỈNH LAI CHÂU', '|', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '|', 'Số:      /KH-UBND', '|', 'Lai Châu, ngày      tháng 3 năm 2024'])).toMatchObject({ number: null, issuedAt: null });
	});

	it('sorts a flattened header into its columns, each line kept, whichever way the export went', () => {
		const columnwise = [...PARTY.left, ...PARTY.right, '', 'NGHỊ QUYẾT', 'về công tác cán bộ'];
		const rowwise = ['TỈNH ỦY QUẢNG NAM', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 307-NQ/TU', 'Quảng Nam, ngày 03 tháng 5 năm 2024', 'NGHỊ QUYẾT'];
		const columns = { left: ['TỈNH ỦY QUẢNG NAM', 'Số 307-NQ/TU'], right: PARTY.right };
		expect(findHeader(columnwise)).toEqual({ header: columns, start: 0, end: 5 });
		expect(findHeader(rowwise)?.header).toEqual(columns);
	});

	it('finds nothing in a text that starts with its body, nor in a lede that names a number', () => {
		expect(findHeader(['Kính gửi: Các sở.', 'Số liệu năm 2023 cho thấy'])).toBeNull();
		expect(findHeader(['Quyết định số 144-QĐ/TW ngày 9/5/2024 của Bộ Chính trị về chuẩn mực đạo đức', 'Báo xin giới thiệu toàn văn.'])).toBeNull();
	});
});

describe('issuerFromHeader', () => {
	it('recognises the State issuer by its name at the start of the header line', () => {
		expect(issuerFromHeader(['ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM'], registry).found).toEqual({
			value: 'ubnd-tinh',
			from: 'tiêu đề "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM"',
		});
	});

	it('reports two issuers that print the same name ("Tỉnh ủy") as ambiguous', () => {
		expect(issuerFromHeader(['TỈNH ỦY QUẢNG NAM'], registry)).toEqual({ found: null, ambiguous: ['ban-thuong-vu-tinh-uy', 'tinh-uy'] });
		expect(issuerFromHeader(['SỞ TÀI CHÍNH'], registry)).toEqual({ found: null, ambiguous: [] });
	});
});

const OPTIONS: ImportOptions = {
	file: '307.docx',
	sha256: 'a'.repeat(64),
	importer: 'docx',
	importedAt: '2026-11-23',
	registry,
};

const BODY = [
	'NGHỊ QUYẾT',
	'về công tác cán bộ năm 2024',
	'',
	'Ban Thường vụ Tỉnh ủy quyết nghị như sau:',
	'',
	'Nơi nhận:',
	'- Các huyện ủy,',
	'- Lưu Văn phòng Tỉnh ủy.',
	'',
	'T/M BAN THƯỜNG VỤ',
	'BÍ THƯ',
	'Lương Nguyễn Minh Triết',
];

describe('importDocument with a header', () => {
	it('fills number, date, place and issuer from the header, the signature settling which Tỉnh ủy', () => {
		const { frontmatter, warnings } = importDocument({ lines: BODY, header: PARTY, removed: [], notes: [] }, OPTIONS);
		expect(frontmatter).toMatchObject({
			type: 'nghi-quyet',
			number: '307-NQ/TU',
			issuedAt: '2024-05-03',
			year: 2024,
			place: 'Quảng Nam',
			issuer: 'ban-thuong-vu-tinh-uy',
			title: 'về công tác cán bộ năm 2024',
			header: PARTY,
			signer: { authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Lương Nguyễn Minh Triết' },
			source: { file: '307.docx', importer: 'docx' },
		});
		expect(frontmatter.provenance).toMatchObject({
			number: 'dòng "Số" trong tiêu đề văn bản',
			issuedAt: 'dòng địa danh, ngày tháng trong tiêu đề văn bản',
			issuer: 'chữ ký "T/M BAN THƯỜNG VỤ"',
		});
		expect(warnings).toEqual([]);
		expect(reportLines(reportImport(frontmatter, null))).toEqual([
			'read: type, number, date, place, title, signer',
			'inferred: issuer',
		]);
	});

	it('takes a công văn\'s trích yếu and type from its V/v line', () => {
		const { frontmatter } = importDocument(
			{ lines: ['Kính gửi: Sở Tài chính.', '', 'Ủy ban nhân dân tỉnh đề nghị báo cáo.'], header: STATE, removed: [], notes: [] },
			OPTIONS,
		);
		expect(frontmatter).toMatchObject({
			type: 'cong-van',
			number: '1407/UBND-NNMT',
			issuer: 'ubnd-tinh',
			title: 'V/v báo cáo tình hình thực hiện Kế hoạch số 128/KH-UBND',
		});
		expect(frontmatter.signer.name).toBeNull();
	});

	it('lets the register win where it disagrees, and lists each disagreement', () => {
		const from = 'sổ đăng ký so-di.csv, dòng 4';
		const { frontmatter, warnings } = importDocument(
			{ lines: BODY, header: PARTY, removed: [], notes: [] },
			{
				...OPTIONS,
				register: { from, number: '308-NQ/TU', issuedAt: '2024-05-03', title: null, signer: 'Lương Nguyễn Minh Triết', issuer: 'tinh-uy' },
			},
		);
		expect([frontmatter.number, frontmatter.issuedAt, frontmatter.issuer, frontmatter.title]).toEqual([
			'308-NQ/TU',
			'2024-05-03',
			'tinh-uy',
			'về công tác cán bộ năm 2024',
		]);
		expect(frontmatter.provenance['number']).toBe(`${from}; văn bản ghi "307-NQ/TU"`);
		expect(warnings).toEqual([
			'number: the register (sổ đăng ký so-di.csv, dòng 4) says "308-NQ/TU", the file says "307-NQ/TU"; kept the register\'s',
			'issuer: the register (sổ đăng ký so-di.csv, dòng 4) says "tinh-uy", the file says "ban-thuong-vu-tinh-uy"; kept the register\'s',
		]);
		expect(reportLines(reportImport(frontmatter, from))).toEqual([
			'read: type, place, title',
			'from the register: number, date, issuer, signer',
		]);
	});

	it('keeps every word of the file when the register gives another trích yếu or signer', () => {
		const text = [...PARTY.left, ...PARTY.right, '', ...BODY].join('\n');
		const register = { from: 'sổ đăng ký so-di.csv, dòng 5', number: null, issuedAt: null, title: 'Về công tác tổ chức', signer: 'Nguyễn Văn Bình', issuer: null };
		const result = importText(text, { file: 'x.txt', importedAt: '2026-11-23', registry, register });
		expect([result.frontmatter.title, result.frontmatter.signer.name]).toEqual(['Về công tác tổ chức', 'Nguyễn Văn Bình']);
		expect(result.frontmatter.provenance['signer']).toBe('sổ đăng ký so-di.csv, dòng 5; văn bản ghi "Lương Nguyễn Minh Triết"');
		expect(findLostWords(text, toMdxFile(result.frontmatter, result.body) + pageLabels(result.frontmatter))).toEqual([]);
		expect(reportLines(reportImport(result.frontmatter, register.from))).toContain('from the register: title, signer');
	});

	it('reads the header of a plain-text export too, and keeps its words in the frontmatter', () => {
		const text = [...PARTY.left, ...PARTY.right, '', ...BODY].join('\n');
		const { frontmatter } = importText(text, { file: 'x.txt', importedAt: '2026-11-23', registry });
		expect([frontmatter.number, frontmatter.issuedAt, frontmatter.place]).toEqual(['307-NQ/TU', '2024-05-03', 'Quảng Nam']);
		// The printed header, each line kept (the rule "*" under the issuer is no word).
		expect(frontmatter.header).toEqual({ left: ['TỈNH ỦY QUẢNG NAM', 'Số 307-NQ/TU'], right: PARTY.right });
	});
});
