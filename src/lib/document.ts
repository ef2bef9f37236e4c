/**
 * What a reader sees about one document: labels for lists, the attribute block,
 * the heading and the page title. Unknown values are never invented: they are
 * reported as unknown and the page prints "chưa rõ".
 */
import { formatDate } from './dates.ts';
import { documentType, typeName, UNKNOWN_TYPE, type DocumentTypeSlug } from './documentTypes.ts';
import { inlineToText } from './inline.ts';
import { excerpt } from './listing.ts';
import { CLASSIFICATIONS } from '../schemas/classification.ts';
import { STATUSES } from '../schemas/status.ts';
import type { Directive } from '../schemas/directive.ts';
import type { SiteUrls } from './urls.ts';

/** The exact text shown for an unknown value. */
export const UNKNOWN = 'chưa rõ';
export const UNKNOWN_NUMBER = 'chưa rõ số';
export const UNKNOWN_DATE = 'chưa rõ ngày';
export const UNKNOWN_ISSUER = 'Chưa rõ cơ quan ban hành';
export const UNKNOWN_YEAR = 'Chưa rõ năm';
export const EXCERPT_PREFIX = 'Trích đoạn đầu:';
export const SITE_NAME = 'Kho văn bản';

/** The fields of a directive this module reads. */
export type DocumentData = Pick<Directive, 'type' | 'number' | 'issuedAt' | 'year' | 'place' | 'issuer' | 'title' | 'signer' | 'status'> & {
	/** Absent or "none" for an open document; a classified one shows its level (when the site includes it). */
	classification?: Directive['classification'];
	source: Pick<NonNullable<Directive['source']>, 'file' | 'importedAt' | 'original' | 'ocr'> | null;
};

/** The type as printed in a notice's heading: "THÔNG BÁO"; blank while unknown, for the office to fill in. */
export function typeHeading(type: DocumentTypeSlug | null): string {
	return type === null ? '' : documentType(type).name.toLocaleUpperCase('vi');
}

export function yearLabel(year: number | null): string {
	return year === null ? UNKNOWN_YEAR : `Năm ${year}`;
}

export function issuerLabel(name: string | null): string {
	return name ?? UNKNOWN_ISSUER;
}

/** One piece of an attribute value; `unknown` pieces print as "chưa rõ" styled apart. */
export interface ValuePart {
	text: string;
	unknown?: true;
	href?: string;
	/** Text with inline marks (`*x*`, `^{x}`) to render. */
	marked?: true;
	/** A secondary remark, printed smaller. */
	note?: true;
}

export interface AttributeRow {
	label: string;
	parts: ValuePart[];
}

const unknownPart: ValuePart = { text: UNKNOWN, unknown: true };

function known(text: string | null, extra: Omit<ValuePart, 'text'> = {}): ValuePart[] {
	return text === null ? [unknownPart] : [{ text, ...extra }];
}

/** The signer as one line, authority · title · name; all unknown is one "chưa rõ". */
export function signerParts(signer: DocumentData['signer']): ValuePart[] {
	const pieces = [signer.authority, signer.title, signer.name];
	if (pieces.every((p) => p === null)) return [unknownPart];
	return pieces.flatMap((p, i) => [
		...(i > 0 ? [{ text: ' · ' }] : []),
		...known(p, { marked: true }),
	]);
}

/** Ngày ban hành: the date, or "chưa rõ" with the year when only the year is known. */
export function dateParts(issuedAt: string | null, year: number | null, urls?: SiteUrls): ValuePart[] {
	if (issuedAt !== null) return [{ text: formatDate(issuedAt) }];
	if (year === null) return [unknownPart];
	return [unknownPart, { text: ` (năm ${year})`, note: true, ...(urls ? { href: urls.year(year) } : {}) }];
}

/** A later archived document that changed this one, as the attribute block links it. */
export interface ChangeLink {
	relation: 'thay-the' | 'bai-bo' | 'sua-doi';
	/** "Kế hoạch số 45-KH/TU ngày 10/02/2025", and its page. */
	label: string;
	href: string;
}

const ENDED_BY: Record<'thay-the' | 'bai-bo', string> = { 'thay-the': 'thay thế bởi', 'bai-bo': 'bãi bỏ bởi' };
export const ENDED = 'Hết hiệu lực';
export const DERIVED_NOTE = '(theo văn bản trong kho)';
export const AMENDED_BY = 'Được sửa đổi, bổ sung bởi';

function linkList(links: readonly ChangeLink[], note?: true): ValuePart[] {
	return links.flatMap((l, i) => [...(i > 0 ? [{ text: ', ', ...(note ? { note } : {}) }] : []), { text: l.label, href: l.href, ...(note ? { note } : {}) }]);
}

/**
 * Trạng thái: the stated status; when none is stated and a later archived
 * document replaces or repeals this one, "Hết hiệu lực" with that document
 * linked. A stated status always wins, the replacing document still linked.
 */
