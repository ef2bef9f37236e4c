/** Vietnamese text helpers: Unicode normalisation and ASCII folding for slugs. */

/**
 * Removes tone and vowel marks and turns đ/Đ into d/D. `đ` has no Unicode
 * decomposition, so stripping combining marks alone would keep it.
 */
export function foldDiacritics(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[đĐÐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));
}

/** A lowercase ASCII slug: "Công văn 213-CV/BCSĐ" → "cong-van-213-cv-bcsd". */
export function slugify(text: string): string {
	return foldDiacritics(text)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
