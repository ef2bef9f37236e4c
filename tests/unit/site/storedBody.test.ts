import { describe, expect, it } from 'vitest';
import { bodyFacts, LEAD_CHARACTERS } from '../../../src/lib/storedBody.ts';

describe('bodyFacts', () => {
	const body = `Căn cứ [Nghị quyết số 07-NQ/TU ngày 20/5/2016](vb:07-NQ/TU@2016-05-20 "căn cứ").\n\n${'Nội dung. '.repeat(400)}\n\nThực hiện [Kế hoạch số 12-KH/TU](vb:12-KH/TU "thực hiện").\n`;

	it('keeps the citation links of the whole body and, without a title, only its opening', () => {
		const facts = bodyFacts(body, false, null);
		expect(facts.citations.map((c) => [c.number, c.date, c.relation])).toEqual([
			['07-NQ/TU', '2016-05-20', 'can-cu'],
			['12-KH/TU', null, 'thuc-hien'],
		]);
		expect(facts.lead).toBe(body.slice(0, LEAD_CHARACTERS));
		expect(facts.lead.length).toBe(LEAD_CHARACTERS);
	});

	it('keeps no opening for a document with a title, which never shows an excerpt', () => {
		const facts = bodyFacts(body, true, null);
		expect(facts.lead).toBe('');
		expect(facts.citations).toHaveLength(2);
	});
});
