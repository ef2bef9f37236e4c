import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { withoutArtefacts } from '../../../src/import/cleanSource.ts';
import { pageLabels } from '../../../src/import/importText.ts';
import { findLostWords } from '../../../src/import/lostWords.ts';
import { directivePath, toMdxFile } from '../../../src/import/mdxFile.ts';
import { DirectiveSchema } from '../../../src/schemas/directive.ts';
import { importSeed, seedText } from '../seeds.ts';

interface Node {
	type: string;
	depth?: number;
	value?: string;
	identifier?: string;
	children?: Node[];
}

function text(node: Node): string {
	return node.value ?? (node.children ?? []).map(text).join('');
}

function tree(prefix: string): Node {
	const { frontmatter, body } = importSeed(prefix);
	return mdxToMdast(toMdxFile(frontmatter, body)) as unknown as Node;
}

function paragraphs(prefix: string): string[] {
	return (tree(prefix).children ?? []).filter((n) => n.type === 'paragraph').map(text);
}

const SEEDS = ['000', '001', '002', '003', '004'];

describe('every seed', () => {
	it.each(SEEDS)('%s keeps every word of the source', (prefix) => {
		const { frontmatter, body } = importSeed(prefix);
		const output = toMdxFile(frontmatter, body) + pageLabels(frontmatter);
		expect(findLostWords(withoutArtefacts(seedText(prefix)), output)).toEqual([]);
	});

	it.each(SEEDS)('%s compiles as MDX and passes the schema', (prefix) => {
		const { frontmatter, body } = importSeed(prefix);
		expect(() => mdxToMdast(toMdxFile(frontmatter, body))).not.toThrow();
		expect(DirectiveSchema.safeParse(frontmatter).success).toBe(true);
	});

	it.each(SEEDS)('%s invents no number, date, year or place', (prefix) => {
		const { frontmatter } = importSeed(prefix);
		expect([frontmatter.number, frontmatter.issuedAt, frontmatter.year, frontmatter.place]).toEqual([null, null, null, null]);
		expect(directivePath(frontmatter)).toMatch(/^chua-ro-nam\/(cong-van|thong-bao)-[0-9a-f]{8}\.mdx$/);
	});
});

describe('000: công văn from a hard-wrapped PDF export', () => {
	const { frontmatter } = importSeed('000');

	it('reads type, recipients, distribution and signer', () => {
		expect(frontmatter.type).toBe('cong-van');
		expect(frontmatter.provenance['type']).toBe('cụm từ "Công văn này" trong văn bản');
		expect(frontmatter.recipients).toEqual([
			'Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy,',
			'Các ban cán sự đảng, đảng đoàn, BTV Tỉnh đoàn,',
			'Các sở, ban, ngành, đoàn thể cấp tỉnh,',
			'Các đơn vị sự nghiệp trực thuộc Tỉnh ủy, UBND tỉnh,',
			'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy,',
		]);
		expect(frontmatter.distribution).toHaveLength(7);
		expect(frontmatter.distribution.at(-1)).toBe('Lưu Văn phòng Tỉnh ủy.');
		expect(frontmatter.signer).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Đặng Ngọc Huy' });
		expect(frontmatter.issuer).toBe('ban-thuong-vu-tinh-uy');
	});

	it('re-flows wrapped lines into whole paragraphs', () => {
		const ps = paragraphs('000');
		expect(ps).toHaveLength(5);
		expect(ps[0]).toMatch(/^Năm 2023, Ban Thường vụ Tỉnh ủy; .* lần thứ XX; các kết luận, nghị quyết chuyên đề .* một số nội dung sau:$/);
		expect(ps[1]).toMatch(/^1\. Kiểm điểm sự phối hợp .* địa phương mình\.$/);
		expect(ps[4]).toBe('Đề nghị các cấp ủy, tổ chức đảng, lãnh đạo các cơ quan, đơn vị, địa phương quán triệt và thực hiện nghiêm túc Công văn này.');
	});
});

describe('001: công văn with Markdown and a page break', () => {
	const { frontmatter, body } = importSeed('001');

	it('rejoins the sentence split by the page break', () => {
		expect(paragraphs('001').some((p) => p.includes('nhân rộng các mô hình, cách làm hay, sáng tạo;'))).toBe(true);
	});

	it('keeps the emphasis already in the text', () => {
		expect(body).toContain('"*trách nhiệm hơn, quyết liệt hơn, hiệu quả hơn*"');
		expect(frontmatter.distribution).toContain('Ban Bí thư Trung ương Đảng (*báo cáo*),');
	});

	it('reads the bold signature block', () => {
		expect(frontmatter.signer).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Lê Thị Thu Hồng' });
		expect(frontmatter.recipients[0]).toBe('Các ban cán sự đảng, đảng đoàn,');
	});
});

