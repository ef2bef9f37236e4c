/**
 * npm run import -- [options] <files or directories…>
 *
 * Imports Word (.docx, .doc through LibreOffice), PDF, scans (read by OCRmyPDF) and
 * text files into content/directives/ as MDX, with the original kept beside each file. With
 * --register, the office's register of outgoing documents supplies number, date,
 * trích yếu, signer and issuer, and wins where the file disagrees. Each file is
 * checked (schema, lost words) before it is written, and written atomically; a file
 * already imported unchanged is skipped; a file that fails is reported in one line
 * and nothing of it is written, and the batch goes on.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDayFirstDate, isIsoDate } from '../src/lib/dates.ts';
import { DOCUMENT_TYPE_SLUGS, type DocumentTypeSlug } from '../src/lib/documentTypes.ts';
import { UnreadableSource } from '../src/import/extracted.ts';
import { LOW_CONFIDENCE } from '../src/import/formats/ocr.ts';
import { IMPORTABLE_EXTENSIONS, lowConfidenceNote } from '../src/import/formats/readSource.ts';
import { leftoverProblem, leftoverTemporaries, readImported, writeDocument, type Imported } from '../src/import/archiveFolder.ts';
import { importFile } from '../src/import/importFile.ts';
import { readFrontmatter } from '../src/lib/contentChecks.ts';
import { ImportError, type GivenMetadata } from '../src/import/importText.ts';
import { readRegister, RegisterError, type RegisterRow } from '../src/import/register.ts';
import { reportLines } from '../src/import/report.ts';
import { parseIssuerRegistry } from '../src/lib/issuers.ts';
import { canonicalNumber, isCanonicalNumber } from '../src/lib/numbers.ts';

const USAGE = `Usage: npm run import -- [options] <files or directories…>

Reads .docx, .doc (with LibreOffice), .pdf, .txt and .md files, and scans (.pdf
without text, .png, .jpg, .tif: read by OCR with OCRmyPDF); directories are read
with their sub-directories.

Options:
  --register <file>  the register of outgoing documents (.csv or .xlsx): number,
                     date, trích yếu, signer and issuer are taken from it
  --type <slug>      document type, e.g. cong-van, thong-bao (default: read from the text)
  --number <số>      document number, e.g. 307-NQ/TU (one file only)
  --date <date>      issue date, 2024-05-03 or 03/5/2024 (one file only)
  --issuer <id>      issuing body id from the issuer registry
  --out <dir>        where to write (default: content/directives)
  --issuers <file>   issuer registry (default: content/issuers.yaml)
  --force            import again a file imported before; overwrite an existing file
  --dry-run          write nothing; report what would be written
  --json             with --dry-run: print one JSON object per file (with "skipped"
                     or "error" for a file not imported)
  --help             show this help`;

class UsageError extends Error {}

function parseOptions(argv: string[]) {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			register: { type: 'string' },
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
	const files = positionals.flatMap(listFiles);
	if (files.length === 0) throw new UsageError(`no ${IMPORTABLE_EXTENSIONS.join(', ')} file in ${positionals.join(', ')}`);
	if ((values.number || values.date) && files.length > 1) {
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
		files,
		given,
		registry,
		register: values.register ?? null,
		out: values.out,
		force: values.force,
		dryRun: values['dry-run'],
		json: values.json,
	};
}

type Options = Exclude<ReturnType<typeof parseOptions>, { help: true }>;

/** A file as given, or the importable files of a directory and its sub-directories, sorted. */
function listFiles(path: string): string[] {
	let stats;
	try {
		stats = statSync(path);
	} catch {
		throw new UsageError(`${path}: no such file or directory`);
	}
	if (!stats.isDirectory()) return [path];
	return readdirSync(path, { recursive: true, encoding: 'utf8' })
		.filter((name) => IMPORTABLE_EXTENSIONS.includes(extname(name).toLowerCase()))
		// Word's lock files (~$name.docx) and hidden files are not documents.
		.filter((name) => !/(?:^|\/)(?:~\$|\.)[^/]*$/u.test(name))
		.sort()
		.map((name) => join(path, name))
		.filter((file) => statSync(file).isFile());
}

interface ImportedFile {
	target: string;
	warnings: string[];
	report: string[];
	skipped?: boolean;
	/** Pages OCR read with low confidence. */
	doubtful?: { page: number; confidence: number }[];
}

