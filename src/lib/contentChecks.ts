/**
 * The checks every directive file must pass, shared by the build's loader and
 * `npm run check`: one readable line per problem, naming file and field.
 */
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
