import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../../src/lib/frontmatterErrors.ts';

describe('frontmatterErrors', () => {
	it('names file, field and what to write, one line a problem', () => {
		expect(describeIssue('a.mdx', { code: 'custom', path: ['signer', 'name'], message: 'expected text' })).toBe(
			'a.mdx: signer.name: expected text',
		);
		expect(describeIssue('a.mdx', { code: 'too_small', path: ['recipients', 2], message: 'expected text' })).toBe(
			'a.mdx: recipients[2]: expected text',
		);
		expect(describeIssue('a.mdx', { code: 'unrecognized_keys', path: [], keys: ['numbr'], message: '' })).toBe(
			'a.mdx: unknown field "numbr"; remove or rename it',
		);
	});
});
