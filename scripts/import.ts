/**
 * npm run import -- [options] <files…>
 *
 * Imports text exported from Word or PDF into content/directives/ as MDX.
 * Each file is checked (schema, lost words) before it is written, and written
 * atomically; a file that fails is reported in one line and nothing of it is written.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDayFirstDate, isIsoDate } from '../src/lib/dates.ts';
import { DOCUMENT_TYPE_SLUGS, type DocumentTypeSlug } from '../src/lib/documentTypes.ts';
import { describeIssues } from '../src/lib/frontmatterErrors.ts';
import { withoutArtefacts } from '../src/lib/import/cleanSource.ts';
import { ImportError, importText, pageLabels, type GivenMetadata } from '../src/lib/import/importText.ts';
import { findLostWords } from '../src/lib/import/lostWords.ts';
import { directivePath, toMdxFile } from '../src/lib/import/mdxFile.ts';
import { parseIssuerRegistry } from '../src/lib/issuers.ts';
import { canonicalNumber, isCanonicalNumber } from '../src/lib/numbers.ts';
import { DirectiveSchema } from '../src/schemas/directive.ts';

const USAGE = `Usage: npm run import -- [options] <file.txt…>

Options:
  --type <slug>      document type, e.g. cong-van, thong-bao (default: read from the text)
  --number <số>      document number, e.g. 307-NQ/TU (one file only)
  --date <date>      issue date, 2024-05-03 or 03/5/2024 (one file only)
  --issuer <id>      issuing body id from the issuer registry
  --out <dir>        where to write (default: content/directives)
  --issuers <file>   issuer registry (default: content/issuers.yaml)
  --force            overwrite an existing file
  --dry-run          write nothing; report what would be written
  --json             with --dry-run: print one JSON object per file
  --help             show this help`;

class UsageError extends Error {}

function today(): string {
	const now = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function parseOptions(argv: string[]) {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			type: { type: 'string' },
			number: { type: 'string' },
			date: { type: 'string' },
			issuer: { type: 'string' },
			out: { type: 'string', default: 'content/directives' },
			issuers: { type: 'string', default: 'content/issuers.yaml' },
			force: { type: 'boolean', default: false },
			'dry-run': { type: 'boolean', default: false },
			json: { type: 'boolean', default: false },
			help: { type: 'boolean', default: false },
		},
	});
	if (values.help) return { help: true as const };
	if (positionals.length === 0) throw new UsageError('no file given');
	if ((values.number || values.date) && positionals.length > 1) {
		throw new UsageError('--number and --date apply to one file at a time');
	}
	if (values.json && !values['dry-run']) throw new UsageError('--json goes with --dry-run');
	const given: GivenMetadata = {};
	if (values.type) {
		if (!DOCUMENT_TYPE_SLUGS.includes(values.type as DocumentTypeSlug)) {
			throw new UsageError(`--type "${values.type}" is not one of ${DOCUMENT_TYPE_SLUGS.join(', ')}`);
		}
		given.type = values.type as DocumentTypeSlug;
	}
	if (values.number) {
		const number = canonicalNumber(values.number);
		if (!isCanonicalNumber(number)) throw new UsageError(`--number "${values.number}" is not a number like 307-NQ/TU or 68/KH-UBND`);
		given.number = number;
	}
	if (values.date) {
		const iso = isIsoDate(values.date) ? values.date : parseDayFirstDate(values.date);
		if (!iso) throw new UsageError(`--date "${values.date}" is not a real date (write 2024-05-03 or 03/5/2024)`);
		given.issuedAt = iso;
	}
	let registry;
	try {
		registry = parseIssuerRegistry(readFileSync(values.issuers, 'utf8'), values.issuers);
	} catch (error) {
		throw new UsageError((error as Error).message);
	}
	if (values.issuer) {
		if (!registry.some((i) => i.id === values.issuer)) {
			throw new UsageError(`--issuer "${values.issuer}" is not in ${values.issuers}; known: ${registry.map((i) => i.id).join(', ')}`);
		}
		given.issuer = values.issuer;
	}
	return {
		help: false as const,
		files: positionals,
		given,
		registry,
		out: values.out,
		force: values.force,
		dryRun: values['dry-run'],
		json: values.json,
	};
}

type Options = Exclude<ReturnType<typeof parseOptions>, { help: true }>;

/** Imports one file; returns the path written (or that would be written) and notes. Throws ImportError. */
function importFile(file: string, options: Options): { target: string; warnings: string[] } {
	let source: string;
	try {
		source = readFileSync(file, 'utf8');
	} catch (error) {
		throw new ImportError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
	}
	if (source.includes('\uFFFD')) throw new ImportError('the text is not valid UTF-8; export it again as UTF-8 text');
	const result = importText(source, {
		file: basename(file),
		importedAt: today(),
		registry: options.registry,
		given: options.given,
	});
	const mdx = toMdxFile(result.frontmatter, result.body);

	const checked = DirectiveSchema.safeParse(result.frontmatter);
	if (!checked.success) throw new ImportError(describeIssues('frontmatter', checked.error.issues).join('; '));
	const lost = findLostWords(withoutArtefacts(source), mdx + '\n' + pageLabels(result.frontmatter));
	if (lost.length > 0) {
		const list = lost.slice(0, 10).map((l) => `"${l.word}"${l.missing > 1 ? ` ×${l.missing}` : ''}`).join(', ');
		throw new ImportError(`words of the source would be lost: ${list}${lost.length > 10 ? ', …' : ''}; nothing written, please report this file`);
	}

	const target = join(options.out, directivePath(result.frontmatter));
	if (options.dryRun) {
		if (options.json) {
			process.stdout.write(JSON.stringify({ source: file, target, frontmatter: result.frontmatter, body: result.body, warnings: result.warnings }) + '\n');
		}
		return { target, warnings: result.warnings };
	}
	if (existsSync(target) && !options.force) {
		throw new ImportError(`${target} exists already; pass --force to overwrite it`);
	}
	mkdirSync(dirname(target), { recursive: true });
	const temporary = `${target}.${process.pid}.tmp`;
	writeFileSync(temporary, mdx);
	renameSync(temporary, target);
	return { target, warnings: result.warnings };
}

function main(argv: string[]): number {
	let options;
	try {
		options = parseOptions(argv);
	} catch (error) {
		if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
			process.stderr.write(`import: ${(error as Error).message}\n\n${USAGE}\n`);
			return 2;
		}
		throw error;
	}
	if (options.help) {
		process.stdout.write(USAGE + '\n');
		return 0;
	}
	let failed = 0;
	options.files.forEach((file, i) => {
		const progress = `[${i + 1}/${options.files.length}]`;
		try {
			const { target, warnings } = importFile(file, options);
			if (!options.json) {
				process.stderr.write(`${progress} ${file} → ${target}${options.dryRun ? ' (dry run, not written)' : ''}\n`);
				for (const warning of warnings) process.stderr.write(`      note: ${warning}\n`);
			}
		} catch (error) {
			if (!(error instanceof ImportError)) throw error;
			failed++;
			process.stderr.write(`${progress} ${file}: ${error.message}\n`);
		}
	});
	if (options.files.length > 1 || failed > 0) {
		process.stderr.write(`${options.files.length - failed} ${options.dryRun ? "checked" : "imported"}, ${failed} failed\n`);
	}
	return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
