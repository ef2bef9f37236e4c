/**
 * Real PDFs built in memory with pdfkit for the PDF reader's tests, laid out as
 * directives are printed on A4: the two-column header, the centred title, justified
 * body text with a first-line indent, a footnote, page numbers, and the closing block
 * (Nơi nhận left, signature right). Every line is placed by hand (words one by one on
 * justified lines), so the tests know where things are.
 *
 * The face is Tinos (Times New Roman's metrics) from @fontsource/tinos: Debian's
 * fonts-liberation 1.07 has no Vietnamese letters (no "ị", "ế"), and the npm package
 * is there wherever the tests run. Its Latin and Vietnamese subsets are two fonts, so
 * each run of text is drawn in the subset that has its letters, as a PDF made from a
 * web page would be.
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { greyPng } from './png.ts';

const require = createRequire(import.meta.url);

export const A4 = { width: 595.28, height: 841.89 };
const MM = 72 / 25.4;
/** Nghị định 30/2020: left 30 mm, right 15–20 mm, top and bottom 20 mm. */
const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 20 * MM };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const TEXT_CENTRE = MARGIN.left + TEXT_WIDTH / 2;
const LEFT_COLUMN_CENTRE = MARGIN.left + 85;
const RIGHT_COLUMN_CENTRE = MARGIN.left + 320;
const CREATED = new Date('2024-05-03T08:00:00Z');

type Style = 'regular' | 'bold' | 'italic' | 'boldItalic';
const FACES: Record<Style, string> = { regular: '400-normal', bold: '700-normal', italic: '400-italic', boldItalic: '700-italic' };
/** The letters only Tinos' Vietnamese subset has; everything else is in the Latin one. */
const VIETNAMESE_ONLY = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9\u20AB]/u;
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function newDocument(options: PDFKit.PDFDocumentOptions = {}): PDFKit.PDFDocument {
	const doc = new PDFDocument({ size: 'A4', margin: 0, info: { CreationDate: CREATED, Producer: 'pdfFixtures' }, ...options });
	const registered = new Set<string>();
	const families = (doc as unknown as { _fontFamilies: Record<string, unknown> })._fontFamilies;
	for (const style of Object.keys(FACES) as Style[]) {
		for (const subset of ['latin', 'vietnamese']) {
			const name = `${style}-${subset}`;
			doc.registerFont(name, require.resolve(`@fontsource/tinos/files/tinos-${subset}-${FACES[style]}.woff`));
			registered.add(name);
			doc.font(name);
			// pdfkit takes two fonts with one PostScript name ("Tinos-Bold") for the same
			// font; forget the name so that the other subset is embedded too.
			for (const key of Object.keys(families)) if (!registered.has(key)) delete families[key];
		}
	}
	return doc;
}

/** The PDF's bytes once pdfkit has written it. */
export async function finish(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
	doc.end();
	await ended;
	return new Uint8Array(Buffer.concat(chunks));
}

interface Piece {
	text: string;
	superscript: boolean;
}

/** "mới¹," → "mới", a raised "1", ",". */
function pieces(word: string): Piece[] {
	return [...word.matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+|[^⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu)].map(([text]) =>
		SUPERSCRIPTS.includes(text[0]!)
			? { text: [...text].map((c) => String(SUPERSCRIPTS.indexOf(c))).join(''), superscript: true }
			: { text, superscript: false },
	);
}

/** Draws and measures text on the page, switching subsets letter by letter as needed. */
class Sheet {
	readonly doc: PDFKit.PDFDocument;
	page = 1;
	/** Where the last page break fell: the last word before it and the first after. */
	readonly breaks: { before: string; after: string }[] = [];
	/** The baseline of the next body line. */
	y = MARGIN.top;
	bottom = A4.height - MARGIN.bottom;
	private lastWord = '';
	private readonly onNewPage: (sheet: Sheet) => void;

