/**
 * Reads the two-column header of a directive (the header table of a Word file,
 * page 1's columns of a PDF, or the same lines in a text export):
 *
 *   TỈNH ỦY QUẢNG NAM                 ĐẢNG CỘNG SẢN VIỆT NAM
 *          *                    Quảng Nam, ngày 03 tháng 5 năm 2024
 *   Số 307-NQ/TU
 *
 *   ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 *   Số: 1407/UBND-NNMT                   Độc lập - Tự do - Hạnh phúc
 *   V/v báo cáo tình hình …        Quảng Nam, ngày 10 tháng 8 năm 2023
 *
 * Only what the header prints is read; a blank number or date ("Số:    /KH-UBND",
 * "ngày    tháng    năm 2024") stays unknown.
 */
import { isIsoDate } from '../lib/dates.ts';
import { canonicalNumber, isCanonicalNumber } from '../lib/numbers.ts';
import { foldedUpper } from '../lib/vietnamese.ts';

export interface HeaderColumns {
	left: string[];
	right: string[];
}

export interface HeaderFields {
	/** Party or State, from the motto line. */
	system: 'dang' | 'nha-nuoc' | null;
	/** The bodies printed above the number, top (superior) to bottom (the issuer). */
	bodies: string[];
	number: string | null;
	issuedAt: string | null;
	/** The year, also when only the year of the date is filled in. */
	year: number | null;
	place: string | null;
	/** A công văn's trích yếu under its number: "V/v …". */
	subject: string | null;
	/** What could not be read, for the archivist. */
	warnings: string[];
}

const PARTY_MOTTO = 'DANG CONG SAN VIET NAM';
const STATE_MOTTO = 'CONG HOA XA HOI CHU NGHIA VIET NAM';
const STATE_SLOGAN = /^DOC LAP\s*-\s*TU DO\s*-\s*HANH PHUC$/;
const NUMBER_LINE = /^Số\s*:?\s*(.*)$/u;
const SUBJECT_LINE = /^(?:V\/v|Về việc)\b/iu;
const DATE_LINE = /^(?:(.*?),\s*)?ngày\s*([\d.…_ ]*?)\s*tháng\s*([\d.…_ ]*?)\s*năm\s*(\d{4}|[.…_ ]*)\s*$/iu;
const SEPARATOR = /^[*\-–_—]+$/u;

function stripEmphasis(line: string): string {
	return line.replace(/\*\*|(?<=\S)\*(?=\s|$)|(?<=^|\s)\*(?=\S)/gu, '').trim();
}

function readNumber(line: string, raw: string, fields: HeaderFields): void {
	const number = canonicalNumber(raw.replace(/[.…_]{2,}/gu, ' '));
	if (number === '' || /^[-/]/u.test(number)) {
		fields.warnings.push(`the header leaves the number blank ("${line}"): number left unknown`);
	} else if (isCanonicalNumber(number)) {
		fields.number = number;
	} else {
		fields.warnings.push(`"${line}" in the header is not a number like 307-NQ/TU or 68/KH-UBND: number left unknown`);
	}
}

function readDate(line: string, fields: HeaderFields): boolean {
	const m = DATE_LINE.exec(line);
	if (!m) return false;
	const [, place, day, month, year] = m;
	if (place?.trim()) fields.place = place.trim();
	if (/^\d{4}$/.test(year!)) fields.year = Number(year);
	const iso = /^\d{1,2}$/.test(day!) && /^\d{1,2}$/.test(month!) && fields.year !== null
		? `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`
		: null;
	if (iso && isIsoDate(iso)) fields.issuedAt = iso;
	else if (iso) fields.warnings.push(`"${line}" in the header is not a real date: date left unknown`);
	else fields.warnings.push(`the header leaves the date blank ("${line}"): date left unknown`);
	return true;
}

export function readHeader(columns: HeaderColumns): HeaderFields {
	const fields: HeaderFields = {
		system: null,
		bodies: [],
		number: null,
		issuedAt: null,
		year: null,
		place: null,
		subject: null,
		warnings: [],
	};
	const left = columns.left.map(stripEmphasis).filter(Boolean);
	const right = columns.right.map(stripEmphasis).filter(Boolean);

	// Left: the bodies, a separator (*), the number, then a công văn's V/v lines.
	const subject: string[] = [];
	let afterNumber = false;
	for (const line of left) {
		const number = NUMBER_LINE.exec(line);
		if (number && !afterNumber) {
			readNumber(line, number[1]!, fields);
			afterNumber = true;
		} else if (SUBJECT_LINE.test(line) || (subject.length > 0 && afterNumber)) {
			subject.push(line);
		} else if (!afterNumber && !SEPARATOR.test(line)) {
			fields.bodies.push(line);
		}
	}
	if (subject.length) fields.subject = subject.join(' ');

	// Right: the motto, the State's slogan, then place and date (possibly wrapped).
	const rest: string[] = [];
	for (const line of right) {
		const folded = foldedUpper(line);
		if (folded === PARTY_MOTTO) fields.system = 'dang';
		else if (folded === STATE_MOTTO) fields.system = 'nha-nuoc';
		else if (!STATE_SLOGAN.test(folded) && !SEPARATOR.test(line)) rest.push(line);
	}
	const dateText = rest.join(' ');
	if (dateText && !readDate(dateText, fields)) {
		fields.warnings.push(`"${dateText}" in the header is not a place and date: left unread`);
	}
	if (!fields.number && !left.some((l) => NUMBER_LINE.test(l))) fields.warnings.push('the header has no "Số" line: number left unknown');
	return fields;
}

/**
 * Finds a header at the top of a text export, where Word flattened the header
 * table into lines: the lines before the title that hold a motto or a "Số" line.
 * Returns the header columns and the index of the first line after them.
 */
export function headerFromLines(lines: readonly string[], isTitle: (line: string) => boolean): { header: HeaderColumns; end: number } | null {
	const limit = Math.min(lines.length, 16);
	let end = 0;
	let mottoAt = -1;
	let hasNumber = false;
	for (let i = 0; i < limit; i++) {
		const line = stripEmphasis(lines[i]!);
		if (isTitle(line) || /^Kính gửi\b/iu.test(line)) break;
		const folded = foldedUpper(line);
		if (mottoAt < 0 && (folded === PARTY_MOTTO || folded === STATE_MOTTO)) mottoAt = i;
		if (NUMBER_LINE.test(line)) hasNumber = true;
		end = i + 1;
	}
	if (mottoAt < 0 && !hasNumber) return null;
	const block = lines.slice(0, end);
	if (mottoAt < 0) return { header: { left: block.filter(Boolean), right: [] }, end };
	// Word writes the left cell, then the right cell; the date line may come last.
	const numberAt = block.findIndex((l) => NUMBER_LINE.test(stripEmphasis(l)));
	const left = block.slice(0, mottoAt);
	const right = block.slice(mottoAt);
	// A Word row-by-row export puts the number after the motto: move it (and V/v lines) left.
	if (numberAt > mottoAt) {
		const moved = right.filter((l) => NUMBER_LINE.test(stripEmphasis(l)) || SUBJECT_LINE.test(stripEmphasis(l)));
		return { header: { left: [...left, ...moved].filter(Boolean), right: right.filter((l) => !moved.includes(l) && l !== '') }, end };
	}
	return { header: { left: left.filter(Boolean), right: right.filter(Boolean) }, end };
}
