/**
 * Document types of the Party (Quy định 66-QĐ/TW, 399-QĐ/TW) and the State
 * (Nghị định 30/2020/NĐ-CP): the slug stored in frontmatter, the Vietnamese
 * name as printed, and the symbol code used in document numbers.
 */
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

/** Finds the type whose printed name is exactly `name`, in any letter case ("THÔNG BÁO"). */
export function documentTypeByName(name: string): DocumentType | undefined {
	const wanted = name.normalize('NFC').trim().toLocaleLowerCase('vi');
	return DOCUMENT_TYPES.find((t) => t.name.toLocaleLowerCase('vi') === wanted);
}