	constructor(doc: PDFKit.PDFDocument, onNewPage: (sheet: Sheet) => void = () => {}) {
		this.doc = doc;
		this.onNewPage = onNewPage;
	}

	private runs(text: string): { text: string; subset: string }[] {
		return [...text.matchAll(new RegExp(`${VIETNAMESE_ONLY.source}+|(?:(?!${VIETNAMESE_ONLY.source}).)+`, 'gu'))].map(([run]) => ({
			text: run,
			subset: VIETNAMESE_ONLY.test(run) ? 'vietnamese' : 'latin',
		}));
	}

	width(text: string, style: Style, size: number): number {
		let width = 0;
		for (const piece of pieces(text)) {
			const pieceSize = piece.superscript ? size * 0.6 : size;
			for (const run of this.runs(piece.text)) width += this.doc.font(`${style}-${run.subset}`).fontSize(pieceSize).widthOfString(run.text);
		}
		return width;
	}

	/** Draws text with its baseline at `y`; superscript digits are drawn small and raised. Returns the right edge. */
	draw(text: string, x: number, y: number, style: Style, size: number): number {
		for (const piece of pieces(text)) {
			const pieceSize = piece.superscript ? size * 0.6 : size;
			const baseline = piece.superscript ? y - size * 0.35 : y;
			for (const run of this.runs(piece.text)) {
				this.doc.font(`${style}-${run.subset}`).fontSize(pieceSize).text(run.text, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
				x += this.doc.widthOfString(run.text);
			}
		}
		return x;
	}

	centred(text: string, centre: number, y: number, style: Style, size: number): void {
		this.draw(text, centre - this.width(text, style, size) / 2, y, style, size);
	}

	newPage(): void {
		this.doc.addPage();
		this.page++;
		this.y = MARGIN.top;
		this.bottom = A4.height - MARGIN.bottom;
		this.onNewPage(this);
	}

	/** Moves to the next body line, turning the page when it is full. */
	private nextLine(lineHeight: number, firstWord: string): number {
		if (this.y + lineHeight > this.bottom) {
			this.newPage();
			this.breaks.push({ before: this.lastWord, after: firstWord });
		}
		this.y += lineHeight;
		return this.y;
	}

	/** Greedy wrapping at `width`; the first line is `indent` shorter. */
	wrap(text: string, width: number, indent: number, style: Style, size: number): string[][] {
		const space = this.width(' ', style, size);
		const lines: string[][] = [[]];
		let used = indent;
		for (const word of text.split(' ')) {
			const w = this.width(word, style, size);
			const line = lines[lines.length - 1]!;
			if (line.length > 0 && used + space + w > width) {
				lines.push([word]);
				used = w;
			} else {
				used += (line.length > 0 ? space : 0) + w;
				line.push(word);
			}
		}
		return lines;
	}

	/**
	 * A justified paragraph: first-line indent, words spread to both margins on every
	 * line but the last (drawn as one run), spacing after.
	 */
	paragraph(text: string, options: { style?: Style; size?: number; indent?: number; left?: number; width?: number; after?: number } = {}): void {
		const { style = 'regular', size = 14, indent = 10 * MM, left = MARGIN.left, width = TEXT_WIDTH, after = 6 } = options;
		const lines = this.wrap(text, width, indent, style, size);
		lines.forEach((words, i) => {
			const y = this.nextLine(size * 1.2, words[0]!);
			const x = left + (i === 0 ? indent : 0);
			if (i === lines.length - 1) {
				this.draw(words.join(' '), x, y, style, size);
			} else {
				const natural = words.reduce((sum, word) => sum + this.width(word, style, size), 0);
				const gap = (width - (i === 0 ? indent : 0) - natural) / Math.max(1, words.length - 1);
				let at = x;
				for (const word of words) at = this.draw(word, at, y, style, size) + gap;
			}
			this.lastWord = words[words.length - 1]!;
		});
		this.y += after;
	}

	/** Footnotes at the bottom of the current page, each from a new line, in 10 pt under a short rule; the body stops above them. */
	footnote(...notes: string[]): void {
		const size = 10;
		const lines = notes.flatMap((note) => this.wrap(note, TEXT_WIDTH, 0, 'regular', size));
		let y = A4.height - MARGIN.bottom - (lines.length - 1) * size * 1.15;
		this.bottom = y - size * 1.15 - 12;
		this.doc.moveTo(MARGIN.left, this.bottom + 6).lineTo(MARGIN.left + 140, this.bottom + 6).lineWidth(0.5).stroke();
		for (const words of lines) {
			this.draw(words.join(' '), MARGIN.left, y, 'regular', size);
			y += size * 1.15;
		}
	}
}

/** A column of centred lines at `centre`, from baseline `y`. */
function column(sheet: Sheet, lines: [string, Style, number][], centre: number, y: number, step: number): number {
	for (const [text, style, size] of lines) {
		sheet.centred(text, centre, y, style, size);
		y += step;
	}
	return y;
}

/** The page number, centred in the top margin, on page 2 and after. */
function pageNumberOnTop(sheet: Sheet): void {
	sheet.centred(String(sheet.page), TEXT_CENTRE, MARGIN.top - 10, 'regular', 13);
}

/** The closing block: Nơi nhận and its items left in 12/11 pt, the signature centred on the right. */
function closing(sheet: Sheet, distribution: string[], signature: string[]): void {
	const needed = Math.max(14 * (distribution.length + 1), 17 * (signature.length + 3));
	if (sheet.y + 24 + needed > sheet.bottom) sheet.newPage();
	const top = sheet.y + 24;
	sheet.draw('Nơi nhận:', MARGIN.left, top, 'boldItalic', 12);
	distribution.forEach((item, i) => sheet.draw(`- ${item}`, MARGIN.left, top + 14 * (i + 1), 'regular', 11));
	// Authority and titles, a gap to sign in, the name.
	const name = signature.at(-1)!;
	column(sheet, signature.slice(0, -1).map((line) => [line, 'bold', 14] as [string, Style, number]), RIGHT_COLUMN_CENTRE, top, 17);
	sheet.centred(name, RIGHT_COLUMN_CENTRE, top + 17 * (signature.length + 2), 'bold', 14);
}

export interface DirectiveFixture {
	header: { left: string[]; right: string[] };
	/** The title block: the type name, then the trích yếu lines. */
	title: string[];
	/** Kính gửi and its items, as printed. */
	recipients: string[];
	/** The body paragraphs; superscript digits mark footnote references. */
	paragraphs: string[];
	/** Footnote texts by number. */
	footnotes: Record<number, string>;
	distribution: string[];
	/** Authority, title, name. */
	signature: string[];
}

export const PARTY: DirectiveFixture = {
	header: {
		left: ['TỈNH ỦY QUẢNG NAM', '*', 'Số 307-NQ/TU'],
		right: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Quảng Nam, ngày 03 tháng 5 năm 2024'],
	},
	title: ['NGHỊ QUYẾT', 'VỀ PHÁT TRIỂN KINH TẾ TẬP THỂ, HỢP TÁC XÃ', 'TRÊN ĐỊA BÀN TỈNH ĐẾN NĂM 2030'],
	recipients: [],
	paragraphs: [
		'Thực hiện Nghị quyết số 20-NQ/TW, ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới¹, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết về phát triển kinh tế tập thể, hợp tác xã trên địa bàn tỉnh đến năm 2030 như sau:',
		'I. TÌNH HÌNH VÀ NGUYÊN NHÂN',
		'Sau hơn 20 năm thực hiện các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về kinh tế tập thể, khu vực kinh tế tập thể, hợp tác xã của tỉnh đã có bước phát triển; số lượng hợp tác xã tăng, quy mô và hiệu quả hoạt động từng bước được nâng lên, góp phần xóa đói, giảm nghèo và xây dựng nông thôn mới.',
		'Tuy nhiên, kinh tế tập thể phát triển còn chậm, chưa tương xứng với tiềm năng; nhiều hợp tác xã quy mô nhỏ, vốn ít, trình độ quản lý còn hạn chế, liên kết giữa hợp tác xã với doanh nghiệp chưa chặt chẽ, sức cạnh tranh của sản phẩm còn thấp, đời sống của thành viên chậm được cải thiện.',
		'II. MỤC TIÊU',
		'Đến năm 2030, toàn tỉnh có ít nhất 500 hợp tác xã hoạt động hiệu quả, trong đó trên 30% hợp tác xã ứng dụng công nghệ cao trong sản xuất, chế biến và tiêu thụ sản phẩm; thu nhập bình quân của thành viên, người lao động trong hợp tác xã tăng gấp 1,5 lần so với năm 2023.',
		'III. NHIỆM VỤ VÀ GIẢI PHÁP',
		'1. Các cấp ủy, tổ chức đảng tăng cường lãnh đạo, chỉ đạo công tác tuyên truyền, nâng cao nhận thức của cán bộ, đảng viên và nhân dân về vị trí, vai trò của kinh tế tập thể, hợp tác xã trong nền kinh tế thị trường định hướng xã hội chủ nghĩa; xác định phát triển kinh tế tập thể là nhiệm vụ thường xuyên của cả hệ thống chính trị.',
		'2. Ủy ban nhân dân tỉnh rà soát, hoàn thiện cơ chế, chính sách hỗ trợ hợp tác xã về đất đai, tín dụng, khoa học và công nghệ, đào tạo nguồn nhân lực, xúc tiến thương mại và mở rộng thị trường; ưu tiên nguồn lực cho các hợp tác xã nông nghiệp gắn với chuỗi giá trị, các hợp tác xã ở vùng đồng bào dân tộc thiểu số và miền núi của tỉnh.',
		'3. Mặt trận Tổ quốc và các tổ chức chính trị - xã hội các cấp vận động hội viên, đoàn viên và nhân dân tham gia hợp tác xã, giám sát việc thực hiện chính sách hỗ trợ của Nhà nước.',
		'Nghị quyết này được phổ biến đến chi bộ và đảng viên.',
	],
	footnotes: {
		1: 'Nghị quyết số 20-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới.',
	},
	distribution: ['Ban Thường vụ Tỉnh ủy,', 'Các đảng bộ trực thuộc Tỉnh ủy,', 'Các ban, đơn vị của Tỉnh ủy,', 'Lưu Văn phòng Tỉnh ủy.'],
	signature: ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Lương Nguyễn Minh Triết'],
};

export const STATE: DirectiveFixture = {
	header: {
		left: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NAM', 'Số: 1520/UBND-KTN', 'V/v triển khai phát triển', 'hợp tác xã năm 2024'],
		right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Quảng Nam, ngày 15 tháng 3 năm 2024'],
	},
	title: [],
	recipients: ['Các sở, ban, ngành thuộc tỉnh;', 'Ủy ban nhân dân các huyện, thị xã, thành phố.'],
	paragraphs: [
		'Thực hiện Nghị quyết số 307-NQ/TU, ngày 03/5/2024 của Ban Thường vụ Tỉnh ủy về phát triển kinh tế tập thể, hợp tác xã trên địa bàn tỉnh đến năm 2030, Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị, địa phương triển khai các nội dung sau:',
		'1. Xây dựng kế hoạch phát triển hợp tác xã năm 2024 của ngành, địa phương, gửi Sở Kế hoạch và Đầu tư trước ngày 15/4/2024 để tổng hợp.',
		'2. Báo cáo kết quả thực hiện định kỳ hằng quý về Ủy ban nhân dân tỉnh.',
	],
	footnotes: {},
	distribution: ['Như trên;', 'Chủ tịch, các PCT UBND tỉnh;', 'Lưu: VT, KTN.'],
	signature: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Anh Tuấn'],
};

/** Every word the fixture prints, for the lost-word check. */
export function fixtureText(fixture: DirectiveFixture): string {
	return [
		...fixture.header.left,
		...fixture.header.right,
		...fixture.title,
		...(fixture.recipients.length ? ['Kính gửi:', ...fixture.recipients] : []),
		...fixture.paragraphs,
		...Object.entries(fixture.footnotes).map(([n, text]) => `${n} ${text}`),
		'Nơi nhận:',
		...fixture.distribution,
		...fixture.signature,
	].join('\n');
}

/** Whether a paragraph is a heading line ("I. TÌNH HÌNH…"), printed bold. */
export function isHeading(paragraph: string): boolean {
	return /^[IVX]+\. /u.test(paragraph);
}

export interface BuiltPdf {
	bytes: Uint8Array;
	/** Where the pages broke: the last word before each break and the first after. */
	breaks: { before: string; after: string }[];
}

/** The Party's Nghị quyết over two pages: header, title, body with a footnote, closing block. */
export async function partyPdf(): Promise<BuiltPdf> {
	const doc = newDocument();
	const sheet = new Sheet(doc, pageNumberOnTop);
	const { header } = PARTY;
	const top = MARGIN.top + 14;
	column(sheet, [[header.left[0]!, 'bold', 14], [header.left[1]!, 'regular', 14], [header.left[2]!, 'regular', 14]], LEFT_COLUMN_CENTRE, top, 18);
	sheet.centred(header.right[0]!, RIGHT_COLUMN_CENTRE, top, 'bold', 15);
	const underline = sheet.width(header.right[0]!, 'bold', 15);
	doc.moveTo(RIGHT_COLUMN_CENTRE - underline / 2, top + 3).lineTo(RIGHT_COLUMN_CENTRE + underline / 2, top + 3).lineWidth(0.6).stroke();
	sheet.centred(header.right[1]!, RIGHT_COLUMN_CENTRE, top + 36, 'italic', 14);

	const titleTop = top + 36 + 48;
	column(sheet, [[PARTY.title[0]!, 'bold', 15], [PARTY.title[1]!, 'bold', 14], [PARTY.title[2]!, 'bold', 14]], TEXT_CENTRE, titleTop, 18);
	sheet.centred('-----', TEXT_CENTRE, titleTop + 18 * 2 + 14, 'regular', 14);
	sheet.y = titleTop + 18 * 2 + 20;

	sheet.footnote(`¹ ${PARTY.footnotes[1]}`);
	for (const paragraph of PARTY.paragraphs) sheet.paragraph(paragraph, isHeading(paragraph) ? { style: 'bold' } : {});
	closing(sheet, PARTY.distribution, PARTY.signature);
	return { bytes: await finish(doc), breaks: sheet.breaks };
}

/** The State's công văn on one page: header with V/v, Kính gửi, body, closing block. */
export async function statePdf(): Promise<BuiltPdf> {
	const doc = newDocument();
	const sheet = new Sheet(doc);
	const { header } = STATE;
	const top = MARGIN.top + 14;
	const leftStyles: [Style, number][] = [['regular', 13], ['bold', 13], ['regular', 13], ['regular', 12], ['regular', 12]];
	column(sheet, header.left.map((text, i) => [text, ...leftStyles[i]!]), LEFT_COLUMN_CENTRE, top, 17);
	column(sheet, [[header.right[0]!, 'bold', 13], [header.right[1]!, 'bold', 14]], RIGHT_COLUMN_CENTRE, top, 17);
	sheet.centred(header.right[2]!, RIGHT_COLUMN_CENTRE, top + 34, 'italic', 14);

	sheet.y = top + 17 * 5 + 20;
	sheet.draw('Kính gửi:', MARGIN.left + 60, sheet.y, 'regular', 14);
	STATE.recipients.forEach((item, i) => sheet.draw(`- ${item}`, MARGIN.left + 130, sheet.y + 17 * i, 'regular', 14));
	sheet.y += 17 * (STATE.recipients.length - 1) + 12;
	for (const paragraph of STATE.paragraphs) sheet.paragraph(paragraph);
	closing(sheet, STATE.distribution, STATE.signature);
	return { bytes: await finish(doc), breaks: sheet.breaks };
}

export const RUNNING_HEADER = 'Nghị quyết số 307-NQ/TU của Ban Thường vụ Tỉnh ủy';
export const RUNNING_PARAGRAPHS = [
	'Các cấp ủy, tổ chức đảng quán triệt, triển khai thực hiện nghiêm túc Nghị quyết, bảo đảm đúng tiến độ đã đề ra.',
	'Ủy ban nhân dân tỉnh cụ thể hóa các nhiệm vụ bằng kế hoạch hằng năm và bố trí nguồn lực để thực hiện.',
	'Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan tổ chức tuyên truyền, phổ biến Nghị quyết.',
];

/** Drawn twice a hair apart in the regular face: bold as some programs fake it. */
export const FAKE_BOLD_HEADING = 'IV. TỔ CHỨC THỰC HIỆN';

/** Three pages, each with a running header on top and "- n -" at the bottom; page 1 opens with a fake-bold heading. */
export async function runningHeaderPdf(): Promise<Uint8Array> {
	const doc = newDocument();
	const sheet = new Sheet(doc);
	RUNNING_PARAGRAPHS.forEach((paragraph, i) => {
		if (i > 0) sheet.newPage();
		sheet.centred(RUNNING_HEADER, TEXT_CENTRE, MARGIN.top - 12, 'italic', 11);
		sheet.y = MARGIN.top + 20;
		if (i === 0) {
			for (const shift of [0, 0.3]) sheet.draw(FAKE_BOLD_HEADING, MARGIN.left + shift, sheet.y, 'regular', 14);
		}
		sheet.paragraph(paragraph);
		sheet.centred(`- ${i + 1} -`, TEXT_CENTRE, A4.height - MARGIN.bottom + 20, 'regular', 12);
	});
	return finish(doc);
}

export const SPILLED = {
	paragraphs: [
		'Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch¹ triển khai thực hiện Nghị quyết.',
		'Các cơ quan, đơn vị báo cáo kết quả thực hiện² về Văn phòng Tỉnh ủy.',
	],
	/** Note 1 runs over from page 1 onto the foot of page 2, above note 2. */
	notes: {
		1: ['Kế hoạch số 280-KH/TU, ngày 04/3/2024 của Ban Thường vụ Tỉnh ủy về kiểm tra và sơ kết 03 năm thực hiện', 'Nghị quyết số 07-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.'],
		2: 'Trước ngày 15 tháng 12 năm 2024.',
	},
};

/** Two pages; the first footnote is too long for page 1 and goes on at the foot of page 2. */
export async function spilledFootnotePdf(): Promise<Uint8Array> {
	const doc = newDocument();
	const sheet = new Sheet(doc);
	sheet.y = MARGIN.top + 20;
	sheet.footnote(`¹ ${SPILLED.notes[1][0]}`);
	sheet.paragraph(SPILLED.paragraphs[0]!);
	sheet.newPage();
	sheet.footnote(SPILLED.notes[1][1]!, `² ${SPILLED.notes[2]}`);
	sheet.paragraph(SPILLED.paragraphs[1]!);
	return finish(doc);
}

/** A grey PNG with dark stripes, like a scanned page. */
function scanImage(width: number, height: number): Buffer {
	const pixels = new Uint8Array(width * height);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) pixels[y * width + x] = y % 12 < 3 && x > 20 && x < width - 20 ? 40 : 235;
	}
	return greyPng(width, height, pixels);
}

