/**
 * The header of a notice as the office printed it (Hướng dẫn 36-HD/VPTW for the
 * Party, Nghị định 30/2020/NĐ-CP for the State): two columns, then the type name
 * and the trích yếu. What the archive does not know prints as a blank an office
 * can fill in by hand, never as "chưa rõ" and never as a guess.
 */
import { documentType, type DocumentTypeSlug } from './documentTypes.ts';

export type PrintSystem = 'dang' | 'nha-nuoc';

/** The fields of an issuer in content/issuers.yaml this module reads. */
export interface PrintIssuer {
	name: string;
	printedAs: string | null;
	symbol: string;
	system: PrintSystem;
	province: string | null;
	superior: string | null;
}

/** The fields of a directive this module reads. */
export interface PrintDocument {
	type: DocumentTypeSlug | null;
	number: string | null;
	issuedAt: string | null;
	year: number | null;
	place: string | null;
	title: string | null;
}

/** One printed line. `marked` text carries inline marks (`*x*`, `^{x}`) to render. */
export interface PrintLine {
	text: string;
	bold?: true;
	italic?: true;
	underline?: true;
	marked?: true;
	/** Spaces matter: a blank to fill in by hand. */
	blank?: true;
	/** A short rule under the line (the State's issuing body). */
	rule?: true;
}

export interface PrintHeader {
	/** Party or State layout; null when neither the issuer nor the number tells. */
	system: PrintSystem | null;
	left: PrintLine[];
	right: PrintLine[];
	/** "THÔNG BÁO"; "" (a blank line) while the type is unknown; null for a công văn, whose type is not printed as a title. */
	heading: string | null;
	/** The trích yếu in bold under the heading; null for a công văn (it stands in the left column). */
	title: PrintLine | null;
}

/** The gap left for a number, a day, a month, a place. */
const GAP = '      ';
const DAY_GAP = '    ';
const PLACE_GAP = '……';

export const PARTY_NAME = 'ĐẢNG CỘNG SẢN VIỆT NAM';
export const STATE_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const STATE_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

function upper(text: string): string {
	return text.toLocaleUpperCase('vi');
}

/** The layout a number is written in: `307-NQ/TU` is the Party's, `68/KH-UBND` the State's. */
export function numberSystem(number: string): PrintSystem | null {
	if (/^\d+-[^/\s]+\/\S+$/u.test(number)) return 'dang';
	if (/^[\d.]+(?:\/\d{4})?\/[^/\s]+-\S+$/u.test(number)) return 'nha-nuoc';
	return null;
}

/** The issuing body as printed: its printed name (or name) with its province, in capitals ("TỈNH ỦY HƯNG YÊN"). */
export function issuerHeading(issuer: PrintIssuer): string {
	const name = (issuer.printedAs ?? issuer.name).normalize('NFC');
	const province = issuer.province?.normalize('NFC') ?? null;
	const withProvince =
		province === null || upper(name).endsWith(upper(province)) ? name : `${name} ${province}`;
	return upper(withProvince);
}

/**
 * "Số 307-NQ/TU" (Party) or "Số: 68/KH-UBND" (State). An unknown number leaves
 * a gap before the symbol ("Số      -CV/TU", "Số:      /KH-UBND"); an unknown
 * type or issuer leaves its code blank too.
 */
export function numberLine(
	number: string | null,
	type: DocumentTypeSlug | null,
	issuer: PrintIssuer | null,
	system: PrintSystem | null,
): PrintLine {
	if (number !== null) return { text: system === 'nha-nuoc' ? `Số: ${number}` : `Số ${number}` };
	const code = type === null ? GAP : documentType(type).code;
	const symbol = issuer?.symbol ?? GAP;
	if (system === 'nha-nuoc') return { text: `Số:${GAP}/${code}-${symbol}`, blank: true };
	return { text: `Số${GAP}-${code}/${symbol}`, blank: true };
}

/** Day and month as offices write them: the day in two digits, months 1 and 2 as 01, 02. */
function dayMonth(iso: string): { day: string; month: string } {
	const [, m, d] = iso.split('-');
	const month = Number(m);
	return { day: d!, month: month <= 2 ? String(month).padStart(2, '0') : String(month) };
}

/**
 * "Hưng Yên, ngày 04 tháng 6 năm 2026"; unknown parts print as gaps:
 * "……, ngày    tháng    năm 20  ", with the year when only the year is known.
 */
export function dateLine(issuedAt: string | null, year: number | null, place: string | null): PrintLine {
	const where = place === null ? PLACE_GAP : place.normalize('NFC');
	if (issuedAt !== null) {
		const { day, month } = dayMonth(issuedAt);
		return { text: `${where}, ngày ${day} tháng ${month} năm ${issuedAt.slice(0, 4)}`, italic: true, ...(place === null ? { blank: true as const } : {}) };
	}
	const yearText = year === null ? '20  ' : String(year);
	return { text: `${where}, ngày${DAY_GAP}tháng${DAY_GAP}năm ${yearText}`, italic: true, blank: true };
}

/** The subject of a công văn under its number: as written for the Party, after "V/v" for the State. */
function subjectLine(title: string, system: PrintSystem | null): PrintLine {
	const text = system === 'nha-nuoc' && !/^V\/v\b/iu.test(title.trim()) ? `V/v ${title.trim()}` : title.trim();
	return { text, italic: true, marked: true };
}

const EMPTY: PrintLine = { text: '', blank: true };

/** The header of `doc` issued by `issuer` (null when the archive does not know it). */
export function printHeader(doc: PrintDocument, issuer: PrintIssuer | null): PrintHeader {
	const system = issuer?.system ?? (doc.number === null ? null : numberSystem(doc.number));
	const isLetter = doc.type === 'cong-van';
	const left: PrintLine[] = [];
	if (system === 'dang' || system === null) {
		left.push(issuer?.superior ? { text: upper(issuer.superior.normalize('NFC')) } : EMPTY);
		left.push(issuer ? { text: issuerHeading(issuer), bold: true } : { ...EMPTY, bold: true });
		if (system === 'dang') left.push({ text: '*' });
	} else {
		if (issuer?.superior) left.push({ text: upper(issuer.superior.normalize('NFC')) });
		left.push(issuer ? { text: issuerHeading(issuer), bold: true, rule: true } : { ...EMPTY, bold: true });
	}
	left.push(numberLine(doc.number, doc.type, issuer, system));
	if (isLetter && doc.title !== null) left.push(subjectLine(doc.title, system));

	const date = dateLine(doc.issuedAt, doc.year, doc.place);
	const right: PrintLine[] =
		system === 'dang'
			? [{ text: PARTY_NAME, bold: true, underline: true }, date]
			: system === 'nha-nuoc'
				? [{ text: STATE_NAME, bold: true }, { text: STATE_MOTTO, bold: true, underline: true }, date]
				: [EMPTY, date];

	return {
		system,
		left,
		right,
		// An unknown type prints as a blank line, for the office to fill in by hand.
		heading: isLetter ? null : doc.type === null ? '' : upper(documentType(doc.type).name),
		title: isLetter || doc.title === null ? null : { text: doc.title, bold: true, marked: true },
	};
}
