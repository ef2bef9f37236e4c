/**
 * Document numbers (số, ký hiệu): Party style `307-NQ/TU`, `05-QC/BTCTU-BDVTU`;
 * state style `68/KH-UBND`, `01/2024/QĐ-UBND`, `1407/UBND-NNMT`.
 */
import { slugify } from './vietnamese.ts';

/**
 * Writes a number the one way the archive stores it: NFC, the look-alike `Ð`
 * (U+00D0) as `Đ`, no spaces around `-` and `/` ("369 - CV/BTGTU" → "369-CV/BTGTU").
 */
export function canonicalNumber(raw: string): string {
	return raw
		.normalize('NFC')
		.replace(/\u00D0/g, 'Đ')
		.replace(/\s*([-/])\s*/g, '$1')
		.trim();
}

// A leading number (digits, optionally with a dot: 66.25), then groups of
// letters or digits joined by `-` or `/`, e.g. 307-NQ/TU or 01/2024/QĐ-UBND; a group
// may hold "&" or a dot between capitals, as the citation parser reads them (NN&PTNT, QĐ.UB).
const NUMBER_SHAPE = /^\d+(?:\.\d+)?[a-z]?(?:[-/][\p{L}\d&]+(?:\.[\p{L}\d&]+)?)+$/u;

/** Whether `value` is a document number written the canonical way. */
export function isCanonicalNumber(value: string): boolean {
	return NUMBER_SHAPE.test(value) && canonicalNumber(value) === value;
}

/** The URL part for a number: "307-NQ/TU" → "307-nq-tu", "01/2024/QĐ-UBND" → "01-2024-qd-ubnd". */
export function numberSlug(number: string): string {
	return slugify(number);
}
