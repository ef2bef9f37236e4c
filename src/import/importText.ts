/**
 * The importer: a document as a format reader extracted it (or plain text) in,
 * frontmatter and MDX body out. It reads what the document says, takes what the
 * archivist or the office's register states, and never invents the rest.
 */
import { createHash } from 'node:crypto';
import { documentType, type DocumentTypeSlug } from '../lib/documentTypes.ts';
import type { Directive } from '../schemas/directive.ts';
import type { Issuer } from '../schemas/issuer.ts';
import { yearOf } from '../lib/dates.ts';
import { markCitations } from '../lib/citationLinks.ts';
import { bodyToMdx } from './body.ts';
import type { ExtractedDocument } from './extracted.ts';
import { readHeader } from './header.ts';
import { textDocument } from './formats/text.ts';
import { issuerFromHeader, issuerFromText, typeFromSelfReference } from './metadata.ts';
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
 * the classification only when the source is stamped.
 */
export type Frontmatter = Omit<Directive, 'implements' | 'amends' | 'replaces' | 'classification' | 'header'> & {
	source: NonNullable<Directive['source']>;
	header?: NonNullable<Directive['header']>;
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

export function importDocument(document: ExtractedDocument, options: ImportOptions): ImportResult {
	const given = options.given ?? {};
	const register = options.register;
	const warnings: string[] = [...document.notes];
	const provenance: Record<string, string> = {};
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

	const bodyLines = [...segments.body];
	if (segments.unplaced.length > 0) {
		warnings.push(`kept ${segments.unplaced.length} line(s) after "Nơi nhận" that are not a signature block at the end of the body`);
		bodyLines.push('', ...segments.unplaced.flatMap((l) => [l, '']));
	}
	const body = bodyToMdx(bodyLines, document.hardWrapped === undefined ? {} : { hardWrapped: document.hardWrapped });
	if (body.hardWrapped) warnings.push('the text was hard-wrapped (PDF): paragraphs were re-flowed');
	const cited = markCitations(body.mdx);
	if (cited.marked > 0) warnings.push(`marked ${cited.marked} citation(s) as links`);
	const plainText = lines.join('\n');

	let type: DocumentTypeSlug;
	if (given.type) {
		type = given.type;
		provenance['type'] = GIVEN;
	} else if (segments.titleType) {
		type = segments.titleType.slug;
		provenance['type'] = `tiêu đề "${segments.titleType.name.toLocaleUpperCase('vi')}"`;
	} else if (header?.subject) {
		type = 'cong-van';
		provenance['type'] = 'dòng "V/v" dưới số văn bản';
	} else {
		const found = typeFromSelfReference(plainText);
		if (!found) throw new ImportError('cannot tell the document type from the text; pass --type (e.g. --type cong-van)');
		type = found.value.slug;
		provenance['type'] = found.from;
	}
	if (segments.titleType && given.type && segments.titleType.slug !== given.type) {
		warnings.push(`--type ${given.type} differs from the title "${segments.titleType.name}"`);
	}

	const read = {
		number: header?.number ?? null,
		issuedAt: header?.issuedAt ?? null,
		title: segments.title ?? header?.subject ?? null,
		signer: segments.signature?.name ?? null,
		issuer: readIssuer(header?.bodies ?? [], plainText, segments.signature, options.registry, warnings),
	};
	if (read.number) provenance['number'] = 'dòng "Số" trong tiêu đề văn bản';
	if (read.issuedAt) provenance['issuedAt'] = 'dòng địa danh, ngày tháng trong tiêu đề văn bản';
	if (read.issuer) provenance['issuer'] = read.issuer.from;
	if (segments.title) provenance['title'] = 'dòng trích yếu dưới tên loại văn bản';
	else if (header?.subject) provenance['title'] = 'dòng "V/v" dưới số văn bản';
	if (segments.recipients.length) provenance['recipients'] = 'mục "Kính gửi"';
	if (segments.distribution.length) provenance['distribution'] = 'mục "Nơi nhận"';
	if (segments.signature) provenance['signer'] = 'khối chữ ký cuối văn bản';
	else if (!register?.signer) warnings.push('no signature block found: signer left unknown');

	/** The value to keep for a field: the archivist's, else the register's, else the file's. */
	const decide = <T extends string>(field: 'number' | 'issuedAt' | 'title' | 'signer' | 'issuer', fromFile: T | null, fromGiven?: T): T | null => {
		if (fromGiven !== undefined) {
			provenance[field] = GIVEN;
			return fromGiven;
		}
		const stated = register?.[field] as T | null | undefined;
		if (register && stated) {
			if (fromFile !== null && fromFile !== stated) {
				warnings.push(`${field}: the register (${register.from}) says "${stated}", the file says "${fromFile}"; kept the register's`);
			}
			provenance[field] = register.from;
			return stated;
		}
		return fromFile;
	};
	const number = decide('number', read.number, given.number);
	const issuedAt = decide('issuedAt', read.issuedAt, given.issuedAt);
	const issuer = decide('issuer', read.issuer?.value ?? null, given.issuer);
	const title = decide('title', read.title);
	const signerName = decide('signer', read.signer);
	let year = issuedAt ? yearOf(issuedAt) : null;
	if (year === null && header?.year) {
		year = header.year;
		provenance['year'] = 'năm ghi trong dòng ngày tháng của tiêu đề';
	}
	if (header?.place) provenance['place'] = 'dòng địa danh, ngày tháng trong tiêu đề văn bản';

	const frontmatter: Frontmatter = {
		type,
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
		...(stamp ? { classification: stamp.level } : {}),
		source: {
			file: options.file,
			sha256: options.sha256,
			importedAt: options.importedAt,
			importer: options.importer,
		},
		provenance,
	};
	return { frontmatter, body: cited.mdx, warnings };
}

/** The issuer the header names, made certain by the signature or the text when the header fits several. */
function readIssuer(
	bodies: readonly string[],
	text: string,
	signature: Parameters<typeof issuerFromText>[1],
	registry: readonly Issuer[],
	warnings: string[],
): { value: string; from: string } | null {
	const fromHeader = issuerFromHeader(bodies, registry);
	if (fromHeader.found) return fromHeader.found;
	const fromText = issuerFromText(text, signature, registry);
	if (fromText.found && (fromHeader.ambiguous.length === 0 || fromHeader.ambiguous.includes(fromText.found.value))) {
		return fromText.found;
	}
	const ambiguous = fromHeader.ambiguous.length > 1 ? fromHeader.ambiguous : fromText.ambiguous;
	if (ambiguous.length > 1) warnings.push(`issuer left unknown: the document fits ${ambiguous.join(', ')}; pass --issuer`);
	return null;
}

/** The words the rendered page shows besides the file's own text: labels and the type name. */
export function pageLabels(frontmatter: Frontmatter): string {
	const stamp = frontmatter.classification ? ` ${CLASSIFICATIONS[frontmatter.classification]}` : '';
	return `Kính gửi Nơi nhận ${documentType(frontmatter.type).name}${stamp}`;
}
