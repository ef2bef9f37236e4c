/**
 * The checks every directive file must pass, shared by the build's loader and
 * `npm run check`: one readable line per problem, naming file and field.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DirectiveSchema } from '../schemas/directive.ts';
import { describeIssues } from './frontmatterErrors.ts';

export function checkFrontmatter(file: string, data: Record<string, unknown>, issuerIds: ReadonlySet<string>, issuersFile: string): string[] {
	const problems: string[] = [];
	const result = DirectiveSchema.safeParse(data);
	if (!result.success) problems.push(...describeIssues(file, result.error.issues));
	const issuer = data['issuer'];
	if (typeof issuer === 'string' && !issuerIds.has(issuer)) {
		problems.push(`${file}: issuer: "${issuer}" is not in ${issuersFile}; use one of ${[...issuerIds].join(', ')}, or add it there`);
	}
	return problems;
}

/** The original named in `source.original` must stand beside the file: the page links to it. */
export function checkOriginal(file: string, data: Record<string, unknown>): string[] {
	const original = (data['source'] as { original?: unknown } | null | undefined)?.original;
	if (typeof original !== 'string' || existsSync(join(dirname(file), original))) return [];
	return [`${file}: source.original: "${original}" is not beside this file; put the original there, or remove the line`];
}
