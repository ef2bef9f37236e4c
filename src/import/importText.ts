/**
 * The importer: a document as a format reader extracted it (or plain text) in,
 * frontmatter and MDX body out. It reads what the document says, takes what the
 * archivist or the office's register states, and never invents the rest.
 */
import { createHash } from 'node:crypto';
import { findDeadlines } from '../lib/deadlines.ts';
import { documentType, type DocumentType, type DocumentTypeSlug } from '../lib/documentTypes.ts';
import type { Directive } from '../schemas/directive.ts';
import type { Issuer } from '../schemas/issuer.ts';
import { yearOf } from '../lib/dates.ts';
import { markCitations } from '../lib/citationLinks.ts';
import { bodyToMdx } from './body.ts';
import type { ExtractedDocument } from './extracted.ts';
import { readHeader } from './header.ts';
import { textDocument } from './formats/text.ts';
import { fromLede, issuerFromHeader, issuerFromText, typeFromNumber, typeFromSelfReference, type Found } from './metadata.ts';
import { segmentDocument, stripBold } from './segments.ts';
import { CLASSIFICATIONS, type Classification } from '../schemas/classification.ts';
/** What an archivist supplies on the command line; it wins over what the text suggests. */
export interface GivenMetadata {
	number?: string;
	issuedAt?: string;
	issuer?: string;
	type?: DocumentTypeSlug;
}

/**
 * What the importer writes: the schema's fields (stated relations are the archivist's),
 * always with the source file, the printed header only when the source has one, and
 * the classification only when the source is stamped, the deadlines only when the text states some.
 */
export type Frontmatter = Omit<Directive, 'implements' | 'amends' | 'replaces' | 'classification' | 'header' | 'deadlines'> & {
	source: NonNullable<Directive['source']>;
	header?: NonNullable<Directive['header']>;
	deadlines?: NonNullable<Directive['deadlines']>;
	classification?: Exclude<Classification, 'none'>;
};

/** The stamp of a classified document, alone on a line near the top: MẬT, TỐI MẬT, TUYỆT MẬT. */
const STAMPS: [RegExp, Exclude<Classification, 'none'>][] = [
	[/^TUYỆT MẬT$/u, 'tuyet-mat'],
	[/^TỐI MẬT$/u, 'toi-mat'],
	[/^MẬT$/u, 'mat'],
];

export interface ImportResult {
	frontmatter: Frontmatter;
	body: string;
	warnings: string[];
	/** Each field still unknown, with why. */
	missing: Missing;
	/** The issuing body as the header prints it (the bodies above the number), whether or not the registry knows it. */
	printedIssuer: string | null;
}

export class ImportError extends Error {}

export const GIVEN = 'do người nhập cung cấp';

/** What the office's register of outgoing documents states for this file; it wins over the file. */
export interface RegisterFacts {
	/** Where it was read, in Vietnamese: "sổ đăng ký so-di-2024.csv, dòng 7". */
	from: string;
	number: string | null;
	issuedAt: string | null;
	title: string | null;
	signer: string | null;
	/** The issuer's id, when the register's name for it is in the registry. */
	issuer: string | null;
}

export interface ImportOptions {
	/** The original file's name. */
	file: string;
	/** SHA-256 of the original file's bytes. */
	sha256: string;
	/** Which reader extracted it: text, docx, pdf. */
	importer: string;
	importedAt: string;
	registry: readonly Issuer[];
	given?: GivenMetadata;
	register?: RegisterFacts;
	/** Finds the register's facts for this file once the number it prints is read (null: none). */
	lookupRegister?: (number: string | null) => RegisterFacts | null;
}

export function importText(text: string, options: Omit<ImportOptions, 'sha256' | 'importer'>): ImportResult {
	return importDocument(textDocument(text), {
		...options,
		sha256: createHash('sha256').update(text).digest('hex'),
		importer: 'text',
	});
}

/** Takes the stamp of a classified document (MẬT…) off the first lines, if there is one. */
function takeStamp(lines: string[]): { level: Exclude<Classification, 'none'>; printed: string } | null {
	for (let i = 0; i < Math.min(lines.length, 12); i++) {
		const printed = stripBold(lines[i]!);
		const stamp = STAMPS.find(([pattern]) => pattern.test(printed.toLocaleUpperCase('vi')));
		if (stamp) {
			lines[i] = '';
			return { level: stamp[1], printed };
		}
	}
	return null;
}

/** Longer than any real trích yếu: a title block that ran into the body. */
const TITLE_WARNING = 500;

/** The fields the report follows, with the reason each one still missing is missing. */
export type Missing = Partial<Record<'type' | 'number' | 'issuedAt' | 'place' | 'issuer' | 'title' | 'signer', string>>;

/**
 * The type from every piece of evidence, strongest first: the archivist's, the
 * heading ("QUY ĐỊNH", also as OCR leaves it), a title or lede that names this very
 * number, the code in the number (QĐ, KH, CV…), a công văn's V/v line, the document
 * naming itself ("Công văn này"), a lede naming a type. A heading that disagrees with
 * the number's code wins, and the warning says so.
 */
