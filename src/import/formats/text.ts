/**
 * The text reader: a .txt or .md export (from Word, a PDF reader, or copied from a
 * portal) as an ExtractedDocument: cleaned lines, and the header kept apart when
 * the text has one.
 */
import { cleanSource } from '../cleanSource.ts';
import type { ExtractedDocument } from '../extracted.ts';
import { findHeader } from '../header.ts';

export function textDocument(text: string): ExtractedDocument {
	const { lines, removed } = cleanSource(text);
	const found = findHeader(lines);
	return {
		lines: found ? lines.slice(found.end) : lines,
		header: found ? found.header : null,
		...(found && found.start > 0 ? { above: lines.slice(0, found.start) } : {}),
		removed,
		notes: removed.map((artefact) => `removed Word artefact ${artefact}`),
	};
}
