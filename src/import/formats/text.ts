/**
 * The text reader: a .txt or .md export (from Word, a PDF reader, or copied from a
 * portal) as an ExtractedDocument: cleaned lines, and the header kept apart when
 * the text has one.
 */
import { documentTypeByName } from '../../lib/documentTypes.ts';
import { cleanSource } from '../cleanSource.ts';
import type { ExtractedDocument } from '../extracted.ts';
import { headerFromLines } from '../header.ts';

export function textDocument(text: string): ExtractedDocument {
	const { lines, removed } = cleanSource(text);
	const found = headerFromLines(lines, (line) => documentTypeByName(line) !== undefined);
	return {
		lines: found ? lines.slice(found.end) : lines,
		header: found ? found.header : null,
		removed,
		notes: removed.map((artefact) => `removed Word artefact ${artefact}`),
	};
}
