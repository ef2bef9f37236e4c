import { describe, expect, it } from 'vitest';
import { formatDate, isIsoDate, parseDayFirstDate, yearOf } from '../../src/lib/dates.ts';
import { documentType, documentTypeByName } from '../../src/lib/documentTypes.ts';
import { describeIssue } from '../../src/lib/frontmatterErrors.ts';
import { canonicalNumber, isCanonicalNumber, numberSlug } from '../../src/lib/numbers.ts';
import { foldDiacritics, slugify } from '../../src/lib/vietnamese.ts';

describe('numbers', () => {
	it('writes numbers the canonical way', () => {
		expect(canonicalNumber('369 - CV/BTGTU')).toBe('369-CV/BTGTU');
		expect(canonicalNumber('213-CV/BCS\u00D0')).toBe('213-CV/BCSĐ');
		expect(canonicalNumber(' 01 / 2024 / QĐ-UBND ')).toBe('01/2024/QĐ-UBND');
	});

	it('accepts Party and State numbers, and rejects figures and free text', () => {
		for (const n of ['307-NQ/TU', '68/KH-UBND', '01/2024/QĐ-UBND', '1407/UBND-NNMT', '05-QC/BTCTU-BDVTU', '66.25/2026/NQ-CP']) {
			expect(isCanonicalNumber(n), n).toBe(true);
		}
		for (const n of ['307 - NQ/TU', 'NQ/TU', '307', 'chưa rõ', '']) expect(isCanonicalNumber(n), n).toBe(false);
	});

	it('makes URL slugs', () => {
		expect(numberSlug('307-NQ/TU')).toBe('307-nq-tu');
		expect(numberSlug('01/2024/QĐ-UBND')).toBe('01-2024-qd-ubnd');
	});
});

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

describe('vietnamese', () => {
	it('folds marks and đ, whichever Unicode form comes in', () => {
		expect(foldDiacritics('Đảng viên đoàn kết')).toBe('Dang vien doan ket');
		expect(foldDiacritics('thu\u031B\u0323c hie\u0302\u0323n')).toBe('thuc hien');
		expect(slugify('Công văn 213-CV/BCSĐ')).toBe('cong-van-213-cv-bcsd');
	});
});

describe('documentTypes', () => {
	it('finds a type by its printed name in capitals', () => {
		expect(documentTypeByName('THÔNG BÁO')?.slug).toBe('thong-bao');
		expect(documentTypeByName('KẾT LUẬN CỦA BAN')).toBeUndefined();
		expect(documentType('cong-van')).toMatchObject({ name: 'Công văn', code: 'CV' });
	});
});

describe('frontmatterErrors', () => {
	it('names file, field and what to write, one line a problem', () => {
		expect(describeIssue('a.mdx', { code: 'custom', path: ['signer', 'name'], message: 'expected text' })).toBe(
			'a.mdx: signer.name: expected text',
		);
		expect(describeIssue('a.mdx', { code: 'too_small', path: ['recipients', 2], message: 'expected text' })).toBe(
			'a.mdx: recipients[2]: expected text',
		);
		expect(describeIssue('a.mdx', { code: 'unrecognized_keys', path: [], keys: ['numbr'], message: '' })).toBe(
			'a.mdx: unknown field "numbr"; remove or rename it',
		);
	});
});
