/**
 * A document's body as the loader stores it, and the one place that reads it back
 * (through archive.ts, for pages). The loader renders each body once as Markdown and
 * writes its HTML to a file of its own in the build cache, named by the entry's
 * digest; the content store keeps only the body's facts and that file's path. Astro
 * bundles the whole store into the build and parses it again before rendering, so
 * it must stay small for a large archive (the README's scale section has the figures).
 *
 * The facts are what the site needs of a body besides its HTML: the citation links
 * (for the citation graph), the deadlines it states (src/lib/deadlines.ts) and, for
 * a document whose title is unknown, the opening (for its excerpt).
 */
import { readFileSync } from 'node:fs';
import { readCitationLinks, type CitationLink } from './citationLinks.ts';
import { findDeadlines, type Deadline } from './deadlines.ts';

export interface BodyFacts {
	citations: CitationLink[];
	/** The start of the body, enough for any excerpt (at most 40 words); empty when the document has a title. */
	lead: string;
	deadlines: Deadline[];
}

export const LEAD_CHARACTERS = 2000;

export function bodyFacts(body: string, hasTitle: boolean, issuedAt: string | null): BodyFacts {
	return { citations: readCitationLinks(body), lead: hasTitle ? '' : body.slice(0, LEAD_CHARACTERS), deadlines: findDeadlines(body, issuedAt) };
}

/** What the loader keeps of a body in an entry's rendered metadata. */
export interface StoredBody {
	body: BodyFacts;
	htmlFile: string;
}

/** An entry as the content store keeps it: the stored body is in its rendered metadata. */
export type StoredEntry = { id: string; rendered?: { metadata?: Record<string, unknown> } };

/** The stored body of an entry, or null when none was stored yet (a new or changed file). */
export function storedBody(entry: StoredEntry): StoredBody | null {
	const metadata = entry.rendered?.metadata;
	return metadata && typeof metadata['htmlFile'] === 'string' ? (metadata as unknown as StoredBody) : null;
}

/** The body facts stored for an entry. */
export function storedBodyFacts(entry: StoredEntry): BodyFacts {
	return storedBody(entry)?.body ?? { citations: [], lead: '', deadlines: [] };
}

/** An entry's body as HTML, read from the file the loader wrote. */
export function storedBodyHtml(entry: StoredEntry): string {
	const stored = storedBody(entry);
	if (!stored) throw new Error(`${entry.id}: the loader stored no HTML for this document`);
	return readFileSync(stored.htmlFile, 'utf8');
}
