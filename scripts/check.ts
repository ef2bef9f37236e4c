/**
 * npm run check [-- --content <dir>]
 *
 * Checks the whole archive without building it: every file's frontmatter, the
 * issuer registry, documents that claim the same identity (errors), and
 * citations that resolve to no archived document or to several (warnings).
 * Exits 1 when there is an error.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCitationGraph, referencesOf, type ArchivedDocument, type Reference } from '../src/lib/citationGraph.ts';
import { readCitationLinks } from '../src/lib/citationLinks.ts';
import { bodyOf, checkFile, duplicateProblems, linkProblem, readFrontmatter, type Identity } from '../src/lib/contentChecks.ts';
import { leftoverProblem, leftoverTemporaries } from '../src/import/archiveFolder.ts';
import { parseIssuerRegistry } from '../src/lib/issuers.ts';
import { validityConflict, validityOf } from '../src/lib/validity.ts';
import { DirectiveSchema } from '../src/schemas/directive.ts';

const USAGE = 'Usage: npm run check [-- --content <dir>]   (default: content, or ARCHIVE_CONTENT)';

function main(argv: string[]): number {
	let content: string;
	try {
		const { values } = parseArgs({
			args: argv,
			options: { content: { type: 'string', default: process.env['ARCHIVE_CONTENT'] ?? 'content' }, help: { type: 'boolean', short: 'h' } },
		});
		if (values.help) {
			process.stdout.write(`${USAGE}\n`);
			return 0;
		}
		content = values.content;
	} catch (error) {
		process.stderr.write(`check: ${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
	const root = content.replace(/\/+$/, '');
	const issuersFile = `${root}/issuers.yaml`;
	const directives = `${root}/directives`;
	const errors: string[] = [];
	const warnings: string[] = [];

	let issuerIds = new Set<string>();
	try {
		issuerIds = new Set(parseIssuerRegistry(readFileSync(issuersFile, 'utf8'), issuersFile).map((i) => i.id));
	} catch (error) {
		errors.push((error as Error).message);
	}

	const documents: (ArchivedDocument & Identity)[] = [];
	const fileOf = new Map<string, string>();
	const statusOf = new Map<string, string>();
	const references: Reference[] = [];
	const files = readdirSync(directives, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.mdx?$/.test(f))
		.sort();
	for (const name of files) {
		const file = relative(process.cwd(), join(directives, name));
		const id = name.replace(/\.mdx?$/, '');
		const link = linkProblem(file);
		if (link) {
			errors.push(link);
			continue;
		}
		const text = readFileSync(join(directives, name), 'utf8');
		const frontmatter = readFrontmatter(file, text);
		if ('problem' in frontmatter) {
			errors.push(frontmatter.problem);
			continue;
		}
		const problems = checkFile(file, text, frontmatter.data, { issuerIds, issuersFile });
		errors.push(...problems);
		if (problems.length > 0) continue;
		const doc = DirectiveSchema.parse(frontmatter.data);
		documents.push({ id, file, number: doc.number, issuedAt: doc.issuedAt, issuer: doc.issuer });
		statusOf.set(id, doc.status);
		fileOf.set(id, file);
		references.push(...referencesOf(id, readCitationLinks(bodyOf(text)), doc));
	}

	errors.push(...duplicateProblems(documents).map((d) => d.problem));
	warnings.push(...leftoverTemporaries(directives).map((file) => leftoverProblem(relative(process.cwd(), file))));
	const graph = buildCitationGraph(documents, references);
	const seen = new Set<string>();
	for (const problem of graph.problems) {
		const key = `${problem.from}|${problem.text}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const from = fileOf.get(problem.from);
		warnings.push(
			problem.kind === 'ambiguous'
				? `${from}: "${problem.text}" could be ${problem.candidates.map((id) => fileOf.get(id)).join(' or ')}; add the date to its link (vb:NUMBER@YYYY-MM-DD)`
				: `${from}: "${problem.text}" is not in the archive (its page says "chưa có trong kho")`,
		);
	}

	// A stated status the relations contradict: "in force" while a later archived document replaces or repeals it.
	const dateById = new Map(documents.map((d) => [d.id, d.issuedAt]));
	const dateOf = (id: string) => dateById.get(id) ?? null;
	for (const doc of documents) {
		const conflict = validityConflict(statusOf.get(doc.id)!, validityOf(doc.issuedAt, graph.citedBy({ kind: 'document', id: doc.id }), dateOf), (id) => fileOf.get(id)!);
		if (conflict) warnings.push(`${fileOf.get(doc.id)}: ${conflict}`);
	}

	for (const e of errors) process.stdout.write(`error: ${e}\n`);
	for (const w of warnings) process.stdout.write(`warning: ${w}\n`);
	const cited = new Set(graph.stubs.map((s) => s.number)).size;
	process.stdout.write(
		`Checked ${files.length} document(s), ${references.length} citation(s): ` +
			`${errors.length} error(s), ${warnings.length} warning(s); ${cited} cited number(s) not in the archive.\n`,
	);
	return errors.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
