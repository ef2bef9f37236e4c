/**
 * The exact-number lookup beside the search index: a reader who types a number
 * in any common spelling ("307-NQ/TU", "307/NQ-TU", "307 NQ TU", "nq 307",
 * "QD-UBND" for QĐ-UBND, "BCSD" for BCSĐ) finds that document first, without
 * depending on the index's ranking. Entries are split into small files by the
 * number's last two digits, so one lookup loads one file.
 */
import { DOCUMENT_TYPES } from '../documentTypes.ts';
import { foldDiacritics } from '../vietnamese.ts';

export interface NumberEntry {
	/** The number as written: 307-NQ/TU. */
	number: string;
	/** Its leading number without zeros: "307", "7" for 07-NQ/TU, "66" for 66.25/…. */
	lead: string;
	/** Its codes and year, folded and in capitals: ["NQ", "TU"], ["2024", "QD", "UBND"]. */
	codes: string[];
	url: string;
	kind: 'document' | 'stub';
	type: string | null;
	date: string | null;
	title: string | null;
}

/** "307-NQ/TU" → "307nqtu": the number folded to letters and digits. */
export function numberKey(number: string): string {
	return foldDiacritics(number).toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * "307-NQ/TU" → "so307nqtu": the one search term the index holds for a number,
 * on the page with that number and on every page citing it. The prefix keeps
 * it apart from words of the text, so excerpts can leave it out.
 */
export function numberTerm(number: string): string {
	return `so${numberKey(number)}`;
}

/** Number terms in an excerpt, with Pagefind's <mark> around them, for removal before display. */
export const NUMBER_TERMS = /(?:<mark>)?\bso\d[a-z0-9]*(?:<\/mark>)?/g;

function leadOf(digits: string): string {
	return String(Number.parseInt(digits, 10));
}

/** Lead and codes of a number, for an entry. */
export function numberParts(number: string): { lead: string; codes: string[] } {
	const tokens = foldDiacritics(number).toUpperCase().split(/[^A-Z0-9.]+/).filter(Boolean);
	return { lead: leadOf(tokens[0]!), codes: tokens.slice(1) };
}

/** The file an entry or a query belongs to: the lead's last two digits. */
export function bucketOf(lead: string): string {
	return String(Number(lead) % 100).padStart(2, '0');
}

/** Type names a reader may type instead of the code: "nghị quyết 307" means NQ. */
const TYPE_CODES = DOCUMENT_TYPES.map((t) => ({ words: foldDiacritics(t.name).toUpperCase(), code: foldDiacritics(t.code).toUpperCase() }));

export interface NumberQuery {
	lead: string;
	/** Every letter or year token of the query, and the codes of type names it contains. */
	tokens: Set<string>;
}

/** Reads a query as a number when it holds a leading number and at least one code-like word. */
export function parseNumberQuery(query: string): NumberQuery | null {
	const folded = foldDiacritics(query.normalize('NFC')).toUpperCase();
	const tokens = folded.split(/[^A-Z0-9]+/).filter(Boolean);
	const digits = tokens.filter((t) => /^\d+$/.test(t));
	const lead = digits.find((d) => !(d.length === 4 && /^(19|20)\d\d$/.test(d) && digits.length > 1)) ?? digits[0];
	if (lead === undefined || lead.length > 5) return null;
	const rest = new Set(tokens.filter((t) => t !== lead));
	for (const { words, code } of TYPE_CODES) if (` ${tokens.join(' ')} `.includes(` ${words} `)) rest.add(code);
	if (![...rest].some((t) => /[A-Z]/.test(t))) return null;
	return { lead: leadOf(lead), tokens: rest };
}

/** Type codes (NQ, KH, QĐ → QD, NĐ → ND…), folded as entries and queries hold them. */
const TYPE_CODE_SET = new Set([...TYPE_CODES.map((t) => t.code), 'ND', 'TT']);

/**
 * Entries the query names: the same leading number, no other type than a type
 * the query names, and as many shared codes as the best match; newest first,
 * since numbering restarts every term. "307-NQ/TU" gives the 307-NQ/TU of every
 * term, not 307-KH/TU, which shares only TU.
 */
export function findNumber(entries: readonly NumberEntry[], query: NumberQuery): NumberEntry[] {
	const queryTypes = [...query.tokens].filter((t) => TYPE_CODE_SET.has(t));
	const candidates = entries
		.filter((entry) => entry.lead === query.lead)
		.filter((entry) => {
			const type = entry.codes.find((c) => TYPE_CODE_SET.has(c));
			return queryTypes.length === 0 || type === undefined || queryTypes.includes(type);
		})
		.map((entry) => ({ entry, shared: entry.codes.filter((c) => /[A-Z]/.test(c) && query.tokens.has(c)).length }));
	const best = Math.max(0, ...candidates.map((c) => c.shared));
	return candidates
		.filter((c) => best > 0 && c.shared === best)
		.sort(
			(a, b) =>
				Number(b.entry.kind === 'document') - Number(a.entry.kind === 'document') ||
				(b.entry.date ?? '').localeCompare(a.entry.date ?? ''),
		)
		.map(({ entry }) => entry);
}

/** Every file of the lookup, "00" to "99", so that a lookup never meets a missing file. */
export const BUCKETS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/** Splits entries into their files: bucket → entries. */
export function bucketEntries(entries: readonly NumberEntry[]): Map<string, NumberEntry[]> {
	const buckets = new Map<string, NumberEntry[]>();
	for (const entry of entries) {
		const bucket = bucketOf(entry.lead);
		const list = buckets.get(bucket);
		if (list) list.push(entry);
		else buckets.set(bucket, [entry]);
	}
	return buckets;
}