/** A page that is one image: the given PNG scan, else grey stripes. */
function scannedPage(doc: PDFKit.PDFDocument, png: Uint8Array = scanImage(210, 297)): void {
	doc.image(Buffer.from(png), 0, 0, { width: A4.width, height: A4.height });
}

/** Strokes where lines of text would be: a page drawn without a text layer. */
function drawnPage(doc: PDFKit.PDFDocument): void {
	for (let y = MARGIN.top + 20; y < A4.height - MARGIN.bottom; y += 17) doc.moveTo(MARGIN.left, y).lineTo(A4.width - MARGIN.right, y).lineWidth(4).stroke();
}

/** A scan: page 1 an image, page 2 vector drawing, no text anywhere. */
export async function scanPdf(): Promise<Uint8Array> {
	const doc = newDocument();
	scannedPage(doc);
	doc.addPage();
	drawnPage(doc);
	return finish(doc);
}

export const PARTIAL_TEXT = 'Trang này có lớp chữ; các trang sau là ảnh quét.';

/** Page 1 with text, then scanned pages: the given A4 PNG scans, else two of grey stripes. */
export async function partialScanPdf(scans?: Uint8Array[]): Promise<Uint8Array> {
	const doc = newDocument();
	const sheet = new Sheet(doc);
	sheet.y = MARGIN.top + 20;
	sheet.paragraph(PARTIAL_TEXT);
	for (const png of scans ?? [undefined, undefined]) {
		doc.addPage();
		scannedPage(doc, png);
	}
	return finish(doc);
}

