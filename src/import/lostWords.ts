/**
 * The importer's promise: no word of the source is lost. Words are compared as
 * multisets of letter runs and digit runs, case-folded, after NFKC (so a
 * footnote marker ¹ counts as the 1 in [^1]).
 */

function words(text: string): Map<string, number> {
	const counts = new Map<string, number>();
	// A footnote marker after a number ("năm 2024¹") is a word of its own, not "20241".
	const separated = text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu, ' $&');
	for (const match of separated.normalize('NFKC').toLocaleLowerCase('vi').matchAll(/\p{L}[\p{L}\p{M}]*|\p{N}+/gu)) {
		counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
	}
	return counts;
}

/** Words of `source` that `output` has fewer of, with how many are missing. */
export function findLostWords(source: string, output: string): { word: string; missing: number }[] {
	const have = words(output);
	const lost: { word: string; missing: number }[] = [];
	for (const [word, count] of words(source)) {
		const missing = count - (have.get(word) ?? 0);
		if (missing > 0) lost.push({ word, missing });
	}
	return lost;
}
