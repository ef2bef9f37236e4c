/**
 * Document types of the Party (Quy định 66-QĐ/TW, 399-QĐ/TW) and the State
 * (Nghị định 30/2020/NĐ-CP): the slug stored in frontmatter, the Vietnamese
 * name as printed, and the symbol code used in document numbers.
 */
import { foldedUpper, foldWithOffsets } from './vietnamese.ts';

export const DOCUMENT_TYPES = [
	{ slug: 'nghi-quyet', name: 'Nghị quyết', code: 'NQ' },
	{ slug: 'quyet-dinh', name: 'Quyết định', code: 'QĐ' },
	{ slug: 'quy-dinh', name: 'Quy định', code: 'QĐi' },
	{ slug: 'chi-thi', name: 'Chỉ thị', code: 'CT' },
	{ slug: 'ket-luan', name: 'Kết luận', code: 'KL' },
	{ slug: 'quy-che', name: 'Quy chế', code: 'QC' },
	{ slug: 'thong-tri', name: 'Thông tri', code: 'TT' },
	{ slug: 'thong-bao', name: 'Thông báo', code: 'TB' },
	{ slug: 'huong-dan', name: 'Hướng dẫn', code: 'HD' },
	{ slug: 'ke-hoach', name: 'Kế hoạch', code: 'KH' },
	{ slug: 'chuong-trinh', name: 'Chương trình', code: 'CTr' },
	{ slug: 'bao-cao', name: 'Báo cáo', code: 'BC' },
	{ slug: 'to-trinh', name: 'Tờ trình', code: 'TTr' },
	{ slug: 'cong-van', name: 'Công văn', code: 'CV' },
	{ slug: 'bien-ban', name: 'Biên bản', code: 'BB' },
	{ slug: 'de-an', name: 'Đề án', code: 'ĐA' },
	{ slug: 'phuong-an', name: 'Phương án', code: 'PA' },
] as const;

/** An unknown type, as an attribute shows it and as its list is named. */
export const UNKNOWN_TYPE = 'chưa rõ loại';
export const UNKNOWN_TYPE_LIST = 'Chưa rõ loại';

export type DocumentTypeSlug = (typeof DOCUMENT_TYPES)[number]['slug'];
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_TYPE_SLUGS = DOCUMENT_TYPES.map((t) => t.slug) as [
	DocumentTypeSlug,
	...DocumentTypeSlug[],
];

const bySlug = new Map<string, DocumentType>(DOCUMENT_TYPES.map((t) => [t.slug, t]));

export function documentType(slug: DocumentTypeSlug): DocumentType {
	return bySlug.get(slug)!;
}

/** The type's name in lists and titles; "Văn bản chưa rõ loại" while unknown. */
export function typeName(type: DocumentTypeSlug | null): string {
	return type === null ? `Văn bản ${UNKNOWN_TYPE}` : documentType(type).name;
}

/** Type names folded and without spaces, longest first ("QUYDINH" after "QUYETDINH" cannot catch it). */
const HEADINGS = DOCUMENT_TYPES.map((type) => ({ type, key: foldedUpper(type.name).replace(/ /g, '') })).sort((a, b) => b.key.length - a.key.length);

/**
 * The type a heading in capitals names: "NGHỊ QUYẾT", "THÔNG BÁO KẾT LUẬN", "QUY ĐỊNH
 * (BỔ SUNG)", "CHƯƠNG TRÌNH HÀNH ĐỘNG", and as OCR or a repost leaves them: "K ÉT
 * LUẬN", "KẾT LỦẬN". `rest` is what follows the type's name on the line, as printed.
 */
export function headingType(line: string): { type: DocumentType; printed: string; rest: string } | null {
	const text = line.normalize('NFC').replace(/\*\*/g, '').trim();
	if (!/\p{L}/u.test(text) || /\p{Ll}/u.test(text)) return null;
	const { folded, map } = foldWithOffsets(text, (c) => (/\s/u.test(c) ? '' : foldedUpper(c)));
	for (const { type, key } of HEADINGS) {
		if (!folded.startsWith(key)) continue;
		// Just past the name's last letter (and any mark on it): a letter there means a longer word.
		let end = map[key.length - 1]! + 1;
		while (/\p{M}/u.test(text[end] ?? '')) end++;
		if (/\p{L}/u.test(text[end] ?? '')) continue;
		return { type, printed: text.slice(0, end).trim(), rest: text.slice(end).trim() };
	}
	return null;
}
