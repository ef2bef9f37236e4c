import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { bodyToMdx, inlineMdx, looksHardWrapped, reflow } from '../../../src/import/body.ts';
import { cleanSource } from '../../../src/import/cleanSource.ts';
import { importText, pageLabels } from '../../../src/import/importText.ts';
import { toMdxFile } from '../../../src/import/mdxFile.ts';
import { findLostWords } from '../../../src/import/lostWords.ts';
import { issuerFromText, typeFromSelfReference } from '../../../src/import/metadata.ts';
import { parseSignature, segmentDocument, splitGluedBold } from '../../../src/import/segments.ts';
import { registry } from '../seeds.ts';

describe('cleanSource', () => {
	it('normalises to NFC, unifies line breaks, trims and drops Word bookmarks', () => {
		const { lines, removed } = cleanSource('\uFEFF\tthu\u031B\u0323c hie\u0302\u0323n \r\n[bookmark: _GoBack]1. Đối với\r');
		expect(lines).toEqual(['thực hiện', '1. Đối với', '']);
		expect(removed).toEqual(['[bookmark: _GoBack]']);
	});
});

describe('findLostWords', () => {
	it('reports each word the output lacks, with the count', () => {
		expect(findLostWords('Ban Thường vụ Tỉnh ủy, Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy')).toEqual([
			{ word: 'tỉnh', missing: 1 },
			{ word: 'ủy', missing: 1 },
		]);
	});

	it('counts a footnote marker ¹ as the 1 of [^1], and ignores punctuation and case', () => {
		expect(findLostWords('đảng¹ (THÔNG BÁO).', 'đảng[^1] thông báo')).toEqual([]);
	});
});

describe('splitGluedBold', () => {
	it('splits bold runs Word glued onto one line', () => {
		expect(splitGluedBold('I. ƯU ĐIỂM**1. Đối với các ban****1.1. Ưu điểm**')).toEqual([
			'I. ƯU ĐIỂM',
			'**1. Đối với các ban**',
			'**1.1. Ưu điểm**',
		]);
		expect(splitGluedBold('THÔNG BÁO**KẾT LUẬN**')).toEqual(['THÔNG BÁO', '**KẾT LUẬN**']);
	});

	it('leaves bold inside a sentence alone', () => {
		expect(splitGluedBold('đã có **11/40** chỉ tiêu (**báo cáo**)')).toEqual(['đã có **11/40** chỉ tiêu (**báo cáo**)']);
	});
});

describe('reflow', () => {
	const wrapped = [
		'Năm 2023, Ban Thường vụ Tỉnh ủy; các cơ quan chuyên trách tham',
		'',
		'mưu, giúp việc Tỉnh ủy và các Ban Chỉ đạo của Ban Thường vụ Tỉnh ủy đã',
		'',
		'tăng cường công tác kiểm tra, giám sát các cấp ủy, tổ chức đảng; đảng viên',
		'',
		'là cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý như sau:',
		'',
		'1. Kiểm điểm sự phối hợp giữa các cơ quan, đơn vị, địa phương',
		'',
		'trong việc tham mưu Ban Thường vụ Tỉnh ủy lãnh đạo, chỉ đạo.',
	];

	it('tells a hard-wrapped PDF export from Word paragraphs', () => {
		expect(looksHardWrapped(wrapped)).toBe(true);
		expect(looksHardWrapped(['x'.repeat(300), 'y'.repeat(500), 'z'.repeat(200), 'w'.repeat(400)])).toBe(false);
	});

	it('joins wrapped lines into paragraphs and starts a new one at a numbered item', () => {
		expect(reflow(wrapped).paragraphs).toEqual([
			'Năm 2023, Ban Thường vụ Tỉnh ủy; các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy và các Ban Chỉ đạo của Ban Thường vụ Tỉnh ủy đã tăng cường công tác kiểm tra, giám sát các cấp ủy, tổ chức đảng; đảng viên là cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý như sau:',
			'1. Kiểm điểm sự phối hợp giữa các cơ quan, đơn vị, địa phương trong việc tham mưu Ban Thường vụ Tỉnh ủy lãnh đạo, chỉ đạo.',
		]);
	});

	it('rejoins a sentence split by footnote text, and takes the footnote out', () => {
		const result = reflow(['tạo sự thống nhất đồng²', '', '² 29 đồng chí đảng viên.', '', 'thuận trong ý chí.', '', 'Đoạn mới.']);
		expect(result.paragraphs).toEqual(['tạo sự thống nhất đồng² thuận trong ý chí.', 'Đoạn mới.']);
		expect(result.footnotes).toEqual([{ number: 2, text: '29 đồng chí đảng viên.' }]);
	});

	it('does not join a heading to the paragraph after it', () => {
		expect(reflow(['II. BAN THƯỜNG VỤ TỈNH ỦY YÊU CẦU', '', 'Các cấp ủy thực hiện.']).paragraphs).toHaveLength(2);
	});
});

