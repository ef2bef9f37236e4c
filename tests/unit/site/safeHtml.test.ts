import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { safeBodyHtml } from '../../../src/lib/safeHtml.ts';

describe('safeBodyHtml', () => {
	it('keeps what the site\'s Markdown makes: headings, lists, tables, emphasis, links, citations, footnotes', () => {
		const html = markdownToHtml(
			'## I. MỤC ĐÍCH\n\n- Một *hai* **ba**<sup>1</sup>\n\n| a | b |\n| --- | :-: |\n| 1 | 2 |\n\nThực hiện [Kế hoạch số 280-KH/TU](vb:280-KH/TU@2024-03-04 "căn cứ") và [trang](https://example.org/).[^1]\n\n[^1]: Chú thích.\n',
			{ features: { gfm: { footnotes: { label: 'Chú thích' } } } } as never,
		).html ?? '';
		const safe = safeBodyHtml(html);
		for (const kept of ['<h2', '<li>', '<em>hai</em>', '<strong>ba</strong>', '<sup>1</sup>', '<table>', '<td', 'href="vb:280-KH/TU@2024-03-04"', 'title="căn cứ"', 'href="https://example.org/"', 'data-footnote-ref', 'data-footnote-backref', 'Chú thích.']) {
			expect(safe).toContain(kept);
		}
	});

	it('drops what could run or leak: event and style attributes, unsafe URL schemes, scripts, comments', () => {
		const hostile = [
			'<p>Một <a href="javascript:alert(1)">đoạn</a> và <a href="JaVaScRiPt:alert(2)">nữa</a>.</p>',
			'<p><a href="data:text/html,x">dữ liệu</a> <a href="//evil.example/x">ngoài</a></p>',
			'<span\nonmouseover="alert(3)"\nstyle="position:fixed">chữ</span>',
			'<!-- ghi chú nội bộ: không công bố -->',
			'<script>alert(4)</script><iframe src="https://evil.example"></iframe><img src=x onerror=alert(5)>',
		].join('\n');
		const safe = safeBodyHtml(hostile);
		expect(safe).not.toMatch(/javascript:|data:|evil\.example|onmouseover|onerror|style=|<script|alert|<iframe|<img|ghi chú nội bộ|<!--/iu);
		for (const word of ['Một', 'đoạn', 'nữa', 'dữ liệu', 'ngoài', 'chữ']) expect(safe).toContain(word);
	});
});
