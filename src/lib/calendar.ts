/**
 * The deadlines as an iCalendar file (/han-thuc-hien.ics) that a cadre can
 * subscribe to in Outlook or Thunderbird: one all-day event per dated deadline,
 * made with ical-generator rather than by hand (escaping, folding, UIDs).
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { dueText, type ListedDeadline } from './deadlineList.ts';

/** The calendar holds the latest-due deadlines up to this many (the pages list them all): a subscription stays small. */
export const CALENDAR_EVENTS = 2000;

export interface CalendarOptions {
	/** The site's address, for the events' links ("http://intranet/"); null when unknown: the path goes in the description. */
	siteUrl: string | null;
	/** The URL of a document's page under the base, with its anchor. */
	href: (item: ListedDeadline) => string;
	/** When the calendar was made (the build), for its events' stamps. */
	now: Date;
}

export function deadlineCalendar(items: readonly ListedDeadline[], options: CalendarOptions): string {
	const calendar = ical({ name: 'Hạn thực hiện', method: ICalCalendarMethod.PUBLISH, prodId: { company: 'kho-van-ban', product: 'han-thuc-hien', language: 'VI' } });
	const dated = items.filter((i) => i.deadline.due !== null).sort((a, b) => b.deadline.due!.localeCompare(a.deadline.due!));
	for (const item of dated.slice(0, CALENDAR_EVENTS)) {
		const due = item.deadline.due!;
		const [y, m, d] = due.split('-').map(Number) as [number, number, number];
		const path = options.href(item);
		const url = options.siteUrl === null ? null : new URL(path, options.siteUrl).href;
		calendar.createEvent({
			id: `${item.docId}#${item.anchor}@kho-van-ban`,
			allDay: true,
			start: new Date(Date.UTC(y, m - 1, d)),
			stamp: options.now,
			summary: `Hạn ${dueText(item.deadline)}: ${item.docLabel}`,
			description: `${item.deadline.sentence}\n\n${item.deadline.units.length ? `Đơn vị: ${item.deadline.units.join('; ')}\n` : ''}${url ?? path}`,
			...(url ? { url } : {}),
		});
	}
	return calendar.toString();
}
