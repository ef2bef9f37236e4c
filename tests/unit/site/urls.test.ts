import { describe, expect, it } from 'vitest';
import { joinUnder, normaliseBase, siteUrls } from '../../../src/lib/urls.ts';

describe('normaliseBase', () => {
	it('always has one leading and one trailing slash', () => {
		expect(normaliseBase('/')).toBe('/');
		expect(normaliseBase('')).toBe('/');
		expect(normaliseBase('/kho-van-ban')).toBe('/kho-van-ban/');
		expect(normaliseBase('kho-van-ban/')).toBe('/kho-van-ban/');
		expect(normaliseBase('/a/b//')).toBe('/a/b/');
	});
});

describe('joinUnder', () => {
	it('joins segments with a trailing slash and encodes them', () => {
		expect(joinUnder('/', 'loai', 'thong-bao')).toBe('/loai/thong-bao/');
		expect(joinUnder('/x/', 'van-ban', 'chua-ro-nam/cong-van-786b4cec')).toBe('/x/van-ban/chua-ro-nam/cong-van-786b4cec/');
		expect(joinUnder('/', 'a b', 'đ')).toBe('/a%20b/%C4%91/');
	});
});

describe('siteUrls', () => {
	const root = siteUrls('/');
	const sub = siteUrls('/kho-van-ban/');

	it('builds every page URL at the root', () => {
		expect(root.home).toBe('/');
		expect(root.types).toBe('/loai/');
		expect(root.type('cong-van')).toBe('/loai/cong-van/');
		expect(root.years).toBe('/nam/');
		expect(root.year(2024)).toBe('/nam/2024/');
		expect(root.year(null)).toBe('/nam/chua-ro/');
		expect(root.issuers).toBe('/co-quan/');
		expect(root.issuer('tinh-uy')).toBe('/co-quan/tinh-uy/');
		expect(root.issuer(null)).toBe('/co-quan/chua-ro/');
		expect(root.document('chua-ro-nam/cong-van-786b4cec')).toBe('/van-ban/chua-ro-nam/cong-van-786b4cec/');
		expect(root.asset('favicon.svg')).toBe('/favicon.svg');
		expect(root.stubs).toBe('/chua-co-trong-kho/');
		expect(root.stub('280-kh-tu-2024-03-04')).toBe('/chua-co-trong-kho/280-kh-tu-2024-03-04/');
		expect(sub.stub('07-nq-tu')).toBe('/kho-van-ban/chua-co-trong-kho/07-nq-tu/');
	});

	it('puts every URL under a base path', () => {
		expect(sub.home).toBe('/kho-van-ban/');
		expect(sub.type('thong-bao')).toBe('/kho-van-ban/loai/thong-bao/');
		expect(sub.year(null)).toBe('/kho-van-ban/nam/chua-ro/');
		expect(sub.issuer('ubnd-tinh')).toBe('/kho-van-ban/co-quan/ubnd-tinh/');
		expect(sub.document('2024/test')).toBe('/kho-van-ban/van-ban/2024/test/');
		expect(sub.asset('favicon.svg')).toBe('/kho-van-ban/favicon.svg');
	});
});
