import { beforeAll, describe, expect, it } from 'vitest';
import { bodyToMdx } from '../../../src/import/body.ts';
import { extractedText, UnreadableSource, type ExtractedDocument } from '../../../src/import/extracted.ts';
import { readPdf } from '../../../src/import/formats/pdf.ts';
import { findLostWords } from '../../../src/import/lostWords.ts';
import { segmentDocument } from '../../../src/import/segments.ts';
import {
	corruptPdf,
	FAKE_BOLD_HEADING,
	fixtureText,
	PARTIAL_TEXT,
	partialScanPdf,
	PARTY,
	partyPdf,
	passwordPdf,
	randomBytes,
	RUNNING_HEADER,
	RUNNING_PARAGRAPHS,
	runningHeaderPdf,
	scanPdf,
	SPILLED,
	spilledFootnotePdf,
	STATE,
	statePdf,
	type BuiltPdf,
} from '../support/pdfFixtures.ts';

async function unreadable(bytes: Uint8Array): Promise<string> {
	const error: unknown = await readPdf(bytes).then(
		() => null,
		(e: unknown) => e,
	);
	expect(error).toBeInstanceOf(UnreadableSource);
	return (error as Error).message;
}

describe('readPdf: a Party Nghị quyết over two pages', () => {
	let built: BuiltPdf;
	let doc: ExtractedDocument;
	beforeAll(async () => {
		built = await partyPdf();
		doc = await readPdf(built.bytes);
	});

	it('builds the same bytes every time', async () => {
		expect((await partyPdf()).bytes).toEqual(built.bytes);
	});

	it("reads page 1's header as its two columns, top to bottom", () => {
		expect(doc.header).toEqual({
			left: ['TỈNH ỦY QUẢNG NAM', '*', 'Số 307-NQ/TU'],
			right: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Quảng Nam, ngày 03 tháng 5 năm 2024'],
		});
	});

	it('starts the lines with the bold title block', () => {
		expect(doc.lines.slice(0, 4)).toEqual(['**NGHỊ QUYẾT**', '**VỀ PHÁT TRIỂN KINH TẾ TẬP THỂ, HỢP TÁC XÃ**', '**TRÊN ĐỊA BÀN TỈNH ĐẾN NĂM 2030**', '']);
	});

	it('takes out the page number on top of page 2 (and the rule under the title)', () => {
		expect(doc.removed).toEqual(['2', '-----']);
		expect(doc.lines).not.toContain('2');
	});

	it('keeps hard-wrapped lines, with a blank line at paragraph spacing and bold headings marked', () => {
		const heading = doc.lines.indexOf('**I. TÌNH HÌNH VÀ NGUYÊN NHÂN**');
		expect(heading).toBeGreaterThan(0);
		expect(doc.lines[heading - 1]).toBe('');
		expect(doc.lines[heading - 2]).toBe('đến năm 2030 như sau:');
		expect(doc.lines[heading + 1]).toBe('');
		expect(doc.lines[heading + 2]).toMatch(/^Sau hơn 20 năm .* pháp luật$/u);
	});

	it('marks the footnote reference and writes the note as one line after the page', () => {
		expect(doc.lines.some((line) => line.includes('trong giai đoạn mới¹, Ban Thường vụ Tỉnh'))).toBe(true);
		const note = doc.lines.indexOf(`¹ ${PARTY.footnotes[1]}`);
		expect(note).toBeGreaterThan(0);
		// Right after page 1's last line; page 2 follows.
		expect(doc.lines[note - 1]).toMatch(/thiểu$/u);
		expect(doc.lines[note + 2]).toMatch(/^số và miền núi/u);
	});

	it('writes the closing block as Nơi nhận with its items, a blank line, then the signature', () => {
		expect(doc.lines.slice(-9)).toEqual([
			'Nơi nhận:',
			'- Ban Thường vụ Tỉnh ủy,',
			'- Các đảng bộ trực thuộc Tỉnh ủy,',
			'- Các ban, đơn vị của Tỉnh ủy,',
			'- Lưu Văn phòng Tỉnh ủy.',
			'',
			'T/M BAN THƯỜNG VỤ',
			'BÍ THƯ',
			'Lương Nguyễn Minh Triết',
		]);
		expect(doc.lines[doc.lines.length - 10]).toBe('');
	});

	it('loses no word and adds none', () => {
		const text = extractedText(doc);
		expect(findLostWords(fixtureText(PARTY), text)).toEqual([]);
		expect(findLostWords(text, fixtureText(PARTY))).toEqual([]);
		expect(doc.notes).toEqual([]);
	});

	it('goes through segments and body: title, distribution, signer, re-flowed paragraphs, the footnote', () => {
		const segments = segmentDocument(doc.lines);
		expect(segments.titleType?.slug).toBe('nghi-quyet');
		expect(segments.title).toBe('VỀ PHÁT TRIỂN KINH TẾ TẬP THỂ, HỢP TÁC XÃ TRÊN ĐỊA BÀN TỈNH ĐẾN NĂM 2030');
		expect(segments.distribution).toEqual(PARTY.distribution);
		expect(segments.signature).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Lương Nguyễn Minh Triết' });
		expect(segments.unplaced).toEqual([]);

		const { mdx, hardWrapped } = bodyToMdx(segments.body);
		expect(hardWrapped).toBe(true);
		const paragraphs = mdx.trim().split('\n\n');
		expect(paragraphs[0]).toBe(PARTY.paragraphs[0]!.replace('¹', '[^1]'));
		expect(paragraphs).toContain(PARTY.paragraphs[3]);
		expect(paragraphs).toContain(`[^1]: ${PARTY.footnotes[1]}`);

		// The fixture breaks the page inside a sentence; line wraps, the page break and
		// the footnote between them are undone.
		expect(built.breaks).toHaveLength(1);
		const { before, after } = built.breaks[0]!;
		expect(after).toMatch(/^\p{Ll}/u);
		const split = PARTY.paragraphs.find((paragraph) => paragraph.includes(`${before} ${after}`))!;
		expect(paragraphs).toContain(split.replace(/^(\d+)\./u, '$1\\.'));
	});
});