/** A PDF that opens only with a password. */
export async function passwordPdf(): Promise<Uint8Array> {
	const doc = newDocument({ userPassword: 'matkhau', ownerPassword: 'chu-so-huu' });
	new Sheet(doc).draw('Văn bản có mật khẩu.', MARGIN.left, MARGIN.top + 20, 'regular', 14);
	return finish(doc);
}

/** Bytes that are no PDF at all, the same on every run. */
export function randomBytes(length = 4096): Uint8Array {
	const bytes = new Uint8Array(length);
	let state = 20240503;
	for (let i = 0; i < length; i++) {
		state = (state * 1103515245 + 12345) >>> 0;
		bytes[i] = state >>> 24;
	}
	return bytes;
}

/** A file that starts like a PDF and then is not one. */
export function corruptPdf(): Uint8Array {
	return new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...randomBytes(2048)]);
}

/** Any notice, laid out as offices print one: the two header columns (wrapped in their width), the title, the body, the closing block. */
export interface Notice {
	header: { left: string[]; right: string[] };
	title: string[];
	paragraphs: string[];
	/** The Nơi nhận items, without their label. */
	distribution: string[];
	/** Authority and title lines, then the name. */
	signature: string[];
}

export async function noticePdf(notice: Notice): Promise<Uint8Array> {
	const doc = newDocument();
	const sheet = new Sheet(doc, pageNumberOnTop);
	const top = MARGIN.top + 14;
	const wrapped = (lines: readonly string[], width: number, size: number) =>
		lines.flatMap((line) => sheet.wrap(line, width, 0, 'regular', size).map((words) => words.join(' ')));
	const isCapitals = (line: string) => !/\p{Ll}/u.test(line);
	const left = wrapped(notice.header.left, 165, 13);
	const right = wrapped(notice.header.right, 250, 13);
	column(sheet, left.map((line) => [line, isCapitals(line) ? 'bold' : 'regular', 13] as [string, Style, number]), LEFT_COLUMN_CENTRE, top, 17);
	column(sheet, right.map((line) => [line, isCapitals(line) ? 'bold' : 'italic', 13] as [string, Style, number]), RIGHT_COLUMN_CENTRE, top, 17);
	sheet.y = top + 17 * Math.max(left.length, right.length) + 14;
	for (const line of wrapped(notice.title, TEXT_WIDTH, 14)) {
		sheet.y += 18;
		sheet.centred(line, TEXT_CENTRE, sheet.y, 'bold', 14);
	}
	sheet.y += 10;
	for (const paragraph of notice.paragraphs) sheet.paragraph(paragraph);
	if (notice.signature.length > 0) closing(sheet, notice.distribution, notice.signature);
	return finish(doc);
}
