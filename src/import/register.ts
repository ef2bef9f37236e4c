/**
 * The office's register of outgoing documents (sổ đăng ký văn bản đi), read from
 * a .csv or .xlsx file: for each row the file name, number, date, trích yếu,
 * signer, issuing body and distribution, exactly as written (an empty cell is
 * null, never a guess), and the row that belongs to an imported file.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { isIsoDate, parseDayFirstDate } from '../lib/dates.ts';
import { canonicalNumber, isCanonicalNumber } from '../lib/numbers.ts';
import { foldDiacritics, foldForMatch } from '../lib/vietnamese.ts';

export interface RegisterRow {
	/** 1-based row number in the sheet/CSV as a spreadsheet shows it, for messages. */
	row: number;
	file: string | null;
	/** Canonical (canonicalNumber), only if isCanonicalNumber. */
	number: string | null;
	/** ISO yyyy-mm-dd. */
	issuedAt: string | null;
	/** Trích yếu. */
	title: string | null;
	/** Người ký, the name as written. */
	signer: string | null;
	/** Cơ quan/đơn vị ban hành, as written. */
	issuerName: string | null;
	/** Nơi nhận, one entry per line or `;`-separated part. */
	distribution: string[];
}

/** A register that cannot be used; the message is one line naming the file (and row, column). */
export class RegisterError extends Error {}

type Cell = string | number | Date | null;
type Field = 'file' | 'number' | 'issuedAt' | 'title' | 'signer' | 'issuerName' | 'distribution';

/** Header names, folded by `foldForMatch`. */
const HEADERS: Record<Field, readonly string[]> = {
	number: ['so ky hieu', 'so va ky hieu', 'so hieu', 'ky hieu'],
	issuedAt: ['ngay thang', 'ngay ban hanh', 'ngay van ban', 'ngay thang van ban', 'ngay ky'],
	title: ['trich yeu', 'trich yeu noi dung', 'ten loai va trich yeu noi dung'],
	signer: ['nguoi ky'],
	distribution: ['noi nhan', 'noi nhan van ban'],
	issuerName: ['co quan ban hanh', 'don vi ban hanh', 'co quan don vi ban hanh'],
	file: ['tep', 'ten tep', 'tep dinh kem', 'tep tin', 'file'],
};
const HEADER_SEARCH_ROWS = 15;
const CSV_DELIMITERS = [',', ';', '\t'] as const;

function fieldOf(cell: Cell): Field | null {
	if (typeof cell !== 'string') return null;
	const key = foldForMatch(cell);
	for (const [field, names] of Object.entries(HEADERS)) if (names.includes(key)) return field as Field;
	return null;
}

/** Column index of each known field in `row` (the first column wins when one is repeated). */
function headerColumns(row: readonly Cell[]): Map<Field, number> {
	const columns = new Map<Field, number>();
	row.forEach((cell, i) => {
		const field = fieldOf(cell);
		if (field && !columns.has(field)) columns.set(field, i);
	});
	return columns;
}

function findHeader(cells: readonly (readonly Cell[])[]): { index: number; columns: Map<Field, number> } | null {
	for (let index = 0; index < Math.min(cells.length, HEADER_SEARCH_ROWS); index++) {
		const columns = headerColumns(cells[index]!);
		if (columns.size >= 2) return { index, columns };
	}
	return null;
}

/** A cell as trimmed NFC text; null when empty. */
function text(cell: Cell | undefined): string | null {
	if (cell === null || cell === undefined) return null;
	const value = cell instanceof Date ? isoOfDate(cell) ?? '' : String(cell).normalize('NFC').trim();
	return value === '' ? null : value;
}

