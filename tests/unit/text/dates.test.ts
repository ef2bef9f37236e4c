import { describe, expect, it } from 'vitest';
import { formatDate, isIsoDate, parseDayFirstDate, yearOf } from '../../../src/lib/dates.ts';

describe('dates', () => {
	it('knows real dates from impossible ones', () => {
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2023-02-29')).toBe(false);
		expect(isIsoDate('2024-02-31')).toBe(false);
		expect(isIsoDate('03/5/2024')).toBe(false);
	});

	it('reads day-first Vietnamese dates and formats ISO dates', () => {
		expect(parseDayFirstDate('03/5/2024')).toBe('2024-05-03');
		expect(parseDayFirstDate('10-8-2023')).toBe('2023-08-10');
		expect(parseDayFirstDate('31/02/2024')).toBeNull();
		expect(formatDate('2024-05-03')).toBe('03/05/2024');
		expect(yearOf('2024-05-03')).toBe(2024);
	});
});
