import { describe, expect, it } from 'vitest';
import { badCitationLinks, citationTarget, markCitations, parseCitationTarget, readCitationLinks } from '../../../src/lib/citationLinks.ts';

describe('markCitations', () => {
	it('marks each citation as a vb: link with the relation as title', () => {
		const { mdx, marked } = markCitations('Căn cứ Kế hoạch số 280-KH/TU ngày 04/3/2024 của Ban Thường vụ Tỉnh ủy - về việc kiểm tra.\n');
		expect(marked).toBe(1);
		expect(mdx).toBe(
			'Căn cứ [Kế hoạch số 280-KH/TU ngày 04/3/2024 của Ban Thường vụ Tỉnh ủy](vb:280-KH/TU@2024-03-04 "căn cứ") - về việc kiểm tra.\n',
		);
	});

	it('is idempotent, and resolves a short form from an already marked citation', () => {
		const once = markCitations('Theo [Nghị quyết số 57-NQ/TW](vb:57-NQ/TW "dẫn chiếu") của Bộ Chính trị; thực hiện Nghị quyết số 57.').mdx;
		expect(once).toBe(
			'Theo [Nghị quyết số 57-NQ/TW](vb:57-NQ/TW "dẫn chiếu") của Bộ Chính trị; thực hiện [Nghị quyết số 57](vb:57-NQ/TW "thực hiện").',
		);
		expect(markCitations(once)).toEqual({ mdx: once, marked: 0, doubts: [] });
	});

	it('leaves links, footnote marks, tags and code alone', () => {
		const body = 'xem [307-NQ/TU](https://x.vn/307-NQ/TU), đảng[^12], <abbr title="12-NQ/TU">NQ</abbr>, `12-CV/TU`\n\n[^12]: Ghi chú.\n';
		expect(markCitations(body)).toEqual({ mdx: body, marked: 0, doubts: [] });
	});
});

describe('readCitationLinks', () => {
	it('reads number, date, relation, type and issuer back from a marked body', () => {
		const mdx =
			'Căn cứ [Kế hoạch số 280-KH/TU ngày 04/3/2024 của Ban Thường vụ Tỉnh ủy](vb:280-KH/TU@2024-03-04 "căn cứ"); [307-NQ/TU](vb:307-NQ/TU), [x](https://e.vn).';
		expect(readCitationLinks(mdx)).toEqual([
			{
				text: 'Kế hoạch số 280-KH/TU ngày 04/3/2024 của Ban Thường vụ Tỉnh ủy',
				number: '280-KH/TU',
				date: '2024-03-04',
				relation: 'can-cu',
				type: 'ke-hoach',
				issuer: 'Ban Thường vụ Tỉnh ủy',
			},
			{ text: '307-NQ/TU', number: '307-NQ/TU', date: null, relation: 'dan-chieu', type: 'nghi-quyet', issuer: null },
		]);
	});

	it('writes and splits link targets', () => {
		expect(citationTarget('01/2024/QĐ-UBND', '2024-01-05')).toBe('vb:01/2024/QĐ-UBND@2024-01-05');
		expect(parseCitationTarget('vb:01/2024/QĐ-UBND@2024-01-05')).toEqual({ number: '01/2024/QĐ-UBND', date: '2024-01-05' });
		expect(parseCitationTarget('vb:307-NQ/TU')).toEqual({ number: '307-NQ/TU', date: null });
		expect(parseCitationTarget('https://e.vn')).toBeNull();
	});
});

describe('badCitationLinks', () => {
	it('names each link whose target is no number, by its line, and passes every number the parser writes', () => {
		const body = [
			'Căn cứ [Kế hoạch số 280-KH/TU](vb:280-KH/TU@2024-03-04 "căn cứ");',
			'xem [tệp](vb:../../etc/passwd) và [Tờ trình số 473/TTr-NN&PTNT](vb:473/TTr-NN&PTNT), [Quyết định 01/1999/QĐ.UB](vb:01/1999/QĐ.UB).',
		].join('\n');
		expect(badCitationLinks(body)).toEqual([{ line: 2, problem: 'the citation link vb:../../etc/passwd names no number like 307-NQ/TU; correct it or remove the link' }]);
	});
});
