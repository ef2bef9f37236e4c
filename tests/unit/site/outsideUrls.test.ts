import { describe, expect, it } from 'vitest';
import { findOutsideUrls } from '../../../src/lib/outsideUrls.ts';

describe('findOutsideUrls', () => {
	it('finds absolute and protocol-relative URLs, with their lines', () => {
		expect(findOutsideUrls('a\n<script src="//cdn.example/x.js"></script>\n<a href=\'https://example.com/p?q=1\'>')).toEqual([
			{ url: '//cdn.example/x.js', line: 2 },
			{ url: 'https://example.com/p?q=1', line: 3 },
		]);
		expect(findOutsideUrls('x{background:url("http://img.example/a.png")}')).toEqual([{ url: 'http://img.example/a.png', line: 1 }]);
		expect(findOutsideUrls('new WebSocket(`wss://live.example/s`)')).toEqual([{ url: 'wss://live.example/s', line: 1 }]);
	});

	it('allows XML namespace URIs only where they are namespaces', () => {
		expect(findOutsideUrls('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink=\'http://www.w3.org/1999/xlink\'>')).toEqual([]);
		expect(findOutsideUrls('url("data:image/svg+xml,%3Csvg xmlns=%27http://www.w3.org/2000/svg%27%3E")')).toEqual([]);
		expect(findOutsideUrls('e.innerHTML="<svg xmlns=\\"http://www.w3.org/2000/svg\\">"')).toEqual([]);
		expect(findOutsideUrls('<a href="http://www.w3.org/2000/svg">')).toEqual([{ url: 'http://www.w3.org/2000/svg', line: 1 }]);
		expect(findOutsideUrls('document.createElementNS("http://www.w3.org/2000/svg","svg")')).toHaveLength(1);
	});

	it('leaves comments, paths and figures alone', () => {
		expect(findOutsideUrls('// comment\nlet a = b // c\nconst p = "/kho//van-ban/"; 11/40; a//b')).toEqual([]);
	});
});
