import { describe, expect, it } from 'vitest';
import { mdxProblems } from '../../../src/lib/mdxSafety.ts';

describe('mdxProblems', () => {
	it('accepts text, Markdown, escaped braces, code and plain HTML', () => {
		const ok = '---\ntitle: "{x}"\n---\nVăn bản \\{Huy\\} PCVP<sup>Huy</sup> [^1] `a {b}` <br />\n\n```js\nimport x from "y";\n```\n\n| a | b |\n';
		expect(mdxProblems(ok)).toEqual([]);
	});

	it('names the line of each import, expression, component or script', () => {
		const bad = [
			'---',
			'type: cong-van',
			'---',
			'import Bad from "../../src/x.astro";',
			'',
			'Tổng cộng {1 + 1} đồng.',
			'',
			'<Bad />',
			'',
			'<script>alert(1)</script>',
			'',
			'<span onclick="x()">a</span>',
			'',
			'export const x = 1;',
		].join('\n');
		expect(mdxProblems(bad)).toEqual([
			{ line: 4, problem: 'imports or exports code; an archive file holds only text' },
			{ line: 6, problem: 'a JavaScript expression in braces; write \\{ and \\} to show a brace' },
			{ line: 8, problem: 'the component <Bad>; an archive file holds only text and plain HTML' },
			{ line: 10, problem: 'the HTML tag <script> is not allowed' },
			{ line: 12, problem: '<span> carries a script or style attribute' },
			{ line: 14, problem: 'imports or exports code; an archive file holds only text' },
		]);
	});

	it('reads what a line-by-line check missed: an attribute on the next line, links to scripts in any case or by reference', () => {
		const bad = [
			'Một <span',
			'onmouseover="alert(1)">chữ</span> và <span',
			'  style="position:fixed">chữ</span>.',
			'',
			'[liên kết](javascript:alert(2)) và [liên kết khác][r].',
			'',
			'[r]: JaVaScRiPt:alert(3)',
		].join('\n');
		expect(mdxProblems(bad)).toEqual([
			{ line: 1, problem: '<span> carries a script or style attribute' },
			{ line: 2, problem: '<span> carries a script or style attribute' },
			{ line: 5, problem: 'a link to "javascript:"; links lead to web pages, mail or other documents (vb:)' },
			{ line: 7, problem: 'a link to "JaVaScRiPt:"; links lead to web pages, mail or other documents (vb:)' },
		]);
	});

	it('names the line of text it cannot read, such as an HTML comment or an unclosed tag', () => {
		expect(mdxProblems('Nội dung.\n\n<!-- ghi chú nội bộ -->\n')).toEqual([
			{ line: 3, problem: expect.stringMatching(/^not text the archive can read as MDX \(.+\); write \\\{ \\\} \\< for a literal brace or angle bracket, or close the tag \(<br \/>\)$/) },
		]);
		expect(mdxProblems('Dòng một <br> và dòng hai.\n')[0]).toMatchObject({ line: 1 });
	});
});
