import { describe, expect, it } from 'vitest';
import { foldTerm, matchRanges, splitMarked } from '../../../src/lib/search/highlight.ts';

const marked = (text: string, terms: string[]) =>
	splitMarked(text, terms)
		.filter((p) => p.marked)
		.map((p) => p.text);

describe('matchRanges and splitMarked', () => {
	it('compares folded: no marks, đ as d, any case', () => {
		expect(marked('Kiểm điểm đảng viên cuối năm', ['dang', 'vien'])).toEqual(['đảng', 'viên']);
		expect(marked('ĐẢNG VIÊN', ['đảng viên'])).toEqual(['ĐẢNG VIÊN']);
		expect(marked('hướng dẫn viên du lịch', ['dang'])).toEqual([]);
	});

	it('marks whole words from the typed prefix, never inside a word', () => {
		expect(marked('chuyển đổi số, chuyển giao', ['chuy'])).toEqual(['chuyển', 'chuyển']);
		expect(marked('urban ban', ['ban'])).toEqual(['ban']);
	});

	it('marks a number in any spelling as one piece', () => {
		expect(marked('Thực hiện Nghị quyết số 307-NQ/TU ngày 06/12/2023', ['307-NQ/TU'])).toEqual(['307-NQ/TU']);
		expect(marked('Thực hiện Nghị quyết số 307-NQ/TU', ['307 nq tu'])).toEqual(['307-NQ/TU']);
		expect(marked('Quyết định 05/2024/QĐ-UBND', ['05/2024/QD-UBND'])).toEqual(['05/2024/QĐ-UBND']);
		expect(marked('Công văn 213-CV/BCSĐ', ['213-CV/BCSD'])).toEqual(['213-CV/BCSĐ']);
	});

	it('keeps decomposed (NFD) text whole, marks and all', () => {
		const nfd = 'đảng viên'.normalize('NFD');
		expect(marked(nfd, ['dang vien'])).toEqual([nfd]);
	});

	it('merges overlapping ranges and rebuilds the text exactly', () => {
		const text = 'Ban Thường vụ Tỉnh ủy, ban thường vụ';
		const pieces = splitMarked(text, ['ban thường vụ', 'thường']);
		expect(pieces.map((p) => p.text).join('')).toBe(text);
		expect(pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(['Ban Thường vụ', 'ban thường vụ']);
		expect(matchRanges('', ['a'])).toEqual([]);
		expect(matchRanges('abc', ['  ', '—'])).toEqual([]);
	});

	it('folds a term into its words', () => {
		expect(foldTerm('307-NQ/TU')).toEqual(['307', 'nq', 'tu']);
		expect(foldTerm('Đảng  viên')).toEqual(['dang', 'vien']);
	});
});
