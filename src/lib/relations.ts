/**
 * What a reader sees of the citation graph: the documents one document cites
 * and the documents that cite it, grouped by relation (căn cứ, thực hiện, …),
 * one entry per document and relation however often the text repeats the
 * citation, cited documents the archive does not hold marked as such; and what
 * the citations tell about such a document. Pure: the pages pass in the graph's
 * references and plain maps of documents and stubs.
 */
import { RELATION_LABELS, type CitedType, type Relation } from './citations.ts';
import type { CitationGraph, ResolvedReference, Stub, Target } from './citationGraph.ts';
import { parseCitationTarget } from './citationLinks.ts';
import { formatDate } from './dates.ts';
import { UNKNOWN, type AttributeRow, type ValuePart } from './document.ts';
import { documentType, typeName, type DocumentTypeSlug } from './documentTypes.ts';
import type { Excerpt } from './listing.ts';
import type { SiteUrls } from './urls.ts';

/** The order relations are listed in, strongest first. */
export const RELATION_ORDER: readonly Relation[] = ['can-cu', 'thuc-hien', 'sua-doi', 'thay-the', 'bai-bo', 'dan-chieu'];

/** Short names of the relations, for the diagram. */
export const RELATION_NAMES: Record<Relation, string> = {
	'can-cu': 'Căn cứ',
	'thuc-hien': 'Thực hiện',
	'sua-doi': 'Sửa đổi, bổ sung',
	'thay-the': 'Thay thế',
	'bai-bo': 'Bãi bỏ',
	'dan-chieu': 'Dẫn chiếu',
};

/** Headings over the documents a document cites, by relation. */
export const CITES_HEADINGS: Record<Relation, string> = {
	'can-cu': 'Văn bản căn cứ',
	'thuc-hien': 'Văn bản được thực hiện',
	'sua-doi': 'Văn bản được sửa đổi, bổ sung',
	'thay-the': 'Văn bản bị thay thế',
	'bai-bo': 'Văn bản bị bãi bỏ',
	'dan-chieu': 'Văn bản được dẫn chiếu',
};

/** Headings over the documents that cite a document, by relation. */
export const CITED_BY_HEADINGS: Record<Relation, string> = {
	'can-cu': 'Văn bản lấy văn bản này làm căn cứ',
	'thuc-hien': 'Văn bản thực hiện văn bản này',
	'sua-doi': 'Văn bản sửa đổi, bổ sung văn bản này',
	'thay-the': 'Văn bản thay thế văn bản này',
	'bai-bo': 'Văn bản bãi bỏ văn bản này',
	'dan-chieu': 'Văn bản dẫn chiếu văn bản này',
};

export const NOTHING_CITED = 'Văn bản này không dẫn chiếu văn bản nào.';
export const NOTHING_CITING = 'Không có văn bản nào dẫn chiếu văn bản này trong kho.';
export const NOT_ARCHIVED = 'chưa có trong kho';
/** Shown instead of the citation's words for a relation the archivist stated in the frontmatter. */
export const STATED = 'ghi trong thuộc tính văn bản';

const CITED_TYPE_NAMES: Record<Exclude<CitedType, DocumentTypeSlug>, string> = {
	'nghi-dinh': 'Nghị định',
	'thong-tu': 'Thông tư',
	luat: 'Luật',
};

/** "Nghị định", "Kế hoạch": the name of any type a citation can name. */
export function citedTypeName(type: CitedType): string {
	return type in CITED_TYPE_NAMES
		? CITED_TYPE_NAMES[type as keyof typeof CITED_TYPE_NAMES]
		: documentType(type as DocumentTypeSlug).name;
}

/** What the relation lists need to know about an archived document. */
export interface LinkedDocument {
	id: string;
	type: DocumentTypeSlug | null;
	number: string | null;
	issuedAt: string | null;
	title: string | null;
	/** When the title is unknown: the first words of the body, so that undated, unnumbered documents can be told apart. */
	excerpt?: Excerpt | null;
}

/** One document in a relation list or the diagram: archived, or known only from citations. */
export interface RelationNode {
	href: string;
	/** "Kế hoạch", or "Văn bản" when no citation names the type. */
	typeName: string;
	number: string | null;
	/** "05/04/2024", or null when unknown. */
	date: string | null;
	/** The trích yếu of an archived document. */
	title: string | null;
	/** The first words of an archived document whose title is unknown. */
	excerpt: Excerpt | null;
	/** Not in the archive: the page only tells what the citations say. */
	missing: boolean;
}

