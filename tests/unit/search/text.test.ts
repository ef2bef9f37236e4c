import { describe, expect, it } from 'vitest';
import { containsPhrase, fromIndexText, phraseFirst, prepareQuery, toIndexText } from '../../../src/lib/search/text.ts';
import { foldForMatch } from '../../../src/lib/vietnamese.ts';

describe('index text', () => {
	it('spells đ as ḍ so that Pagefind folds it, and back', () => {
		expect(toIndexText('Đảng viên đoàn kết')).toBe('Ḍảng viên ḍoàn kết');
		expect(fromIndexText('<mark>Ḍảng</mark> viên ḍoàn kết')).toBe('<mark>Đảng</mark> viên đoàn kết');
		expect(toIndexText('đa\u0309ng')).toBe('ḍảng');
		expect(toIndexText('ḍảng').normalize('NFD').replace(/\p{M}/gu, '')).toBe('dang');
	});
});

describe('prepareQuery', () => {
	it('keeps the words and spells them for the index', () => {
		expect(prepareQuery('  đảng   viên ')).toEqual({ ranked: 'ḍảng viên', exact: null, words: ['đảng', 'viên'] });
	});

	it('reads a quoted query as an exact phrase', () => {
		expect(prepareQuery('"ban thường vụ tỉnh ủy"')).toEqual({
			ranked: 'ban thường vụ tỉnh ủy',
			exact: 'ban thường vụ tỉnh ủy',
			words: ['ban', 'thường', 'vụ', 'tỉnh', 'ủy'],
		});
		expect(prepareQuery('“Đảng bộ”').exact).toBe('Ḍảng bộ');
	});
});

describe('phrases', () => {
	it('finds the words together in any spelling of marks', () => {
		expect(foldForMatch('Ban Thường vụ Tỉnh uỷ, Đảng')).toBe('ban thuong vu tinh uy dang');
		expect(containsPhrase('… Ban Thường vụ Tỉnh ủy đã …', ['ban', 'thuong', 'vu', 'tinh', 'uy'])).toBe(true);
		expect(containsPhrase('Ban cán sự, Thường trực, vụ việc ở tỉnh ủy', ['ban', 'thường', 'vụ', 'tỉnh', 'ủy'])).toBe(false);
		expect(containsPhrase('bản thường', ['ban', 'thuong'])).toBe(true);
	});

	it('puts results holding the phrase first, keeping the order within each group', () => {
		const results = ['a: vụ tỉnh ban', 'b: ban thường vụ', 'c: thường ban vụ', 'd: ban thường vụ'];
		expect(phraseFirst(results, (r) => r, ['ban', 'thường', 'vụ'])).toEqual(['b: ban thường vụ', 'd: ban thường vụ', 'a: vụ tỉnh ban', 'c: thường ban vụ']);
		expect(phraseFirst(results, (r) => r, ['ban'])).toEqual(results);
	});
});
