/**
 * Who cites whom. Each citation resolves to an archived document or to a page
 * for a document the archive does not hold ("chưa có trong kho"), so a number
 * is never a dead end. Numbering restarts every term (Party) or year (State):
 * the date decides; without one, the closest earlier document with the number.
 */
import type { CitedType, Relation } from './citations.ts';
import type { CitationLink } from './citationLinks.ts';
import { numberSlug } from './numbers.ts';

export interface ArchivedDocument {
	id: string;
	number: string | null;
	issuedAt: string | null;
	issuer: string | null;
}

/** A citation made by an archived document: a marked link or an explicit frontmatter relation. */
export interface Reference {
	from: string;
	number: string;
	date: string | null;
	relation: Relation;
	/** The citation's own words (the link text, or the reference as written in frontmatter). */
	text: string;
	type: CitedType | null;
	issuer: string | null;
	/** Stated in the frontmatter (implements, amends, replaces) rather than read from the text. */
	stated: boolean;
}

export type Target = { kind: 'document'; id: string } | { kind: 'stub'; slug: string };

/** A cited document that is not in the archive: what the citations tell about it. */
export interface Stub {
	slug: string;
	number: string;
	date: string | null;
	types: CitedType[];
	issuers: string[];
	/** Archived documents with the same number that the citations could not tell apart. */
	candidates: string[];
}

export interface ResolvedReference extends Reference {
	target: Target;
}

export interface CitationProblem {
	from: string;
	text: string;
	kind: 'unresolved' | 'ambiguous';
	/** Archived documents with the number, when ambiguous. */
	candidates: string[];
}

export interface CitationGraph {
	/** Where a citation of `number` (and `date`) made by document `from` leads. */
	targetOf(from: string, number: string, date: string | null): Target;
	/** What a document cites, in the order it cites it. */
	cites(id: string): ResolvedReference[];
	/** What cites a document or a stub. */
	citedBy(target: Target): ResolvedReference[];
	stubs: Stub[];
	problems: CitationProblem[];
}

export function targetKey(target: Target): string {
	return target.kind === 'document' ? `document:${target.id}` : `stub:${target.slug}`;
}

/** "280-KH/TU@2024-03-04" or "280-KH/TU" as written in frontmatter. */
export function parseReference(ref: string): { number: string; date: string | null } {
	const at = ref.lastIndexOf('@');
	return at < 0 ? { number: ref, date: null } : { number: ref.slice(0, at), date: ref.slice(at + 1) };
}

/** Everything a document cites: its marked citations, then the relations its frontmatter states. */
export function referencesOf(
	from: string,
	links: readonly CitationLink[],
	stated: { implements: readonly string[]; amends: readonly string[]; replaces: readonly string[] },
): Reference[] {
	const explicit = (refs: readonly string[], relation: Relation): Reference[] =>
		refs.map((ref) => ({ from, ...parseReference(ref), relation, text: ref, type: null, issuer: null, stated: true }));
	return [
		...links.map((link) => ({ from, ...link, stated: false })),
		...explicit(stated.implements, 'thuc-hien'),
		...explicit(stated.amends, 'sua-doi'),
		...explicit(stated.replaces, 'thay-the'),
	];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

export function buildCitationGraph(documents: readonly ArchivedDocument[], references: readonly Reference[]): CitationGraph {
	const byId = new Map(documents.map((d) => [d.id, d]));
	const byNumber = new Map<string, ArchivedDocument[]>();
	for (const d of documents) if (d.number !== null) push(byNumber, d.number, d);

	const citedDates = new Map<string, Set<string>>();
	for (const r of references) {
		if (r.date) citedDates.set(r.number, (citedDates.get(r.number) ?? new Set()).add(r.date));
	}

	const problems: CitationProblem[] = [];
	const stubs = new Map<string, Stub>();

	function resolve(r: Reference): Target {
		const candidates = byNumber.get(r.number) ?? [];
		const citing = byId.get(r.from)?.issuedAt ?? null;
		let chosen: ArchivedDocument[] = [];
		if (r.date) chosen = candidates.filter((d) => d.issuedAt === r.date);
		else if (candidates.length === 1) chosen = candidates;
		else if (candidates.length > 1 && citing) {
			const earlier = candidates.filter((d) => d.issuedAt !== null && d.issuedAt <= citing);
			const latest = earlier.reduce<string | null>((max, d) => (max === null || d.issuedAt! > max ? d.issuedAt : max), null);
			chosen = earlier.filter((d) => d.issuedAt === latest);
		}
		if (chosen.length === 1) return { kind: 'document', id: chosen[0]!.id };

		// An undated citation of a number the archive lacks, cited elsewhere with exactly one date, means that one.
		const dates = citedDates.get(r.number);
		const date = r.date ?? (candidates.length === 0 && dates?.size === 1 ? [...dates][0]! : null);
		const slug = numberSlug(r.number) + (date ? `-${date}` : '');
		const unclear = chosen.length > 1 ? chosen : r.date ? candidates.filter((d) => d.issuedAt === null) : candidates;
		const stub = stubs.get(slug) ?? { slug, number: r.number, date, types: [], issuers: [], candidates: [] };
		if (r.type && !stub.types.includes(r.type)) stub.types.push(r.type);
		if (r.issuer && !stub.issuers.includes(r.issuer)) stub.issuers.push(r.issuer);
		for (const d of unclear) if (!stub.candidates.includes(d.id)) stub.candidates.push(d.id);
		stubs.set(slug, stub);
		problems.push({
			from: r.from,
			text: r.text,
			kind: unclear.length > 0 ? 'ambiguous' : 'unresolved',
			candidates: unclear.map((d) => d.id),
		});
		return { kind: 'stub', slug };
	}

	const outgoing = new Map<string, ResolvedReference[]>();
	const incoming = new Map<string, ResolvedReference[]>();
	const targets = new Map<string, Target>();
	for (const r of references) {
		const target = resolve(r);
		const resolved = { ...r, target };
		targets.set(`${r.from}|${r.number}|${r.date}`, target);
		push(outgoing, r.from, resolved);
		push(incoming, targetKey(target), resolved);
	}

	return {
		targetOf(from, number, date) {
			const target = targets.get(`${from}|${number}|${date}`);
			if (!target) throw new Error(`${from}: the citation of ${number} was not collected for the citation graph`);
			return target;
		},
		cites: (id) => outgoing.get(id) ?? [],
		citedBy: (target) => incoming.get(targetKey(target)) ?? [],
		stubs: [...stubs.values()].sort((a, b) => a.slug.localeCompare(b.slug)),
		problems,
	};
}

/** Documents that claim the same identity: issuer, number and date all equal. */
export function duplicateIdentities(documents: readonly ArchivedDocument[]): string[][] {
	const groups = new Map<string, string[]>();
	for (const d of documents) {
		if (d.number !== null && d.issuedAt !== null) push(groups, `${d.issuer}|${d.number}|${d.issuedAt}`, d.id);
	}
	return [...groups.values()].filter((ids) => ids.length > 1);
}
