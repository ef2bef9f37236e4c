/**
 * The importer's per-file report: which fields were read from the document,
 * inferred from it, taken from the register or the command line, and which are
 * still missing, so the archivist knows what to fill in.
 */
import type { Frontmatter, Missing } from './importText.ts';
import { GIVEN } from './importText.ts';

export interface ImportReport {
	read: string[];
	inferred: string[];
	register: string[];
	given: string[];
	/** Grouped by why they are missing, when that is known: "number, date (no header found)". */
	missing: string[];
}

const FIELDS = {
	type: 'type',
	number: 'number',
	issuedAt: 'date',
	place: 'place',
	issuer: 'issuer',
	title: 'title',
	signer: 'signer',
} as const;

/** Provenance phrases that mark a value worked out from the text rather than printed where it belongs. */
const INFERRED = /^(?:cụm từ|chữ ký|dòng "V\/v"|ký hiệu|lời dẫn|dòng tiêu đề)/u;

function isMissing(frontmatter: Frontmatter, field: keyof typeof FIELDS): boolean {
	if (field === 'signer') return frontmatter.signer.name === null;
	return frontmatter[field] === null;
}

export function reportImport(frontmatter: Frontmatter, registerFrom: string | null, why: Missing = {}): ImportReport {
	const report: ImportReport = { read: [], inferred: [], register: [], given: [], missing: [] };
	const missing = new Map<string, string[]>();
	for (const [field, label] of Object.entries(FIELDS) as [keyof typeof FIELDS, string][]) {
		const from = frontmatter.provenance[field];
		if (isMissing(frontmatter, field)) missing.set(why[field] ?? '', [...(missing.get(why[field] ?? '') ?? []), label]);
		else if (from === GIVEN) report.given.push(label);
		else if (registerFrom !== null && from?.startsWith(registerFrom)) report.register.push(label);
		else if (from !== undefined && INFERRED.test(from)) report.inferred.push(label);
		else report.read.push(label);
	}
	report.missing = [...missing].map(([reason, labels]) => labels.join(', ') + (reason ? ` (${reason})` : ''));
	return report;
}

/** One line per non-empty group: "read: number, date, issuer". */
export function reportLines(report: ImportReport): string[] {
	const groups: [string, string[]][] = [
		['read', report.read],
		['inferred', report.inferred],
		['from the register', report.register],
		['given', report.given],
		['missing', report.missing],
	];
	return groups.filter(([, fields]) => fields.length > 0).map(([label, fields]) => `${label}: ${fields.join(', ')}`);
}