/** Imports one file and writes it (unless a dry run). Throws ImportError or UnreadableSource with a one-line reason. */
async function importOne(file: string, options: Options, context: Context, tell: (line: string) => void): Promise<ImportedFile> {
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		throw new ImportError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
	}
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	const before = context.imported.bySha.get(sha256);
	if (before && !options.force) return { target: before, warnings: [], report: [], skipped: true };

	const result = await importFile(file, {
		bytes,
		registry: options.registry,
		given: options.given,
		...(context.register ? { register: { file: options.register!, rows: context.register } } : {}),
		progress: (done, total) => tell(`OCR: page ${done}${total === null ? '' : ` of ${total}`} read`),
	});
	if (result.registerRow !== null) context.matchedRows.add(result.registerRow);
	const target = join(options.out, result.path);
	const original = join(options.out, result.original);
	const doubtful = (result.frontmatter.source.ocr?.pages ?? []).filter((p) => p.confidence < LOW_CONFIDENCE);
	const imported = { target, warnings: result.warnings, report: reportLines(result.report), doubtful };
	if (options.dryRun) {
		if (options.json) {
			process.stdout.write(JSON.stringify({ source: file, target, frontmatter: result.frontmatter, body: result.body, warnings: imported.warnings, missing: result.missing }) + '\n');
		}
		return imported;
	}
	if (existsSync(target) && !options.force) {
		throw new ImportError(`${target} exists already; pass --force to overwrite it`);
	}
	// A document without a number is named by its checksum: an edited file would become a second document.
	const earlier = result.frontmatter.number === null ? (context.imported.unnumbered.get(result.frontmatter.source.file) ?? []).filter((path) => path !== target) : [];
	if (earlier.length > 0 && !options.force) {
		throw new ImportError(`an earlier import of this file without a number is ${earlier.join(', ')}; pass --force to replace it with this one`);
	}
	mkdirSync(dirname(target), { recursive: true });
	writeDocument(target, original, result.mdx, bytes, options.force);
	for (const path of earlier) removeDocument(path);
	if (earlier.length > 0) imported.warnings.push(`replaced the earlier import of this file, ${earlier.join(', ')}`);
	context.imported.bySha.set(sha256, target);
	return imported;
}

/** A document and its original, both gone. */
function removeDocument(mdx: string): void {
	const original = readFrontmatter(mdx, readFileSync(mdx, 'utf8'));
	const name = 'data' in original ? (original.data['source'] as { original?: unknown } | null)?.original : undefined;
	if (typeof name === 'string') rmSync(join(dirname(mdx), name), { force: true });
	rmSync(mdx, { force: true });
}

interface Context {
	imported: Imported;
	register: RegisterRow[] | null;
	matchedRows: Set<number>;
}

async function main(argv: string[]): Promise<number> {
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
	for (const file of leftoverTemporaries(options.out)) {
		if (!options.dryRun) rmSync(file, { force: true });
		process.stderr.write(`${leftoverProblem(file)}${options.dryRun ? '' : ': removed'}\n`);
	}
	const context: Context = { imported: readImported(options.out), register: null, matchedRows: new Set() };
	if (options.register) {
		try {
			const { rows, warnings } = await readRegister(options.register);
			context.register = rows;
			for (const warning of warnings) process.stderr.write(`register: ${warning}\n`);
		} catch (error) {
			if (!(error instanceof RegisterError)) throw error;
			process.stderr.write(`import: ${error.message}\n`);
			return 2;
		}
	}
	const counts = { imported: 0, unchanged: 0, failed: 0 };
	const doubtful: string[] = [];
	const total = options.files.length;
	for (const [i, file] of options.files.entries()) {
		const progress = `[${i + 1}/${total}]`;
		try {
			const tell = (line: string) => {
				if (!options.json) process.stderr.write(`${progress} ${file}: ${line}\n`);
			};
			const { target, warnings, report, skipped, doubtful: pages } = await importOne(file, options, context, tell);
			if (skipped) {
				counts.unchanged++;
				if (options.json) process.stdout.write(JSON.stringify({ source: file, target, skipped: 'unchanged since it was imported' }) + '\n');
				else process.stderr.write(`${progress} ${file}: unchanged since it was imported as ${target}; skipped\n`);
				continue;
			}
			counts.imported++;
			if (pages?.length) doubtful.push(`${target}: ${lowConfidenceNote(pages)}`);
			if (!options.json) {
				process.stderr.write(`${progress} ${file} → ${target}${options.dryRun ? ' (dry run, not written)' : ''}\n`);
				for (const line of report) process.stderr.write(`      ${line}\n`);
				for (const warning of warnings) process.stderr.write(`      note: ${warning}\n`);
			}
		} catch (error) {
			counts.failed++;
			const known = error instanceof ImportError || error instanceof UnreadableSource;
			const reason = known ? error.message : `the importer failed unexpectedly (${(error as Error).message}); nothing written, please report this file`;
			process.stderr.write(`${progress} ${file}: ${reason}\n`);
			if (options.json) process.stdout.write(JSON.stringify({ source: file, error: reason }) + '\n');
		}
	}
	const unmatched = (context.register ?? []).filter((row) => !context.matchedRows.has(row.row));
	if (context.register && unmatched.length > 0) {
		process.stderr.write(`register: no file for row(s) ${unmatched.map((r) => r.row).join(', ')}\n`);
	}
	if (doubtful.length > 0 && total > 1) {
		process.stderr.write(`to check against their scans:\n${doubtful.map((line) => `  ${line}\n`).join('')}`);
	}
	if (total > 1 || counts.failed > 0 || counts.unchanged > 0) {
		const parts = [`${counts.imported} ${options.dryRun ? 'checked' : 'imported'}`];
		if (counts.unchanged > 0) parts.push(`${counts.unchanged} unchanged`);
		parts.push(`${counts.failed} failed`);
		process.stderr.write(parts.join(', ') + '\n');
	}
	return counts.failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
