/**
 * The one place pages read the content collections. Everything else the pages
 * show is computed from these plain values by the pure modules beside this one.
 */
import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCitationGraph, referencesOf, type CitationGraph } from './citationGraph.ts';
import { storedBodyFacts } from '../loaders/directives.ts';
import { excerpt, type DocumentSummary } from './listing.ts';
import type { RelationContext } from './relations.ts';
import { siteUrls, type SiteUrls } from './urls.ts';

export type DirectiveEntry = CollectionEntry<'directives'>;
export type IssuerData = CollectionEntry<'issuers'>['data'];

export interface Archive {
	entries: DirectiveEntry[];
	summaries: DocumentSummary[];
	issuers: IssuerData[];
	issuerNames: Map<string, string>;
	urls: SiteUrls;
	/** Who cites whom, with the pages of cited documents the archive does not hold. */
	graph: CitationGraph;
	/** The graph's documents and stubs by id, for the relation lists. */
	relations: RelationContext;
}

export function summarise(entry: DirectiveEntry): DocumentSummary {
	const d = entry.data;
	return {
		id: entry.id,
		type: d.type,
		number: d.number,
		issuedAt: d.issuedAt,
		year: d.year,
		issuer: d.issuer,
		title: d.title,
		body: storedBodyFacts(entry).lead,
	};
}

let cached: Promise<Archive> | undefined;

export function loadArchive(): Promise<Archive> {
	cached ??= (async () => {
		const entries = await getCollection('directives');
		const issuers = (await getCollection('issuers')).map((e) => e.data);
		const urls = siteUrls(import.meta.env.BASE_URL);
		const graph = buildCitationGraph(
			entries.map((e) => ({ id: e.id, number: e.data.number, issuedAt: e.data.issuedAt, issuer: e.data.issuer })),
			entries.flatMap((e) => referencesOf(e.id, storedBodyFacts(e).citations, e.data)),
		);
		return {
			entries,
			summaries: entries.map(summarise),
			issuers,
			issuerNames: new Map(issuers.map((i) => [i.id, i.name])),
			urls,
			graph,
			relations: {
				documents: new Map(
					entries.map((e) => [
						e.id,
						{
							id: e.id,
							type: e.data.type,
							number: e.data.number,
							issuedAt: e.data.issuedAt,
							title: e.data.title,
							excerpt: e.data.title === null ? excerpt(storedBodyFacts(e).lead, 20) : null,
						},
					]),
				),
				stubs: new Map(graph.stubs.map((s) => [s.slug, s])),
				urls,
			},
		};
	})();
	return cached;
}

/**
 * A page's key for Astro's incremental build (experimental.incrementalBuild): a hash
 * of everything the page shows. A later build renders the page again only when its
 * key, or the code that renders it, has changed.
 */
export function pageKey(...shown: unknown[]): string {
	return createHash('sha256').update(JSON.stringify(shown)).digest('hex');
}