export function statusParts(status: DocumentData['status'], changes: readonly ChangeLink[]): ValuePart[] {
	const ended = changes.filter((c): c is ChangeLink & { relation: 'thay-the' | 'bai-bo' } => c.relation !== 'sua-doi');
	const by = (['thay-the', 'bai-bo'] as const).flatMap((relation) => {
		const links = ended.filter((c) => c.relation === relation);
		return links.length === 0 ? [] : [{ text: ` · ${ENDED_BY[relation]} `, note: true as const }, ...linkList(links, true)];
	});
	if (status !== 'chua-ro') return [{ text: STATUSES[status] }, ...by];
	if (ended.length === 0) return [unknownPart];
	return [{ text: ENDED }, ...by, { text: ` ${DERIVED_NOTE}`, note: true }];
}

/** The attribute block of a document page, in the order of an archive's record; `changes`: later archived documents that changed it. */
export function attributeRows(
	doc: DocumentData & { id: string },
	issuerName: string | null,
	urls: SiteUrls,
	changes: readonly ChangeLink[] = [],
): AttributeRow[] {
	const amended = changes.filter((c) => c.relation === 'sua-doi');
	return [
		{ label: 'Số hiệu', parts: known(doc.number) },
		{
			label: 'Loại văn bản',
			parts: [doc.type === null ? { text: UNKNOWN_TYPE, unknown: true } : { text: typeName(doc.type), href: urls.type(doc.type) }],
		},
		{
			label: 'Cơ quan ban hành',
			parts: doc.issuer === null ? [unknownPart] : [{ text: issuerName ?? doc.issuer, href: urls.issuer(doc.issuer) }],
		},
		{ label: 'Ngày ban hành', parts: dateParts(doc.issuedAt, doc.year, urls) },
		{ label: 'Nơi ban hành', parts: known(doc.place) },
		{ label: 'Người ký', parts: signerParts(doc.signer) },
		{ label: 'Trạng thái', parts: statusParts(doc.status, changes) },
		...(amended.length > 0 ? [{ label: 'Sửa đổi, bổ sung', parts: [{ text: `${AMENDED_BY} ` }, ...linkList(amended)] }] : []),
		...(doc.classification && doc.classification !== 'none'
			? [{ label: 'Độ mật', parts: [{ text: CLASSIFICATIONS[doc.classification] }] }]
			: []),
		{
			label: 'Văn bản gốc',
			parts:
				doc.source === null
					? [unknownPart]
					: [
							doc.source.original
								? { text: doc.source.file, href: urls.original(doc.id, doc.source.original) }
								: { text: doc.source.file },
							{ text: ` (${doc.source.ocr ? `${SCAN}, ` : ''}nhập ngày ${formatDate(doc.source.importedAt)})`, note: true },
						],
		},
	];
}

export const SCAN = 'bản quét';
export const OCR_NOTICE = 'Nội dung được nhận dạng tự động từ bản quét, có thể có sai sót.';

/** The notice on a page whose text OCR read from a scan, with the link to the scan; null for any other. */
export function ocrNotice(doc: Pick<DocumentData, 'source'> & { id: string }, urls: Pick<SiteUrls, 'original'>): { text: string; scan: string | null } | null {
	if (!doc.source?.ocr) return null;
	return { text: OCR_NOTICE, scan: doc.source.original ? urls.original(doc.id, doc.source.original) : null };
}

/**
 * A document page's title: type and number (or "chưa rõ số"), then the title when
 * known: "Thông báo 571-TB/TU – Kết luận …" (the layout adds the site's name).
 */
export function pageTitle(doc: Pick<DocumentData, 'type' | 'number' | 'title'>, maxTitle = 90): string {
	const head = `${typeName(doc.type)} ${doc.number ?? `(${UNKNOWN_NUMBER})`}`;
	if (doc.title === null) return head;
	const title = inlineToText(doc.title);
	const short = title.length > maxTitle ? `${title.slice(0, maxTitle + 1).replace(/\s+\S*$/, '')}…` : title;
	return `${head} – ${short}`;
}

/** The <title> of a page: its own title and the site's name; the site's name alone for the home page. */
export function documentTitle(title: string | undefined): string {
	return title === undefined ? `${SITE_NAME} – Trang chủ` : `${title} | ${SITE_NAME}`;
}

/** One row of a document list. */
export interface ListItem {
	href: string;
	typeName: string;
	number: string | null;
	/** "03/05/2024", or null when unknown. */
	date: string | null;
	year: number | null;
	title: string | null;
	/** When the title is unknown: the first words of the body. */
	excerpt: { text: string; truncated: boolean } | null;
	issuerName: string | null;
}

export function listItem(
	doc: Pick<DocumentData, 'type' | 'number' | 'issuedAt' | 'year' | 'title' | 'issuer'> & { id: string; body: string },
	issuerNames: ReadonlyMap<string, string>,
	urls: SiteUrls,
): ListItem {
	return {
		href: urls.document(doc.id),
		typeName: typeName(doc.type),
		number: doc.number,
		date: doc.issuedAt === null ? null : formatDate(doc.issuedAt),
		year: doc.year,
		title: doc.title,
		excerpt: doc.title === null ? excerpt(doc.body) : null,
		issuerName: doc.issuer === null ? null : (issuerNames.get(doc.issuer) ?? doc.issuer),
	};
}
