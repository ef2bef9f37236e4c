import { describe, expect, it } from 'vitest';
import { bodyToMdx, reflow } from '../../../src/import/body.ts';
import { extractedText, UnreadableSource } from '../../../src/import/extracted.ts';
import { readDocx } from '../../../src/import/formats/docx.ts';
import { findLostWords } from '../../../src/import/lostWords.ts';
import { segmentDocument } from '../../../src/import/segments.ts';
import { allText, emptyDocx, ODDITIES, odditiesDocx, PARTY, partyDirectiveDocx, STATE, stateCongVanDocx } from '../support/docxFixtures.ts';
import { zipOf } from '../support/zip.ts';

async function unreadable(data: Uint8Array): Promise<string> {
	const error = await readDocx(data).then(
		() => null,
		(e: unknown) => e,
	);
	expect(error).toBeInstanceOf(UnreadableSource);
	const message = (error as Error).message;
	expect(message).not.toMatch(/\n|at .*\(|Error:/u);
	return message;
}

describe('readDocx: a Party resolution', async () => {
	const document = await readDocx(await partyDirectiveDocx());

	it('puts the header table in header, plain text, column by column', () => {
		expect(document.header).toEqual({
			left: ['TỈNH ỦY QUẢNG NAM', '*', 'Số 307-NQ/TU'],
			right: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Quảng Nam, ngày 03 tháng 5 năm 2024'],
		});
	});

	it('writes the body in the text dialect: emphasis, lists, a GFM table, notes before the closing block', () => {
		expect(document.lines).toEqual([
			'**NGHỊ QUYẾT**',
			'**VỀ ĐẨY MẠNH CHUYỂN ĐỔI SỐ TRONG CÁC CƠ QUAN ĐẢNG**',
			'**GIAI ĐOẠN 2024 - 2030**',
			'Căn cứ Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị¹ về chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư, Ban Thường vụ Tỉnh ủy quyết nghị:',
			'**I. TÌNH HÌNH VÀ NGUYÊN NHÂN**',
			'Thời gian qua, việc ứng dụng công nghệ thông tin đã đạt **nhiều kết quả quan trọng**, song *còn không ít hạn chế* cần khắc phục.',
			'**II. MỤC TIÊU**',
			'Đến năm 2030, phấn đấu đạt các chỉ tiêu sau:',
			'- 100% văn bản của cấp tỉnh được ký số;',
			'- 90% hồ sơ công việc được xử lý trên môi trường mạng;',
			'- Hoàn thành kho dữ liệu số của Đảng bộ tỉnh.²',
			'',
			'| Chỉ tiêu | Mục tiêu năm 2030 |',
			'| --- | --- |',
			'| Văn bản được ký số | 100% |',
			'| Hồ sơ công việc xử lý trên môi trường mạng | 90% |',
			'',
			'**III. TỔ CHỨC THỰC HIỆN**',
			'Các cấp ủy, tổ chức đảng tổ chức quán triệt, triển khai thực hiện Nghị quyết này.',
			'¹ Nghị quyết số 52-NQ/TW ngày 27 tháng 9 năm 2019 của Bộ Chính trị.',
			'² Theo Kế hoạch số 12-KH/TU ngày 15 tháng 01 năm 2024 của Ban Thường vụ Tỉnh ủy.',
			'',
			'Nơi nhận:',
			'- Ban Bí thư Trung ương Đảng (b/c),',
			'- Các đồng chí Tỉnh ủy viên,',
			'- Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc,',
			'- Lưu Văn phòng Tỉnh ủy.',
			'',
			'T/M BAN THƯỜNG VỤ',
			'BÍ THƯ',
			'Trần Văn Bình',
		]);
		expect(document.notes).toEqual([]);
		expect(document.removed).toEqual([]);
	});

	it('keeps every word', () => {
		expect(findLostWords(allText(PARTY), extractedText(document))).toEqual([]);
	});

	it('segments into title, body, distribution and signature', () => {
		const segments = segmentDocument(document.lines);
		expect(segments.titleType?.slug).toBe('nghi-quyet');
		expect(segments.title).toBe('VỀ ĐẨY MẠNH CHUYỂN ĐỔI SỐ TRONG CÁC CƠ QUAN ĐẢNG GIAI ĐOẠN 2024 - 2030');
		expect(segments.recipients).toEqual([]);
		expect(segments.distribution).toEqual(PARTY.distribution.slice(1).map((item) => item.slice(2)));
		expect(segments.signature).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Trần Văn Bình' });
		expect(segments.unplaced).toEqual([]);
		const { mdx } = bodyToMdx(segments.body, { hardWrapped: false });
		expect(mdx).toContain('Bộ Chính trị[^1] về');
		expect(mdx).toContain('\n\n[^2]: Theo Kế hoạch số 12-KH/TU ngày 15 tháng 01 năm 2024 của Ban Thường vụ Tỉnh ủy.\n');
		expect(mdx).toContain('\n\n| Chỉ tiêu | Mục tiêu năm 2030 |\n| --- | --- |\n');
	});
});

describe('readDocx: a State công văn', async () => {
	const document = await readDocx(await stateCongVanDocx());

	it('reads a header table of two rows column by column, with the V/v lines', () => {
		expect(document.header).toEqual({ left: [...STATE.headerLeft], right: [...STATE.headerRight] });
	});

	it('writes Kính gửi, a numbered list, an endnote and the closing block', () => {
		expect(document.lines).toEqual([
			'Kính gửi:',
			'- Các sở, ban, ngành thuộc tỉnh;',
			'- Ủy ban nhân dân các huyện, thị xã, thành phố.',
			STATE.lead,
			'1. Rà soát, hoàn thiện phương án phòng, chống thiên tai ở từng địa bàn.',
			'2. Tổ chức kiểm tra an toàn hồ đập, đê điều trước mùa mưa bão.',
			'3. Báo cáo kết quả thực hiện về Sở Nông nghiệp và Phát triển nông thôn trước ngày 30 tháng 9 năm 2024.',
			'Đề nghị các cơ quan, đơn vị nghiêm túc¹ triển khai thực hiện./.',
			'¹ Xem thêm Chỉ thị số 09/CT-UBND ngày 02 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh.',
			'',
			'Nơi nhận:',
			'- Như trên;',
			'- TT Tỉnh ủy, TT HĐND tỉnh (b/c);',
			'- CT, các PCT UBND tỉnh;',
			'- Lưu: VT, NNMT.',
			'',
			'KT. CHỦ TỊCH',
			'PHÓ CHỦ TỊCH',
			'Phạm Thị Hoa',
		]);
		expect(document.notes).toEqual([expect.stringContaining('numbered list items were written as 1., 2.')]);
	});

	it('keeps every word', () => {
		expect(findLostWords(allText(STATE), extractedText(document))).toEqual([]);
	});

	it('segments into recipients, body, distribution and signature', () => {
		const segments = segmentDocument(document.lines);
		expect(segments.titleType).toBeNull();
		expect(segments.recipients).toEqual([...STATE.recipients]);
		expect(segments.body[0]).toBe(STATE.lead);
		expect(segments.distribution).toEqual(['Như trên;', 'TT Tỉnh ủy, TT HĐND tỉnh (b/c);', 'CT, các PCT UBND tỉnh;', 'Lưu: VT, NNMT.']);
		expect(segments.signature).toEqual({ authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Phạm Thị Hoa' });
	});
});

describe('readDocx: what Word files do besides', async () => {
	const document = await readDocx(await odditiesDocx());

	it('splits a soft line break, unboxes a one-column table, pads a merged cell, escapes |', () => {
		expect(document.header).toBeNull();
		expect(document.lines).toEqual([
			'**KẾ HOẠCH**',
			'**THỰC HIỆN CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024**',
			'',
			'*Kế hoạch này thay thế Kế hoạch số 05-KH/TU ngày 10 tháng 01 năm 2023.*',
			'',
			'| **Nội dung** | **Đơn vị chủ trì \\| phối hợp** |',
			'| --- | --- |',
			'| Trồng rừng | Sở Nông nghiệp |',
			'| Các nội dung khác do Ban Thường vụ quyết định | |',
			'',
			'Diện tích trồng mới 12 km^{2}, trong đó ***rừng phòng hộ ven biển*** chiếm phần lớn.',
			'Thực hiện theo quy định hiện hành¹ ².',
			'¹ Luật Lâm nghiệp năm 2017.',
			'² Nghị định số 156/2018/NĐ-CP ngày 16 tháng 11 năm 2018 của Chính phủ.',
		]);
		expect(document.notes).toEqual([expect.stringContaining('a table has merged cells')]);
	});

	it('keeps every word', () => {
		expect(findLostWords(allText(ODDITIES), extractedText(document))).toEqual([]);
	});

	it('reaches MDX with the table, the superscript and both note references', () => {
		const { mdx } = bodyToMdx(document.lines, { hardWrapped: false });
		expect(mdx).toContain('| **Nội dung** | **Đơn vị chủ trì \\| phối hợp** |\n| --- | --- |\n| Trồng rừng | Sở Nông nghiệp |\n');
		expect(mdx).toContain('12 km<sup>2</sup>, trong đó');
		expect(mdx).toContain('hiện hành[^1] [^2].');
	});
});

describe('bodyToMdx: table rows', () => {
	const rows = ['| Chỉ tiêu | Mục tiêu {năm} <2030> |', '| --- | --- |', '| Cấp tỉnh \\| cấp huyện | 100%¹ |'];

	it('keeps consecutive rows as one block, cells escaped for MDX, \\| kept', () => {
		const { mdx } = bodyToMdx(['Các chỉ tiêu:', '', ...rows, 'sau đó thực hiện.', '¹ Theo kế hoạch.']);
		expect(mdx).toBe(
			[
				'Các chỉ tiêu:',
				'| Chỉ tiêu | Mục tiêu \\{năm\\} \\<2030\\> |\n| --- | --- |\n| Cấp tỉnh \\| cấp huyện | 100%[^1] |',
				'sau đó thực hiện.',
				'[^1]: Theo kế hoạch.',
			].join('\n\n') + '\n',
		);
	});

	it('does not re-flow rows in hard-wrapped text, nor join a lowercase paragraph onto a table', () => {
		const { paragraphs } = reflow(['Các chỉ tiêu chủ yếu của giai đoạn', ...rows, 'và các chỉ tiêu khác'], true);
		expect(paragraphs).toEqual(['Các chỉ tiêu chủ yếu của giai đoạn', rows.join('\n'), 'và các chỉ tiêu khác']);
	});

	it('keeps two tables apart when a blank line separates them', () => {
		expect(reflow([...rows, '', ...rows], true).paragraphs).toEqual([rows.join('\n'), rows.join('\n')]);
	});

	it('takes hardWrapped as given: short Word paragraphs stay apart', () => {
		const lines = ['**I. TÌNH HÌNH VÀ NGUYÊN NHÂN CỦA NHỮNG HẠN CHẾ**', 'Thời gian qua, việc ứng dụng công nghệ thông tin đã đạt kết quả.'];
		const four = [...lines, ...lines];
		expect(bodyToMdx(four).hardWrapped).toBe(true);
		expect(bodyToMdx(four, { hardWrapped: false }).mdx.split('\n\n')).toHaveLength(4);
	});
});

describe('readDocx: unreadable files', () => {
	it('an empty file', async () => {
		expect(await unreadable(new Uint8Array())).toBe('the file is empty');
	});

	it('random bytes', async () => {
		const bytes = Uint8Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 251);
		expect(await unreadable(bytes)).toBe('the file is not a Word .docx file (it is not a ZIP archive)');
	});

	it('a damaged ZIP', async () => {
		const bytes = (await partyDirectiveDocx()).slice(0, 400);
		expect(await unreadable(bytes)).toBe('the file is not a Word .docx file (the ZIP archive is damaged)');
	});

	it('an OLE container: a password-protected .docx or an old .doc', async () => {
		const bytes = new Uint8Array(1024);
		bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
		expect(await unreadable(bytes)).toBe(
			'the Word file is password-protected or in the old .doc format; save it as .docx without a password and import again',
		);
	});

	it('a ZIP without word/document.xml', async () => {
		expect(await unreadable(zipOf({ 'readme.txt': 'không phải văn bản Word' }))).toMatch(/^the file is not a Word \.docx file \(the ZIP archive has no word\/document\.xml\)/u);
	});

	it('a Word file without text', async () => {
		expect(await unreadable(await emptyDocx())).toMatch(/^the Word document has no text/u);
	});
});
