import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIssuerRegistry } from '../../../src/lib/issuers.ts';

describe('the issuer registry', () => {
	it('reads content/issuers.yaml', () => {
		const registry = parseIssuerRegistry(readFileSync('content/issuers.yaml', 'utf8'), 'content/issuers.yaml');
		expect(registry.map((i) => i.id)).toEqual(['ban-thuong-vu-tinh-uy', 'tinh-uy', 'ubnd-tinh']);
		expect(registry.every((i) => i.province === null)).toBe(true);
	});

	it('names the problem in a broken registry', () => {
		const entry = 'id: tinh-uy\n  name: Tỉnh ủy\n  shortName: TU\n  symbol: TU\n  system: dang';
		expect(() => parseIssuerRegistry(`- ${entry}\n- ${entry}`, 'r.yaml')).toThrow('r.yaml: id "tinh-uy" appears twice');
		expect(() => parseIssuerRegistry('- id: Tỉnh Ủy\n  name: x', 'r.yaml')).toThrow(/r\.yaml: \[0\]\.id: expected an id in lowercase ASCII/);
		expect(() => parseIssuerRegistry('- [', 'r.yaml')).toThrow(/^r\.yaml: not valid YAML/);
		expect(() => parseIssuerRegistry(`- ${entry.replace('tinh-uy', 'chua-ro')}`, 'r.yaml')).toThrow(
			'r.yaml: [0].id: "chua-ro" is the page of documents whose issuer is unknown; choose another id',
		);
	});
});
