import { describe, expect, it } from 'vitest';
import { buildCitationGraph, type ArchivedDocument, type Reference, type Stub } from '../../../src/lib/citationGraph.ts';
import {
	citedTypeName,
	nodeLabel,
	nodeShortLabel,
	relationGroups,
	linkCitationsInHtml,
	resolveCitationHref,
	stubPageTitle,
	stubRows,
	type LinkedDocument,
	type RelationContext,
} from '../../../src/lib/relations.ts';
import { siteUrls } from '../../../src/lib/urls.ts';
import { markdownToHtml } from 'satteri';

const urls = siteUrls('/kho/');

const docs: LinkedDocument[] = [
	{ id: '2016/07-nq-tu', type: 'nghi-quyet', number: '07-NQ/TU', issuedAt: '2016-05-20', title: 'Về nông nghiệp' },
	{ id: '2021/07-nq-tu', type: 'nghi-quyet', number: '07-NQ/TU', issuedAt: '2021-10-29', title: 'Về cán bộ' },
	{ id: '2024/128-kh-ubnd', type: 'ke-hoach', number: '128/KH-UBND', issuedAt: '2024-04-05', title: null },
	{ id: '2024/1407-ubnd-nnmt', type: 'cong-van', number: '1407/UBND-NNMT', issuedAt: '2024-06-12', title: null },
	{ id: 'chua-ro-nam/cv', type: 'cong-van', number: null, issuedAt: null, title: null, excerpt: { text: 'Thực hiện Nghị quyết', truncated: true } },
];

function ref(from: string, number: string, date: string | null, relation: Reference['relation'], text: string, type: Reference['type'] = 'nghi-quyet'): Reference {
	return { from, number, date, relation, text, type, issuer: null, stated: false };
}

