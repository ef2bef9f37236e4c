/**
 * The checks every directive file must pass, the one pipeline that the build's
 * loader and `npm run check` both run: one readable line per problem, naming the
 * file and the field or line, each message written here once.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { DirectiveSchema } from '../schemas/directive.ts';
import { duplicateIdentities } from './citationGraph.ts';
import { badCitationLinks } from './citationLinks.ts';
import { describeIssues } from './frontmatterErrors.ts';
import { mdxProblems } from './mdxSafety.ts';

export interface CheckContext {
	/** The ids of content/issuers.yaml (or the archive's own registry). */
	issuerIds: ReadonlySet<string>;
	issuersFile: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The text below the frontmatter. */
export function bodyOf(text: string): string {
	return text.replace(FRONTMATTER, '');
}

/**
 * The frontmatter of a file as data, for `npm run check` (the build's glob() reads
 * it itself): the fields, or the one problem that keeps them from being read.
 */
export function readFrontmatter(file: string, text: string): { data: Record<string, unknown> } | { problem: string } {
	const head = FRONTMATTER.exec(text);
	if (!head) return { problem: `${file}: no frontmatter; start the file with the fields between two lines of ---` };
	let data: unknown;
	try {
		data = yaml.load(head[1]!);
	} catch (error) {
		// js-yaml counts lines from the first line of the frontmatter, which is the file's second.
		const { reason, mark } = error as { reason?: string; mark?: { line: number } };
		const at = mark ? `:${mark.line + 2}` : '';
		return { problem: `${file}${at}: the frontmatter is not valid YAML (${reason ?? (error as Error).message.split('\n')[0]}); fix that line` };
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return { problem: `${file}: frontmatter must be fields such as "type: cong-van"` };
	}
	return { data: data as Record<string, unknown> };
}

export function checkFrontmatter(file: string, data: Record<string, unknown>, context: CheckContext): string[] {
	const problems: string[] = [];
	const result = DirectiveSchema.safeParse(data);
	if (!result.success) problems.push(...describeIssues(file, result.error.issues));
	const issuer = data['issuer'];
	if (typeof issuer === 'string' && !context.issuerIds.has(issuer)) {
		problems.push(`${file}: issuer: "${issuer}" is not in ${context.issuersFile}; use one of ${[...context.issuerIds].join(', ')}, or add it there`);
	}
	return problems;
}

/** What stands at a path, without following a link: a symbolic link is never read as the file it names. */
function kindOf(path: string): 'file' | 'link' | 'other' | 'missing' {
	try {
		const stat = lstatSync(path);
		return stat.isSymbolicLink() ? 'link' : stat.isFile() ? 'file' : 'other';
	} catch {
		return 'missing';
	}
}

/** A document file that is a symbolic link: nothing of it is read as the archive's (it could name any file). */
export function linkProblem(file: string): string | null {
	return kindOf(file) === 'link' ? `${file}: the file is a symbolic link; keep the document itself in the content folder` : null;
}

/**
 * The original named in `source.original` must stand beside the file, as a file of
 * its own (a symbolic link could publish anything the build machine can read), with
 * the checksum the frontmatter records: the page links to it and the build copies it.
 */
function checkOriginal(file: string, data: Record<string, unknown>): string[] {
	const source = data['source'] as { original?: unknown; sha256?: unknown } | null | undefined;
	const original = source?.original;
	if (typeof original !== 'string') return [];
	const path = join(dirname(file), original);
	const kind = kindOf(path);
	if (kind === 'missing') return [`${file}: source.original: "${original}" is not beside this file; put the original there, or remove the line`];
	if (kind === 'link') return [`${file}: source.original: "${original}" is a symbolic link; put the original file itself beside this file`];
	if (kind === 'other') return [`${file}: source.original: "${original}" is not a file; put the original file there, or remove the line`];
	if (typeof source?.sha256 === 'string' && createHash('sha256').update(readFileSync(path)).digest('hex') !== source.sha256) {
		return [`${file}: source.original: "${original}" is not the file this document was imported from (its checksum differs from source.sha256); put that file back, or import the new one`];
	}
	return [];
}

/**
 * Every problem of one file: its frontmatter (unless the caller has checked it
 * already, as the loader does while Astro parses), its original, and its text
 * (unless the caller knows this very text passed, as the loader does of a file
 * unchanged since a build that checked it; `text` is then not read).
 */
export function checkFile(
	file: string,
	text: string,
	data: Record<string, unknown>,
	context: CheckContext,
	options: { frontmatterChecked?: boolean; textChecked?: boolean } = {},
): string[] {
	return [
		...(options.frontmatterChecked ? [] : checkFrontmatter(file, data, context)),
		...checkOriginal(file, data),
		...(options.textChecked ? [] : checkText(file, text)),
	];
}

/** The problems of a file's text: no body, MDX that would run, citation links that lead nowhere. */
function checkText(file: string, text: string): string[] {
	return [
		...(bodyOf(text).trim() ? [] : [`${file}: the document has no text; paste its text below the frontmatter`]),
		...[...mdxProblems(text), ...badCitationLinks(text)].map((p) => `${file}:${p.line}: ${p.problem}`),
	];
}

export interface Identity {
	id: string;
	file: string;
	number: string | null;
	issuedAt: string | null;
	issuer: string | null;
}

/** Documents claiming one identity (issuer, number, date): a problem for each after the first, by file name. */
export function duplicateProblems(documents: readonly Identity[]): { id: string; problem: string }[] {
	const fileOf = new Map(documents.map((d) => [d.id, d.file]));
	const sorted = [...documents].sort((a, b) => a.file.localeCompare(b.file));
	return duplicateIdentities(sorted).flatMap((ids) => {
		const names = ids.map((id) => fileOf.get(id)).join(', ');
		return ids.slice(1).map((id) => ({ id, problem: `${fileOf.get(id)}: the same issuer, number and date as another document (${names}); keep one, or correct the number or date` }));
	});
}
