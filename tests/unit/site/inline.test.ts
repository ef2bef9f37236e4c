import { describe, expect, it } from 'vitest';
import { inlineToHtml, inlineToText, parseInline } from '../../../src/lib/inline.ts';

describe('inlineToHtml', () => {
	it('renders the superscript used in Nơi nhận lines', () => {
		expect(inlineToHtml('LĐVPTU: CVP, PCVP^{Huy},')).toBe('LĐVPTU: CVP, PCVP<sup>Huy</sup>,');
	});

	it('renders italic and bold', () => {
		expect(inlineToHtml('Ban Bí thư (*báo cáo*),')).toBe('Ban Bí thư (<em>báo cáo</em>),');
		expect(inlineToHtml('**Kính gửi:** các huyện ủy')).toBe('<strong>Kính gửi:</strong> các huyện ủy');
		expect(inlineToHtml('***cả hai***')).toBe('<strong><em>cả hai</em></strong>');
	});

	it('nests italic inside bold', () => {
		expect(inlineToHtml('**Về *việc* kiểm tra**')).toBe('<strong>Về <em>việc</em> kiểm tra</strong>');
	});

	it('escapes HTML in the text', () => {
		expect(inlineToHtml('<script>"x" & \'y\'</script>')).toBe(
			'&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;',
		);
		expect(inlineToHtml('^{<b>}')).toBe('<sup>&lt;b&gt;</sup>');
	});

	it('keeps unclosed or spaced marks as written', () => {
		expect(inlineToHtml('5 * 3 = 15')).toBe('5 * 3 = 15');
		expect(inlineToHtml('*chưa đóng')).toBe('*chưa đóng');
		expect(inlineToHtml('x^{y')).toBe('x^{y');
		expect(inlineToHtml('x^{}')).toBe('x^{}');
		expect(inlineToHtml('a ** b')).toBe('a ** b');
	});

	it('honours backslash escapes', () => {
		expect(inlineToHtml('\\*không nghiêng\\*')).toBe('*không nghiêng*');
		expect(inlineToHtml('a\\^{b}')).toBe('a^{b}');
	});

	it('normalises decomposed Vietnamese to NFC', () => {
		const nfd = 'Tỉnh ủy'.normalize('NFD');
		expect(inlineToHtml(nfd)).toBe('Tỉnh ủy');
	});
});

describe('inlineToText', () => {
	it('drops the marks and keeps the words', () => {
		expect(inlineToText('PCVP^{Huy} (*báo cáo*) **x**')).toBe('PCVPHuy (báo cáo) x');
	});
});

describe('parseInline', () => {
	it('returns a tree', () => {
		expect(parseInline('a *b* ^{c}')).toEqual([
			{ kind: 'text', text: 'a ' },
			{ kind: 'em', children: [{ kind: 'text', text: 'b' }] },
			{ kind: 'text', text: ' ' },
			{ kind: 'sup', children: [{ kind: 'text', text: 'c' }] },
		]);
	});
});
