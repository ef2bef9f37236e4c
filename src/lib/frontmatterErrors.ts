/**
 * Turns schema problems into one readable line each:
 * `content/directives/2024/x.mdx: number: write the number as "307-NQ/TU"`.
 */

/** The part of a zod issue this module reads (zod 4's `$ZodIssue` fits it). */
export interface SchemaIssue {
	code: string;
	path: PropertyKey[];
	message: string;
	keys?: string[];
}

function fieldName(path: PropertyKey[]): string {
	return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
}

export function describeIssue(file: string, issue: SchemaIssue): string {
	if (issue.code === 'unrecognized_keys' && issue.keys) {
		const where = issue.path.length ? `${fieldName(issue.path)}: ` : '';
		return `${file}: ${where}unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; remove or rename ${issue.keys.length > 1 ? 'them' : 'it'}`;
	}
	const field = issue.path.length ? fieldName(issue.path) : '(frontmatter)';
	return `${file}: ${field}: ${issue.message}`;
}

export function describeIssues(file: string, issues: readonly SchemaIssue[]): string[] {
	return issues.map((issue) => describeIssue(file, issue));
}
