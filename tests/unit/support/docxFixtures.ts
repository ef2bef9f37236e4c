/**
 * Real .docx files built in memory with the docx package for the Word reader's tests,
 * laid out as directives are typed in Word: a borderless two-column header table, the
 * centred title, body paragraphs with bold and italic runs, Word lists, a table, Word
 * footnotes, and the closing table (Nơi nhận left, signature right). The texts are
 * exported so the tests can check that every word arrives.
 */
import {
	AlignmentType,
	Document,
	EndnoteReferenceRun,
	FootnoteReferenceRun,
	LevelFormat,
	Packer,
	Paragraph,
	Table,
	TableBorders,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type ParagraphChild,
} from 'docx';
import type { Notice } from './pdfFixtures.ts';

/** A paragraph of text: a string, or runs (a run's `bold`/`italics` as docx takes them). */
type Runs = string | ParagraphChild[];

function paragraph(runs: Runs, options: { bold?: boolean; italics?: boolean; center?: boolean } = {}): Paragraph {
	const children = typeof runs === 'string' ? [new TextRun({ text: runs, bold: options.bold ?? false, italics: options.italics ?? false })] : runs;
	return new Paragraph({ children, ...(options.center ? { alignment: AlignmentType.CENTER } : {}) });
}

function cell(paragraphs: Paragraph[], columnSpan?: number): TableCell {
	return new TableCell({ children: paragraphs, width: { size: 50, type: WidthType.PERCENTAGE }, ...(columnSpan ? { columnSpan } : {}) });
}

/** A table of paragraphs per cell, borderless (header and closing) or ruled (a table in the body). */
function table(rows: Paragraph[][][], borderless: boolean): Table {
	return new Table({
		rows: rows.map((cells) => new TableRow({ children: cells.map(cell) })),
		width: { size: 100, type: WidthType.PERCENTAGE },
		...(borderless ? { borders: TableBorders.NONE } : {}),
	});
}

function lines(texts: readonly string[], options: { bold?: boolean; italics?: boolean; center?: boolean } = {}): Paragraph[] {
	return texts.map((text) => paragraph(text, { center: true, ...options }));
}

function bullet(text: Runs): Paragraph {
	return new Paragraph({ children: typeof text === 'string' ? [new TextRun(text)] : text, bullet: { level: 0 } });
}

function numbered(text: string): Paragraph {
	return new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'so-thu-tu', level: 0 } });
}

const NUMBERING = {
	config: [
		{
			reference: 'so-thu-tu',
			levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
		},
	],
};

/** The closing table: Nơi nhận (label in bold italic) left; authority and title, a gap to sign in, the name right. */
function closingTable(distribution: readonly string[], signature: readonly string[]): Table {
	const [label, ...items] = distribution;
	const left = [paragraph(label!, { bold: true, italics: true }), ...items.map((text) => paragraph(text))];
	const right = [...lines(signature.slice(0, -1), { bold: true }), paragraph(''), paragraph(''), ...lines(signature.slice(-1), { bold: true })];
	return table([[left, right]], true);
}

async function pack(document: Document): Promise<Uint8Array> {
	return new Uint8Array(await Packer.toBuffer(document));
}

/** The Party resolution: what it says, piece by piece. */
export const PARTY = {
	headerLeft: ['TỈNH ỦY QUẢNG NAM', '*', 'Số 307-NQ/TU'],
	headerRight: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Quảng Nam, ngày 03 tháng 5 năm 2024'],
	title: ['NGHỊ QUYẾT', 'VỀ ĐẨY MẠNH CHUYỂN ĐỔI SỐ TRONG CÁC CƠ QUAN ĐẢNG', 'GIAI ĐOẠN 2024 - 2030'],
	/** The grounds, with footnote 1 after "Bộ Chính trị". */
	grounds: ['Căn cứ Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị', ' về chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư, Ban Thường vụ Tỉnh ủy quyết nghị:'],
	heading1: 'I. TÌNH HÌNH VÀ NGUYÊN NHÂN',
	/** Plain, bold, plain, italic, plain. */
	situation: ['Thời gian qua, việc ứng dụng công nghệ thông tin đã đạt ', 'nhiều kết quả quan trọng', ', song ', 'còn không ít hạn chế', ' cần khắc phục.'],
	heading2: 'II. MỤC TIÊU',
	targetsLead: 'Đến năm 2030, phấn đấu đạt các chỉ tiêu sau:',
	/** The last item carries footnote 2. */
	targets: ['100% văn bản của cấp tỉnh được ký số;', '90% hồ sơ công việc được xử lý trên môi trường mạng;', 'Hoàn thành kho dữ liệu số của Đảng bộ tỉnh.'],
	/** Rows of cells, each cell its paragraphs. */
	table: [
		[['Chỉ tiêu'], ['Mục tiêu năm 2030']],
		[['Văn bản được ký số'], ['100%']],
		[['Hồ sơ công việc', 'xử lý trên môi trường mạng'], ['90%']],
	],
	heading3: 'III. TỔ CHỨC THỰC HIỆN',
	closingText: 'Các cấp ủy, tổ chức đảng tổ chức quán triệt, triển khai thực hiện Nghị quyết này.',
	footnotes: [
		'Nghị quyết số 52-NQ/TW ngày 27 tháng 9 năm 2019 của Bộ Chính trị.',
		'Theo Kế hoạch số 12-KH/TU ngày 15 tháng 01 năm 2024 của Ban Thường vụ Tỉnh ủy.',
	],
	distribution: ['Nơi nhận:', '- Ban Bí thư Trung ương Đảng (b/c),', '- Các đồng chí Tỉnh ủy viên,', '- Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc,', '- Lưu Văn phòng Tỉnh ủy.'],
	signature: ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Trần Văn Bình'],
} as const;