const references: Reference[] = [
	ref('2024/1407-ubnd-nnmt', '128/KH-UBND', '2024-04-05', 'thuc-hien', 'Kế hoạch số 128/KH-UBND ngày 05/4/2024', 'ke-hoach'),
	ref('2024/1407-ubnd-nnmt', '128/KH-UBND', '2024-04-05', 'thuc-hien', 'Kế hoạch số 128/KH-UBND ngày 05/4/2024', 'ke-hoach'),
	ref('2024/1407-ubnd-nnmt', '57-NQ/TW', '2024-12-22', 'can-cu', 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị'),
	ref('2024/1407-ubnd-nnmt', '57-NQ/TW', null, 'can-cu', 'Nghị quyết số 57'),
	ref('2024/1407-ubnd-nnmt', '07-NQ/TU', '2016-05-20', 'dan-chieu', 'Nghị quyết số 07-NQ/TU ngày 20/5/2016'),
	ref('2024/1407-ubnd-nnmt', '07-NQ/TU', '2021-10-29', 'dan-chieu', 'Nghị quyết số 07-NQ/TU ngày 29/10/2021'),
	// A relation stated in the frontmatter: its text is the reference as written.
	{ from: '2024/1407-ubnd-nnmt', number: '128/KH-UBND', date: '2024-04-05', relation: 'thay-the', text: '128/KH-UBND@2024-04-05', type: null, issuer: null, stated: true },
	ref('chua-ro-nam/cv', '07-NQ/TU', null, 'thuc-hien', 'Nghị quyết số 07-NQ/TU của Tỉnh ủy'),
	ref('chua-ro-nam/cv', '128/KH-UBND', '2024-04-05', 'thuc-hien', 'Kế hoạch số 128/KH-UBND', 'ke-hoach'),
];

const graph = buildCitationGraph(
	docs.map((d): ArchivedDocument => ({ id: d.id, number: d.number, issuedAt: d.issuedAt, issuer: null })),
	references,
);
const ctx: RelationContext = {
	documents: new Map(docs.map((d) => [d.id, d])),
	stubs: new Map(graph.stubs.map((s) => [s.slug, s])),
	urls,
};

describe('relationGroups', () => {
	it('groups what a document cites by relation, strongest first, one entry per target, the citation words once', () => {
		const groups = relationGroups(graph.cites('2024/1407-ubnd-nnmt'), 'cites', ctx);
		expect(groups.map((g) => [g.relation, g.heading, g.name])).toEqual([
			['can-cu', 'Văn bản căn cứ', 'Căn cứ'],
			['thuc-hien', 'Văn bản được thực hiện', 'Thực hiện'],
			['thay-the', 'Văn bản bị thay thế', 'Thay thế'],
			['dan-chieu', 'Văn bản được dẫn chiếu', 'Dẫn chiếu'],
		]);
		const [canCu, thucHien, thayThe, danChieu] = groups;
		// The full citation and the short form "Nghị quyết số 57" lead to the same page: one entry, cited twice.
		expect(canCu!.entries).toEqual([
			{
				node: {
					href: '/kho/chua-co-trong-kho/57-nq-tw-2024-12-22/',
					typeName: 'Nghị quyết',
					number: '57-NQ/TW',
					date: '22/12/2024',
					title: null,
					excerpt: null,
					missing: true,
				},
				quote: 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị',
				times: 2,
			},
		]);
		expect(thucHien!.entries).toEqual([
			{
				node: {
					href: '/kho/van-ban/2024/128-kh-ubnd/',
					typeName: 'Kế hoạch',
					number: '128/KH-UBND',
					date: '05/04/2024',
					title: null,
					excerpt: null,
					missing: false,
				},
				quote: 'Kế hoạch số 128/KH-UBND ngày 05/4/2024',
				times: 2,
			},
		]);
		expect(thayThe!.entries.map((e) => [e.node.href, e.quote])).toEqual([['/kho/van-ban/2024/128-kh-ubnd/', null]]);
		expect(danChieu!.entries.map((e) => e.node.href)).toEqual(['/kho/van-ban/2016/07-nq-tu/', '/kho/van-ban/2021/07-nq-tu/']);
	});

	it('lists the documents citing a document, oldest first and undated last, headed from the cited side', () => {
		const groups = relationGroups(graph.citedBy({ kind: 'document', id: '2024/128-kh-ubnd' }), 'citedBy', ctx);
		expect(groups.map((g) => g.heading)).toEqual(['Văn bản thực hiện văn bản này', 'Văn bản thay thế văn bản này']);
		expect(groups[0]!.entries.map((e) => [nodeLabel(e.node), e.quote, e.times])).toEqual([
			['Công văn số 1407/UBND-NNMT ngày 12/06/2024', 'Kế hoạch số 128/KH-UBND ngày 05/4/2024', 2],
			['Công văn chưa rõ số', 'Kế hoạch số 128/KH-UBND', 1],
		]);
		// A document without a number or title is told apart by its first words.
		expect(groups[0]!.entries[1]!.node.excerpt).toEqual({ text: 'Thực hiện Nghị quyết', truncated: true });
	});

	it('has no group when nothing is cited', () => {
		expect(relationGroups(graph.cites('2021/07-nq-tu'), 'cites', ctx)).toEqual([]);
		expect(relationGroups(graph.citedBy({ kind: 'document', id: 'chua-ro-nam/cv' }), 'citedBy', ctx)).toEqual([]);
	});
});

describe('stubs', () => {
	const ambiguous = graph.stubs.find((s) => s.slug === '07-nq-tu')!;

	it('tells only what the citations say, "chưa rõ" for the rest', () => {
		expect(ambiguous.candidates).toEqual(['2016/07-nq-tu', '2021/07-nq-tu']);
		expect(stubRows(ambiguous).map((r) => [r.label, r.parts])).toEqual([
			['Số hiệu', [{ text: '07-NQ/TU' }]],
			['Loại văn bản', [{ text: 'Nghị quyết' }]],
			['Ngày ban hành', [{ text: 'chưa rõ', unknown: true }]],
			['Cơ quan ban hành', [{ text: 'chưa rõ', unknown: true }]],
		]);
		const known: Stub = { slug: 'x', number: '280-KH/TU', date: '2024-03-04', types: ['ke-hoach'], issuers: ['Ban Thường vụ Tỉnh ủy'], candidates: [] };
		expect(stubRows(known).map((r) => r.parts[0]!.text)).toEqual(['280-KH/TU', 'Kế hoạch', '04/03/2024', 'Ban Thường vụ Tỉnh ủy']);
		expect(stubRows({ ...known, types: [] }).find((r) => r.label === 'Loại văn bản')!.parts).toEqual([{ text: 'chưa rõ', unknown: true }]);
		expect(stubPageTitle(known)).toBe('Kế hoạch số 280-KH/TU ngày 04/03/2024 (chưa có trong kho)');
	});

	it('names the types a citation can name, the State\'s legal documents too', () => {
		expect(citedTypeName('nghi-dinh')).toBe('Nghị định');
		expect(citedTypeName('luat')).toBe('Luật');
		expect(citedTypeName('cong-van')).toBe('Công văn');
		expect(nodeShortLabel({ typeName: 'Công văn', number: null })).toBe('Công văn (chưa rõ số)');
		expect(nodeShortLabel({ typeName: 'Kế hoạch', number: '128/KH-UBND' })).toBe('Kế hoạch 128/KH-UBND');
	});
});

describe('resolveCitationHref', () => {
	it('leads a citation to the archived document, or to the page of the one not archived', () => {
		expect(resolveCitationHref('vb:07-NQ/TU@2016-05-20', 'dẫn chiếu', '2024/1407-ubnd-nnmt', graph, urls)).toEqual({
			href: '/kho/van-ban/2016/07-nq-tu/',
			relation: 'dan-chieu',
			missing: false,
		});
		expect(resolveCitationHref('vb:07-NQ/TU', 'thực hiện', 'chua-ro-nam/cv', graph, urls)).toEqual({
			href: '/kho/chua-co-trong-kho/07-nq-tu/',
			relation: 'thuc-hien',
			missing: true,
		});
	});

	it('reads a percent-encoded href and leaves other links alone', () => {
		const encoded = `vb:${encodeURIComponent('57-NQ/TW')}`;
		expect(resolveCitationHref(encoded, 'căn cứ', '2024/1407-ubnd-nnmt', graph, urls)?.href).toBe('/kho/chua-co-trong-kho/57-nq-tw-2024-12-22/');
		expect(resolveCitationHref('#user-content-fn-1', undefined, '2024/1407-ubnd-nnmt', graph, urls)).toBeNull();
	});

	it('fails the build on a citation the graph did not collect', () => {
		expect(() => resolveCitationHref('vb:99-NQ/TU', 'căn cứ', '2024/1407-ubnd-nnmt', graph, urls)).toThrow(/99-NQ\/TU/);
	});
});

describe('linkCitationsInHtml', () => {
	it('points the citation links of a rendered body at their pages, and leaves footnote links alone', async () => {
		const markdown = [
			'Thực hiện [Kế hoạch số 128/KH-UBND ngày 05/4/2024 & "phụ lục"](vb:128/KH-UBND@2024-04-05 "thực hiện") và',
			'[Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị](vb:57-NQ/TW@2024-12-22 "căn cứ")[^1].',
			'',
			'[^1]: Chú thích.',
		].join('\n');
		// The site's own renderer writes the HTML, percent-encoding and entities included.
		const { html } = await markdownToHtml(markdown);
		const linked = linkCitationsInHtml(html, '2024/1407-ubnd-nnmt', graph, urls);
		expect(linked).toContain(
			'<a href="/kho/van-ban/2024/128-kh-ubnd/" class="citation" data-relation="thuc-hien">Kế hoạch số 128/KH-UBND ngày 05/4/2024 &amp; "phụ lục"</a>',
		);
		expect(linked).toContain(
			'<a href="/kho/chua-co-trong-kho/57-nq-tw-2024-12-22/" class="citation citation-missing" data-relation="can-cu">Nghị quyết số 57-NQ/TW',
		);
		expect(linked).toContain('<a href="#user-content-fn-1"');
		expect(linked).not.toContain('vb:');
	});
});
