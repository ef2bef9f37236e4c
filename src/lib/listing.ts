/**
 * Sorting, grouping and counting documents for the home and browse pages,
 * and the short excerpt shown when a document's title (trích yếu) is unknown.
 * Pure: pages pass in plain summaries of the collection entries.
 */
import { DOCUMENT_TYPES, UNKNOWN_TYPE_LIST, type DocumentTypeSlug } from './documentTypes.ts';

/** What the listings need to know about one document. */
export interface DocumentSummary {
	/** The collection id, e.g. "chua-ro-nam/cong-van-786b4cec". */
	id: string;
	type: DocumentTypeSlug | null;
	number: string | null;
	issuedAt: string | null;
	year: number | null;
	issuer: string | null;
	title: string | null;
	/** The raw MDX body, for the excerpt when the title is unknown. */
	body: string;
}

/** An issuing body as the listings name it. */
export interface IssuerName {
	id: string;
	name: string;
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** Nulls after any value; otherwise `compare`. */
function nullsLast<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number {
	if (a === null && b === null) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return compare(a, b);
}

/**
 * Latest first: by issue date, newest first, unknown dates last; among equal or
 * unknown dates by year (newest first, unknown last), then number, then id, so the
 * order never depends on the file system.
 */
export function compareLatestFirst(a: DocumentSummary, b: DocumentSummary): number {
	return (
		// ISO dates: their characters' order is their order in time.
		nullsLast(a.issuedAt, b.issuedAt, (x, y) => (x < y ? 1 : x > y ? -1 : 0)) ||
		nullsLast(a.year, b.year, (x, y) => y - x) ||
		nullsLast(a.number, b.number, (x, y) => collator.compare(x, y)) ||
		a.id.localeCompare(b.id)
	);
}

export function sortLatestFirst<T extends DocumentSummary>(docs: readonly T[]): T[] {
	return [...docs].sort(compareLatestFirst);
}

export interface TypeCount {
	/** null: type unknown. */
	slug: DocumentTypeSlug | null;
	name: string;
	count: number;
}

/** Types that have documents, in the order of the type list (Nghị quyết first), unknown type last. */
export function countByType(docs: readonly DocumentSummary[]): TypeCount[] {
	return [
		...DOCUMENT_TYPES.map((t) => ({ slug: t.slug, name: t.name })),
		{ slug: null, name: UNKNOWN_TYPE_LIST },
	]
		.map((t) => ({ ...t, count: docs.filter((d) => d.type === t.slug).length }))
		.filter((c) => c.count > 0);
}

export interface YearCount {
	/** null: year unknown. */
	year: number | null;
	count: number;
}

/** Years that have documents, newest first, unknown year last. */
export function countByYear(docs: readonly DocumentSummary[]): YearCount[] {
	const counts = new Map<number | null, number>();
	for (const d of docs) counts.set(d.year, (counts.get(d.year) ?? 0) + 1);
	return [...counts]
		.map(([year, count]) => ({ year, count }))
		.sort((a, b) => nullsLast(a.year, b.year, (x, y) => y - x));
}

export interface IssuerCount {
	/** null: issuer unknown. */
	id: string | null;
	name: string | null;
	count: number;
}

/** Issuers that have documents, by name in Vietnamese order, unknown issuer last. */
export function countByIssuer(docs: readonly DocumentSummary[], issuers: readonly IssuerName[]): IssuerCount[] {
	const names = new Map(issuers.map((i) => [i.id, i.name]));
	const counts = new Map<string | null, number>();
	for (const d of docs) counts.set(d.issuer, (counts.get(d.issuer) ?? 0) + 1);
	return [...counts]
		.map(([id, count]) => ({ id, name: id === null ? null : (names.get(id) ?? id), count }))
		.sort((a, b) => nullsLast(a.name, b.name, (x, y) => collator.compare(x, y)));
}

type GroupKey = 'type' | 'year' | 'issuer';

/**
 * Each list grouped once per key, every group latest first. A large archive's
 * browse pages ask for their group page after page (50 documents a page): filtering
 * and sorting the whole list for each was most of a rebuild's rendering. The lists
 * are the archive's own (src/lib/archive.ts loads them once), never changed after.
 */
const groupings = new WeakMap<object, Map<GroupKey, Map<unknown, unknown[]>>>();

function groupOf<T extends DocumentSummary>(docs: readonly T[], by: GroupKey, value: unknown): readonly T[] {
	let byKey = groupings.get(docs);
	if (!byKey) groupings.set(docs, (byKey = new Map()));
	let groups = byKey.get(by);
	if (!groups) {
		groups = new Map();
		for (const d of sortLatestFirst(docs)) {
			const group = groups.get(d[by]);
			if (group) group.push(d);
			else groups.set(d[by], [d]);
		}
		byKey.set(by, groups);
	}
	return (groups.get(value) ?? []) as readonly T[];
}

/**
 * What a browse page's list shows of its documents, for the page's cacheKey
 * (pageKey in src/lib/archive.ts): the page's place in the list, and each document
 * as the list renders it, its body only where an excerpt stands in for the title.
 */
export function shownInList(docs: readonly DocumentSummary[], page: number): unknown[] {
	const list = pageOf(docs, page);
	return [list.page, list.pages, list.total, list.items.map((d) => [d.id, d.type, d.number, d.issuedAt, d.year, d.issuer, d.title, d.title === null ? d.body : null])];
}

export function documentsOfType<T extends DocumentSummary>(docs: readonly T[], type: DocumentTypeSlug | null): readonly T[] {
	return groupOf(docs, 'type', type);
}

export function documentsOfYear<T extends DocumentSummary>(docs: readonly T[], year: number | null): readonly T[] {
	return groupOf(docs, 'year', year);
}

export function documentsOfIssuer<T extends DocumentSummary>(docs: readonly T[], issuer: string | null): readonly T[] {
	return groupOf(docs, 'issuer', issuer);
}

/**
 * The words a reader sees at the start of an MDX body: markup, footnote
 * references and definitions, MDX import/export lines and tags removed.
 */
export function plainText(body: string): string {
	const lines: string[] = [];
	let inFootnote = false;
	for (const line of body.normalize('NFC').split(/\r?\n/)) {
		if (/^\[\^[^\]]+\]:/.test(line)) {
			inFootnote = true;
			continue;
		}
		if (inFootnote && (/^(?: {2,}|\t)/.test(line) || line.trim() === '')) continue;
		inFootnote = false;
		// Code, and a link's reference definition ("[r]: …"), are not text a reader sees.
		if (/^\s*(?:import|export)\s/.test(line) || /^ {0,3}\[[^\]^][^\]]*\]:\s/.test(line)) continue;
		lines.push(
			line
				.replace(/^\s{0,3}#{1,6}\s+/, '')
				.replace(/^\s*>\s?/, '')
				.replace(/^\s*(?:[-+*]|\d+[.)])\s+/, ''),
		);
	}
	return lines
		.join(' ')
		// An HTML comment is the office's note to itself, never text of the page.
		.replace(/<!--[\s\S]*?(?:-->|$)/g, '')
		.replace(/\[\^[^\]]+\]/g, '')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
		.replace(/<\/?[A-Za-z][^>]*>/g, '')
		.replace(/(?<!\\)[*_]{1,3}(?=\S)|(?<=[^\s\\])[*_]{1,3}/g, (m, offset: number, all: string) =>
			// Keep underscores inside words (file names, codes); drop emphasis marks.
			m.startsWith('_') && /\w/.test(all[offset - 1] ?? '') && /\w/.test(all[offset + m.length] ?? '') ? m : '',
		)
		.replace(/\\([!-/:-@[-`{-~])/g, '$1')
		.replace(/\^\{([^}]*)\}/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}

export interface Excerpt {
	text: string;
	/** Whether words were left off (the page shows "…"). */
	truncated: boolean;
}

/** The first `words` words of the body, for a document whose title is unknown. */
export function excerpt(body: string, words = 30): Excerpt {
	const all = plainText(body).split(' ').filter((w) => w !== '');
	return { text: all.slice(0, words).join(' '), truncated: all.length > words };
}

/** Documents a browse page lists; longer lists go on over numbered pages. */
export const PAGE_SIZE = 50;

export interface ListPage<T> {
	items: T[];
	/** 1-based. */
	page: number;
	pages: number;
	total: number;
	/** 1-based positions of the first and last item on this page (0 and 0 when the list is empty). */
	first: number;
	last: number;
}

/** Page `page` of a list, PAGE_SIZE to a page. */
export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE): ListPage<T> {
	const pages = Math.max(1, Math.ceil(items.length / size));
	const start = (page - 1) * size;
	const slice = items.slice(start, start + size);
	return { items: slice, page, pages, total: items.length, first: slice.length ? start + 1 : 0, last: start + slice.length };
}

/** A list page's title: the list's own on its first page, "… – trang 2" after. */
export function pageTitle(label: string, page: number): string {
	return page > 1 ? `${label} – trang ${page}` : label;
}

/** The page numbers of a list of `total` items: 1, 2, … (always at least page 1). */
export function pageNumbers(total: number, size = PAGE_SIZE): number[] {
	return Array.from({ length: Math.max(1, Math.ceil(total / size)) }, (_, i) => i + 1);
}

/** The pages to link from page `page` of `pages`: the first, the last, and two on each side of it; null for a gap. */
export function pageLinks(page: number, pages: number): (number | null)[] {
	const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
	return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [null, n] : [n]));
}