/** The UTC calendar day of a spreadsheet date (read-excel-file gives midnight UTC). */
function isoOfDate(date: Date): string | null {
	if (Number.isNaN(date.getTime())) return null;
	const pad = (n: number, width: number) => String(n).padStart(width, '0');
	return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** A row of column numbers under the header: `(1) (2) (3)` or `1 2 3`. */
function isColumnNumberRow(row: readonly Cell[]): boolean {
	const filled = row.map(text).filter((value) => value !== null);
	return filled.length >= 2 && filled.every((value) => /^\(?\s*\d{1,2}\s*\)?$/.test(value));
}

/** "- Như trên;\n- Lưu: VT." → ["Như trên", "Lưu: VT."]: split on `;` and newlines, list dashes dropped. */
function distributionOf(value: string | null): string[] {
	if (value === null) return [];
	return value
		.split(/[;\r\n]+/)
		.map((part) => part.trim().replace(/^[-–+•]\s*/, '').trim())
		.filter((part) => part !== '');
}

/**
 * The rows of a register already read into cells (first sheet, or CSV records).
 * `name` is the register's file name, used in warnings and errors.
 */
export function parseRegisterTable(cells: Cell[][], name: string): { rows: RegisterRow[]; warnings: string[] } {
	const header = findHeader(cells);
	if (!header) {
		throw new RegisterError(
			`"${name}": no header row in the first ${HEADER_SEARCH_ROWS} rows (expected columns such as "Số, ký hiệu", "Ngày ban hành", "Trích yếu", "Tệp")`,
		);
	}
	const { columns } = header;
	if (!columns.has('number') && !columns.has('file')) {
		throw new RegisterError(`"${name}" row ${header.index + 1}: no "Số, ký hiệu" or "Tệp" column, so no file can be matched to a row`);
	}
	const headerRow = cells[header.index]!;
	const columnName = (field: Field) => String(headerRow[columns.get(field)!]).normalize('NFC').replace(/\s+/g, ' ').trim();
	const cellOf = (row: readonly Cell[], field: Field): Cell | undefined => {
		const column = columns.get(field);
		return column === undefined ? undefined : row[column];
	};

	const rows: RegisterRow[] = [];
	const warnings: string[] = [];
	const ignored = (rowNumber: number, value: string, field: Field, what: string) =>
		warnings.push(`"${name}" row ${rowNumber}: "${value}" in column "${columnName(field)}" is not ${what}; ignored`);

	cells.slice(header.index + 1).forEach((cellRow, i) => {
		// Empty in every known column (a blank line, an STT alone), or the `(1) (2)` row.
		if ([...columns.values()].every((column) => text(cellRow[column]) === null) || isColumnNumberRow(cellRow)) return;
		const rowNumber = header.index + 2 + i;

		let number: string | null = null;
		const rawNumber = text(cellOf(cellRow, 'number'));
		if (rawNumber !== null) {
			const canonical = canonicalNumber(rawNumber);
			if (isCanonicalNumber(canonical)) number = canonical;
			else ignored(rowNumber, rawNumber, 'number', 'a document number');
		}

		let issuedAt: string | null = null;
		const dateCell = cellOf(cellRow, 'issuedAt');
		const rawDate = dateCell instanceof Date ? isoOfDate(dateCell) : text(dateCell);
		if (dateCell instanceof Date && rawDate === null) ignored(rowNumber, String(dateCell), 'issuedAt', 'a date');
		else if (rawDate !== null) {
			issuedAt = isIsoDate(rawDate) ? rawDate : parseDayFirstDate(rawDate);
			if (issuedAt === null) ignored(rowNumber, rawDate, 'issuedAt', 'a date');
		}

		rows.push({
			row: rowNumber,
			file: text(cellOf(cellRow, 'file')),
			number,
			issuedAt,
			title: text(cellOf(cellRow, 'title')),
			signer: text(cellOf(cellRow, 'signer')),
			issuerName: text(cellOf(cellRow, 'issuerName')),
			distribution: distributionOf(text(cellOf(cellRow, 'distribution'))),
		});
	});

	warnDuplicates(rows, (row) => row.number, 'number', name, warnings);
	warnDuplicates(rows, (row) => (row.file === null ? null : fileKey(row.file)), 'file', name, warnings);
	return { rows, warnings };
}

function warnDuplicates(
	rows: readonly RegisterRow[],
	keyOf: (row: RegisterRow) => string | null,
	what: 'number' | 'file',
	name: string,
	warnings: string[],
): void {
	const first = new Map<string, RegisterRow>();
	for (const row of rows) {
		const key = keyOf(row);
		if (key === null) continue;
		const earlier = first.get(key);
		if (earlier) warnings.push(`"${name}" rows ${earlier.row} and ${row.row} have the same ${what} "${row[what]}"`);
		else first.set(key, row);
	}
}

/** File names compared without folder, extension, case or marks: "Thông báo 12.DOCX" → "thong bao 12". */
function fileKey(name: string): string {
	return looseName(stripExtension(baseName(name)));
}

function baseName(name: string): string {
	return name.normalize('NFC').trim().split(/[\\/]/).pop()!;
}

/** "307-NQ-TU.docx" → "307-NQ-TU"; "QĐ 01.2024" stays (an extension starts with a letter). */
function stripExtension(name: string): string {
	return name.replace(/\.[a-z][a-z0-9]{0,4}$/i, '');
}

function looseName(name: string): string {
	return foldDiacritics(name.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The register row for an imported file: by file name first (a cell may hold the
 * name with or without its extension), else by number. Several rows → `ambiguous`.
 */
export function matchRegisterRow(
	rows: readonly RegisterRow[],
	file: { name: string; number: string | null },
): { row: RegisterRow | null; ambiguous: RegisterRow[] } {
	const stem = fileKey(file.name);
	// "QĐ 01.2024" names "QĐ 01.2024.docx": the cell's last dot need not start an extension.
	const byName = rows.filter((row) => row.file !== null && (fileKey(row.file) === stem || looseName(baseName(row.file)) === stem));
	const number = file.number === null ? null : canonicalNumber(file.number);
	const found = byName.length > 0 ? byName : number === null ? [] : rows.filter((row) => row.number === number);
	if (found.length === 1) return { row: found[0]!, ambiguous: [] };
	return { row: null, ambiguous: found.length > 1 ? found : [] };
}

/** Reads a register (.csv or .xlsx). Throws RegisterError with a one-line message. */
export async function readRegister(path: string): Promise<{ rows: RegisterRow[]; warnings: string[] }> {
	const extension = extname(path).toLowerCase();
	if (extension !== '.csv' && extension !== '.xlsx') {
		throw new RegisterError(`${path}: a register must be a .csv or .xlsx file`);
	}
	let cells: Cell[][];
	try {
		const bytes = await readFile(path);
		cells = extension === '.csv' ? csvCells(bytes, path) : await xlsxCells(bytes);
	} catch (error) {
		if (error instanceof RegisterError) throw error;
		const reason = error instanceof Error ? error.message : String(error);
		throw new RegisterError(`${path}: cannot read the register: ${reason.split('\n')[0]}`);
	}
	return parseRegisterTable(cells, basename(path));
}

/** The first sheet as raw rows; date cells come as Date at midnight UTC. */
async function xlsxCells(bytes: Buffer): Promise<Cell[][]> {
	const data = await readSheet(bytes);
	return data.map((row) => row.map((cell) => (typeof cell === 'boolean' ? String(cell) : (cell as unknown as Cell))));
}

/**
 * CSV records, UTF-8 with or without BOM. The delimiter (`,`, `;` or tab) is the
 * one with which a header row can be found; ties go to the commonest in the text.
 */
function csvCells(bytes: Buffer, path: string): Cell[][] {
	let source: string;
	try {
		source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new RegisterError(`${path}: not UTF-8 text; save the register as "CSV UTF-8" or as .xlsx`);
	}
	const head = source.split(/\r?\n/).slice(0, HEADER_SEARCH_ROWS).join('\n');
	const count = (delimiter: string) => head.split(delimiter).length;
	const delimiters = [...CSV_DELIMITERS].sort((a, b) => count(b) - count(a));
	let best: { records: Cell[][]; score: number } | null = null;
	let firstError: unknown = null;
	for (const delimiter of delimiters) {
		try {
			const records: Cell[][] = parseCsv(source, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: false });
			const score = findHeader(records)?.columns.size ?? 0;
			if (!best || score > best.score) best = { records, score };
		} catch (error) {
			firstError ??= error;
		}
	}
	if (!best) throw firstError;
	return best.records;
}
