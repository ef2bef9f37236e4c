/**
 * First pass over text exported from Word or PDF: one Unicode form, one kind of
 * line break, no Word artefacts, no indentation or trailing blanks.
 */

export interface CleanSource {
	/** The cleaned lines; blank lines are kept as "". */
	lines: string[];
	/** Artefacts removed, as they stood in the source (e.g. "[bookmark: _GoBack]"). */
	removed: string[];
}

const WORD_ARTEFACT = /\[bookmark: [^\]\n]*\]/g;

export function cleanSource(text: string): CleanSource {
	const removed: string[] = [];
	const normalised = text
		.replace(/^\uFEFF/, '')
		.normalize('NFC')
		.replace(/\r\n?/g, '\n')
		.replace(WORD_ARTEFACT, (artefact) => {
			removed.push(artefact);
			return '';
		});
	const lines = normalised.split('\n').map((line) => line.replace(/[\t\u00A0]/g, ' ').trim());
	return { lines, removed };
}

/** The source text without its removed artefacts, for the lost-word check. */
export function withoutArtefacts(text: string): string {
	return text.normalize('NFC').replace(WORD_ARTEFACT, '');
}
