import { describe, expect, it } from 'vitest';
import { citingOf, detailFileOf, DETAIL_FILES, findNumber, leadFileOf, lookupFiles, matchNumbers, numberParts, parseNumberQuery, type CitingEntry, type NumberEntry } from '../../../src/lib/search/numbers.ts';

describe('number lookup', () => {
	const citing = (url: string, date: string | null): CitingEntry => ({ url, number: null, type: 'Công văn', date, title: url, cited: 'Nghị quyết số 07-NQ/TU' });
	const entry = (number: string, date: string | null, kind: NumberEntry['kind'] = 'document', citedBy: CitingEntry[] = []): NumberEntry => ({
		number,
		url: `/${number}/${date}/`,
		kind,
		type: null,
		date,
		title: null,
		citedBy,
		citedByCount: citedBy.length,
	});
	const entries = [
		entry('307-NQ/TU', '2023-12-06'),
		entry('307-KH/TU', '2023-01-02'),
		entry('07-NQ/TU', '2016-03-10'),
		entry('07-NQ/TU', '2021-10-29'),
		entry('01/2024/QĐ-UBND', '2024-01-05'),
		entry('213-CV/BCSĐ', null, 'stub'),
	];
	const find = (q: string) => {
		const query = parseNumberQuery(q);
		return query ? findNumber(entries, query).map((e) => `${e.number} ${e.date}`) : null;
	};

	it('finds a number in every common spelling', () => {
		for (const q of ['307-NQ/TU', '307/NQ-TU', '307 NQ TU', 'nq 307', 'Nghị quyết 307', 'nghi quyet so 307-nq/tu ve']) {
			expect(find(q)?.[0], q).toBe('307-NQ/TU 2023-12-06');
		}
		expect(find('nq 307')).toEqual(['307-NQ/TU 2023-12-06']);
		expect(find('307-NQ/TU')).toEqual(['307-NQ/TU 2023-12-06']);
		expect(find('kh 307')).toEqual(['307-KH/TU 2023-01-02']);
		expect(find('307 TU')).toEqual(['307-NQ/TU 2023-12-06', '307-KH/TU 2023-01-02']);
		expect(find('01/2024/QD-UBND')).toEqual(['01/2024/QĐ-UBND 2024-01-05']);
		expect(find('qd-ubnd 01')).toEqual(['01/2024/QĐ-UBND 2024-01-05']);
		expect(find('213/BCSD')).toEqual(['213-CV/BCSĐ null']);
	});

	it('lists a number that recurs across terms newest first', () => {
		expect(find('07-NQ/TU')).toEqual(['07-NQ/TU 2021-10-29', '07-NQ/TU 2016-03-10']);
		expect(find('nq 7')).toEqual(['07-NQ/TU 2021-10-29', '07-NQ/TU 2016-03-10']);
	});

	it('does not read words or plain figures as numbers', () => {
		expect(parseNumberQuery('đảng viên')).toBeNull();
		expect(parseNumberQuery('năm 2024')).not.toBeNull();
		expect(find('năm 2024')).toEqual([]);
		expect(parseNumberQuery('11/40')).toBeNull();
	});

	it('matches the numbers a query names among those of its lead file', () => {
		const numbers = ['307-NQ/TU', '307-KH/TU', '307/UBND-VX', '1307-NQ/TU'];
		expect(matchNumbers(numbers, parseNumberQuery('nq 307')!)).toEqual(['307-NQ/TU']);
		expect(matchNumbers(numbers, parseNumberQuery('307 TU')!)).toEqual(['307-NQ/TU', '307-KH/TU']);
		expect(matchNumbers(numbers, parseNumberQuery('307/UBND-VX')!)).toEqual(['307/UBND-VX']);
		expect(matchNumbers(numbers, parseNumberQuery('308-NQ/TU')!)).toEqual([]);
	});

	it('splits the lookup into lead files of numbers and detail files of entries', () => {
		expect(leadFileOf('307')).toBe('307');
		expect(leadFileOf('1307')).toBe('307');
		expect(numberParts('66.25/2026/NQ-CP')).toEqual({ lead: '66', codes: ['2026', 'NQ', 'CP'] });
		// The same number in any spelling a reader types folds to the same file.
		expect(detailFileOf('01/2024/QĐ-UBND')).toBe(detailFileOf('01/2024/QD-UBND'));
		expect(Number(detailFileOf('307-NQ/TU'))).toBeLessThan(DETAIL_FILES);
		const { leads, details } = lookupFiles(entries);
		expect([...leads.keys()].sort()).toEqual(['1', '213', '307', '7']);
		expect(leads.get('7')).toEqual(['07-NQ/TU']);
		expect(leads.get('307')).toEqual(['307-NQ/TU', '307-KH/TU']);
		expect(details.get(detailFileOf('07-NQ/TU'))?.['07-NQ/TU']?.map((e) => e.date)).toEqual(['2016-03-10', '2021-10-29']);
	});

	it('lists the documents citing any of the numbers found once each, newest first', () => {
		const a = entry('07-NQ/TU', '2016-03-10', 'document', [citing('/cv-1/', '2017-01-01'), citing('/cv-2/', '2022-05-01')]);
		const b = entry('07-NQ/TU', '2021-10-29', 'document', [citing('/cv-2/', '2022-05-01'), citing('/cv-3/', null)]);
		expect(citingOf([a, b]).map((c) => c.url)).toEqual(['/cv-2/', '/cv-1/', '/cv-3/']);
	});
});
