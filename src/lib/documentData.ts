/**
 * One document as the archive's machine-readable interface gives it
 * (/du-lieu/<document path>.json): its frontmatter as validated, its citations
 * with where each leads, the documents citing it, its deadlines and its
 * validity. The shape is documented in the README; `version` changes when it does.
 */
import type { ResolvedReference, Target } from './citationGraph.ts';
import type { Deadline } from './deadlines.ts';
import type { Validity } from './validity.ts';

export const DATA_VERSION = 1;

export interface DocumentData {
	version: typeof DATA_VERSION;
	id: string;
	/** The document's page, under the site's base. */
	url: string;
	frontmatter: Record<string, unknown>;
	citations: { number: string; date: string | null; relation: string; text: string; stated: boolean; target: { url: string; archived: boolean } }[];
	citedBy: { url: string; relation: string; text: string }[];
	deadlines: Deadline[];
	validity: { status: string; derived: boolean; endedBy: { url: string; relation: string; date: string | null }[]; amendedBy: { url: string; date: string | null }[] };
}

export interface DataContext {
	/** The page of a citation's target. */
	targetUrl: (target: Target) => string;
	documentUrl: (id: string) => string;
}

export function documentData(
	entry: { id: string; data: Record<string, unknown> & { status: string } },
	cites: readonly ResolvedReference[],
	citedBy: readonly ResolvedReference[],
	deadlines: readonly Deadline[],
	validity: Validity,
	context: DataContext,
): DocumentData {
	const derived = entry.data.status === 'chua-ro' && validity.ended;
	return {
		version: DATA_VERSION,
		id: entry.id,
		url: context.documentUrl(entry.id),
		frontmatter: entry.data,
		citations: cites.map((r) => ({
			number: r.number,
			date: r.date,
			relation: r.relation,
			text: r.text,
			stated: r.stated,
			target: { url: context.targetUrl(r.target), archived: r.target.kind === 'document' },
		})),
		citedBy: citedBy.map((r) => ({ url: context.documentUrl(r.from), relation: r.relation, text: r.text })),
		deadlines: [...deadlines],
		validity: {
			status: derived ? 'het-hieu-luc' : entry.data.status,
			derived,
			endedBy: validity.endedBy.map((c) => ({ url: context.documentUrl(c.from), relation: c.relation, date: c.date })),
			amendedBy: validity.amendedBy.map((c) => ({ url: context.documentUrl(c.from), date: c.date })),
		},
	};
}
