/**
 * What the site needs of a document's Markdown body besides its HTML: the citation
 * links (for the citation graph) and the opening (for excerpts when the title is
 * unknown). The loader keeps these beside the rendered HTML instead of the whole
 * body, so the content store stays small enough for 50,000 documents (npm run bench).
 */
import { readCitationLinks, type CitationLink } from './citationLinks.ts';

export interface BodyFacts {
	citations: CitationLink[];
	/** The start of the body, enough for any excerpt (at most 40 words). */
	lead: string;
}

export const LEAD_CHARACTERS = 2000;

export function bodyFacts(body: string): BodyFacts {
	return { citations: readCitationLinks(body), lead: body.slice(0, LEAD_CHARACTERS) };
}
