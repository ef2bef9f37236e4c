/**
 * What the site needs of a document's Markdown body besides its HTML: the citation
 * links (for the citation graph) and, for a document whose title is unknown, the
 * opening (for its excerpt). The loader keeps these in the content store and the
 * HTML in a file of its own, not the whole body: the store is bundled and loaded
 * whole by every build, so it must stay small for 50,000 documents (npm run bench).
 */
import { readCitationLinks, type CitationLink } from './citationLinks.ts';

export interface BodyFacts {
	citations: CitationLink[];
	/** The start of the body, enough for any excerpt (at most 40 words); empty when the document has a title. */
	lead: string;
}

export const LEAD_CHARACTERS = 2000;

export function bodyFacts(body: string, hasTitle: boolean): BodyFacts {
	return { citations: readCitationLinks(body), lead: hasTitle ? '' : body.slice(0, LEAD_CHARACTERS) };
}