export interface RelationEntry {
	node: RelationNode;
	/** The citation as the citing document words it (the first time); null for a relation stated in the frontmatter. */
	quote: string | null;
	/** How many times the citing document makes this citation with this relation. */
	times: number;
}

export interface RelationGroup {
	relation: Relation;
	heading: string;
	/** Short name for the diagram: "Căn cứ". */
	name: string;
	entries: RelationEntry[];
}

export interface RelationContext {
	documents: ReadonlyMap<string, LinkedDocument>;
	stubs: ReadonlyMap<string, Stub>;
	urls: Pick<SiteUrls, 'document' | 'stub'>;
}

/** "Kế hoạch số 128/KH-UBND ngày 05/04/2024", "Công văn chưa rõ số": the node as one line. */
export function nodeLabel(node: Pick<RelationNode, 'typeName' | 'number' | 'date'>): string {
	const number = node.number === null ? `${UNKNOWN} số` : `số ${node.number}`;
	return `${node.typeName} ${number}${node.date === null ? '' : ` ngày ${node.date}`}`;
}

/** "Kế hoạch 128/KH-UBND", "Công văn (chưa rõ số)": the node in the diagram, above its date. */
export function nodeShortLabel(node: Pick<RelationNode, 'typeName' | 'number'>): string {
	return node.number === null ? `${node.typeName} (${UNKNOWN} số)` : `${node.typeName} ${node.number}`;
}

export function documentNode(doc: LinkedDocument, urls: Pick<SiteUrls, 'document'>): RelationNode {
	return {
		href: urls.document(doc.id),
		typeName: typeName(doc.type),
		number: doc.number,
		date: doc.issuedAt === null ? null : formatDate(doc.issuedAt),
		title: doc.title,
		excerpt: doc.title === null ? (doc.excerpt ?? null) : null,
		missing: false,
	};
}

export function stubNode(stub: Stub, urls: Pick<SiteUrls, 'stub'>): RelationNode {
	return {
		href: urls.stub(stub.slug),
		typeName: stub.types.length === 1 ? citedTypeName(stub.types[0]!) : 'Văn bản',
		number: stub.number,
		date: stub.date === null ? null : formatDate(stub.date),
		title: null,
		excerpt: null,
		missing: true,
	};
}

function nodeOf(target: Target, ctx: RelationContext): RelationNode {
	if (target.kind === 'document') {
		const doc = ctx.documents.get(target.id);
		if (!doc) throw new Error(`relations: no archived document ${target.id}`);
		return documentNode(doc, ctx.urls);
	}
	const stub = ctx.stubs.get(target.slug);
	if (!stub) throw new Error(`relations: no page for the cited document ${target.slug}`);
	return stubNode(stub, ctx.urls);
}

function compareNodes(a: RelationNode, b: RelationNode): number {
	const iso = (d: string | null) => (d === null ? '\uffff' : d.split('/').reverse().join('-'));
	return iso(a.date).localeCompare(iso(b.date)) || (a.number ?? '\uffff').localeCompare(b.number ?? '\uffff') || a.href.localeCompare(b.href);
}

/**
 * Groups references by relation, in RELATION_ORDER, one entry per document and
 * relation. `side` says which end of each reference the lists show: what a
 * document cites ("cites": the targets, in the order the text cites them) or
 * what cites it ("citedBy": the citing documents, oldest first, undated last).
 */
export function relationGroups(
	references: readonly ResolvedReference[],
	side: 'cites' | 'citedBy',
	ctx: RelationContext,
): RelationGroup[] {
	const byRelation = new Map<Relation, Map<string, RelationEntry>>();
	for (const r of references) {
		const node = side === 'cites' ? nodeOf(r.target, ctx) : nodeOf({ kind: 'document', id: r.from }, ctx);
		const entries = byRelation.get(r.relation) ?? new Map<string, RelationEntry>();
		byRelation.set(r.relation, entries);
		const seen = entries.get(node.href);
		if (seen) {
			seen.times += 1;
			if (seen.quote === null && !r.stated) seen.quote = r.text;
		} else {
			entries.set(node.href, { node, quote: r.stated ? null : r.text, times: 1 });
		}
	}
	const headings = side === 'cites' ? CITES_HEADINGS : CITED_BY_HEADINGS;
	return RELATION_ORDER.filter((relation) => byRelation.has(relation)).map((relation) => {
		const entries = [...byRelation.get(relation)!.values()];
		if (side === 'citedBy') entries.sort((a, b) => compareNodes(a.node, b.node));
		return { relation, heading: headings[relation], name: RELATION_NAMES[relation], entries };
	});
}

