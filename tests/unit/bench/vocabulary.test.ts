import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDocuments, mulberry32 } from '../../../scripts/generate-corpus.ts';
import { syllableInventory, syllablesOf, tailName, tailOrder, vocabularyStats } from '../../../scripts/bench/vocabulary.ts';

const REAL = join(import.meta.dirname, '..', '..', 'fixtures', 'corpus');

describe('long-tail syllables', () => {
	const inventory = syllableInventory();

	it('are spelled by Vietnamese rules: k/gh/ngh before e, ê, i; stop finals only with sắc and nặng', () => {
		expect(new Set(inventory).size).toBe(inventory.length);
		expect(inventory.every((s) => s === s.normalize('NFC'))).toBe(true);
		expect(inventory).toEqual(expect.arrayContaining(['phước', 'thạnh', 'nghiêng', 'kiến', 'quốc', 'ghềnh', 'các', 'hạt']));
		for (const wrong of ['ce', 'ci', 'ge', 'ngi', 'càc', 'hảt', 'quu']) expect(inventory).not.toContain(wrong);
		expect(inventory.length).toBeGreaterThan(5_000);
	});

	it('make names of capitalised syllables, the same for the same seed, the first ranks the commonest', () => {
		const order = tailOrder(inventory, mulberry32(3));
		expect(tailOrder(inventory, mulberry32(3))).toEqual(order);
		const next = mulberry32(9);
		const names = Array.from({ length: 4000 }, () => tailName(order, next, 1));
		expect(names.every((n) => /^\p{Lu}/u.test(n))).toBe(true);
		const count = (w: string) => names.filter((n) => n.toLowerCase() === w).length;
		// Log-uniform ranks: the first syllable of the order about 1 draw in 13 (ln 2 / ln 10,377), the 1,000th rarely.
		expect(count(order[0]!)).toBeGreaterThan(240);
		expect(count(order[999]!)).toBeLessThan(5);
		expect(new Set(names).size).toBeGreaterThan(1_000);
	});
});

describe('vocabulary figures', () => {
	it('count distinct syllables, per run of 1,000 words, and the share of the 100 commonest', () => {
		const words = Array.from({ length: 2000 }, (_, i) => (i % 2 ? 'của' : `từ${(i / 2) % 300}`));
		const stats = vocabularyStats(words);
		expect(stats).toMatchObject({ words: 2000, distinct: 301, distinctPer1000: 301 });
		expect(stats.top100Share).toBeCloseTo((1000 + 99 * 4) / 2000, 5);
		expect(syllablesOf('Phước THẠNH, 2024; ủy-ban')).toEqual(['phước', 'thạnh', 'ủy', 'ban']);
	});

	it('of the generated corpus are close to real provincial text, and its vocabulary grows with its size', () => {
		const real = vocabularyStats(
			readdirSync(REAL)
				.filter((f) => f.endsWith('.txt'))
				.sort()
				.flatMap((f) => syllablesOf(readFileSync(join(REAL, f), 'utf8'))),
		);
		const generated = (docs: number) => vocabularyStats([...corpusDocuments(docs, 1)].flatMap((d) => syllablesOf(d.text.slice(d.text.indexOf('\n---\n') + 5))));
		const small = generated(100);
		const large = generated(400);
		expect(small.distinctPer1000 / real.distinctPer1000).toBeGreaterThan(0.85);
		expect(small.distinctPer1000 / real.distinctPer1000).toBeLessThan(1.25);
		expect(Math.abs(small.top100Share - real.top100Share)).toBeLessThan(0.05);
		// Without the tail the generator's sentences used about 585 syllables at any size.
		expect(small.distinct).toBeGreaterThan(900);
		expect(large.distinct).toBeGreaterThan(small.distinct + 400);
	});
});
