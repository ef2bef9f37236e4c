import { describe, expect, it } from 'vitest';
import { indexableHtml, withOwnOrigin } from '../../../src/integrations/searchIndex.ts';
import { findOutsideUrls } from '../../../src/lib/outsideUrls.ts';

describe('indexableHtml', () => {
	it('spells đ as ḍ in a page with a body element to index, and skips others', () => {
		const html = '<html><body><nav>Trang chủ</nav><article class="notice" data-pagefind-body><p>Đảng</p></article></body></html>';
		expect(indexableHtml(html)).toBe('<html><body><nav>Trang chủ</nav><article class="notice" data-pagefind-body><p>Ḍảng</p></article></body></html>');
		expect(indexableHtml('<html><body><p>no body</p></body></html>')).toBeNull();
	});
});

describe('the Pagefind bundle', () => {
	it('parses relative URLs against the page\'s own origin, not https://example.com', () => {
		const js =
			'let u=new URL(`https://example.com${a}`);a=u.toString().replace(/^https:\\/\\/example.com/,"");' +
			'let p=new URL(`https://example.com${n}`);return p.toString().replace(/^https:\\/\\/example\\.com/,"");';
		const out = withOwnOrigin(js);
		expect(out).toBe(
			'let u=new URL(`${location.origin}${a}`);a=u.toString().replace(location.origin,"");' +
				'let p=new URL(`${location.origin}${n}`);return p.toString().replace(location.origin,"");',
		);
		expect(findOutsideUrls(out)).toEqual([]);
	});
});
