/**
 * Archive files are data, not code: an MDX file may hold text, Markdown, and a
 * few plain HTML tags (<sup>, tables…), but no import or export, no JavaScript
 * expression in braces, no component, no script, no event or style attribute, and no
 * link to a script. The file is parsed with the site's own MDX parser (Sätteri) and
 * the problems are read from its tree, each with its line, however the source breaks
 * its lines or cases its letters.
 */
import { mdxToMdast } from 'satteri';

const ALLOWED_TAGS = new Set(
	'sup sub br u s mark abbr small strong em b i span table caption thead tbody tfoot tr th td p ul ol li blockquote'.split(' '),
);
/** The schemes a link may lead to: web pages, mail, and the archive's own documents. */
const SAFE_LINK = /^(?:https?:|mailto:|vb:|[#/.?]|[^:]*$)/iu;

export interface MdxProblem {
	line: number;
	problem: string;
}

interface Node {
	type: string;
	name?: string | null;
	url?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	position?: { start: { line: number } };
	children?: Node[];
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?=\r?\n|$)/;

function problemOf(node: Node): string | null {
	switch (node.type) {
		case 'mdxjsEsm':
			return 'imports or exports code; an archive file holds only text';
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return 'a JavaScript expression in braces; write \\{ and \\} to show a brace';
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement': {
			const name = node.name ?? '';
			if (name === '' || /^[A-Z]/.test(name) || /[.:]/.test(name)) return `the component <${name}>; an archive file holds only text and plain HTML`;
			if (!ALLOWED_TAGS.has(name.toLowerCase())) return `the HTML tag <${name}> is not allowed`;
			const unsafe = (node.attributes ?? []).some(
				(a) => a.type !== 'mdxJsxAttribute' || typeof a.value === 'object' || /^on/i.test(a.name ?? '') || /^style$/i.test(a.name ?? '') || /javascript:/i.test(String(a.value ?? '')),
			);
			return unsafe ? `<${name}> carries a script or style attribute` : null;
		}
		case 'link':
		case 'definition':
			return node.url !== undefined && !SAFE_LINK.test(node.url.trim()) ? `a link to "${node.url.split(':')[0]}:"; links lead to web pages, mail or other documents (vb:)` : null;
		default:
			return null;
	}
}

/** Problems in an MDX file's text (frontmatter included; it is skipped), with 1-based line numbers. */
export function mdxProblems(text: string): MdxProblem[] {
	let source = text;
	if (/^---\r?\n/.test(text)) {
		const head = FRONTMATTER.exec(text);
		if (!head) return [{ line: 1, problem: 'the frontmatter has no closing ---' }];
		// Blank lines where the frontmatter was, so that lines keep their numbers.
		source = head[0].replace(/[^\n]/g, '') + text.slice(head[0].length);
	}
	let tree: Node;
	try {
		tree = mdxToMdast(source, { position: true }) as Node;
	} catch (error) {
		const message = (error as Error).message;
		const at = /^(\d+):\d+/.exec(message);
		const reason = message.replace(/^\d+:\d+(?:-\d+:\d+)?:\s*/, '').replace(/\s*\(\d+:\d+\)/, '').replace(/\s*\([\w-]+:[\w-]+\)$/, '');
		return [{ line: at ? Number(at[1]) : 1, problem: `not text the archive can read as MDX (${reason}); write \\{ \\} \\< for a literal brace or angle bracket, or close the tag (<br />)` }];
	}
	const problems: MdxProblem[] = [];
	const walk = (node: Node) => {
		const problem = problemOf(node);
		if (problem) problems.push({ line: node.position?.start.line ?? 1, problem });
		for (const child of node.children ?? []) walk(child);
	};
	walk(tree);
	return problems;
}
