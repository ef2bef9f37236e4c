/**
 * Scores the importer against the hand-annotated real corpus (tests/fixtures/corpus/):
 * each header field right, wrong, missing or invented, and citations by precision and
 * recall, a citation counting only with its number and date both right.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { foldedUpper } from '../../src/lib/vietnamese.ts';

export const FIELDS = ['type', 'number', 'issuedAt', 'place', 'issuer', 'signer'] as const;
export type Field = (typeof FIELDS)[number];
/** Where the document states a value: its own header, title or signature block, or only a lede or the website around it. */
export type Where = 'header' | 'title' | 'signature' | 'lede' | 'site';

export interface Annotation {
	/** The excerpt's file name in the corpus folder. */
	file: string;
	source: string;
	publisher: string;
	layout: string;
	system: string;
	level: string;
	expected: Record<Field, string | null>;
	where: Partial<Record<Field, Where>>;
	citations: { number: string; date: string | null }[];
}

/** What the importer made of one file. */
export interface Outcome {
	fields: Record<Field, string | null>;
	citations: { number: string; date: string | null }[];
	/** Set when the importer refused the file. */
	refused?: string;
}

export function loadCorpus(dir: string): Annotation[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.yaml'))
		.sort()
		.map((f) => {
			const data = yaml.load(readFileSync(join(dir, f), 'utf8')) as Omit<Annotation, 'file'>;
			return { ...data, where: data.where ?? {}, citations: data.citations ?? [], file: f.replace(/\.yaml$/, '.txt') };
		});
}

/** Numbers compare as the archive stores them, whatever the case of a code ("QĐ-TTG", "QĐ-TTg"). */
function numberKey(number: string): string {
	return number.normalize('NFC').replace(/\u00D0/g, 'Đ').toLocaleUpperCase('vi');
}

/** Whether the importer's value is the annotated one. The issuer is printed text: folded, and a superior body printed above it may precede it. */
export function sameValue(field: Field, expected: string, got: string): boolean {
	if (field === 'number') return numberKey(expected) === numberKey(got);
	if (field === 'issuer' || field === 'place' || field === 'signer') {
		const [e, g] = [foldedUpper(expected), foldedUpper(got)];
		return field === 'issuer' ? g === e || g.endsWith(` ${e}`) : g === e;
	}
	return expected === got;
}

export type Verdict = 'right' | 'wrong' | 'missing' | 'invented' | 'unknown';

export function verdict(field: Field, expected: string | null, got: string | null): Verdict {
	if (expected === null) return got === null || got === '' ? 'unknown' : 'invented';
	if (got === null || got === '') return 'missing';
	return sameValue(field, expected, got) ? 'right' : 'wrong';
}

/** Each cited number once, with the first date the text gives it. */
function byNumber(citations: readonly { number: string; date: string | null }[]): Map<string, string | null> {
	const map = new Map<string, string | null>();
	for (const c of citations) {
		const key = numberKey(c.number);
		if (!map.has(key) || (map.get(key) === null && c.date !== null)) map.set(key, c.date);
	}
	return map;
}

export interface FieldScore {
	stated: number;
	right: number;
	wrong: number;
	missing: number;
	invented: number;
}

export interface Score {
	documents: number;
	refused: { file: string; reason: string }[];
	/** Per field, over values the document states in its header, title or signature. */
	fields: Record<Field, FieldScore>;
	/** The same over values only a lede or the website states. */
	elsewhere: Record<Field, FieldScore>;
	header: { stated: number; right: number; invented: number };
	citations: { expected: number; found: number; right: number; precision: number; recall: number; f1: number };
	/** Every field or citation that was not right, for reading: "p01…: number: want 445-KL/TU, got 445-KL/TW". */
	mistakes: string[];
}

const emptyScore = (): FieldScore => ({ stated: 0, right: 0, wrong: 0, missing: 0, invented: 0 });

export function score(results: readonly { annotation: Annotation; outcome: Outcome }[]): Score {
	const fields = Object.fromEntries(FIELDS.map((f) => [f, emptyScore()])) as Record<Field, FieldScore>;
	const elsewhere = Object.fromEntries(FIELDS.map((f) => [f, emptyScore()])) as Record<Field, FieldScore>;
	const mistakes: string[] = [];
	const refused: Score['refused'] = [];
	let expectedCitations = 0;
	let foundCitations = 0;
	let rightCitations = 0;
	for (const { annotation, outcome } of results) {
		if (outcome.refused) refused.push({ file: annotation.file, reason: outcome.refused });
		for (const field of FIELDS) {
			const expected = annotation.expected[field] ?? null;
			const got = outcome.fields[field];
			const where = annotation.where[field];
			const own = where === undefined || where === 'header' || where === 'title' || where === 'signature';
			const result = verdict(field, expected, got);
			const tally = own ? fields[field] : elsewhere[field];
			if (result === 'unknown') continue;
			if (result !== 'invented') tally.stated++;
			tally[result]++;
			if (result !== 'right') mistakes.push(`${annotation.file}: ${field} ${result}: want ${expected ?? 'unknown'}${where ? ` (${where})` : ''}, got ${got ?? 'unknown'}`);
		}
		const want = byNumber(annotation.citations);
		const have = byNumber(outcome.citations);
		expectedCitations += want.size;
		foundCitations += have.size;
		for (const [number, date] of have) {
			if (want.has(number) && want.get(number) === date) rightCitations++;
			else if (want.has(number)) mistakes.push(`${annotation.file}: citation ${number}: want date ${want.get(number) ?? 'none'}, got ${date ?? 'none'}`);
			else mistakes.push(`${annotation.file}: citation ${number}${date ? `@${date}` : ''} is not one`);
		}
		for (const number of want.keys()) if (!have.has(number)) mistakes.push(`${annotation.file}: citation ${number} missed`);
	}
	const sum = (key: keyof FieldScore) => FIELDS.reduce((n, f) => n + fields[f][key], 0);
	const precision = foundCitations === 0 ? 1 : rightCitations / foundCitations;
	const recall = expectedCitations === 0 ? 1 : rightCitations / expectedCitations;
	return {
		documents: results.length,
		refused,
		fields,
		elsewhere,
		header: { stated: sum('stated'), right: sum('right'), invented: sum('invented') + FIELDS.reduce((n, f) => n + elsewhere[f].invented, 0) },
		citations: {
			expected: expectedCitations,
			found: foundCitations,
			right: rightCitations,
			precision,
			recall,
			f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
		},
		mistakes,
	};
}
