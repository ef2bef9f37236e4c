import { describe, expect, it } from 'vitest';
import { buildCitationGraph, duplicateIdentities, parseReference, referencesOf, type Reference } from '../../../src/lib/citationGraph.ts';

const docs = [
	{ id: '2016/07-nq-tu', number: '07-NQ/TU', issuedAt: '2016-03-10', issuer: 'tinh-uy' },
	{ id: '2021/07-nq-tu', number: '07-NQ/TU', issuedAt: '2021-10-29', issuer: 'tinh-uy' },
	{ id: '2023/12-cv-tu', number: '12-CV/TU', issuedAt: '2023-05-02', issuer: 'tinh-uy' },
	{ id: '2019/05-cv-tu', number: '05-CV/TU', issuedAt: '2019-01-04', issuer: 'tinh-uy' },
	{ id: 'chua-ro-nam/x', number: null, issuedAt: null, issuer: null },
];

function ref(from: string, number: string, date: string | null = null, text = number): Reference {
	return { from, number, date, relation: 'dan-chieu', text, type: null, issuer: null, stated: false };
}

describe('buildCitationGraph', () => {
	it('lets the date decide between documents that share a number', () => {
		const graph = buildCitationGraph(docs, [ref('chua-ro-nam/x', '07-NQ/TU', '2016-03-10')]);
		expect(graph.targetOf('chua-ro-nam/x', '07-NQ/TU', '2016-03-10')).toEqual({ kind: 'document', id: '2016/07-nq-tu' });
		expect(graph.problems).toEqual([]);
	});

	it('without a date, takes the closest earlier document', () => {
		const graph = buildCitationGraph(docs, [ref('2023/12-cv-tu', '07-NQ/TU'), ref('2019/05-cv-tu', '07-NQ/TU')]);
		expect(graph.targetOf('2023/12-cv-tu', '07-NQ/TU', null)).toEqual({ kind: 'document', id: '2021/07-nq-tu' });
		expect(graph.targetOf('2019/05-cv-tu', '07-NQ/TU', null)).toEqual({ kind: 'document', id: '2016/07-nq-tu' });
	});

	it('does not lend an archived number a date another citation gave', () => {
		const graph = buildCitationGraph(docs, [ref('chua-ro-nam/x', '07-NQ/TU', null), ref('2023/12-cv-tu', '07-NQ/TU', '2016-03-10')]);
		expect(graph.targetOf('chua-ro-nam/x', '07-NQ/TU', null)).toEqual({ kind: 'stub', slug: '07-nq-tu' });
	});

	it('reports what stays ambiguous, and gives it a page listing the candidates', () => {
		const graph = buildCitationGraph(docs, [ref('chua-ro-nam/x', '07-NQ/TU', null, 'Nghị quyết số 07-NQ/TU')]);
		expect(graph.targetOf('chua-ro-nam/x', '07-NQ/TU', null)).toEqual({ kind: 'stub', slug: '07-nq-tu' });
		expect(graph.stubs).toEqual([
			{ slug: '07-nq-tu', number: '07-NQ/TU', date: null, types: [], issuers: [], candidates: ['2016/07-nq-tu', '2021/07-nq-tu'] },
		]);
		expect(graph.problems).toEqual([
			{ from: 'chua-ro-nam/x', text: 'Nghị quyết số 07-NQ/TU', kind: 'ambiguous', candidates: ['2016/07-nq-tu', '2021/07-nq-tu'] },
		]);
	});

	it('gives a cited document that is not archived one page, with what the citations tell and who cites it', () => {
		const graph = buildCitationGraph(docs, [
			{ ...ref('2023/12-cv-tu', '280-KH/TU', '2024-03-04'), type: 'ke-hoach', issuer: 'Ban Thường vụ Tỉnh ủy' },
			ref('2019/05-cv-tu', '280-KH/TU'),
		]);
		const stub = { kind: 'stub', slug: '280-kh-tu-2024-03-04' } as const;
		expect(graph.targetOf('2019/05-cv-tu', '280-KH/TU', null)).toEqual(stub);
		expect(graph.stubs).toEqual([
			{ slug: '280-kh-tu-2024-03-04', number: '280-KH/TU', date: '2024-03-04', types: ['ke-hoach'], issuers: ['Ban Thường vụ Tỉnh ủy'], candidates: [] },
		]);
		expect(graph.citedBy(stub).map((r) => r.from)).toEqual(['2023/12-cv-tu', '2019/05-cv-tu']);
		expect(graph.problems.map((p) => p.kind)).toEqual(['unresolved', 'unresolved']);
	});

	it('lists what a document cites and what cites it', () => {
		const graph = buildCitationGraph(docs, [ref('2023/12-cv-tu', '05-CV/TU'), ref('2023/12-cv-tu', '07-NQ/TU', '2021-10-29')]);
		expect(graph.cites('2023/12-cv-tu').map((r) => r.target)).toEqual([
			{ kind: 'document', id: '2019/05-cv-tu' },
			{ kind: 'document', id: '2021/07-nq-tu' },
		]);
		expect(graph.citedBy({ kind: 'document', id: '2021/07-nq-tu' }).map((r) => r.from)).toEqual(['2023/12-cv-tu']);
		expect(graph.citedBy({ kind: 'document', id: '2016/07-nq-tu' })).toEqual([]);
	});
});

describe('referencesOf', () => {
	it('adds the relations the frontmatter states', () => {
		const refs = referencesOf('a', [], { implements: ['280-KH/TU@2024-03-04'], amends: [], replaces: ['12-QĐ/TU'] });
		expect(refs.map((r) => [r.relation, r.number, r.date, r.stated])).toEqual([
			['thuc-hien', '280-KH/TU', '2024-03-04', true],
			['thay-the', '12-QĐ/TU', null, true],
		]);
		expect(parseReference('01/2024/QĐ-UBND@2024-01-05')).toEqual({ number: '01/2024/QĐ-UBND', date: '2024-01-05' });
	});
});

describe('duplicateIdentities', () => {
	it('finds documents with the same issuer, number and date', () => {
		expect(duplicateIdentities([...docs, { id: 'copy', number: '07-NQ/TU', issuedAt: '2021-10-29', issuer: 'tinh-uy' }])).toEqual([
			['2021/07-nq-tu', 'copy'],
		]);
		expect(duplicateIdentities(docs)).toEqual([]);
	});
});
