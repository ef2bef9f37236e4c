import { describe, expect, it } from 'vitest';
import { formatTable } from '../../../scripts/bench/format.ts';

describe('report table', () => {
	it('aligns columns, numbers to the right among the numbers of their column', () => {
		expect(formatTable([['cold build', '7.3 s', 'peak 721 MB'], ['warm', '17.6 s', ''], ['page', '/van-ban/2016/48-kl-tu/', '']], ['stage', 'value', 'notes'])).toBe(
			[
				'stage       value                    notes',
				'----------  -----------------------  -----------',
				'cold build   7.3 s                   peak 721 MB',
				'warm        17.6 s',
				'page        /van-ban/2016/48-kl-tu/',
			].join('\n'),
		);
		expect(formatTable([])).toBe('');
	});
});