/** What the citations tell about a document the archive does not hold; "chưa rõ" for what they do not. */
export function stubRows(stub: Stub): AttributeRow[] {
	const unknown: ValuePart[] = [{ text: UNKNOWN, unknown: true }];
	const list = (values: string[]): ValuePart[] => (values.length === 0 ? unknown : [{ text: values.join('; ') }]);
	return [
		{ label: 'Số hiệu', parts: [{ text: stub.number }] },
		{ label: 'Loại văn bản', parts: list(stub.types.map(citedTypeName)) },
		{ label: 'Ngày ban hành', parts: stub.date === null ? unknown : [{ text: formatDate(stub.date) }] },
		{ label: 'Cơ quan ban hành', parts: list(stub.issuers) },
	];
}

/** The title of a stub page (the layout adds the site's name). */
export function stubPageTitle(stub: Stub): string {
	return `${nodeLabel(stubNode(stub, { stub: () => '' }))} (${NOT_ARCHIVED})`;
}

/** A `vb:` link of a document body, resolved: where it leads and the relation its title names. */
export interface CitationHref {
	href: string;
	relation: Relation;
	missing: boolean;
}

/**
 * Where a link of document `from`'s body leads, when it is a citation (`vb:`):
 * the archived document's page or the page of a document not in the archive.
 * Null for any other link. The href may arrive percent-encoded ("vb:01/2024/Q%C4%90-UBND").
 */
export function resolveCitationHref(
	href: string,
	title: string | null | undefined,
	from: string,
	graph: Pick<CitationGraph, 'targetOf'>,
	urls: Pick<SiteUrls, 'document' | 'stub'>,
): CitationHref | null {
	if (!href.startsWith('vb:')) return null;
	let decoded = href;
	try {
		decoded = decodeURIComponent(href);
	} catch {
		// Not percent-encoded: read as written.
	}
	const cited = parseCitationTarget(decoded.normalize('NFC'));
	if (!cited) throw new Error(`${from}: "${href}" is not a citation link; write vb:NUMBER or vb:NUMBER@YYYY-MM-DD`);
	const target = graph.targetOf(from, cited.number, cited.date);
	const relation = (Object.keys(RELATION_LABELS) as Relation[]).find((r) => RELATION_LABELS[r] === title) ?? 'dan-chieu';
	return target.kind === 'document'
		? { href: urls.document(target.id), relation, missing: false }
		: { href: urls.stub(target.slug), relation, missing: true };
}

/** The five entities a Markdown renderer writes in attribute values, and numeric ones. */
function decodeAttribute(value: string): string {
	return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|lt|gt|apos));/gi, (_, dec, hex, name: string | undefined) => {
		if (dec) return String.fromCodePoint(Number(dec));
		if (hex) return String.fromCodePoint(parseInt(hex, 16));
		return { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" }[name!.toLowerCase() as 'amp']!;
	});
}

function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** `<a href="vb:…" title="…">` as the Markdown renderer writes a citation link. */
const CITATION_ANCHOR = /<a href="(vb:[^"]*)"(?: title="([^"]*)")?>/g;

/**
 * A document body rendered to HTML, its citation links (`vb:NUMBER@DATE`) pointing
 * at the cited document's page, or at the page of a document the archive does not
 * hold, and classed by relation; other links stay as written. The document's text is
 * rendered once, when the archive is loaded, and only these anchors change per build.
 */
export function linkCitationsInHtml(
	html: string,
	from: string,
	graph: Pick<CitationGraph, 'targetOf'>,
	urls: Pick<SiteUrls, 'document' | 'stub'>,
): string {
	return html.replace(CITATION_ANCHOR, (_, href: string, title: string | undefined) => {
		const citation = resolveCitationHref(decodeAttribute(href), title === undefined ? null : decodeAttribute(title), from, graph, urls)!;
		const classes = citation.missing ? 'citation citation-missing' : 'citation';
		return `<a href="${escapeAttribute(citation.href)}" class="${classes}" data-relation="${citation.relation}">`;
	});
}
