import { describe, expect, it } from 'vitest';
import { canonicalNumber, isCanonicalNumber, numberSlug } from '../../../src/lib/numbers.ts';

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