describe('inlineMdx', () => {
	it('escapes what MDX would read as code, and turns ^{x} into <sup>', () => {
		expect(inlineMdx('a {b} <c> [d] `e` \\f PCVP^{Huy}', new Set())).toBe('a \\{b\\} \\<c\\> \\[d\\] \\`e\\` \\\\f PCVP<sup>Huy</sup>');
	});

	it('turns superscript digits into footnote references only where a footnote exists', () => {
		expect(inlineMdx('đảng¹ và 20 m²', new Set([1]))).toBe('đảng[^1] và 20 m²');
	});
});

describe('bodyToMdx', () => {
	it('writes headings, escaped numbered paragraphs, lists and footnotes that MDX reads back', () => {
		const { mdx } = bodyToMdx([
			'I. ƯU ĐIỂM',
			'',
			'1.1. Ưu điểm',
			'',
			'1. Tiếp tục thực hiện {mục tiêu} <năm 2024>¹.',
			'',
			'- Như trên,',
			'- Lưu VT.',
			'',
			'¹ Ghi chú.',
		]);
		expect(mdx).toBe(
			'## I. ƯU ĐIỂM\n\n#### 1.1. Ưu điểm\n\n1\\. Tiếp tục thực hiện \\{mục tiêu\\} \\<năm 2024\\>[^1].\n\n- Như trên,\n- Lưu VT.\n\n[^1]: Ghi chú.\n',
		);
		const types = (mdxToMdast(mdx) as unknown as { children: { type: string }[] }).children.map((c) => c.type);
		expect(types).toEqual(['heading', 'heading', 'paragraph', 'list', 'footnoteDefinition']);
	});
});

describe('segmentDocument and parseSignature', () => {
	it('reads every signature form as written', () => {
		expect(parseSignature(['**K/T CHỦ TỊCH', 'PHÓ CHỦ TỊCH**', '', 'Nguyễn Văn A'])).toEqual({
			authority: 'K/T CHỦ TỊCH',
			title: 'PHÓ CHỦ TỊCH',
			name: 'Nguyễn Văn A',
		});
		expect(parseSignature(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'])).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: null });
		expect(parseSignature(['Trân trọng cảm ơn.'])).toBeNull();
	});

	it('keeps lines after Nơi nhận that are not a signature, for the body', () => {
		const segments = segmentDocument(['Nội dung.', 'Nơi nhận:', '- Lưu VT.', '', 'Ghi chú thêm của văn phòng.']);
		expect(segments.distribution).toEqual(['Lưu VT.']);
		expect(segments.signature).toBeNull();
		expect(segments.unplaced).toEqual(['Ghi chú thêm của văn phòng.']);
	});
});

describe('metadata from the text', () => {
	it('finds the type a document names itself by, the most frequent first', () => {
		expect(typeFromSelfReference('theo Kế hoạch này. Thông báo này. Thông báo kết luận này')?.value.slug).toBe('thong-bao');
		expect(typeFromSelfReference('Không nói gì về loại.')).toBeNull();
	});

	it('recognises the issuer only when exactly one registry entry fits', () => {
		const signature = { authority: 'T/M TỈNH ỦY', title: 'BÍ THƯ', name: 'X' };
		expect(issuerFromText('', signature, registry).found).toEqual({ value: 'tinh-uy', from: 'chữ ký "T/M TỈNH ỦY"' });
		expect(issuerFromText('', null, registry).found).toBeNull();
	});
});

describe('importText', () => {
	it('recognises a MẬT stamp, sets the classification and keeps the word', () => {
		const text = '**TỐI MẬT**\n\nKính gửi: Các sở.\n\nĐề nghị thực hiện Công văn này.';
		const result = importText(text, { file: 'x.txt', importedAt: '2026-11-23', registry });
		expect(result.frontmatter.classification).toBe('toi-mat');
		expect(result.frontmatter.provenance['classification']).toBe('dấu "TỐI MẬT" trên văn bản');
		expect(result.body).not.toContain('MẬT');
		expect(findLostWords(text, toMdxFile(result.frontmatter, result.body) + pageLabels(result.frontmatter))).toEqual([]);
		expect(importText('Kính gửi: Các sở.\n\nMật thiết phối hợp theo Công văn này.', { file: 'y.txt', importedAt: '2026-11-23', registry }).frontmatter.classification).toBeUndefined();
	});

	it('leaves the type unknown when nothing tells it, saying why, and takes --type', () => {
		const text = 'Kính gửi: Các sở.\n\nĐề nghị thực hiện.';
		const options = { file: 'x.txt', importedAt: '2026-11-23', registry };
		const unknown = importText(text, options);
		expect(unknown.frontmatter.type).toBeNull();
		expect(unknown.missing.type).toBe('no heading, type code or phrase names it');
		expect(unknown.frontmatter.provenance['type']).toBeUndefined();
		const result = importText(text, { ...options, given: { type: 'cong-van', number: '12-CV/TU', issuedAt: '2024-05-03' } });
		expect(result.frontmatter).toMatchObject({ type: 'cong-van', number: '12-CV/TU', issuedAt: '2024-05-03', year: 2024 });
		expect(result.frontmatter.provenance).toMatchObject({ type: 'do người nhập cung cấp', number: 'do người nhập cung cấp' });
		expect(result.frontmatter.recipients).toEqual(['Các sở.']);
	});
});
