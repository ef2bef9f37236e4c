import { describe, expect, it } from 'vitest';
import type { ResolvedReference } from '../../../src/lib/citationGraph.ts';
import { reference } from '../support/references.ts';
import { DATA_VERSION, documentData } from '../../../src/lib/documentData.ts';
import { validityOf } from '../../../src/lib/validity.ts';

const context = { targetUrl: (t: ResolvedReference['target']) => (t.kind === 'document' ? `/van-ban/${t.id}/` : `/chua-co-trong-kho/${t.slug}/`), documentUrl: (id: string) => `/van-ban/${id}/` };

describe('documentData', () => {
	it('gives the frontmatter, each citation with where it leads, the citing documents, deadlines and validity', () => {
		const replacedBy = reference('2025/45-kh-tu', 'thay-the', { kind: 'document', id: '2024/30-kh-tu' });
		const data = documentData(
			{ id: '2024/30-kh-tu', data: { number: '30-KH/TU', status: 'chua-ro' } },
			[reference('2024/30-kh-tu', 'can-cu', { kind: 'stub', slug: '57-nq-tw' })],
			[replacedBy],
			[{ text: 'trước ngày 15/3/2024', due: '2024-03-15', kind: 'ngay', sentence: 'Báo cáo trước ngày 15/3/2024.', units: [] }],
			validityOf('2024-01-15', [replacedBy], () => '2025-02-10'),
			context,
		);
		expect(data.version).toBe(DATA_VERSION);
		expect(data.url).toBe('/van-ban/2024/30-kh-tu/');
		expect(data.frontmatter).toEqual({ number: '30-KH/TU', status: 'chua-ro' });
		expect(data.citations).toEqual([{ number: '30-KH/TU', date: '2024-01-15', relation: 'can-cu', text: 'Kế hoạch số 30-KH/TU', stated: false, target: { url: '/chua-co-trong-kho/57-nq-tw/', archived: false } }]);
		expect(data.citedBy).toEqual([{ url: '/van-ban/2025/45-kh-tu/', relation: 'thay-the', text: 'Kế hoạch số 30-KH/TU' }]);
		expect(data.deadlines.map((d) => d.due)).toEqual(['2024-03-15']);
		expect(data.validity).toEqual({ status: 'het-hieu-luc', derived: true, endedBy: [{ url: '/van-ban/2025/45-kh-tu/', relation: 'thay-the', date: '2025-02-10' }], amendedBy: [] });
	});
});
