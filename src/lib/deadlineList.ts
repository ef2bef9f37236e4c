/**
 * The archive's deadlines as the deadline page (/han-thuc-hien/), each document's
 * "Hạn thực hiện" block and the calendar file show them: each with its document,
 * its anchor on the document's page, and when it falls due, as the text words it.
 */
import { formatDate } from './dates.ts';
import type { Deadline } from './deadlines.ts';

/** A deadline with the document that states it. */
export interface ListedDeadline {
	deadline: Deadline;
	/** The document's collection id and how the list names it ("Công văn số 12-CV/TU"). */
	docId: string;
	docLabel: string;
	docTitle: string | null;
	/** The anchor of the deadline on the document's page. */
	anchor: string;
}

/** The anchor of a document's n-th deadline (from 1): "han-thuc-hien-1". */
export function deadlineAnchor(n: number): string {
	return `han-thuc-hien-${n}`;
}

/** Where a deadline's sentence stands: its document's page, at its anchor. */
export function deadlineHref(item: Pick<ListedDeadline, 'docId' | 'anchor'>, documentUrl: (id: string) => string): string {
	return `${documentUrl(item.docId)}#${item.anchor}`;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** When it falls due, for a reader: "15/3/2024", "tháng 8/2026", "quý III/2024", or "chưa xác định ngày". */
export function dueText(d: Pick<Deadline, 'due' | 'kind'>): string {
	if (d.due === null) return 'chưa xác định ngày';
	const [y, m] = [Number(d.due.slice(0, 4)), Number(d.due.slice(5, 7))];
	if (d.kind === 'thang') return `tháng ${m}/${y}`;
	if (d.kind === 'quy') return `quý ${ROMAN[Math.ceil(m / 3) - 1]}/${y}`;
	return formatDate(d.due);
}

export interface MonthGroup {
	/** "2024-03", for ordering; the heading reads "Tháng 3/2024". */
	month: string;
	heading: string;
	items: ListedDeadline[];
}

function byMonth(items: readonly ListedDeadline[], newestFirst: boolean): MonthGroup[] {
	const sorted = [...items].sort((a, b) => (newestFirst ? -1 : 1) * a.deadline.due!.localeCompare(b.deadline.due!) || a.docId.localeCompare(b.docId));
	const groups: MonthGroup[] = [];
	for (const item of sorted) {
		const month = item.deadline.due!.slice(0, 7);
		let group = groups.at(-1);
		if (group?.month !== month) {
			group = { month, heading: `Tháng ${Number(month.slice(5))}/${month.slice(0, 4)}`, items: [] };
			groups.push(group);
		}
		group.items.push(item);
	}
	return groups;
}

export interface DeadlinePage {
	/** Due on or after `today`, soonest first, by month. */
	upcoming: MonthGroup[];
	/** Not dated by the text, as written, by document. */
	undated: ListedDeadline[];
	/** Due before `today`, latest first, by month. */
	past: MonthGroup[];
	/** Every unit named, with how many deadlines name it, most first. */
	units: { unit: string; count: number }[];
}

/** The deadline page's parts, split at `today` (ISO). */
export function deadlinePage(items: readonly ListedDeadline[], today: string): DeadlinePage {
	const dated = items.filter((i) => i.deadline.due !== null);
	const counts = new Map<string, number>();
	for (const item of items) for (const unit of item.deadline.units) counts.set(unit, (counts.get(unit) ?? 0) + 1);
	return {
		upcoming: byMonth(dated.filter((i) => i.deadline.due! >= today), false),
		undated: items.filter((i) => i.deadline.due === null),
		past: byMonth(dated.filter((i) => i.deadline.due! < today), true),
		units: [...counts].map(([unit, count]) => ({ unit, count })).sort((a, b) => b.count - a.count || a.unit.localeCompare(b.unit, 'vi')),
	};
}
