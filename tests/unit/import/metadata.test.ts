import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/import/importText.ts';
import { fromLede, typeFromNumber } from '../../../src/import/metadata.ts';
import { segmentDocument } from '../../../src/import/segments.ts';
import { registry } from '../seeds.ts';

const OPTIONS = { file: 'x.txt', importedAt: '2026-12-01', registry };

describe('typeFromNumber', () => {
	it('reads the type from the code in the document\'s own number', () => {
		const slug = (number: string) => typeFromNumber(number)?.value.slug ?? null;
		expect(slug('369-CV/BTGTU')).toBe('cong-van');
		expect(slug('445-KL/TU')).toBe('ket-luan');
		expect(slug('68/KH-UBND')).toBe('ke-hoach');
		expect(slug('1407/UBND-NNMT')).toBe('cong-van');
		expect(slug('27-CTr/TU')).toBe('chuong-trinh');
		// A Party QĐ is a Quyết định or a Quy định: it does not tell.
		expect(slug('66-QĐ/TW')).toBeNull();
		expect(slug('01/2024/QĐ-UBND')).toBe('quyet-dinh');
	});
});

describe('fromLede', () => {
	const read = (lines: string[]) => {
		const lede = fromLede(lines);
		return lede && { type: lede.type.value.slug, number: lede.number?.value ?? null, issuedAt: lede.issuedAt?.value ?? null };
	};

	it('reads the document a repost\'s title or lede names, with its number and date when they stand with its type', () => {
		expect(read(['Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy về lãnh đạo xây dựng.'])).toEqual({
			type: 'nghi-quyet',
			number: '10-NQ/TU',
			issuedAt: '2021-08-18',
		});
		expect(read(['KẾT LỦẬN 127-KL/TW CỦÀ BỘ CHÍNH TRỊ, BẠN BÍ THƯ'])).toEqual({ type: 'ket-luan', number: '127-KL/TW', issuedAt: null });
		expect(read(['CHỈ THỊ', 'CỦA THỦ', 'TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG', 'NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH', 'Thực hiện Nghị quyết'])).toEqual({
			type: 'chi-thi',
			number: '16/2001/CT-TTG',
			issuedAt: '2001-06-21',
		});
	});

	it('takes a date that opens the lede\'s sentence, or stands in brackets after the number', () => {
		expect(read(['LTS: Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết số 10-NQ/TU về huy động nguồn lực.'])?.issuedAt).toBe('2016-11-14');
		expect(read(['Thay mặt Bộ Chính trị, Tổng Bí thư đã ký ban hành Quy định số 144-QĐ/TW (ngày 9/5/2024) Quy định chuẩn mực đạo đức.'])).toEqual({
			type: 'quy-dinh',
			number: '144-QĐ/TW',
			issuedAt: '2024-05-09',
		});
		expect(read(['Ngày 23/11/2018, Phó Chánh Văn phòng UBND tỉnh đã ký ban hành văn bản số 3653/UBND-TNMT, V/v đề xuất của Sở.'])).toEqual({
			type: 'cong-van',
			number: '3653/UBND-TNMT',
			issuedAt: '2018-11-23',
		});
	});

	it('never takes another document\'s number for the document\'s own', () => {
		// A Chương trình implementing 57-NQ/TW: the number belongs to the resolution.
		expect(read(['Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị.'])).toEqual({
			type: 'chuong-trinh',
			number: null,
			issuedAt: null,
		});
		expect(read(['Thực hiện Kế hoạch số 45-KH/TU ngày 3/5/2024 của Ban Thường vụ Tỉnh ủy, các đơn vị báo cáo kết quả.'])).toBeNull();
	});
});

describe('the type from every piece of evidence', () => {
	it('lets the heading win over the number\'s code, and says so', () => {
		const text = ['BAN CHẤP HÀNH TRUNG ƯƠNG', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 97-KL/TW', 'Hà Nội, ngày 7 tháng 2 năm 2023', '', 'QUY ĐỊNH', 'về chức năng của đảng đoàn', '', 'Nội dung.'].join('\n');
		const { frontmatter, warnings } = importText(text, OPTIONS);
		expect(frontmatter.type).toBe('quy-dinh');
		expect(frontmatter.provenance['type']).toBe('tiêu đề "QUY ĐỊNH"');
		expect(warnings).toContain('type: the heading says "Quy định", the number\'s code says "Kết luận"; kept the heading\'s');
	});

	it('takes it from the code when there is no heading, and keeps the OCR\'d heading\'s words', () => {
		const text = ['BAN TUYÊN GIÁO TỈNH ỦY', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 369 - CV/BTGTU', 'Hà Tĩnh, ngày 7 tháng 2 năm 2023', '', 'Kính gửi: Các huyện ủy.', '', 'Nội dung.'].join('\n');
		const { frontmatter, missing } = importText(text, OPTIONS);
		expect([frontmatter.type, frontmatter.number, frontmatter.provenance['type']]).toEqual(['cong-van', '369-CV/BTGTU', 'ký hiệu trong số 369-CV/BTGTU']);
		expect(missing.type).toBeUndefined();
	});
});

describe('a signature block without Nơi nhận', () => {
	it('is read at the end of a web copy that lost the list, and in the middle of a decision whose regulation follows', () => {
		expect(segmentDocument(['Nội dung.', '', 'T/M BAN THƯỜNG VỤ', '', 'PHÓ BÍ THƯ THƯỜNG TRỰC', '', 'Nguyễn Văn Đua']).signature).toEqual({
			authority: 'T/M BAN THƯỜNG VỤ',
			title: 'PHÓ BÍ THƯ THƯỜNG TRỰC',
			name: 'Nguyễn Văn Đua',
		});
		const decision = segmentDocument(['Quyết định này có hiệu lực kể từ ngày ký.', '|', 'TM.', 'ỦY BAN NHÂN DÂN TỈNH', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn Phòng', '|', 'QUY ĐỊNH', 'Quản lý mạng tin học']);
		expect(decision.signature).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN TỈNH', title: 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Phòng' });
		expect(decision.body).toEqual(['Quyết định này có hiệu lực kể từ ngày ký.', '|', '|', 'QUY ĐỊNH', 'Quản lý mạng tin học']);
	});

	it('is not made of a capitalised line in the body', () => {
		expect(segmentDocument(['I. MỤC ĐÍCH', 'Các đơn vị thực hiện.', 'Ban Thường Vụ']).signature).toBeNull();
	});
});

describe('a trích yếu too long to be one', () => {
	it('is kept, with a warning to check the title block', () => {
		const title = 'VỀ VIỆC TRIỂN KHAI THỰC HIỆN NHIỆM VỤ TRỌNG TÂM '.repeat(12).trim();
		const { frontmatter, warnings } = importText(['NGHỊ QUYẾT', title, '', 'Nội dung.'].join('\n'), OPTIONS);
		expect(frontmatter.title).toBe(title);
		expect(warnings).toContain(`the trích yếu is ${title.length} characters long: check that the title block was read right`);
	});
});
