/** Dates as the archive stores them (ISO `YYYY-MM-DD`) and as readers see them. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is an ISO date that exists on the calendar (no 31 February). */
export function isIsoDate(value: string): boolean {
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The year of an ISO date. */
export function yearOf(isoDate: string): number {
	return Number(isoDate.slice(0, 4));
}

/** "2024-05-03" → "03/05/2024", the way dates stand in Vietnamese attribute tables. */
export function formatDate(isoDate: string): string {
	const [y, m, d] = isoDate.split('-');
	return `${d}/${m}/${y}`;
}

/**
 * Reads a Vietnamese day-first date, "03/5/2024", "10-8-2023" or "3.5.2024",
 * into ISO form; null when it is not a real date.
 */
export function parseDayFirstDate(text: string): string | null {
	const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
	if (!m) return null;
	const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
	return isIsoDate(iso) ? iso : null;
}
