/**
 * Splits a cleaned document into the parts of an official notice: title block,
 * Kính gửi, body, Nơi nhận and signature block. Header tables (number, date,
 * issuer) are usually lost in export; what is not in the text stays unknown.
 */
import { headingType, type DocumentType } from '../lib/documentTypes.ts';

export interface Signature {
	authority: string | null;
	title: string | null;
	name: string | null;
}

export interface Segments {
	/** The type named by the title line ("THÔNG BÁO", OCR's "K ÉT LUẬN"), if any. */
	titleType: DocumentType | null;
	/** The type's name as the title line prints it, when it has one. */
	titleHeading: string | null;
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
	// Lines of punctuation alone (";", "|") carry no word of the signature.
	const clean = lines.map(stripBold).filter((l) => /[\p{L}\p{N}]/u.test(l));
	if (clean.length === 0) return null;
	// "TM." alone on its line, the body it signs for on the next.
	if (clean.length > 1 && AUTHORITY_PREFIX.test(clean[0]!) && clean[0]!.replace(AUTHORITY_PREFIX, '') === '') clean.splice(0, 2, `${clean[0]} ${clean[1]}`);
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

/** A signer's name: one to five words, each capitalised ("A Pót", "Lương Nguyễn Minh Triết"); maybe over two lines. */
const NAME_LINE = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,4}$/u;
/** Lines that end a signature block that has no Nơi nhận before it: a table's `|`, a rule. */
const BLOCK_END = /^[|\-–—_*\s]+$/u;

/**
 * A signature block where no Nơi nhận precedes it (a web copy that dropped the list,
 * or a decision whose regulation follows it): the last authority line (T/M, TM., KT. …)
 * in capitals, the titles in capitals, then the name.
 */
function findLoneSignature(lines: string[], from: number): { signature: Signature; start: number; end: number } | null {
	for (let i = lines.length - 1; i >= from; i--) {
		const first = stripBold(lines[i]!);
		if (!AUTHORITY_PREFIX.test(first) || first.length > 60 || /\p{Ll}/u.test(first)) continue;
		// "TM. ỦY BAN NHÂN DÂN TỈNH" above "KT. CHỦ TỊCH": the block starts at its first line in capitals.
		let top = i;
		for (let k = i - 1; k >= from; k--) {
			const line = stripBold(lines[k]!);
			if (line === '') continue;
			if (!isUppercaseLine(line) && !AUTHORITY_PREFIX.test(line)) break;
			if (BLOCK_END.test(line) || line.length > 60) break;
			top = k;
		}
		const block: string[] = [];
		let names = 0;
		let j = top;
		for (; j < lines.length && block.length < 8; j++) {
			const line = stripBold(lines[j]!);
			if (line === '') continue;
			if (BLOCK_END.test(line)) break;
			const isName = NAME_LINE.test(line) && /\p{Ll}/u.test(line);
			if (!isName && (names > 0 || /\p{Ll}/u.test(line))) break;
			if (isName && ++names > 2) break;
			block.push(line);
		}
		if (names === 0) continue;
		const signature = parseSignature(block);
		if (signature?.name) return { signature, start: top, end: j };
	}
	return null;
}

export function segmentDocument(cleanLines: string[]): Segments {
	const lines = cleanLines.flatMap(splitGluedBold).map((l) => l.trim());

	// Title block: a type name alone on the first line, then the trích yếu lines.
	let start = nextNonBlank(lines, 0);
	let titleType: DocumentType | null = null;
	let titleHeading: string | null = null;
	const titleLines: string[] = [];
	const firstLine = lines[start];
	if (firstLine !== undefined) {
		const heading = headingType(stripBold(firstLine));
		titleType = heading?.type ?? null;
		if (heading) {
			titleHeading = heading.printed;
			// "QUY ĐỊNH (BỔ SUNG)", "CHƯƠNG TRÌNH HÀNH ĐỘNG": what follows the name opens the trích yếu.
			if (heading.rest) titleLines.push(heading.rest);
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
	let unplaced: string[] = [];
	let lone: { start: number; end: number } | null = null;
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
		// A note between the list and the signature (a file path) stays in the body; the block starts
		// with its authority (T/M, KT. …) or, where the head signs in person, with the title ("CHỦ TỊCH").
		const authority = trailing.findIndex((l) => AUTHORITY_PREFIX.test(stripBold(l)) || isUppercaseLine(stripBold(l)));
		signature = parseSignature(authority > 0 ? trailing.slice(authority) : trailing);
		unplaced = !signature ? trailing : authority > 0 ? trailing.slice(0, authority) : [];
	} else {
		const found = findLoneSignature(lines, start);
		if (found) [signature, lone] = [found.signature, found];
	}

	return {
		titleType,
		titleHeading,
		title: titleLines.length ? titleLines.join(' ') : null,
		recipients,
		// What follows a signature without Nơi nhận (a regulation issued with the decision) stays in the body.
		body: lone ? [...lines.slice(start, lone.start), ...lines.slice(lone.end)] : lines.slice(start, end),
		distribution,
		signature,
		unplaced,
	};
}
