/**
 * Citations marked in MDX as ordinary Markdown links, visible and correctable
 * in the file itself:
 *
 *   [Kế hoạch số 280-KH/TU ngày 04/3/2024](vb:280-KH/TU@2024-03-04 "căn cứ")
 *
 * The target names the number and, when known, the date; the title names the
 * relation. The document page resolves `vb:` links in the rendered body
 * (linkCitationsInHtml). Marking is idempotent: marked text is left alone.
 */
import {
	RELATION_LABELS,
	issuerNamedIn,
	isOwnNumber,
	parseCitations,
	parseNumber,
	typeNamedIn,
	type CitedType,
	type PriorCitation,
	type Relation,
} from './citations.ts';
import { isCanonicalNumber } from './numbers.ts';

export const CITATION_SCHEME = 'vb:';

export interface CitationLink {
	/** The link text: the citation as the document words it. */
	text: string;
	number: string;
	date: string | null;
	relation: Relation;
	type: CitedType | null;
	issuer: string | null;
}

const LINK = /\[((?:[^[\]\n\\]|\\.){1,400})\]\(vb:([^\s)@]{1,60})(?:@(\d{4}-\d{2}-\d{2}))?(?:\s+"([^"\n]{0,40})")?\)/g;
/** Everything marking must not touch: links, footnote marks, tags, code. */
const PROTECTED = /\[(?:[^[\]\n\\]|\\.){0,400}\]\([^)\n]{0,400}\)|\[\^[^\]\n]{1,20}\]:?|<[^<>\n]{0,400}>|`[^`\n]{0,400}`/g;
const MASK = '\uE000';

const RELATION_BY_LABEL = new Map(Object.entries(RELATION_LABELS).map(([k, v]) => [v, k as Relation]));

/** The link target for a citation: `vb:280-KH/TU@2024-03-04`. */
export function citationTarget(number: string, date: string | null): string {
	return `${CITATION_SCHEME}${number}${date ? `@${date}` : ''}`;
}

/** Splits a `vb:` href into number and date (the part a link component receives). */
export function parseCitationTarget(href: string): { number: string; date: string | null } | null {
	const m = /^vb:([^\s@]+)(?:@(\d{4}-\d{2}-\d{2}))?$/.exec(href);
	return m ? { number: m[1]!, date: m[2] ?? null } : null;
}

function typeOfNumber(number: string): CitedType | null {
	const m = /^([\d.]+)(.*)$/.exec(number);
	return m ? (parseNumber(m[1]!, m[2]!)?.type ?? null) : null;
}

/** Citation links whose target names no document number (`vb:../../etc/passwd`), by line of `text`. */
export function badCitationLinks(text: string): { line: number; problem: string }[] {
	return [...text.matchAll(LINK)]
		.filter((m) => !isCanonicalNumber(m[2]!))
		.map((m) => ({
			line: text.slice(0, m.index).split('\n').length,
			problem: `the citation link vb:${m[2]} names no number like 307-NQ/TU; correct it or remove the link`,
		}));
}

/** The citations already marked in an MDX body, in order. */
export function readCitationLinks(mdx: string): CitationLink[] {
	return [...mdx.matchAll(LINK)].map((m) => {
		const text = m[1]!.replace(/\\(.)/g, '$1');
		return {
			text,
			number: m[2]!,
			date: m[3] ?? null,
			relation: RELATION_BY_LABEL.get(m[4] ?? '') ?? 'dan-chieu',
			type: typeNamedIn(text) ?? typeOfNumber(m[2]!),
			issuer: issuerNamedIn(text),
		};
	});
}

/**
 * Marks every citation of an MDX body that is not marked yet; returns the body, how
 * many it marked, and a line for each number it had to guess in part. The document's
 * own number (`self`) is never a citation of it.
 */
export function markCitations(mdx: string, options: { self?: string } = {}): { mdx: string; marked: number; doubts: string[] } {
	const prior: PriorCitation[] = [];
	const masked = mdx.replace(PROTECTED, (region, offset: number) => {
		const link = /^\[(.*)\]\(vb:([^\s)@]+)/s.exec(region);
		if (link) prior.push({ start: offset, type: typeNamedIn(link[1]!) ?? typeOfNumber(link[2]!), number: link[2]! });
		return MASK.repeat(region.length);
	});
	const citations = parseCitations(masked, { prior }).filter((c) => !c.text.includes(MASK) && !isOwnNumber(c, options.self ?? null));
	let out = '';
	let at = 0;
	for (const c of citations) {
		out += mdx.slice(at, c.start);
		out += `[${mdx.slice(c.start, c.end)}](${citationTarget(c.number, c.date)} "${RELATION_LABELS[c.relation]}")`;
		at = c.end;
	}
	return { mdx: out + mdx.slice(at), marked: citations.length, doubts: citations.flatMap((c) => (c.doubt ? [c.doubt] : [])) };
}
