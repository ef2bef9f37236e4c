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

/** A month's slug in the deadline pages' URLs ("2024-03"), and the slug of the deadlines the text does not date. */
export const UNDATED = 'chua-ro-ngay';

export function monthOf(item: ListedDeadline): string {
	return item.deadline.due === null ? UNDATED : item.deadline.due.slice(0, 7);
}

/** "Tháng 3/2024"; "Chưa xác định ngày". */
export function monthHeading(month: string): string {
	return month === UNDATED ? 'Chưa xác định ngày' : `Tháng ${Number(month.slice(5))}/${month.slice(0, 4)}`;
}

/** Each list of deadlines split by month once: every page of every month asks for its month's list. */
const byMonth = new WeakMap<readonly ListedDeadline[], Map<string, ListedDeadline[]>>();

/** One month's deadlines (or the undated ones), soonest first. */
export function deadlinesOfMonth(items: readonly ListedDeadline[], month: string): readonly ListedDeadline[] {
	let months = byMonth.get(items);
	if (!months) {
		months = new Map();
		const sorted = [...items].sort((a, b) => (a.deadline.due ?? '').localeCompare(b.deadline.due ?? '') || a.docId.localeCompare(b.docId) || a.anchor.localeCompare(b.anchor));
		for (const item of sorted) {
			const list = months.get(monthOf(item));
			if (list) list.push(item);
			else months.set(monthOf(item), [item]);
		}
		byMonth.set(items, months);
	}
	return months.get(month) ?? [];
}

export interface MonthCount {
	month: string;
	heading: string;
	count: number;
}

export interface DeadlineOverview {
	/** The first deadlines still ahead of `today`, soonest first (at most `shown`), and how many there are. */
	next: ListedDeadline[];
	upcomingCount: number;
	/** Months still ahead, soonest first; months past, latest first; each with its count. */
	upcomingMonths: MonthCount[];
	pastMonths: MonthCount[];
	undatedCount: number;
}

function monthCounts(items: readonly ListedDeadline[]): MonthCount[] {
	const counts = new Map<string, number>();
	for (const item of items) counts.set(monthOf(item), (counts.get(monthOf(item)) ?? 0) + 1);
	return [...counts].map(([month, count]) => ({ month, heading: monthHeading(month), count }));
}

/** The deadline page's overview, split at `today` (ISO): a page of what comes next, and every month with its count. */
export function deadlineOverview(items: readonly ListedDeadline[], today: string, shown: number): DeadlineOverview {
	const upcoming = items.filter((i) => i.deadline.due !== null && i.deadline.due >= today).sort((a, b) => a.deadline.due!.localeCompare(b.deadline.due!) || a.docId.localeCompare(b.docId));
	const past = items.filter((i) => i.deadline.due !== null && i.deadline.due < today);
	return {
		next: upcoming.slice(0, shown),
		upcomingCount: upcoming.length,
		upcomingMonths: monthCounts(upcoming).sort((a, b) => a.month.localeCompare(b.month)),
		pastMonths: monthCounts(past).sort((a, b) => b.month.localeCompare(a.month)),
		undatedCount: items.filter((i) => i.deadline.due === null).length,
	};
}

/** Every unit the deadlines name, with how many name it, most first. */
export function unitCounts(items: readonly ListedDeadline[]): { unit: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const item of items) for (const unit of item.deadline.units) counts.set(unit, (counts.get(unit) ?? 0) + 1);
	return [...counts].map(([unit, count]) => ({ unit, count })).sort((a, b) => b.count - a.count || a.unit.localeCompare(b.unit, 'vi'));
}
