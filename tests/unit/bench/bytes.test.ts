import { describe, expect, it } from 'vitest';
import { categorise, mdxBody, pageWeight, phaseBytes, servedPath, type Transfer } from '../../../scripts/bench/bytes.ts';

describe('byte accounting', () => {
	const at = 'http://127.0.0.1:4000';
	const t = (path: string, resourceType: string, bytes: number, phase: string): Transfer => ({ url: `${at}${path}`, resourceType, bytes, phase });
	const transfers = [
		t('/tim-kiem/?q=x', 'document', 9_000, 'query-1'),
		t('/_astro/Base.css', 'stylesheet', 19_000, 'query-1'),
		t('/favicon.svg', 'image', 243, 'query-1'),
		t('/_astro/search.js', 'script', 18_000, 'query-1'),
		t('/pagefind/pagefind.js', 'script', 47_000, 'query-1'),
		t('/pagefind/wasm.unknown.pagefind', 'fetch', 55_000, 'query-1'),
		t('/pagefind/index/vi_1.pf_index', 'fetch', 25_000, 'query-1'),
		t('/pagefind/fragment/vi_2.pf_fragment', 'fetch', 1_000, 'query-1'),
		t('/tra-cuu/so-hieu/307.json', 'fetch', 1_400, 'number'),
		t('/pagefind/index/vi_3.pf_index', 'fetch', 20_000, 'number'),
	];

	it('names what each response is', () => {
		expect(transfers.map(categorise)).toEqual(['html', 'css', 'image', 'page-script', 'pagefind-js', 'pagefind-wasm', 'pagefind-index', 'pagefind-fragment', 'number-lookup', 'pagefind-index']);
		expect(categorise({ url: `${at}/pagefind/filter/vi_1.pf_filter`, resourceType: 'fetch' })).toBe('pagefind-index');
	});

	it('counts a search without the page’s own HTML, CSS and images', () => {
		expect(phaseBytes(transfers, 'query-1')).toEqual({
			bytes: 18_000 + 47_000 + 55_000 + 25_000 + 1_000,
			requests: 5,
			byCategory: { 'page-script': 18_000, 'pagefind-js': 47_000, 'pagefind-wasm': 55_000, 'pagefind-index': 25_000, 'pagefind-fragment': 1_000 },
		});
		expect(phaseBytes(transfers, 'query-1', true).bytes).toBe(9_000 + 19_000 + 243 + 146_000);
		expect(phaseBytes(transfers, 'number').bytes).toBe(21_400);
		expect(phaseBytes(transfers, 'none')).toEqual({ bytes: 0, requests: 0, byCategory: {} });
	});

	it('weighs a document page: HTML and CSS beyond the UTF-8 bytes of its text, and its scripts', () => {
		const body = 'Đảng viên'; // 13 bytes in UTF-8
		const page = [t('/van-ban/2024/x/', 'document', 12_000, 'doc'), t('/_astro/Base.css', 'stylesheet', 19_000, 'doc'), t('/_astro/box.js', 'script', 900, 'doc'), t('/fonts/a.woff2', 'font', 30_000, 'doc')];
		expect(pageWeight(page, 'doc', body)).toEqual({
			htmlBytes: 12_000,
			cssBytes: 19_000,
			fontBytes: 30_000,
			bodyBytes: 13,
			overheadBytes: 31_000 - 13,
			scripts: ['/_astro/box.js'],
		});
		expect(pageWeight(page.slice(0, 2), 'doc', body).scripts).toEqual([]);
	});

	it('finds the file a URL serves, and the body of an MDX file', () => {
		expect(servedPath(`${at}/pagefind/pagefind-worker.js`)).toBe('pagefind/pagefind-worker.js');
		expect(servedPath(`${at}/van-ban/2024/x/?tim=a`)).toBe('van-ban/2024/x/index.html');
		expect(servedPath(`${at}/`)).toBe('index.html');
		expect(servedPath(`${at}/a%20b.json`)).toBe('a b.json');
		expect(mdxBody('---\ntype: cong-van\n---\n\nVăn bản.\n')).toBe('\nVăn bản.\n');
		expect(mdxBody('Không có frontmatter')).toBe('Không có frontmatter');
	});
});
