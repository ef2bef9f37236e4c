import { describe, expect, it } from 'vitest';
import { countText, inOrderOf, unseen, withHighlight } from '../../../src/lib/search/order.ts';

describe('combining searches', () => {
	it('shows the exact set in the ranked order, the rest after', () => {
		expect(inOrderOf(['a', 'b', 'c', 'x'], ['c', 'z', 'a', 'b'])).toEqual(['c', 'a', 'b', 'x']);
		expect(inOrderOf([], ['a'])).toEqual([]);
	});

	it('drops what was already shown', () => {
		const seen = new Set(['a']);
		expect(unseen(['a', 'b', 'b', 'c'], seen, (x) => x)).toEqual(['b', 'c']);
		expect([...seen]).toEqual(['a', 'b', 'c']);
	});

	it('carries the terms to the document page', () => {
		expect(withHighlight('/x/van-ban/a/', ['đảng', 'viên'])).toBe('/x/van-ban/a/?tim=%C4%91%E1%BA%A3ng&tim=vi%C3%AAn');
		expect(withHighlight('/a/?k=1#b', ['307-NQ/TU'])).toBe('/a/?k=1&tim=307-NQ%2FTU#b');
		expect(withHighlight('/a/', [' '])).toBe('/a/');
	});

	it('counts in Vietnamese', () => {
		expect(countText(1234)).toBe('1.234 văn bản');
	});
});
