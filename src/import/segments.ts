/**
 * Splits a cleaned document into the parts of an official notice: title block,
 * Kính gửi, body, Nơi nhận and signature block. Header tables (number, date,
 * issuer) are usually lost in export; what is not in the text stays unknown.
 */
import { documentTypeByName, type DocumentType } from '../lib/documentTypes.ts';

export interface Signature {
	authority: string | null;
	title: string | null;
	name: string | null;
}

export interface Segments {
	/** The type named by the title line ("THÔNG BÁO"), if any. */
	titleType: DocumentType | null;
	/** The trích yếu lines under the type name, joined. */
	title: string | null;
	recipients: string[];
	body: string[];
	distribution: string[];
	signature: Signature | null;
	/** Lines after Nơi nhận that are not a signature block; the importer keeps them in the body. */
	unplaced: string[];
}

const RECIPIENTS_LABEL = /^(?:-\s*)?Kính gửi\s*:?\s*(.*)$/u;
const DISTRIBUTION_LABEL = /^(?:-\s*)?Nơi nhận\s*:?\s*(.*)$/u;
const LIST_ITEM = /^[-–+]\s*/u;
/** Signature authorities: Party T/M, K/T, T/L, Q. and the State's TM., KT., TL., TUQ., Q. */
export const AUTHORITY_PREFIX = /^(?:T\/M|K\/T|T\/L|TM\.|KT\.|TL\.|TUQ\.|Q\.)\s*/u;

export function stripBold(line: string): string {
	return line.replace(/\*\*/g, '').trim();
}

function isUppercaseLine(line: string): boolean {
	return /\p{L}/u.test(line) && !/\p{Ll}/u.test(line);
}

/**
 * Word joins bold runs onto one line when a header table is flattened:
 * `I. ƯU ĐIỂM**1. Đối với…****1.1. Ưu điểm**` becomes three lines.
 */
export function splitGluedBold(line: string): string[] {
	const pieces = line.split('****');
	return pieces
		.map((piece, i) => (i > 0 ? '**' : '') + piece + (i < pieces.length - 1 ? '**' : ''))
		.flatMap(splitBeforeBold);
}

/** "I. ƯU ĐIỂM**1. Đối với…**": a bold run glued right after a letter starts a new line. */
function splitBeforeBold(piece: string): string[] {
	const m = /^((?:[^*]|\*(?!\*))*?[\p{L}\p{N}])\*\*(?=[\p{Lu}\d])/u.exec(piece);
	if (!m) return [piece];
	return [m[1]!, ...splitBeforeBold(piece.slice(m[1]!.length))];
}

function nextNonBlank(lines: string[], from: number): number {
	let i = from;
	while (i < lines.length && lines[i] === '') i++;
	return i;
}

/** Reads a dash list that starts at `from` (blank lines between items allowed). */
function readList(lines: string[], from: number, first: string): { items: string[]; end: number } {
	const items: string[] = [];
	const inline = first.replace(LIST_ITEM, '').trim();
	if (inline) items.push(inline);
	let i = from;
	for (;;) {
		const j = nextNonBlank(lines, i);
		const line = lines[j];
		if (line === undefined || !LIST_ITEM.test(line)) return { items, end: i };
		items.push(line.replace(LIST_ITEM, '').trim());
		i = j + 1;
	}
}

export function parseSignature(lines: string[]): Signature | null {
	const clean = lines.map(stripBold).filter(Boolean);
	if (clean.length === 0) return null;
	let i = 0;
	let authority: string | null = null;
	if (AUTHORITY_PREFIX.test(clean[0]!) && clean[0]!.replace(AUTHORITY_PREFIX, '')) authority = clean[i++]!;
	const titleLines: string[] = [];
	while (i < clean.length && isUppercaseLine(clean[i]!)) titleLines.push(clean[i++]!);
	const nameLines = clean.slice(i);
	if (!authority && titleLines.length === 0) return null;
	if (nameLines.some(isUppercaseLine)) return null;
	return {
		authority,
		title: titleLines.length ? titleLines.join(' ') : null,
		name: nameLines.length ? nameLines.join(' ') : null,
	};
}

export function segmentDocument(cleanLines: string[]): Segments {
	const lines = cleanLines.flatMap(splitGluedBold).map((l) => l.trim());

	// Title block: a type name alone on the first line, then the trích yếu lines.
	let start = nextNonBlank(lines, 0);
	let titleType: DocumentType | null = null;
	const titleLines: string[] = [];
	const firstLine = lines[start];
	if (firstLine !== undefined) {
		titleType = documentTypeByName(stripBold(firstLine)) ?? null;
		if (titleType) {
			start++;
			for (;;) {
				const j = nextNonBlank(lines, start);
				const line = lines[j];
				if (line === undefined || RECIPIENTS_LABEL.test(line)) break;
				const text = stripBold(line);
				if (!isUppercaseLine(text) && !/^(?:về|V\/v)\s/iu.test(text)) break;
				titleLines.push(text);
				start = j + 1;
			}
		}
	}

	// Kính gửi: the first one, right at the start of the body, with its list.
	let recipients: string[] = [];
	const recipientsAt = nextNonBlank(lines, start);
	const recipientsLabel = RECIPIENTS_LABEL.exec(lines[recipientsAt] ?? '');
	if (recipientsLabel) {
		const list = readList(lines, recipientsAt + 1, recipientsLabel[1]!);
		recipients = list.items;
		start = list.end;
	}

	// Nơi nhận: the last one, with its list; the signature block is what follows.
	let end = lines.length;
	let distribution: string[] = [];
	let signature: Signature | null = null;
	let trailing: string[] = [];
	let distributionAt = -1;
	for (let i = lines.length - 1; i >= start; i--) {
		if (DISTRIBUTION_LABEL.test(lines[i]!)) {
			distributionAt = i;
			break;
		}
	}
	if (distributionAt >= 0) {
		const list = readList(lines, distributionAt + 1, DISTRIBUTION_LABEL.exec(lines[distributionAt]!)![1]!);
		distribution = list.items;
		end = distributionAt;
		trailing = lines.slice(list.end).filter(Boolean);
		signature = parseSignature(trailing);
	}

	return {
		titleType,
		title: titleLines.length ? titleLines.join(' ') : null,
		recipients,
		body: lines.slice(start, end),
		distribution,
		signature,
		unplaced: signature ? [] : trailing,
	};
}