describe('readPdf: a State công văn', () => {
	let doc: ExtractedDocument;
	beforeAll(async () => {
		doc = await readPdf((await statePdf()).bytes);
	});

	it('reads the header columns, V/v lines included, though the right column reaches past the middle', () => {
		expect(doc.header).toEqual({
			left: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NAM', 'Số: 1520/UBND-KTN', 'V/v triển khai phát triển', 'hợp tác xã năm 2024'],
			right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Quảng Nam, ngày 15 tháng 3 năm 2024'],
		});
	});

	it('starts the lines at Kính gửi and ends them with the closing block', () => {
		expect(doc.lines.slice(0, 2)).toEqual(['Kính gửi: - Các sở, ban, ngành thuộc tỉnh;', '- Ủy ban nhân dân các huyện, thị xã, thành phố.']);
		expect(doc.lines.slice(-8)).toEqual(['Nơi nhận:', '- Như trên;', '- Chủ tịch, các PCT UBND tỉnh;', '- Lưu: VT, KTN.', '', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Anh Tuấn']);
		expect(doc.removed).toEqual([]);
	});

	it('loses no word and goes through segments', () => {
		expect(findLostWords(fixtureText(STATE), extractedText(doc))).toEqual([]);
		const segments = segmentDocument(doc.lines);
		expect(segments.titleType).toBeNull();
		expect(segments.recipients).toEqual(STATE.recipients);
		expect(segments.distribution).toEqual(STATE.distribution);
		expect(segments.signature).toEqual({ authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Trần Anh Tuấn' });
		expect(bodyToMdx(segments.body).mdx.trim().split('\n\n')).toEqual([STATE.paragraphs[0], '1\\' + STATE.paragraphs[1]!.slice(1), '2\\' + STATE.paragraphs[2]!.slice(1)]);
	});
});

describe('readPdf: running heads', () => {
	let doc: ExtractedDocument;
	beforeAll(async () => {
		doc = await readPdf(await runningHeaderPdf());
	});

	it('takes out "- n -" page numbers and a line repeated at the top of the pages; no header without two columns', () => {
		expect(doc.removed).toEqual(['- 1 -', '- 2 -', '- 3 -', RUNNING_HEADER, RUNNING_HEADER, RUNNING_HEADER]);
		expect(doc.header).toBeNull();
		const text = extractedText(doc);
		expect(text).not.toContain(RUNNING_HEADER);
		expect(text).not.toMatch(/- \d -/u);
		expect(findLostWords([FAKE_BOLD_HEADING, ...RUNNING_PARAGRAPHS].join('\n'), text)).toEqual([]);
	});

	it('reads text drawn twice a hair apart once, as bold', () => {
		expect(doc.lines[0]).toBe(`**${FAKE_BOLD_HEADING}**`);
		expect(doc.lines[1]).toMatch(/^Các cấp ủy/u);
	});
});

describe('readPdf: a footnote that runs over onto the next page', () => {
	it('joins its rest back and keeps the next note apart', async () => {
		const doc = await readPdf(await spilledFootnotePdf());
		const isNote = (line: string) => /^[¹²] /u.test(line);
		expect(doc.lines.filter(isNote)).toEqual([`¹ ${SPILLED.notes[1].join(' ')}`, `² ${SPILLED.notes[2]}`]);
		expect(doc.lines.filter((line) => line && !isNote(line)).join(' ')).toBe(SPILLED.paragraphs.join(' '));
	});
});

describe('readPdf: files it cannot read', () => {
	it('a password-protected PDF', async () => {
		expect(await unreadable(await passwordPdf())).toBe('the PDF is password-protected; save a copy without a password and import again');
	});

	it('random bytes, a damaged PDF, an empty file', async () => {
		expect(await unreadable(randomBytes())).toMatch(/^the file is not a readable PDF \(.+\)$/u);
		expect(await unreadable(corruptPdf())).toMatch(/^the file is not a readable PDF \(.+\)$/u);
		expect(await unreadable(new Uint8Array())).toBe('the file is empty');
	});

});

describe('readPdf: scans, for OCR', () => {
	it('lists every page of a scan without a text layer, and reads nothing', async () => {
		const doc = await readPdf(await scanPdf());
		expect(doc).toMatchObject({ lines: [], header: null, scannedPages: [1, 2], pageCount: 2 });
	});

	it('names the pages without a text layer when only some have one', async () => {
		const doc = await readPdf(await partialScanPdf());
		expect(doc.lines).toEqual([PARTIAL_TEXT]);
		expect(doc).toMatchObject({ scannedPages: [2, 3], pageCount: 3 });
	});

	it('lists no page when every page has text', async () => {
		expect((await readPdf((await statePdf()).bytes)).scannedPages).toBeUndefined();
	});
});
