import { describe, expect, it } from 'vitest';
import {
	dateLine,
	issuerHeading,
	numberLine,
	numberSystem,
	printHeader,
	type PrintDocument,
	type PrintHeader,
	type PrintIssuer,
} from '../../../src/lib/print.ts';

const tinhUy: PrintIssuer = {
	name: 'Tỉnh ủy',
	printedAs: null,
	symbol: 'TU',
	system: 'dang',
	province: 'Hưng Yên',
	superior: 'Đảng bộ tỉnh Hưng Yên',
};
const btvUnknownProvince: PrintIssuer = {
	name: 'Ban Thường vụ Tỉnh ủy',
	printedAs: null,
	symbol: 'TU',
	system: 'dang',
	province: null,
	superior: null,
};
const ubnd: PrintIssuer = {
	name: 'Ủy ban nhân dân tỉnh',
	printedAs: null,
	symbol: 'UBND',
	system: 'nha-nuoc',
	province: 'Hưng Yên',
	superior: null,
};

const doc = (over: Partial<PrintDocument>): PrintDocument => ({
	type: 'thong-bao',
	number: null,
	issuedAt: null,
	year: null,
	place: null,
	title: null,
	...over,
});

/** The lines as text, with their marks, so a test reads like the printed header. */
function lines(h: PrintHeader) {
	const show = (l: { text: string; bold?: true; italic?: true; underline?: true }) =>
		`${l.bold ? 'B ' : ''}${l.italic ? 'I ' : ''}${l.underline ? 'U ' : ''}${l.text}`;
	return { left: h.left.map(show), right: h.right.map(show), heading: h.heading, title: h.title && show(h.title) };
}

describe('printHeader: Party', () => {
	it('prints a fully known nghị quyết as the office did', () => {
		const h = printHeader(
			doc({ type: 'nghi-quyet', number: '307-NQ/TU', issuedAt: '2026-06-04', year: 2026, place: 'Hưng Yên', title: 'về *phát triển* nông nghiệp' }),
			tinhUy,
		);
		expect(h.system).toBe('dang');
		expect(lines(h)).toEqual({
			left: ['ĐẢNG BỘ TỈNH HƯNG YÊN', 'B TỈNH ỦY HƯNG YÊN', '*', 'Số 307-NQ/TU'],
			right: ['B U ĐẢNG CỘNG SẢN VIỆT NAM', 'I Hưng Yên, ngày 04 tháng 6 năm 2026'],
			heading: 'NGHỊ QUYẾT',
			title: 'B về *phát triển* nông nghiệp',
		});
		expect(h.title?.marked).toBe(true);
	});

	it('puts a công văn’s trích yếu in italics under the number, and prints no type name', () => {
		const h = printHeader(
			doc({ type: 'cong-van', number: '125-CV/TU', issuedAt: '2024-01-08', place: 'Hưng Yên', title: 'V/v kiểm điểm năm 2023' }),
			tinhUy,
		);
		expect(lines(h)).toEqual({
			left: ['ĐẢNG BỘ TỈNH HƯNG YÊN', 'B TỈNH ỦY HƯNG YÊN', '*', 'Số 125-CV/TU', 'I V/v kiểm điểm năm 2023'],
			right: ['B U ĐẢNG CỘNG SẢN VIỆT NAM', 'I Hưng Yên, ngày 08 tháng 01 năm 2024'],
			heading: null,
			title: null,
		});
	});

	it('leaves blanks for what the seeds do not say: a BTV công văn with no number, date, place or province', () => {
		const h = printHeader(doc({ type: 'cong-van' }), btvUnknownProvince);
		expect(lines(h)).toEqual({
			left: ['', 'B BAN THƯỜNG VỤ TỈNH ỦY', '*', 'Số      -CV/TU'],
			right: ['B U ĐẢNG CỘNG SẢN VIỆT NAM', 'I ……, ngày    tháng    năm 20  '],
			heading: null,
			title: null,
		});
		expect(h.left[3]!.blank).toBe(true);
	});

	it('prints the heading and bold title of a seed thông báo, with blanks', () => {
		const h = printHeader(doc({ title: 'KẾT QUẢ HỘI NGHỊ' }), { ...btvUnknownProvince, name: 'Tỉnh ủy' });
		expect(lines(h)).toEqual({
			left: ['', 'B TỈNH ỦY', '*', 'Số      -TB/TU'],
			right: ['B U ĐẢNG CỘNG SẢN VIỆT NAM', 'I ……, ngày    tháng    năm 20  '],
			heading: 'THÔNG BÁO',
			title: 'B KẾT QUẢ HỘI NGHỊ',
		});
	});
});

