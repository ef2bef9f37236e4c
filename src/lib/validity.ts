/**
 * Whether a document is still in force, from the relations the archive knows:
 * a later archived document that replaces (thay thế) or repeals (bãi bỏ) it
 * ends it; one that amends it (sửa đổi, bổ sung) changes it. A status the
 * frontmatter states always wins; where the relations contradict it, `npm run
 * check` says so (validityConflict).
 */
import type { ResolvedReference } from './citationGraph.ts';

/** A later document's change to this one. */
export interface Change {
	/** The changing document's collection id, and its date. */
	from: string;
	date: string | null;
	relation: 'thay-the' | 'bai-bo' | 'sua-doi';
}

export interface Validity {
	/** Documents that replace or repeal it, oldest first. */
	endedBy: Change[];
	/** Documents that amend it, oldest first. */
	amendedBy: Change[];
	/** Every change, by date (undated last). */
	timeline: Change[];
	/** Whether the relations end it: what the page shows when no status is stated. */
	ended: boolean;
}

const CHANGES = new Set(['thay-the', 'bai-bo', 'sua-doi']);

function byDate(a: Change, b: Change): number {
	return (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.from.localeCompare(b.from);
}

/**
 * What the documents citing this one (`citedBy`) tell of its validity. A
 * citation counts when it comes from a document dated on or after this one, or
 * undated: an earlier document cannot replace a later one.
 */
export function validityOf(issuedAt: string | null, citedBy: readonly ResolvedReference[], dateOf: (id: string) => string | null): Validity {
	const changes = new Map<string, Change>();
	for (const ref of citedBy) {
		if (!CHANGES.has(ref.relation)) continue;
		const date = dateOf(ref.from);
		if (issuedAt && date && date < issuedAt) continue;
		const change: Change = { from: ref.from, date, relation: ref.relation as Change['relation'] };
		changes.set(`${change.from}|${change.relation}`, change);
	}
	const timeline = [...changes.values()].sort(byDate);
	const endedBy = timeline.filter((c) => c.relation !== 'sua-doi');
	return { endedBy, amendedBy: timeline.filter((c) => c.relation === 'sua-doi'), timeline, ended: endedBy.length > 0 };
}

/** A stated status the relations contradict: "in force" while a later archived document ends it; null when none. */
export function validityConflict(stated: string, validity: Validity, describe: (id: string) => string): string | null {
	if (stated !== 'con-hieu-luc' || !validity.ended) return null;
	const by = validity.endedBy.map((c) => `${describe(c.from)} ${c.relation === 'bai-bo' ? 'repeals' : 'replaces'} it`).join('; ');
	return `status is con-hieu-luc but ${by}: set status to het-hieu-luc (or bi-thay-the), or correct the relation`;
}
