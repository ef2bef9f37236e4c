/**
 * The plain-text importer: text exported from Word or PDF in, frontmatter and
 * MDX body out. It reads what the text says and never invents the rest.
 */
import { createHash } from 'node:crypto';
import { documentType, type DocumentTypeSlug } from '../documentTypes.ts';
import type { Directive } from '../../schemas/directive.ts';
import type { Issuer } from '../../schemas/issuer.ts';
import { yearOf } from '../dates.ts';
import { markCitations } from '../citationLinks.ts';
import { bodyToMdx } from './body.ts';
import { cleanSource } from './cleanSource.ts';
import { issuerFromText, typeFromSelfReference } from './metadata.ts';
import { segmentDocument, stripBold } from './segments.ts';
import { CLASSIFICATIONS, type Classification } from '../../schemas/classification.ts';

/** What an archivist supplies on the command line; it wins over what the text suggests. */
export interface GivenMetadata {
	number?: string;
	issuedAt?: string;
	issuer?: string;
	type?: DocumentTypeSlug;
}

/**
 * What the importer writes: the schema's fields (stated relations are the archivist's),
 * always with the source file, and the classification only when the source is stamped.
 */
export type Frontmatter = Omit<Directive, 'implements' | 'amends' | 'replaces' | 'classification'> & {
	source: NonNullable<Directive['source']>;
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

export function importText(
	text: string,
	options: { file: string; importedAt: string; registry: readonly Issuer[]; given?: GivenMetadata },
): ImportResult {
	const given = options.given ?? {};
	const warnings: string[] = [];
	const provenance: Record<string, string> = {};
	const { lines, removed } = cleanSource(text);
	for (const artefact of removed) warnings.push(`removed Word artefact ${artefact}`);
	let classification: Exclude<Classification, 'none'> | undefined;
	for (let i = 0; i < Math.min(lines.length, 12); i++) {
		const stamp = STAMPS.find(([pattern]) => pattern.test(stripBold(lines[i]!).toLocaleUpperCase('vi')));
		if (stamp) {
			classification = stamp[1];
			provenance['classification'] = `dấu "${stripBold(lines[i]!)}" trên văn bản`;
			warnings.push(`classified "${CLASSIFICATIONS[stamp[1]]}": the site leaves it out unless built to include that level`);
			lines[i] = '';
			break;
		}
	}
	const segments = segmentDocument(lines);

	const bodyLines = [...segments.body];
	if (segments.unplaced.length > 0) {
		warnings.push(`kept ${segments.unplaced.length} line(s) after "Nơi nhận" that are not a signature block at the end of the body`);
		bodyLines.push('', ...segments.unplaced.flatMap((l) => [l, '']));
	}
	const body = bodyToMdx(bodyLines);
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
	} else {
		const found = typeFromSelfReference(plainText);
		if (!found) throw new ImportError('cannot tell the document type from the text; pass --type (e.g. --type cong-van)');
		type = found.value.slug;
		provenance['type'] = found.from;
	}
	if (segments.titleType && given.type && segments.titleType.slug !== given.type) {
		warnings.push(`--type ${given.type} differs from the title "${segments.titleType.name}"`);
	}

	let issuer: string | null = null;
	if (given.issuer) {
		issuer = given.issuer;
		provenance['issuer'] = GIVEN;
	} else {
		const { found, ambiguous } = issuerFromText(plainText, segments.signature, options.registry);
		if (found) {
			issuer = found.value;
			provenance['issuer'] = found.from;
		} else if (ambiguous.length > 1) {
			warnings.push(`issuer left unknown: the text fits ${ambiguous.join(', ')}; pass --issuer`);
		}
	}

	if (given.number) provenance['number'] = GIVEN;
	if (given.issuedAt) provenance['issuedAt'] = GIVEN;
	if (segments.title) provenance['title'] = 'dòng trích yếu dưới tên loại văn bản';
	if (segments.recipients.length) provenance['recipients'] = 'mục "Kính gửi"';
	if (segments.distribution.length) provenance['distribution'] = 'mục "Nơi nhận"';
	if (segments.signature) provenance['signer'] = 'khối chữ ký cuối văn bản';
	else warnings.push('no signature block found: signer left unknown');

	const frontmatter: Frontmatter = {
		type,
		number: given.number ?? null,
		issuedAt: given.issuedAt ?? null,
		year: given.issuedAt ? yearOf(given.issuedAt) : null,
		place: null,
		issuer,
		title: segments.title,
		recipients: segments.recipients,
		distribution: segments.distribution,
		signer: segments.signature ?? { authority: null, title: null, name: null },
		status: 'chua-ro',
		...(classification ? { classification } : {}),
		source: {
			file: options.file,
			sha256: createHash('sha256').update(text).digest('hex'),
			importedAt: options.importedAt,
			importer: 'text',
		},
		provenance,
	};
	return { frontmatter, body: cited.mdx, warnings };
}

/** The words the rendered page shows besides the file's own text: labels and the type name. */
export function pageLabels(frontmatter: Frontmatter): string {
	const stamp = frontmatter.classification ? ` ${CLASSIFICATIONS[frontmatter.classification]}` : '';
	return `Kính gửi Nơi nhận ${documentType(frontmatter.type).name}${stamp}`;
}
