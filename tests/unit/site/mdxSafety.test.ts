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
			'Tổng cộng {1 + 1} đồng.',
			'<Bad />',
			'<script>alert(1)</script>',
			'<span onclick="x()">a</span>',
			'export const x = 1;',
		].join('\n');
		expect(mdxProblems(bad)).toEqual([
			{ line: 4, problem: 'imports or exports code; an archive file holds only text' },
			{ line: 5, problem: 'a JavaScript expression in braces; write \\{ and \\} to show a brace' },
			{ line: 6, problem: 'the component <Bad>; an archive file holds only text and plain HTML' },
			{ line: 7, problem: 'the HTML tag <script> is not allowed' },
			{ line: 8, problem: '<span> carries a script or style attribute' },
			{ line: 9, problem: 'imports or exports code; an archive file holds only text' },
		]);
	});
});
