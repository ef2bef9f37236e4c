/**
 * Where the words a reader typed occur in a text, compared folded (no tone or
 * vowel marks, đ as d, any case), so "dang vien" marks "đảng viên". A term
 * marks whole words starting with it ("vien" marks "viên", "viện"); a term of
 * several words ("307-NQ/TU", "ban thường vụ") marks them only together.
 * Used for the trích yếu of search results and on the document page (?tim=).
 */

import { foldChar, foldWithOffsets } from '../vietnamese.ts';

/** One character folded for matching words: its base letter, "" for a mark, " " for anything not a letter or digit. */
function wordChar(c: string): string {
	const base = foldChar(c);
	if (base === '') return '';
	return /^[\p{L}\p{N}]+$/u.test(base) ? base : ' ';
}

const foldWithMap = (text: string) => foldWithOffsets(text, wordChar);

/** A term's folded words: "307-NQ/TU" → ["307", "nq", "tu"]. */
export function foldTerm(term: string): string[] {
	return foldWithMap(term.normalize('NFC')).folded.split(' ').filter(Boolean);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Ranges [start, end) of `text` to mark for `terms`, sorted and merged. */
export function matchRanges(text: string, terms: readonly string[]): Array<[number, number]> {
	const patterns = [...new Set(terms.map((t) => foldTerm(t)).filter((w) => w.length > 0).map((w) => w.map(escape).join(' +')))];
	if (patterns.length === 0 || text === '') return [];
	const { folded, map } = foldWithMap(text);
	// Longest first, so a phrase wins over its own words.
	patterns.sort((a, b) => b.length - a.length);
	const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})[\\p{L}\\p{N}]*`, 'gu');
	const ranges: Array<[number, number]> = [];
	for (const m of folded.matchAll(re)) {
		const start = map[m.index]!;
		const last = m.index + m[0].length - 1;
		// Through the original character of the last match, with the marks that follow it.
		let k = last + 1;
		while (k < folded.length && map[k] === map[last]) k++;
		ranges.push([start, map[k]!]);
	}
	const merged: Array<[number, number]> = [];
	for (const r of ranges.sort((a, b) => a[0] - b[0])) {
		const prev = merged.at(-1);
		if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1]);
		else merged.push([r[0], r[1]]);
	}
	return merged;
}

/** The text cut into pieces, each marked or not: the shape both the page and the tests use. */
export function splitMarked(text: string, terms: readonly string[]): Array<{ text: string; marked: boolean }> {
	const pieces: Array<{ text: string; marked: boolean }> = [];
	let at = 0;
	for (const [start, end] of matchRanges(text, terms)) {
		if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
		pieces.push({ text: text.slice(start, end), marked: true });
		at = end;
	}
	if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
	return pieces;
}