describe('printHeader: State', () => {
	it('prints a kế hoạch of the UBND with "Số:" and the national motto', () => {
		const h = printHeader(
			doc({ type: 'ke-hoach', number: '68/KH-UBND', issuedAt: '2024-04-15', place: 'Hưng Yên', title: 'Triển khai năm 2024' }),
			ubnd,
		);
		expect(h.system).toBe('nha-nuoc');
		expect(lines(h)).toEqual({
			left: ['B ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN', 'Số: 68/KH-UBND'],
			right: [
				'B CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
				'B U Độc lập - Tự do - Hạnh phúc',
				'I Hưng Yên, ngày 15 tháng 4 năm 2024',
			],
			heading: 'KẾ HOẠCH',
			title: 'B Triển khai năm 2024',
		});
		expect(h.left[0]!.rule).toBe(true);
	});

	it('puts "V/v" before a công văn’s trích yếu, once', () => {
		const a = printHeader(doc({ type: 'cong-van', number: '1407/UBND-NNMT', title: 'Đôn đốc thực hiện' }), ubnd);
		expect(a.left.map((l) => l.text)).toEqual(['ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN', 'Số: 1407/UBND-NNMT', 'V/v Đôn đốc thực hiện']);
		const b = printHeader(doc({ type: 'cong-van', title: 'V/v đôn đốc' }), ubnd);
		expect(b.left.map((l) => l.text)).toEqual(['ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN', 'Số:      /CV-UBND', 'V/v đôn đốc']);
	});

	it('prints the superior body above a State issuer when the registry gives one', () => {
		const so = { ...ubnd, name: 'Sở Tài chính', symbol: 'STC', superior: 'UBND tỉnh Hưng Yên', province: null };
		expect(printHeader(doc({ type: 'ke-hoach' }), so).left.map((l) => l.text)).toEqual([
			'UBND TỈNH HƯNG YÊN',
			'SỞ TÀI CHÍNH',
			'Số:      /KH-STC',
		]);
	});
});

describe('printHeader: unknown issuer', () => {
	it('takes the layout from the number, and leaves the issuer blank', () => {
		const h = printHeader(doc({ type: 'ke-hoach', number: '128/KH-UBND', year: 2024 }), null);
		expect(lines(h)).toEqual({
			left: ['B ', 'Số: 128/KH-UBND'],
			right: ['B CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'B U Độc lập - Tự do - Hạnh phúc', 'I ……, ngày    tháng    năm 2024'],
			heading: 'KẾ HOẠCH',
			title: null,
		});
	});

	it('prints blank lines, a blank code and no national name when nothing tells Party from State', () => {
		const h = printHeader(doc({ type: 'cong-van' }), null);
		expect(h.system).toBeNull();
		expect(lines(h)).toEqual({
			left: ['', 'B ', 'Số      -CV/      '],
			right: ['', 'I ……, ngày    tháng    năm 20  '],
			heading: null,
			title: null,
		});
	});
});

describe('the pieces', () => {
	it('reads the layout from a number', () => {
		expect(numberSystem('307-NQ/TU')).toBe('dang');
		expect(numberSystem('05-QC/BTCTU-BDVTU')).toBe('dang');
		expect(numberSystem('68/KH-UBND')).toBe('nha-nuoc');
		expect(numberSystem('01/2024/QĐ-UBND')).toBe('nha-nuoc');
		expect(numberSystem('1407/UBND-NNMT')).toBe('nha-nuoc');
		expect(numberSystem('57')).toBeNull();
	});

	it('writes days in two digits, months 1 and 2 as 01 and 02', () => {
		expect(dateLine('2023-12-06', 2023, 'Hưng Yên').text).toBe('Hưng Yên, ngày 06 tháng 12 năm 2023');
		expect(dateLine('2024-02-29', 2024, 'Hưng Yên').text).toBe('Hưng Yên, ngày 29 tháng 02 năm 2024');
		expect(dateLine('2024-05-03', 2024, null).text).toBe('……, ngày 03 tháng 5 năm 2024');
		expect(dateLine(null, null, 'Hưng Yên').text).toBe('Hưng Yên, ngày    tháng    năm 20  ');
	});

	it('adds the province to the issuer name once', () => {
		expect(issuerHeading(tinhUy)).toBe('TỈNH ỦY HƯNG YÊN');
		expect(issuerHeading({ ...tinhUy, name: 'Tỉnh ủy Hưng Yên' })).toBe('TỈNH ỦY HƯNG YÊN');
		expect(issuerHeading(btvUnknownProvince)).toBe('BAN THƯỜNG VỤ TỈNH ỦY');
		expect(issuerHeading({ ...btvUnknownProvince, printedAs: 'Tỉnh ủy', province: 'Hưng Yên' })).toBe('TỈNH ỦY HƯNG YÊN');
	});

	it('never prints "chưa rõ"', () => {
		const h = printHeader(doc({ type: 'bao-cao' }), null);
		const all = [...h.left, ...h.right].map((l) => l.text).join('\n');
		expect(all).not.toMatch(/chưa rõ/i);
		expect(numberLine(null, 'quyet-dinh', ubnd, 'nha-nuoc').text).toBe('Số:      /QĐ-UBND');
	});
});
