import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { CALENDAR_EVENTS, deadlineCalendar } from '../../../src/lib/calendar.ts';
import { deadlineAnchor, deadlineOverview, deadlinesOfMonth, dueText, monthHeading, unitCounts, UNDATED, type ListedDeadline } from '../../../src/lib/deadlineList.ts';
import type { Deadline } from '../../../src/lib/deadlines.ts';

const item = (docId: string, due: string | null, units: string[] = [], kind: Deadline['kind'] = 'ngay', n = 1): ListedDeadline => ({
	deadline: { text: `hạn ${due}`, due, kind, sentence: `Câu nêu hạn ${due}, có dấu phẩy; và chấm phẩy.`, units },
	docId,
	docLabel: `Công văn số ${docId}`,
	docTitle: null,
	anchor: deadlineAnchor(n),
});

describe('the deadline pages', () => {
	const items = [
		item('a', '2024-03-15', ['Sở Nội vụ']),
		item('b', '2024-03-20', ['Sở Nội vụ', 'các cấp ủy'], 'ngay', 2),
		item('c', '2026-08-31', ['các cấp ủy'], 'thang'),
		item('d', '2027-01-10'),
		item('f', '2027-02-01'),
		item('e', null, ['Sở Tài chính'], 'thoi-han'),
	];

	it('gives a page of what comes next, soonest first, and every month with its count, past ones latest first', () => {
		const overview = deadlineOverview(items, '2026-12-01', 1);
		expect(overview.next.map((i) => i.docId)).toEqual(['d']);
		expect(overview.upcomingCount).toBe(2);
		expect(overview.upcomingMonths.map((m) => [m.heading, m.count])).toEqual([
			['Tháng 1/2027', 1],
			['Tháng 2/2027', 1],
		]);
		expect(overview.pastMonths.map((m) => [m.month, m.count])).toEqual([
			['2026-08', 1],
			['2024-03', 2],
		]);
		expect(overview.undatedCount).toBe(1);
		// Due today is still ahead.
		expect(deadlineOverview(items, '2026-08-31', 5).next.map((i) => i.docId)).toEqual(['c', 'd', 'f']);
	});

	it('lists a month soonest first, and the undated ones apart', () => {
		expect(deadlinesOfMonth(items, '2024-03').map((i) => i.docId)).toEqual(['a', 'b']);
		expect(deadlinesOfMonth(items, UNDATED).map((i) => i.docId)).toEqual(['e']);
		expect([monthHeading('2024-03'), monthHeading(UNDATED)]).toEqual(['Tháng 3/2024', 'Chưa xác định ngày']);
		expect(unitCounts(items)).toEqual([
			{ unit: 'các cấp ủy', count: 2 },
			{ unit: 'Sở Nội vụ', count: 2 },
			{ unit: 'Sở Tài chính', count: 1 },
		]);
	});

	it('says when each falls due as precisely as the text does', () => {
		expect(dueText({ due: '2024-03-15', kind: 'ngay' })).toBe('15/03/2024');
		expect(dueText({ due: '2026-08-31', kind: 'thang' })).toBe('tháng 8/2026');
		expect(dueText({ due: '2024-09-30', kind: 'quy' })).toBe('quý III/2024');
		expect(dueText({ due: null, kind: 'thoi-han' })).toBe('chưa xác định ngày');
	});
});

describe('deadlineCalendar', () => {
	const items = [item('2024/12-cv-tu', '2024-03-15', ['Sở Nội vụ']), item('x', null)];
	const href = (i: ListedDeadline) => `/kho/van-ban/${i.docId}/#${i.anchor}`;

	it('gives an iCalendar file with an all-day event for each dated deadline, read back by a real parser', () => {
		const ics = deadlineCalendar(items, { siteUrl: 'http://intranet/', href, now: new Date('2026-12-01T00:00:00Z') });
		const calendar = new ICAL.Component(ICAL.parse(ics));
		const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events).toHaveLength(1);
		const [event] = events;
		expect(event!.summary).toBe('Hạn 15/03/2024: Công văn số 2024/12-cv-tu');
		expect(event!.startDate.isDate).toBe(true);
		expect(event!.startDate.toString()).toBe('2024-03-15');
		expect(event!.description).toBe('Câu nêu hạn 2024-03-15, có dấu phẩy; và chấm phẩy.\n\nĐơn vị: Sở Nội vụ\nhttp://intranet/kho/van-ban/2024/12-cv-tu/#han-thuc-hien-1');
		expect(event!.component.getFirstPropertyValue('url')).toBe('http://intranet/kho/van-ban/2024/12-cv-tu/#han-thuc-hien-1');
		expect(event!.uid).toBe('2024/12-cv-tu#han-thuc-hien-1@kho-van-ban');
	});

	it(`holds the ${CALENDAR_EVENTS} latest-due deadlines, which the pages list beside the rest`, () => {
		// Three old ones, then the rest from 2020 on: the old three are left out.
		const many = Array.from({ length: CALENDAR_EVENTS + 3 }, (_, i) => item(`d${i}`, i < 3 ? `2000-01-0${i + 1}` : `2020-01-${String((i % 28) + 1).padStart(2, '0')}`));
		const events = new ICAL.Component(ICAL.parse(deadlineCalendar(many, { siteUrl: null, href, now: new Date('2026-12-01T00:00:00Z') }))).getAllSubcomponents('vevent');
		expect(events).toHaveLength(CALENDAR_EVENTS);
		expect(events.some((e) => new ICAL.Event(e).startDate.year === 2000)).toBe(false);
	});

	it('names no host it does not know: without the site\'s address, the path goes in the description', () => {
		const ics = deadlineCalendar(items, { siteUrl: null, href, now: new Date('2026-12-01T00:00:00Z') });
		const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
		expect(event.description.endsWith('\n/kho/van-ban/2024/12-cv-tu/#han-thuc-hien-1')).toBe(true);
		expect(event.component.getFirstPropertyValue('url')).toBeNull();
	});
});
