/**
 * npm run cite -- <file>             print the citations of a text file as JSON
 * npm run cite -- --mark [files…]    mark citations as links in MDX files
 *                                    (default: every file in content/directives)
 *
 * Marking leaves marked citations alone, so running it again changes nothing.
 */
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { citationsInFile } from '../src/import/importFile.ts';
import { UnreadableSource } from '../src/import/extracted.ts';
import { markCitations } from '../src/lib/citationLinks.ts';
import { parseIssuerRegistry } from '../src/lib/issuers.ts';

const USAGE = `Usage: npm run cite -- <file>            print citations as JSON [{text, type, number, date}],
                                         leaving out the document's own number (read from its header)
       npm run cite -- --mark [files…]   mark citations in MDX files (default: content/directives)`;

function mdxFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
		.sort()
		.map((f) => join(dir, f));
}

/** Marks citations in the body of one MDX file, leaving its frontmatter as it is. */
function markFile(file: string): number {
	const text = readFileSync(file, 'utf8');
	const split = /^---\n[\s\S]*?\n---\n/.exec(text);
	const head = split ? split[0] : '';
	const { mdx, marked } = markCitations(text.slice(head.length));
	if (marked > 0) {
		const temporary = `${file}.${process.pid}.tmp`;
		writeFileSync(temporary, head + mdx);
		renameSync(temporary, file);
	}
	return marked;
}

async function main(argv: string[]): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({ args: argv, allowPositionals: true, options: { mark: { type: 'boolean', default: false } } });
	} catch (error) {
		process.stderr.write(`cite: ${(error as Error).message}\n\n${USAGE}\n`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.mark) {
		const files = positionals.length > 0 ? positionals : mdxFiles('content/directives');
		let total = 0;
		files.forEach((file, i) => {
			const marked = markFile(file);
			total += marked;
			process.stderr.write(`[${i + 1}/${files.length}] ${file}: ${marked} citation(s) marked\n`);
		});
		process.stderr.write(`${total} citation(s) marked in ${files.length} file(s)\n`);
		return 0;
	}
	if (positionals.length !== 1) {
		process.stderr.write(`cite: give one file\n\n${USAGE}\n`);
		return 2;
	}
	const file = positionals[0]!;
	let found;
	try {
		found = await citationsInFile(file, parseIssuerRegistry(readFileSync('content/issuers.yaml', 'utf8'), 'content/issuers.yaml'));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		process.stderr.write(`cite: ${file}: ${error instanceof UnreadableSource ? error.message : `cannot read the file (${code ?? (error as Error).message})`}\n`);
		return 1;
	}
	for (const c of found.citations) if (c.doubt) process.stderr.write(`cite: ${file}: ${c.doubt}\n`);
	const citations = found.citations.map(({ text, type, number, date }) => ({ text, type, number, date }));
	process.stdout.write(JSON.stringify(citations, null, 2) + '\n');
	return 0;
}

process.exitCode = await main(process.argv.slice(2));
