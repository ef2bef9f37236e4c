/** Metadata the importer can read from the text itself, each with where it was read. */
import { DOCUMENT_TYPES, type DocumentType } from '../lib/documentTypes.ts';
import type { Issuer } from '../schemas/issuer.ts';
import { foldedUpper } from '../lib/vietnamese.ts';
import { AUTHORITY_PREFIX, type Signature } from './segments.ts';

export interface Found<T> {
	value: T;
	/** Where in the source it was read, in Vietnamese, for the reader and the archivist. */
	from: string;
}

/**
 * A type named by the document about itself: "Công văn này", "Thông báo này",
 * "Thông báo kết luận này"; the most frequent wins.
 */
export function typeFromSelfReference(text: string): Found<DocumentType> | null {
	let best: { type: DocumentType; count: number; phrase: string } | null = null;
	for (const type of DOCUMENT_TYPES) {
		const pattern = new RegExp(`(?<!\\p{L})${type.name}(?: kết luận)? này(?!\\p{L})`, 'giu');
		const matches = text.match(pattern);
		if (matches && (!best || matches.length > best.count)) best = { type, count: matches.length, phrase: matches[0]! };
	}
	return best ? { value: best.type, from: `cụm từ "${best.phrase}" trong văn bản` } : null;
}

function sameText(a: string, b: string): boolean {
	return a.normalize('NFC').toLocaleUpperCase('vi') === b.normalize('NFC').toLocaleUpperCase('vi');
}

/**
 * The issuer the registry recognises: by the body signed for (T/M BAN THƯỜNG VỤ)
 * or by a phrase naming it as the one speaking. Null unless exactly one matches.
 */
export function issuerFromText(
	text: string,
	signature: Signature | null,
	registry: readonly Issuer[],
): { found: Found<string> | null; ambiguous: string[] } {
	const signedFor = signature?.authority?.replace(AUTHORITY_PREFIX, '') ?? null;
	const matches: Found<string>[] = [];
	for (const issuer of registry) {
		if (signedFor && issuer.recognise.signedFor.some((s) => sameText(s, signedFor))) {
			matches.push({ value: issuer.id, from: `chữ ký "${signature!.authority}"` });
			continue;
		}
		const phrase = issuer.recognise.phrases.find((p) => text.normalize('NFC').includes(p.normalize('NFC')));
		if (phrase) matches.push({ value: issuer.id, from: `cụm từ "${phrase}" trong văn bản` });
	}
	if (matches.length === 1) return { found: matches[0]!, ambiguous: [] };
	return { found: null, ambiguous: matches.map((m) => m.value) };
}

/**
 * The issuer the header prints above the number ("TỈNH ỦY QUẢNG NAM", "ỦY BAN NHÂN
 * DÂN" / "TỈNH QUẢNG NAM" over two lines): registry entries whose name, or the name
 * their documents print, begins the issuer's line. The last line is tried first (a
 * Party header prints the superior body above), then the last lines joined.
 * Null unless exactly one matches.
 */
export function issuerFromHeader(bodies: readonly string[], registry: readonly Issuer[]): { found: Found<string> | null; ambiguous: string[] } {
	for (let from = bodies.length - 1; from >= 0; from--) {
		const printed = bodies.slice(from).join(' ');
		const line = foldedUpper(printed);
		const matches = registry.filter((issuer) =>
			[issuer.name, issuer.printedAs].some((name) => {
				if (!name) return false;
				const folded = foldedUpper(name);
				return line === folded || line.startsWith(folded + ' ');
			}),
		);
		if (matches.length === 1) return { found: { value: matches[0]!.id, from: `tiêu đề "${printed}"` }, ambiguous: [] };
		if (matches.length > 1) return { found: null, ambiguous: matches.map((m) => m.id) };
	}
	return { found: null, ambiguous: [] };
}
