/**
 * The importer's one front door: a file in (Word, PDF, text), the document out, as
 * frontmatter and MDX with its place in the archive, checked, with what was read,
 * inferred, taken from the register or given, what is missing and why. Nothing is
 * written here: `npm run import` writes, `npm run eval` and the tests only read.
 *
 * A file is refused (ImportError, UnreadableSource: one line, no file name) only for
 * what truly stops it: it cannot be read, or a word of it would be lost. Missing
 * metadata never refuses it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isOwnNumber, parseCitations, type Citation } from '../lib/citations.ts';
import { describeIssues } from '../lib/frontmatterErrors.ts';
import { DirectiveSchema } from '../schemas/directive.ts';
import type { Issuer } from '../schemas/issuer.ts';
import { extractedText } from './extracted.ts';
import type { OcrProgress } from './formats/ocr.ts';
import { readSource, type SourceFormat } from './formats/readSource.ts';
import { ImportError, importDocument, pageLabels, type Frontmatter, type GivenMetadata, type Missing, type RegisterFacts } from './importText.ts';
import { findLostWords } from './lostWords.ts';
import { directivePath, originalPath, toMdxFile } from './mdxFile.ts';
import { issuerFromHeader } from './metadata.ts';
import { matchRegisterRow, type RegisterRow } from './register.ts';
import { reportImport, type ImportReport } from './report.ts';

export interface ImportFileOptions {
	registry: readonly Issuer[];
	given?: GivenMetadata;
	/** The office's register of outgoing documents, read with readRegister, and its file name. */
	register?: { file: string; rows: readonly RegisterRow[] };
	/** The import date, YYYY-MM-DD (default: today). */
	importedAt?: string;
	/** The file's bytes, when the caller has read them already. */
	bytes?: Uint8Array;
	/** Told as OCR reads each page of a scan. */
	progress?: OcrProgress;
}

export interface ImportedFile {
	frontmatter: Frontmatter;
	body: string;
	/** The MDX file as it would be written. */
	mdx: string;
	/** Where it goes under content/directives/: "2024/307-nq-tu.mdx". */
	path: string;
	/** Where the original goes, beside it: "2024/307-nq-tu.docx". */
	original: string;
	bytes: Uint8Array;
	sha256: string;
	importer: SourceFormat;
	warnings: string[];
	/** What was read, inferred, taken from the register or given, and what is missing and why. */
	report: ImportReport;
	missing: Missing;
	/** The issuing body as the header prints it, known to the registry or not. */
	printedIssuer: string | null;
	/** The register's row this file matched, if any. */
	registerRow: number | null;
}

export function today(): string {
	const now = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The register's row as facts for the importer, its issuer's name looked up in the registry. */
function registerFacts(row: RegisterRow, registerFile: string, registry: readonly Issuer[], warnings: string[]): RegisterFacts {
	let issuer: string | null = null;
	if (row.issuerName) {
		const { found } = issuerFromHeader([row.issuerName], registry);
		if (found) issuer = found.value;
		else warnings.push(`the register's issuer "${row.issuerName}" (row ${row.row}) is not in the issuer registry: issuer read from the file`);
	}
	return {
		from: `sổ đăng ký ${basename(registerFile)}, dòng ${row.row}`,
		number: row.number,
		issuedAt: row.issuedAt,
		title: row.title,
		signer: row.signer,
		issuer,
	};
}

/** Imports one file in memory. Throws ImportError or UnreadableSource with a one-line reason. */
export async function importFile(path: string, options: ImportFileOptions): Promise<ImportedFile> {
	let bytes = options.bytes;
	if (!bytes) {
		try {
			bytes = readFileSync(path);
		} catch (error) {
			throw new ImportError(`cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
		}
	}
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	const { document, importer } = await readSource(path, bytes, options.progress ? { progress: options.progress } : {});
	const warnings: string[] = [];
	let registerRow: number | null = null;
	let registerFrom: string | null = null;
	const register = options.register;
	const result = importDocument(document, {
		file: basename(path),
		sha256,
		importer,
		importedAt: options.importedAt ?? today(),
		registry: options.registry,
		...(options.given ? { given: options.given } : {}),
		...(register
			? {
					lookupRegister: (number: string | null) => {
						const { row, ambiguous } = matchRegisterRow(register.rows, { name: basename(path), number });
						if (row) {
							registerRow = row.row;
							const facts = registerFacts(row, register.file, options.registry, warnings);
							registerFrom = facts.from;
							return facts;
						}
						if (ambiguous.length > 0) warnings.push(`the register has several rows for this file (rows ${ambiguous.map((r) => r.row).join(', ')}): none used`);
						else warnings.push('not in the register: nothing taken from it');
						return null;
					},
				}
			: {}),
	});
	const target = directivePath(result.frontmatter);
	const original = originalPath(target, importer);
	result.frontmatter.source.original = basename(original);
	const mdx = toMdxFile(result.frontmatter, result.body);

	const checked = DirectiveSchema.safeParse(result.frontmatter);
	if (!checked.success) throw new ImportError(describeIssues('frontmatter', checked.error.issues).join('; '));
	const lost = findLostWords(extractedText(document), mdx + '\n' + pageLabels(result.frontmatter));
	if (lost.length > 0) {
		const list = lost.slice(0, 10).map((l) => `"${l.word}"${l.missing > 1 ? ` ×${l.missing}` : ''}`).join(', ');
		throw new ImportError(`words of the source would be lost: ${list}${lost.length > 10 ? ', …' : ''}; nothing written, please report this file`);
	}
	return {
		frontmatter: result.frontmatter,
		body: result.body,
		mdx,
		path: target,
		original,
		bytes,
		sha256,
		importer,
		warnings: [...warnings, ...result.warnings],
		report: reportImport(result.frontmatter, registerFrom, result.missing),
		missing: result.missing,
		printedIssuer: result.printedIssuer,
		registerRow,
	};
}

/**
 * The citations of a file as it stands, header and any text above it included,
 * without the document's own number (read first from its header, or from the lede
 * of a repost), for `npm run cite` and `npm run eval`.
 */
export async function citationsInFile(path: string, registry: readonly Issuer[]): Promise<{ number: string | null; citations: Citation[] }> {
	const bytes = readFileSync(path);
	const { document, importer } = await readSource(path, bytes);
	const { frontmatter } = importDocument(document, { file: basename(path), sha256: '', importer, importedAt: today(), registry });
	const citations = parseCitations(extractedText(document).normalize('NFC')).filter((c) => !isOwnNumber(c, frontmatter.number));
	return { number: frontmatter.number, citations };
}