describe('002: thông báo with its title and no final newline', () => {
	const { frontmatter, body } = importSeed('002');

	it('takes type and trích yếu from the title lines', () => {
		expect(frontmatter.type).toBe('thong-bao');
		expect(frontmatter.title).toBe(
			'KẾT QUẢ HỘI NGHỊ KIỂM ĐIỂM SỰ LÃNH ĐẠO, CHỈ ĐẠO CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH TỪ SAU ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XVI, NHIỆM KỲ 2020-2025 ĐẾN NAY',
		);
		expect(frontmatter.issuer).toBe('tinh-uy');
		expect(frontmatter.signer.name).toBe('A Pót');
	});

	it('rejoins "Các chỉ / đạo" and "người / đứng đầu", and keeps figures as text', () => {
		const ps = paragraphs('002');
		expect(ps.some((p) => p.includes('Các chỉ đạo, kết luận của Tỉnh uỷ'))).toBe(true);
		expect(ps.some((p) => p.includes('Tỉnh uỷ viên, người đứng đầu các cấp'))).toBe(true);
		expect(body).toContain('**11/40** chỉ tiêu');
		expect(body).toContain('1.1. Kinh tế-xã hội');
	});
});

describe('003: thông báo kết luận with footnotes and glued headings', () => {
	const { frontmatter, body } = importSeed('003');
	const root = tree('003');

	it('turns the nine footnotes into GFM footnotes, each referenced once', () => {
		const definitions = (root.children ?? []).filter((n) => n.type === 'footnoteDefinition');
		expect(definitions.map((d) => d.identifier)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
		expect(text(definitions[5]!)).toBe('Hưng Hà, Thần Khê.');
		for (let n = 1; n <= 9; n++) expect(body.split(`[^${n}]`).length - 1).toBe(2);
		expect(body).not.toMatch(/[¹²³⁴⁵⁶⁷⁸⁹]/u);
	});

	it('rejoins sentences that the footnote text interrupted', () => {
		const all = text(root);
		expect(all).toContain('tạo sự thống nhất đồng thuận trong ý chí và hành động');
		expect(all).toContain('bám sát chức năng nhiệm vụ được giao và kết quả thực hiện');
		expect(all).toContain('trong giải quyết một số thủ tục hành chính có lúc, có việc');
		expect(all).toContain('xử lý đa ngành, đa lĩnh vực');
	});

	it('splits the glued headings and nests them', () => {
		const headings = (root.children ?? []).filter((n) => n.type === 'heading').map((h) => [h.depth, text(h)]);
		expect(headings.slice(0, 3)).toEqual([
			[2, 'I. ƯU ĐIỂM'],
			[3, '1. Đối với các ban thường vụ đảng ủy'],
			[4, '1.1. Ưu điểm'],
		]);
		expect(headings).toContainEqual([2, 'II. BAN THƯỜNG VỤ TỈNH ỦY YÊU CẦU']);
	});

	it('reads title and keeps the ^{…} marks of Nơi nhận as written', () => {
		expect(frontmatter.title).toMatch(/^KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY về kết quả kiểm tra việc lãnh đạo, .* thuộc diện Ban Thường vụ Tỉnh ủy quản lý$/);
		expect(frontmatter.distribution).toContain('LĐVPTU: CVP, PCVP^{Huy},');
		expect(frontmatter.signer).toEqual({
			authority: 'T/M BAN THƯỜNG VỤ',
			title: 'PHÓ BÍ THƯ THƯỜNG TRỰC',
			name: 'Trần Quốc Toàn',
		});
	});
});

describe('004: công văn of the UBND with Word artefacts and decomposed Unicode', () => {
	const { frontmatter, body, warnings, missing } = importSeed('004');

	it('drops the bookmark and says so', () => {
		expect(body).not.toContain('bookmark');
		expect(warnings).toContain('removed Word artefact [bookmark: _GoBack]');
	});

	it('normalises to NFC', () => {
		expect(body).toContain('triển khai thực hiện và chỉ đạo các đơn vị thuộc phạm vi quản lý');
		expect(body).toBe(body.normalize('NFC'));
	});

	it('marks its citations as links', () => {
		expect(body).toContain(
			'Căn cứ [Kế hoạch số 280-KH/TU ngày 04/3/2024 của Ban Thường vụ Tỉnh ủy](vb:280-KH/TU@2024-03-04 "căn cứ") - về việc',
		);
		expect(warnings).toContain('marked 7 citation(s) as links');
	});

	it('recognises the State issuer and leaves the missing signer unknown', () => {
		expect(frontmatter.issuer).toBe('ubnd-tinh');
		expect(frontmatter.provenance['issuer']).toBe('cụm từ "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu" trong văn bản');
		expect(frontmatter.signer).toEqual({ authority: null, title: null, name: null });
		expect(missing.signer).toBe('no signature block found');
		expect(frontmatter.recipients).toEqual([
			'Các Sở, ban, ngành;',
			'Các đơn vị sự nghiệp trực thuộc UBND tỉnh;',
			'Các Hội đặc thù cấp tỉnh;',
		]);
		expect(frontmatter.distribution.at(-1)).toBe('Lưu: VT, VXNV. PD');
	});
});
