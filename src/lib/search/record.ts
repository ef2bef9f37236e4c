/**
 * What a document page tells the search index about itself: filters, sort key
 * and the fields of a result (số hiệu, loại, ngày, trích yếu).
 */
import { formatDate } from '../dates.ts';
import { typeName, type DocumentTypeSlug } from '../documentTypes.ts';
import { inlineToText } from '../inline.ts';
import { excerpt } from '../listing.ts';

export const FILTER_LABELS = {
	loai: 'Loại văn bản',
	co_quan: 'Cơ quan ban hành',
	nam: 'Năm',
	trang_thai: 'Trạng thái',
} as const;

export type FilterName = keyof typeof FILTER_LABELS;

export interface SearchRecord {
	filters: Record<FilterName, string>;
	/** ISO date for sorting; absent when the date is unknown. */
	sortDate: string | null;
	meta: { title: string; so_hieu: string; loai: string; ngay: string; trich_yeu: string };
}

export function searchRecord(
	doc: { type: DocumentTypeSlug | null; number: string | null; issuedAt: string | null; year: number | null; title: string | null; status: string },
	body: string,
	issuerName: string | null,
	statusLabel: string,
): SearchRecord {
	const type = typeName(doc.type);
	const summary = doc.title === null ? excerpt(body, 40).text : inlineToText(doc.title);
	return {
		filters: {
			loai: doc.type === null ? 'Chưa rõ' : type,
			co_quan: issuerName ?? 'Chưa rõ',
			nam: doc.year === null ? 'Chưa rõ' : String(doc.year),
			trang_thai: statusLabel,
		},
		sortDate: doc.issuedAt,
		meta: {
			title: `${type} ${doc.number ?? '(chưa rõ số)'}`,
			so_hieu: doc.number ?? 'chưa rõ',
			loai: type,
			ngay: doc.issuedAt ? formatDate(doc.issuedAt) : 'chưa rõ',
			trich_yeu: summary,
		},
	};
}
