/**
 * Inline marks in frontmatter strings (titles, Kính gửi and Nơi nhận lines,
 * signer lines): `*italic*`, `**bold**`, `***both***` and `^{x}` superscript,
 * e.g. "PCVP^{Huy}" → PCVP<sup>Huy</sup>. `\*`, `\^`, `\{` and `\\` stand for
 * the character itself. A mark that is not closed stays as written.
 */

export type InlineNode =
	| { kind: 'text'; text: string }
	| { kind: 'em' | 'strong' | 'sup'; children: InlineNode[] };

const ESCAPABLE = new Set(['*', '^', '{', '}', '\\', '_']);

/** Index of the closing delimiter for content starting at `from`, or -1. */
function findClose(s: string, from: number, delim: '*' | '**' | '***' | '}'): number {
	for (let j = from; j < s.length; j++) {
		const c = s[j];
		if (c === '\\' && j + 1 < s.length && ESCAPABLE.has(s[j + 1]!)) {
			j++;
			continue;
		}
		if (delim === '}') {
			if (c === '}') return j;
			continue;
		}
		if (c !== '*') continue;
		let run = 1;
		while (s[j + run] === '*') run++;
		// A closing delimiter does not follow a space (CommonMark's "right-flanking").
		const closes = j > from && !/\s/.test(s[j - 1]!);
		if (closes && run >= delim.length) {
			// For "***" closing a "**" or "*", the inner mark closes first: take the last stars.
			return delim === '*' && run === 2 ? -1 : j + (run - delim.length);
		}
		j += run - 1;
	}
	return -1;
}

function pushText(nodes: InlineNode[], text: string): void {
	const last = nodes[nodes.length - 1];
	if (last && last.kind === 'text') last.text += text;
	else nodes.push({ kind: 'text', text });
}

/** Parses `text` into text, em, strong and sup nodes. */
export function parseInline(text: string): InlineNode[] {
	const s = text.normalize('NFC');
	const nodes: InlineNode[] = [];
	let i = 0;
	while (i < s.length) {
		const c = s[i]!;
		if (c === '\\' && i + 1 < s.length && ESCAPABLE.has(s[i + 1]!)) {
			pushText(nodes, s[i + 1]!);
			i += 2;
			continue;
		}
		if (c === '^' && s[i + 1] === '{') {
			const close = findClose(s, i + 2, '}');
			if (close > i + 2) {
				nodes.push({ kind: 'sup', children: parseInline(s.slice(i + 2, close)) });
				i = close + 1;
				continue;
			}
		}
		if (c === '*') {
			let run = 1;
			while (s[i + run] === '*') run++;
			const delim = (run >= 3 ? '***' : run === 2 ? '**' : '*') as '*' | '**' | '***';
			const start = i + delim.length;
			// An opening delimiter is followed by a non-space.
			if (start < s.length && !/\s/.test(s[start]!)) {
				const close = findClose(s, start, delim);
				if (close > start) {
					const inner = parseInline(s.slice(start, close));
					if (delim === '***') {
						nodes.push({ kind: 'strong', children: [{ kind: 'em', children: inner }] });
					} else {
						nodes.push({ kind: delim === '**' ? 'strong' : 'em', children: inner });
					}
					i = close + delim.length;
					continue;
				}
			}
			pushText(nodes, s.slice(i, i + run));
			i += run;
			continue;
		}
		pushText(nodes, c);
		i++;
	}
	return nodes;
}

export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

const TAGS = { em: 'em', strong: 'strong', sup: 'sup' } as const;

function nodesToHtml(nodes: InlineNode[]): string {
	return nodes
		.map((n) =>
			n.kind === 'text' ? escapeHtml(n.text) : `<${TAGS[n.kind]}>${nodesToHtml(n.children)}</${TAGS[n.kind]}>`,
		)
		.join('');
}

/** Safe HTML for a frontmatter string: text escaped, marks as <em>, <strong>, <sup>. */
export function inlineToHtml(text: string): string {
	return nodesToHtml(parseInline(text));
}

function nodesToText(nodes: InlineNode[]): string {
	return nodes.map((n) => (n.kind === 'text' ? n.text : nodesToText(n.children))).join('');
}

/** The text a reader sees, marks removed: for <title> and attributes. */
export function inlineToText(text: string): string {
	return nodesToText(parseInline(text));
}