export async function partyDirectiveDocx(): Promise<Uint8Array> {
	const p = PARTY;
	const [body, star, number] = p.headerLeft;
	const [motto, date] = p.headerRight;
	const left = [...lines([body], { bold: true }), ...lines([star, number])];
	const right = [...lines([motto], { bold: true }), ...lines([date], { italics: true })];
	const header = table([[left, right]], true);
	const children = [
		header,
		paragraph(''),
		...lines(p.title, { bold: true }),
		paragraph([new TextRun(p.grounds[0]), new FootnoteReferenceRun(1), new TextRun(p.grounds[1])]),
		paragraph(p.heading1, { bold: true }),
		paragraph([
			new TextRun(p.situation[0]),
			new TextRun({ text: p.situation[1], bold: true }),
			new TextRun(p.situation[2]),
			new TextRun({ text: p.situation[3], italics: true }),
			new TextRun(p.situation[4]),
		]),
		paragraph(p.heading2, { bold: true }),
		paragraph(p.targetsLead),
		bullet(p.targets[0]),
		bullet(p.targets[1]),
		bullet([new TextRun(p.targets[2]), new FootnoteReferenceRun(2)]),
		table(p.table.map((row) => row.map((texts) => texts.map((text) => paragraph(text)))), false),
		paragraph(p.heading3, { bold: true }),
		paragraph(p.closingText),
		closingTable(p.distribution, p.signature),
	];
	return pack(
		new Document({
			creator: 'docxFixtures',
			footnotes: Object.fromEntries(p.footnotes.map((text, i) => [i + 1, { children: [paragraph(text)] }])),
			sections: [{ children }],
		}),
	);
}

/** The State công văn: what it says, piece by piece. */
export const STATE = {
	/** The header as two rows: bodies | motto, then number and V/v | place and date. */
	headerLeft: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NAM', 'Số: 1407/UBND-NNMT', 'V/v tăng cường công tác phòng,', 'chống bão lũ năm 2024'],
	headerRight: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Quảng Nam, ngày 12 tháng 9 năm 2024'],
	recipientsLabel: 'Kính gửi:',
	recipients: ['Các sở, ban, ngành thuộc tỉnh;', 'Ủy ban nhân dân các huyện, thị xã, thành phố.'],
	lead: 'Thực hiện Công điện số 05/CĐ-TTg ngày 10 tháng 9 năm 2024 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị, địa phương khẩn trương thực hiện các nội dung sau:',
	steps: [
		'Rà soát, hoàn thiện phương án phòng, chống thiên tai ở từng địa bàn.',
		'Tổ chức kiểm tra an toàn hồ đập, đê điều trước mùa mưa bão.',
		'Báo cáo kết quả thực hiện về Sở Nông nghiệp và Phát triển nông thôn trước ngày 30 tháng 9 năm 2024.',
	],
	/** The last paragraph, with an endnote after "nghiêm túc". */
	end: ['Đề nghị các cơ quan, đơn vị nghiêm túc', ' triển khai thực hiện./.'],
	endnote: 'Xem thêm Chỉ thị số 09/CT-UBND ngày 02 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh.',
	distribution: ['Nơi nhận:', '- Như trên;', '- TT Tỉnh ủy, TT HĐND tỉnh (b/c);', '- CT, các PCT UBND tỉnh;', '- Lưu: VT, NNMT.'],
	signature: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Phạm Thị Hoa'],
} as const;

