/**
 * A corpus text laid out again as the Word file and the PDF an office would have
 * made of it (its header in a two-column table or in two columns on page 1, its
 * closing block in a table or in two columns), so that the Word and PDF readers are
 * measured on real headers too.
 */
import { textDocument } from '../../src/import/formats/text.ts';
import { headingType } from '../../src/lib/documentTypes.ts';
import type { Notice } from '../../tests/unit/support/pdfFixtures.ts';

const DISTRIBUTION = /^(?:-\s*)?Nơi nhận\s*:?\s*$/u;
const ITEM = /^[-–+]\s*/u;

/** The notice a text with a header prints; null for a text without one (a repost), which has no layout to rebuild. */
export function noticeOf(text: string): Notice | null {
	const document = textDocument(text);
	if (!document.header) return null;
	const lines = document.lines.map((l) => l.replace(/\|/g, ' ').trim()).filter((l) => /[\p{L}\p{N}]/u.test(l));
	let start = 0;
	const title: string[] = [];
	if (lines[0] && headingType(lines[0])) {
		title.push(lines[start++]!);
		while (start < lines.length && (!/\p{Ll}/u.test(lines[start]!) || /^(?:về|V\/v)\s/iu.test(lines[start]!)) && title.length < 5) title.push(lines[start++]!);
	}
	const at = lines.findLastIndex((l) => DISTRIBUTION.test(l));
	if (at < 0) return { header: document.header, title, paragraphs: lines.slice(start), distribution: [], signature: [] };
	let end = at + 1;
	while (end < lines.length && ITEM.test(lines[end]!)) end++;
	return {
		header: document.header,
		title,
		paragraphs: lines.slice(start, at),
		distribution: lines.slice(at + 1, end).map((l) => l.replace(ITEM, '')),
		signature: lines.slice(end),
	};
}
