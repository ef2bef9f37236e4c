/**
 * Text as Pagefind sees it. Pagefind folds tone and vowel marks but not đ/Đ
 * (they have no Unicode decomposition), so "dang vien" would miss "đảng viên".
 * The index and the query therefore spell đ as ḍ (d + dot below), which folds
 * to d and keeps Pagefind's bonus for exact marks; results are spelled back.
 */
import { foldForMatch } from '../vietnamese.ts';

/** Text handed to the indexer, and a query handed to Pagefind. */
export function toIndexText(text: string): string {
	return text.normalize('NFC').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'ḍ' : 'Ḍ'));
}

/** Text coming back from Pagefind (excerpts, titles, metadata), spelled as written. */
export function fromIndexText(text: string): string {
	return text.replace(/[ḍḌ]/g, (c) => (c === 'ḍ' ? 'đ' : 'Đ'));
}

export interface PreparedQuery {
	/** What to hand Pagefind for ranked results (unquoted). */
	ranked: string;
	/** The exact phrase, when the reader quoted one ("…"): results must contain it. */
	exact: string | null;
	/** The words the reader typed, for ranking results that hold them together, and for highlighting. */
	words: string[];
}

/** Reads what the reader typed: a quoted phrase is exact; otherwise the words, ranked. */
export function prepareQuery(raw: string): PreparedQuery {
	const text = raw.normalize('NFC').trim();
	const quoted = /^["“”„](.+)["“”]$/u.exec(text);
	const inner = quoted ? quoted[1]!.trim() : text;
	const words = inner.split(/\s+/u).filter(Boolean);
	return {
		ranked: toIndexText(words.join(' ')),
		exact: quoted ? toIndexText(inner) : null,
		words,
	};
}

/** Whether `content` holds the words next to each other, in order, in any spelling of marks. */
export function containsPhrase(content: string, words: readonly string[]): boolean {
	if (words.length < 2) return false;
	return ` ${foldForMatch(content)} `.includes(` ${foldForMatch(words.join(' '))} `);
}

/**
 * Orders results so that those holding the words together come first, each
 * group in Pagefind's order (a stable partition).
 */
export function phraseFirst<T>(results: readonly T[], content: (r: T) => string, words: readonly string[]): T[] {
	if (words.length < 2) return [...results];
	const together: T[] = [];
	const apart: T[] = [];
	for (const r of results) (containsPhrase(content(r), words) ? together : apart).push(r);
	return [...together, ...apart];
}