export async function stateCongVanDocx(): Promise<Uint8Array> {
	const s = STATE;
	// Two rows, each cell ending in an empty paragraph as typists space them.
	const header = table(
		[
			[[...lines(s.headerLeft.slice(0, 2), { bold: true }), paragraph('')], [...lines(s.headerRight.slice(0, 2), { bold: true }), paragraph('')]],
			[lines(s.headerLeft.slice(2)), lines(s.headerRight.slice(2), { italics: true })],
		],
		true,
	);
	const children = [
		header,
		paragraph(''),
		paragraph(s.recipientsLabel),
		...s.recipients.map((text) => bullet(text)),
		paragraph(s.lead),
		...s.steps.map(numbered),
		paragraph([new TextRun(s.end[0]), new EndnoteReferenceRun(1), new TextRun(s.end[1])]),
		closingTable(s.distribution, s.signature),
	];
	return pack(
		new Document({
			creator: 'docxFixtures',
			numbering: NUMBERING,
			endnotes: { 1: { children: [paragraph(s.endnote)] } },
			sections: [{ children }],
		}),
	);
}

/** What Word files do besides the plain layout: soft breaks, merged cells, a text box table… */
export const ODDITIES = {
	/** One paragraph, with a soft line break after the type name. */
	title: ['KẾ HOẠCH', 'THỰC HIỆN CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024'],
	/** A one-column table drawn as a box around a paragraph. */
	box: 'Kế hoạch này thay thế Kế hoạch số 05-KH/TU ngày 10 tháng 01 năm 2023.',
	/** A header row with a `|` in a cell, a row, and a row merged across both columns. */
	table: [['Nội dung', 'Đơn vị chủ trì | phối hợp'], ['Trồng rừng', 'Sở Nông nghiệp'], ['Các nội dung khác do Ban Thường vụ quyết định']],
	/** "12 km" then a superscript "2" (Word's superscript, not a note), then a bold italic run. */
	area: ['Diện tích trồng mới 12 km', '2', ', trong đó ', 'rừng phòng hộ ven biển', ' chiếm phần lớn.'],
	/** Two notes referenced side by side. */
	twoNotes: ['Thực hiện theo quy định hiện hành', '.'],
	footnotes: ['Luật Lâm nghiệp năm 2017.', 'Nghị định số 156/2018/NĐ-CP ngày 16 tháng 11 năm 2018 của Chính phủ.'],
} as const;

export async function odditiesDocx(): Promise<Uint8Array> {
	const o = ODDITIES;
	const [header, row, merged] = o.table;
	const body = [
		paragraph([new TextRun({ text: o.title[0], bold: true }), new TextRun({ text: o.title[1], bold: true, break: 1 })], { center: true }),
		table([[[paragraph(o.box, { italics: true })]]], false),
		new Table({
			rows: [
				new TableRow({ children: header.map((text) => cell([paragraph(text, { bold: true })])) }),
				new TableRow({ children: row.map((text) => cell([paragraph(text)])) }),
				new TableRow({ children: [cell([paragraph(merged[0])], 2)] }),
			],
		}),
		paragraph([
			new TextRun(o.area[0]),
			new TextRun({ text: o.area[1], superScript: true }),
			new TextRun(o.area[2]),
			new TextRun({ text: o.area[3], bold: true, italics: true }),
			new TextRun(o.area[4]),
		]),
		paragraph([new TextRun(o.twoNotes[0]), new FootnoteReferenceRun(1), new FootnoteReferenceRun(2), new TextRun(o.twoNotes[1])]),
	];
	return pack(
		new Document({
			creator: 'docxFixtures',
			footnotes: Object.fromEntries(o.footnotes.map((text, i) => [i + 1, { children: [paragraph(text)] }])),
			sections: [{ children: body }],
		}),
	);
}

/** A Word file with no text, only an empty paragraph. */
export async function emptyDocx(): Promise<Uint8Array> {
	return pack(new Document({ creator: 'docxFixtures', sections: [{ children: [new Paragraph('')] }] }));
}

/** Every word a fixture's text holds, for the lost-word check. */
export function allText(fixture: typeof PARTY | typeof STATE | typeof ODDITIES): string {
	return (Object.values(fixture) as unknown[]).flat(3).join('\n');
}

/** Any notice, typed as offices type one in Word: the header table, the title, the body, the closing table. */
export async function noticeDocx(notice: Notice): Promise<Uint8Array> {
	const isCapitals = (line: string) => !/\p{Ll}/u.test(line);
	const column = (texts: readonly string[]) => texts.map((text) => paragraph(text, { center: true, bold: isCapitals(text) }));
	const children = [
		table([[column(notice.header.left), column(notice.header.right)]], true),
		paragraph(''),
		...lines(notice.title, { bold: true }),
		...notice.paragraphs.map((text) => paragraph(text)),
		...(notice.signature.length > 0 ? [closingTable(['Nơi nhận:', ...notice.distribution.map((item) => `- ${item}`)], notice.signature)] : []),
	];
	return pack(new Document({ creator: 'docxFixtures', sections: [{ children }] }));
}
