/**
 * Archive files are data, not code: an MDX file may hold text, Markdown, and a
 * few plain HTML tags (<sup>, tables…), but no import or export, no JavaScript
 * expression in braces, no component and no script. Each problem names its line.
 */

const ALLOWED_TAGS = new Set(
	'sup sub br u s mark abbr small strong em b i span table caption thead tbody tfoot tr th td p ul ol li blockquote'.split(' '),
);
const TAG = /<([A-Za-z][\w.:-]*)([^<>]*)>?/g;

export interface MdxProblem {
	line: number;
	problem: string;
}

/** Problems in an MDX file's text (frontmatter included; it is skipped), with 1-based line numbers. */
export function mdxProblems(text: string): MdxProblem[] {
	const problems: MdxProblem[] = [];
	const lines = text.split(/\r?\n/);
	let i = 0;
	if (lines[0] === '---') {
		i = lines.indexOf('---', 1) + 1;
		if (i === 0) return [{ line: 1, problem: 'the frontmatter has no closing ---' }];
	}
	let fence: string | null = null;
	for (; i < lines.length; i++) {
		const line = lines[i]!;
		const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
		if (fenceMark) {
			if (fence === null) fence = fenceMark[1]![0]!;
			else if (fenceMark[1]![0] === fence) fence = null;
			continue;
		}
		if (fence !== null) continue;
		const text = line.replace(/\\./g, '').replace(/`[^`]*`/g, '');
		const at = (problem: string) => problems.push({ line: i + 1, problem });
		if (/^\s*(?:import|export)\s/.test(text)) at('imports or exports code; an archive file holds only text');
		else if (/[{}]/.test(text)) at('a JavaScript expression in braces; write \\{ and \\} to show a brace');
		for (const tag of text.matchAll(TAG)) {
			const name = tag[1]!;
			if (/^[A-Z]/.test(name) || name.includes('.')) at(`the component <${name}>; an archive file holds only text and plain HTML`);
			else if (!ALLOWED_TAGS.has(name.toLowerCase())) at(`the HTML tag <${name}> is not allowed`);
			else if (/\bon\w+\s*=|javascript:|\bstyle\s*=/i.test(tag[2]!)) at(`<${name}> carries a script or style attribute`);
		}
	}
	return problems;
}
