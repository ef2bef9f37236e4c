/**
 * The one place pages read the content collections. Everything else the pages
 * show is computed from these plain values by the pure modules beside this one.
 */
import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCitationGraph, referencesOf, type CitationGraph, type Target } from './citationGraph.ts';
import { documentType, typeName } from './documentTypes.ts';
import { inlineToText } from './inline.ts';
import { CITED_BY_SHOWN, lookupFiles, type CitingEntry, type NumberEntry, type NumberLookupFiles } from './search/numbers.ts';
import { storedBodyFacts, storedBodyHtml } from './storedBody.ts';
import { excerpt, pageNumbers, shownInList, type DocumentSummary } from './listing.ts';
import { deadlineAnchor, type ListedDeadline } from './deadlineList.ts';
import type { Deadline } from './deadlines.ts';
import { documentNode, nodeLabel, type RelationContext } from './relations.ts';
import type { ChangeLink } from './document.ts';
import { validityOf, type Validity } from './validity.ts';
import type { FeedDocument } from './feeds.ts';
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

/** A document's body as HTML, as the loader rendered it (src/lib/storedBody.ts). */
export function documentHtml(entry: DirectiveEntry): string {
	return storedBodyHtml(entry);
}

/** A document's deadlines: as its frontmatter records them (an archivist may correct them), else as read from its text. */
export function documentDeadlines(entry: DirectiveEntry): Deadline[] {
	return entry.data.deadlines ?? storedBodyFacts(entry).deadlines;
}

let deadlines: Promise<ListedDeadline[]> | undefined;

/** Every deadline of the archive with its document, for the deadline pages and the calendar; made once a build. */
export function loadDeadlines(): Promise<ListedDeadline[]> {
	deadlines ??= listDeadlines();
	return deadlines;
}

async function listDeadlines(): Promise<ListedDeadline[]> {
	const { entries, relations, urls } = await loadArchive();
	return entries.flatMap((entry) =>
		documentDeadlines(entry).map((deadline, i) => ({
			deadline,
			docId: entry.id,
			docLabel: nodeLabel(documentNode(relations.documents.get(entry.id)!, urls)),
			docTitle: entry.data.title === null ? null : inlineToText(entry.data.title),
			anchor: deadlineAnchor(i + 1),
		})),
	);
}

/**
 * The archive's open documents as feeds and the data files show them: never a
 * classified one, even in a build that includes them on its pages.
 */
export async function openEntries(): Promise<DirectiveEntry[]> {
	const { entries } = await loadArchive();
	return entries.filter((e) => e.data.classification === 'none');
}

/** A document as an entry of the Atom feeds (src/lib/feeds.ts). */
export async function feedDocument(entry: DirectiveEntry): Promise<FeedDocument> {
	const { relations, urls, issuerNames } = await loadArchive();
	const linked = relations.documents.get(entry.id)!;
	const d = entry.data;
	const summary = d.title !== null ? inlineToText(d.title) : `${linked.excerpt?.text ?? ''}${linked.excerpt?.truncated ? ' …' : ''}`;
	return {
		id: entry.id,
		path: urls.document(entry.id),
		label: nodeLabel(documentNode(linked, urls)),
		summary,
		issuedAt: d.issuedAt,
		addedAt: d.source?.importedAt ?? null,
		categories: [typeName(d.type), ...(d.issuer && issuerNames.has(d.issuer) ? [issuerNames.get(d.issuer)!] : [])],
	};
}

/** What the archive tells of a document's validity (src/lib/validity.ts), and the changing documents as the page links them. */
export async function documentValidity(entry: DirectiveEntry): Promise<{ validity: Validity; changes: ChangeLink[] }> {
	const { graph, relations, urls } = await loadArchive();
	const validity = validityOf(entry.data.issuedAt, graph.citedBy({ kind: 'document', id: entry.id }), (id) => relations.documents.get(id)?.issuedAt ?? null);
	const changes = validity.timeline.map((c): ChangeLink => {
		const node = documentNode(relations.documents.get(c.from)!, urls);
		return { relation: c.relation, label: nodeLabel(node), href: node.href };
	});
	return { validity, changes };
}

/** The opening of a document's body, for the excerpt of an untitled document; empty when it has a title. */
export function documentLead(entry: DirectiveEntry): string {
	return storedBodyFacts(entry).lead;
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
		body: documentLead(entry),
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
							excerpt: e.data.title === null ? excerpt(documentLead(e), 20) : null,
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

let lookup: Promise<NumberLookupFiles> | undefined;

/**
 * The exact-number lookup's files (src/lib/search/numbers.ts): every number the
 * archive holds or cites, with its page and the newest documents citing it.
 */
export function loadNumberLookup(): Promise<NumberLookupFiles> {
	lookup ??= loadArchive().then(({ entries, graph, relations, urls }) => {
		const citedBy = (target: Target): Pick<NumberEntry, 'citedBy' | 'citedByCount'> => {
			const citing = new Map<string, CitingEntry>();
			for (const reference of graph.citedBy(target)) {
				const doc = relations.documents.get(reference.from);
				if (!doc || citing.has(doc.id)) continue;
				citing.set(doc.id, {
					url: urls.document(doc.id),
					number: doc.number,
					type: typeName(doc.type),
					date: doc.issuedAt,
					title: doc.title !== null ? inlineToText(doc.title) : `${doc.excerpt?.text ?? ''}${doc.excerpt?.truncated ? ' …' : ''}`,
					cited: reference.text,
				});
			}
			const list = [...citing.values()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
			return { citedBy: list.slice(0, CITED_BY_SHOWN), citedByCount: list.length };
		};
		const list: NumberEntry[] = [];
		for (const { id, data } of entries) {
			if (data.number === null) continue;
			list.push({
				number: data.number,
				url: urls.document(id),
				kind: 'document',
				type: typeName(data.type),
				date: data.issuedAt,
				title: data.title === null ? null : inlineToText(data.title),
				...citedBy({ kind: 'document', id }),
			});
		}
		for (const stub of graph.stubs) {
			const type = stub.types[0];
			list.push({
				number: stub.number,
				url: urls.stub(stub.slug),
				kind: 'stub',
				type: type && type !== 'nghi-dinh' && type !== 'thong-tu' && type !== 'luat' ? documentType(type).name : null,
				date: stub.date,
				title: null,
				...citedBy({ kind: 'stub', slug: stub.slug }),
			});
		}
		return lookupFiles(list);
	});
	return lookup;
}

/**
 * A page's key for Astro's incremental build (experimental.incrementalBuild): a hash
 * of everything the page shows. A later build renders the page again only when its
 * key, or the code that renders it, has changed.
 */
export function pageKey(...shown: unknown[]): string {
	return createHash('sha256').update(JSON.stringify(shown)).digest('hex');
}

/**
 * The paths of a paginated browse list, a page each, every one with a cacheKey of
 * what it shows (its props, its documents as listed, and `shown`: what the page
 * shows beside the list), so that a rebuild leaves an unchanged page as it is.
 */
export function listPaths<Params, Props>(docs: readonly DocumentSummary[], path: (page: number) => { params: Params; props: Props }, ...shown: unknown[]) {
	return pageNumbers(docs.length).map((page) => {
		const { params, props } = path(page);
		return { params, props, cacheKey: pageKey(props, shownInList(docs, page), ...shown) };
	});
}
