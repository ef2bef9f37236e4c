/**
 * The importer measured on real documents (tests/fixtures/corpus/, and the held-out
 * tests/fixtures/corpus-holdout/ it was not tuned on), as `npm run eval` prints it.
 * The floors are the figures measured, a little below; raise them as the code improves.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../../scripts/eval/run.ts';
import { loadCorpus, verdict } from '../../../scripts/eval/score.ts';
import { parseIssuerRegistry } from '../../../src/lib/issuers.ts';

const registry = parseIssuerRegistry(readFileSync('content/issuers.yaml', 'utf8'), 'content/issuers.yaml');
const ratio = (s: { header: { right: number; stated: number } }) => s.header.right / s.header.stated;

describe('the real corpus', () => {
	it('holds at least 40 documents, each with its source, Party and State, at every level', () => {
		const corpus = [...loadCorpus('tests/fixtures/corpus'), ...loadCorpus('tests/fixtures/corpus-holdout')];
		expect(corpus.length).toBeGreaterThanOrEqual(40);
		expect(corpus.every((a) => /^(?:https?:\/\/|github:)/.test(a.source) && a.publisher)).toBe(true);
		expect(new Set(corpus.map((a) => a.system))).toEqual(new Set(['dang', 'nha-nuoc']));
		expect(new Set(corpus.map((a) => a.level))).toEqual(new Set(['trung-uong', 'tinh', 'huyen', 'xa']));
	});

	it('is read with every header field right but a few, nothing invented, and the citations found with their dates', async () => {
		const scores = await evaluateCorpus('tests/fixtures/corpus', registry);
		for (const layout of ['text', 'docx', 'pdf'] as const) {
			expect(scores[layout].refused).toEqual([]);
			expect(scores[layout].header.invented).toBe(0);
			expect(ratio(scores[layout])).toBeGreaterThanOrEqual(0.98);
		}
		expect(scores.text.documents).toBe(52);
		expect(scores.docx.documents).toBeGreaterThanOrEqual(35);
		expect(scores.text.citations.f1).toBeGreaterThanOrEqual(0.97);
	}, 60_000);

	it('does as well on documents it was not tuned on', async () => {
		const scores = await evaluateCorpus('tests/fixtures/corpus-holdout', registry);
		for (const layout of ['text', 'docx', 'pdf'] as const) {
			expect(scores[layout].refused).toEqual([]);
			expect(scores[layout].header.invented).toBe(0);
			expect(ratio(scores[layout])).toBeGreaterThanOrEqual(0.95);
		}
	}, 60_000);
});

describe('scoring', () => {
	it('tells right, wrong, missing, invented and rightly unknown apart', () => {
		expect(verdict('number', '216-QĐ/TW', '216-QĐ/TW')).toBe('right');
		expect(verdict('number', '1896/QĐ-TTg', '1896/QĐ-TTG')).toBe('right');
		expect(verdict('number', '445-KL/TU', '445-KL/TW')).toBe('wrong');
		expect(verdict('place', 'Hà Nội', null)).toBe('missing');
		expect(verdict('number', null, '12/KH-UBND')).toBe('invented');
		expect(verdict('issuedAt', null, null)).toBe('unknown');
		// The printed issuer may carry its superior body above it.
		expect(verdict('issuer', 'SỞ Y TẾ', 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU SỞ Y TẾ')).toBe('right');
	});
});