function decideType(
	evidence: { given?: DocumentTypeSlug; heading: Found<DocumentType> | null; ledeNumbered: Found<DocumentType> | null; code: Found<DocumentType> | null; subject: boolean; self: Found<DocumentType> | null; lede: Found<DocumentType> | null },
	warnings: string[],
): { value: DocumentTypeSlug; from: string } | null {
	const { heading, code } = evidence;
	if (heading && code && heading.value.slug !== code.value.slug) {
		warnings.push(`type: the heading says "${heading.value.name}", the number's code says "${code.value.name}"; kept the heading's`);
	}
	if (evidence.given) {
		if (heading && heading.value.slug !== evidence.given) warnings.push(`--type ${evidence.given} differs from the title "${heading.value.name}"`);
		return { value: evidence.given, from: GIVEN };
	}
	const found = heading ?? evidence.ledeNumbered ?? code ?? (evidence.subject ? { value: documentType('cong-van'), from: 'dòng "V/v" dưới số văn bản' } : null) ?? evidence.self ?? evidence.lede;
	return found ? { value: found.value.slug, from: found.from } : null;
}

export function importDocument(document: ExtractedDocument, options: ImportOptions): ImportResult {
	const given = options.given ?? {};
	const warnings: string[] = [...document.notes];
	const provenance: Record<string, string> = {};
	const missing: Missing = {};
	const lines = [...document.lines];
	const headerLeft = document.header ? [...document.header.left] : [];
	const stamp = takeStamp(lines) ?? takeStamp(headerLeft);
	if (stamp) {
		provenance['classification'] = `dấu "${stamp.printed}" trên văn bản`;
		warnings.push(`classified "${CLASSIFICATIONS[stamp.level]}": the site leaves it out unless built to include that level`);
	}
	const printedHeader = document.header
		? { left: headerLeft.filter((l) => l !== ''), right: document.header.right.filter((l) => l !== '') }
		: null;
	const header = printedHeader ? readHeader(printedHeader) : null;
	if (header) warnings.push(...header.warnings);
	const segments = segmentDocument(lines);
	const plainText = lines.join('\n');
	// A repost without a header: its title line or lede may name the document.
	const lede = fromLede(document.above ?? (header ? [] : lines));

	const issuerRead = readIssuer(header?.bodies ?? [], plainText, segments.signature, options.registry);
	// What the file says, each with where it was read.
	const read = {
		number: header?.number
			? { value: header.number, from: 'dòng "Số" trong tiêu đề văn bản' }
			: !header && lede?.number ? lede.number : null,
		issuedAt: header?.issuedAt
			? { value: header.issuedAt, from: 'dòng địa danh, ngày tháng trong tiêu đề văn bản' }
			: !header && lede?.issuedAt ? lede.issuedAt : null,
		title: segments.title
			? { value: segments.title, from: 'dòng trích yếu dưới tên loại văn bản' }
			: header?.subject ? { value: header.subject, from: 'dòng "V/v" dưới số văn bản' } : null,
		signer: segments.signature?.name ? { value: segments.signature.name, from: 'khối chữ ký cuối văn bản' } : null,
		issuer: issuerRead.found,
	};
	const heading = segments.titleType ? { value: segments.titleType, from: `tiêu đề "${segments.titleHeading}"` } : null;
	const code = read.number ? typeFromNumber(read.number.value) : null;
	const ledeNumbered = lede?.number && read.number && lede.number.value === read.number.value ? lede.type : null;
	const type = decideType(
		{ ...(given.type ? { given: given.type } : {}), heading, ledeNumbered, code, subject: header?.subject != null, self: typeFromSelfReference(plainText), lede: lede?.type ?? null },
		warnings,
	);
	if (type) provenance['type'] = type.from;
	else missing.type = 'no heading, type code or phrase names it';

	const register = options.register ?? options.lookupRegister?.(read.number?.value ?? null) ?? undefined;

	/** The value to keep for a field: the archivist's, else the register's, else the file's. */
	const decide = <T extends string>(field: 'number' | 'issuedAt' | 'title' | 'signer' | 'issuer', fromFile: Found<T> | null, fromGiven?: T): T | null => {
		if (fromGiven !== undefined) {
			provenance[field] = GIVEN;
			return fromGiven;
		}
		const stated = register?.[field] as T | null | undefined;
		if (register && stated) {
			provenance[field] = register.from;
			if (fromFile !== null && fromFile.value !== stated) {
				warnings.push(`${field}: the register (${register.from}) says "${stated}", the file says "${fromFile.value}"; kept the register's`);
				// What the file said stays in the file, word for word, where the archivist can compare.
				provenance[field] += `; văn bản ghi "${fromFile.value}"`;
			}
			return stated;
		}
		if (fromFile) provenance[field] = fromFile.from;
		return fromFile?.value ?? null;
	};
	const number = decide('number', read.number, given.number);
	const issuedAt = decide('issuedAt', read.issuedAt, given.issuedAt);
	const issuer = decide('issuer', read.issuer, given.issuer);
	const title = decide('title', read.title);
	if (title && title.length > TITLE_WARNING) warnings.push(`the trích yếu is ${title.length} characters long: check that the title block was read right`);
	const signerName = decide('signer', read.signer);
	if (segments.recipients.length) provenance['recipients'] = 'mục "Kính gửi"';
	if (segments.distribution.length) provenance['distribution'] = 'mục "Nơi nhận"';
	if (!signerName) missing.signer = segments.signature ? 'the signature block names no one' : 'no signature block found';
	if (!number) missing.number = !header ? 'no header found' : header.blank.number ? 'the header leaves it blank' : 'the header has no readable "Số" line';
	if (!issuedAt) missing.issuedAt = !header ? 'no header found' : header.blank.date ? 'the header leaves it blank' : 'the header has no readable date line';
	if (!issuer) {
		missing.issuer = issuerRead.ambiguous.length > 1
			? `it fits ${issuerRead.ambiguous.join(', ')}: pass --issuer`
			: header?.bodies.length ? `"${header.bodies.join(' ')}" is not in content/issuers.yaml` : 'no issuing body found';
	}
	let year = issuedAt ? yearOf(issuedAt) : null;
	if (year === null && header?.year) {
		year = header.year;
		provenance['year'] = 'năm ghi trong dòng ngày tháng của tiêu đề';
	}
	if (header?.place) provenance['place'] = 'dòng địa danh, ngày tháng trong tiêu đề văn bản';
	else missing.place = header ? 'the date line names no place' : 'no header found';

	const bodyLines = [...segments.body];
	if (segments.unplaced.length > 0) {
		warnings.push(`kept ${segments.unplaced.length} line(s) after "Nơi nhận" that are not a signature block at the end of the body`);
		bodyLines.push('', ...segments.unplaced.flatMap((l) => [l, '']));
	}
	const body = bodyToMdx(bodyLines, document.hardWrapped === undefined ? {} : { hardWrapped: document.hardWrapped });
	if (body.hardWrapped) warnings.push('the text was hard-wrapped (PDF): paragraphs were re-flowed');
	if (body.mdx.trim() === '') warnings.push('the document has no text below its header and title: the build asks for it; paste it below the frontmatter');
	// The document's own number ("Ban hành kèm theo Quyết định số 41/2019/QĐ-UBND") is not a citation.
	const cited = markCitations(body.mdx, number ? { self: number } : {});
	if (cited.marked > 0) warnings.push(`marked ${cited.marked} citation(s) as links`);
	warnings.push(...cited.doubts);

	const deadlines = findDeadlines(cited.mdx, issuedAt);
	if (deadlines.length > 0) warnings.push(`read ${deadlines.length} deadline(s): ${deadlines.map((d) => `"${d.text}"`).join(', ')}; check them in the frontmatter`);
	const frontmatter: Frontmatter = {
		type: type?.value ?? null,
		number,
		issuedAt,
		year,
		place: header?.place ?? null,
		issuer,
		title,
		...(printedHeader ? { header: printedHeader } : {}),
		recipients: segments.recipients,
		distribution: segments.distribution,
		signer: { ...(segments.signature ?? { authority: null, title: null, name: null }), name: signerName },
		status: 'chua-ro',
		// Recorded so that an archivist can correct them; a document without any leaves them to the build.
		...(deadlines.length > 0 ? { deadlines } : {}),
		...(stamp ? { classification: stamp.level } : {}),
		source: {
			file: options.file,
			sha256: options.sha256,
			importedAt: options.importedAt,
			importer: options.importer,
			...(document.ocr ? { ocr: document.ocr } : {}),
			...(document.above?.some((l) => l.trim() !== '') ? { textAbove: document.above } : {}),
		},
		provenance,
	};
	return { frontmatter, body: cited.mdx, warnings, missing, printedIssuer: header?.bodies.join(' ') || null };
}

/** The issuer the header names, made certain by the signature or the text when the header fits several. */
function readIssuer(
	bodies: readonly string[],
	text: string,
	signature: Parameters<typeof issuerFromText>[1],
	registry: readonly Issuer[],
): { found: Found<string> | null; ambiguous: string[] } {
	const fromHeader = issuerFromHeader(bodies, registry);
	if (fromHeader.found) return { found: fromHeader.found, ambiguous: [] };
	const fromText = issuerFromText(text, signature, registry);
	if (fromText.found && (fromHeader.ambiguous.length === 0 || fromHeader.ambiguous.includes(fromText.found.value))) {
		return { found: fromText.found, ambiguous: [] };
	}
	return { found: null, ambiguous: fromHeader.ambiguous.length > 1 ? fromHeader.ambiguous : fromText.ambiguous };
}

/** The words the rendered page shows besides the file's own text: labels and the type name. */
export function pageLabels(frontmatter: Frontmatter): string {
	const stamp = frontmatter.classification ? ` ${CLASSIFICATIONS[frontmatter.classification]}` : '';
	const type = frontmatter.type === null ? '' : ` ${documentType(frontmatter.type).name}`;
	return `Kính gửi Nơi nhận${type}${stamp}`;
}
