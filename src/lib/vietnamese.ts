/**
 * Vietnamese text folding, the one home for it: every comparison that should not
 * care about tone and vowel marks, `đ`, or letter case goes through here (header
 * lines, type names, register columns, search matching and highlighting).
 */

/**
 * Removes tone and vowel marks and turns đ/Đ (and the look-alike Ð, U+00D0) into
 * d/D. `đ` has no Unicode decomposition, so stripping combining marks alone would
 * keep it. Letter case is kept.
 */
export function foldDiacritics(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[đĐÐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));
}

/** Folded, uppercase, single-spaced: "Cộng hòa  xã hội" and "CỘNG HOÀ XÃ HỘI" compare equal. */
export function foldedUpper(text: string): string {
	return foldDiacritics(text).toUpperCase().replace(/\s+/g, ' ').trim();
}

/** Folded, lowercase, anything but letters and digits as single spaces: "Số, ký hiệu" → "so ky hieu". */
export function foldForMatch(text: string): string {
	return foldDiacritics(text)
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** One character folded to lowercase: its base letter, "" for a lone mark, anything else as it is. */
export function foldChar(c: string): string {
	return foldDiacritics(c).toLowerCase();
}

/**
 * The text folded character by character, with, for each character of the folded
 * text, the index in the original it came from (and the original's length last), so
 * that a match found in the folded text can be cut from the original.
 */
export function foldWithOffsets(text: string, fold: (c: string) => string = foldChar): { folded: string; map: number[] } {
	let folded = '';
	const map: number[] = [];
	let i = 0;
	for (const c of text) {
		for (const ch of fold(c)) {
			folded += ch;
			map.push(i);
		}
		i += c.length;
	}
	map.push(text.length);
	return { folded, map };
}

/** A lowercase ASCII slug: "Công văn 213-CV/BCSĐ" → "cong-van-213-cv-bcsd". */
export function slugify(text: string): string {
	return foldDiacritics(text)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
