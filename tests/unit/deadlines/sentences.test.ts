/**
 * The deadline reader on real sentences (tests/fixtures/deadlines/sentences.yaml:
 * 40 sentences of public directives and of news reports of them, annotated by
 * hand, with traps that hold dates but no deadline). The floors are the
 * figures measured when the reader was written: raise them, never lower them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { deadlinesInSentence, unitsOf } from '../../../src/lib/deadlines.ts';

interface Annotated {
	sentence: string;
	source: string;
	deadlines: { text: string; due: string | null }[];
	units: string[];
}

const corpus = yaml.load(readFileSync(join(import.meta.dirname, '../../fixtures/deadlines/sentences.yaml'), 'utf8')) as Annotated[];

/** Deadlines right (same date, overlapping wording), missed and invented over the corpus; and sentences whose units agree. */
function score() {
	let right = 0;
	let missed = 0;
	let invented = 0;
	let unitsAgree = 0;
	for (const item of corpus) {
		const sentence = item.sentence.normalize('NFC');
		const read = deadlinesInSentence(sentence, null);
		const used = new Set<number>();
		for (const want of item.deadlines) {
			const w = want.text.toLowerCase();
			const at = read.findIndex((r, i) => !used.has(i) && r.due === want.due && (r.text.toLowerCase().includes(w) || w.includes(r.text.toLowerCase())));
			if (at < 0) missed++;
			else {
				used.add(at);
				right++;
			}
		}
		invented += read.length - used.size;
		if (JSON.stringify(unitsOf(sentence)) === JSON.stringify(item.units)) unitsAgree++;
	}
	return { right, missed, invented, unitsAgree };
}

describe('deadlines in real sentences', () => {
	it('has a source and an annotation for each sentence', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(40);
		for (const item of corpus) expect(item.source).toMatch(/^https?:\/\//);
		expect(corpus.filter((i) => i.deadlines.length === 0).length).toBeGreaterThanOrEqual(7);
	});

	it('reads 35 of the 36 deadlines, invents none, and agrees on the units of 34 of 40 sentences', () => {
		const { right, invented, unitsAgree } = score();
		expect(right).toBeGreaterThanOrEqual(35);
		expect(invented).toBe(0);
		expect(unitsAgree).toBeGreaterThanOrEqual(34);
	});
});
