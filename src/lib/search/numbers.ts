/**
 * The exact-number lookup beside the search index: a reader who types a number
 * in any common spelling ("307-NQ/TU", "307/NQ-TU", "307 NQ TU", "nq 307",
 * "QD-UBND" for QĐ-UBND, "BCSD" for BCSĐ) finds that document, and the documents
 * citing it, without the index. Two kinds of small files, so that a lookup loads
 * a few kilobytes whatever the archive's size:
 * - a lead file per leading number (modulo LEAD_FILES): the numbers with that lead,
 *   as written ("307-NQ/TU", "307-KH/TU"), which the query is matched against;
 * - a detail file per hash of the number (modulo DETAIL_FILES): for each number, its
 *   documents or its "chưa có trong kho" page, with the newest documents citing it.
 */
import { DOCUMENT_TYPES } from '../documentTypes.ts';
import { foldDiacritics } from '../vietnamese.ts';

/** A document citing a number, as the lookup lists it. */
export interface CitingEntry {
	url: string;
	number: string | null;
	type: string;
	date: string | null;
	/** The trích yếu, or the first words of a document without one. */
	title: string;
	/** The citation as the citing document writes it: "Nghị quyết số 07-NQ/TU ngày 20/5/2016". */
	cited: string;
}

export interface NumberEntry {
	/** The number as written: 307-NQ/TU. */
	number: string;
	url: string;
	kind: 'document' | 'stub';
	type: string | null;
	date: string | null;
	title: string | null;
	/** The newest documents citing it (at most CITED_BY_SHOWN). */
	citedBy: CitingEntry[];
	/** How many documents cite it in all; its page lists every one. */
	citedByCount: number;
}

/** Citing documents a number's entry lists; the document or stub page lists them all. */
export const CITED_BY_SHOWN = 20;

/** "307-NQ/TU" → "307nqtu": the number folded to letters and digits. */
export function numberKey(number: string): string {
	return foldDiacritics(number).toLowerCase().replace(/[^a-z0-9]/g, '');
}

function leadOf(digits: string): string {
	return String(Number.parseInt(digits, 10));
}

/** Lead and codes of a number, for an entry. */
export function numberParts(number: string): { lead: string; codes: string[] } {
	const tokens = foldDiacritics(number).toUpperCase().split(/[^A-Z0-9.]+/).filter(Boolean);
	return { lead: leadOf(tokens[0]!), codes: tokens.slice(1) };
}

export const LEAD_FILES = 1000;
export const DETAIL_FILES = 1024;

/** The lead file of a leading number: "307" → "307", "1307" → "307". */
export function leadFileOf(lead: string): string {
	return String(Number(lead) % LEAD_FILES);
}

/** The detail file of a number: a hash (FNV-1a) of its folded key. */
export function detailFileOf(number: string): string {
	let hash = 0x811c9dc5;
	for (const char of numberKey(number)) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
	return String(hash % DETAIL_FILES);
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
 * The numbers the query names: the same leading number, no other type than a type
 * the query names, and as many shared codes as the best match. "307-NQ/TU" names
 * 307-NQ/TU, not 307-KH/TU, which shares only TU.
 */
export function matchNumbers(numbers: readonly string[], query: NumberQuery): string[] {
	const queryTypes = [...query.tokens].filter((t) => TYPE_CODE_SET.has(t));
	const candidates = [...new Set(numbers)]
		.map((number) => ({ number, ...numberParts(number) }))
		.filter((c) => c.lead === query.lead)
		.filter((c) => {
			const type = c.codes.find((code) => TYPE_CODE_SET.has(code));
			return queryTypes.length === 0 || type === undefined || queryTypes.includes(type);
		})
		.map((c) => ({ number: c.number, shared: c.codes.filter((code) => /[A-Z]/.test(code) && query.tokens.has(code)).length }));
	const best = Math.max(0, ...candidates.map((c) => c.shared));
	return candidates.filter((c) => best > 0 && c.shared === best).map((c) => c.number);
}

/**
 * The entries of the numbers the query names, archived documents first, then
 * newest first, since numbering restarts every term: "07-NQ/TU" gives the
 * 07-NQ/TU of every term.
 */
export function findNumber(entries: readonly NumberEntry[], query: NumberQuery): NumberEntry[] {
	const named = new Set(matchNumbers(entries.map((e) => e.number), query));
	return entries
		.filter((entry) => named.has(entry.number))
		.sort((a, b) => Number(b.kind === 'document') - Number(a.kind === 'document') || (b.date ?? '').localeCompare(a.date ?? ''));
}

/** The documents citing any of the entries, once each, newest first. */
export function citingOf(entries: readonly NumberEntry[]): CitingEntry[] {
	const byUrl = new Map<string, CitingEntry>();
	for (const entry of entries) for (const citing of entry.citedBy) if (!byUrl.has(citing.url)) byUrl.set(citing.url, citing);
	return [...byUrl.values()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

export interface NumberLookupFiles {
	/** Lead file → the numbers with that lead. */
	leads: Map<string, string[]>;
	/** Detail file → number → its entries. */
	details: Map<string, Record<string, NumberEntry[]>>;
}

/** Splits entries into the lookup's files. */
export function lookupFiles(entries: readonly NumberEntry[]): NumberLookupFiles {
	const leads = new Map<string, Set<string>>();
	const details = new Map<string, Record<string, NumberEntry[]>>();
	for (const entry of entries) {
		const lead = leadFileOf(numberParts(entry.number).lead);
		leads.set(lead, (leads.get(lead) ?? new Set()).add(entry.number));
		const file = detailFileOf(entry.number);
		const detail = details.get(file) ?? {};
		(detail[entry.number] ??= []).push(entry);
		details.set(file, detail);
	}
	return { leads: new Map([...leads].map(([lead, numbers]) => [lead, [...numbers]])), details };
}

/** Every file of the lookup, so that a lookup never meets a missing file. */
export const LEAD_FILE_NAMES = Array.from({ length: LEAD_FILES }, (_, i) => String(i));
export const DETAIL_FILE_NAMES = Array.from({ length: DETAIL_FILES }, (_, i) => String(i));
