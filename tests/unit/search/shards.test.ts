import { describe, expect, it } from 'vitest';
import { addCounts, mapPartOf, maskOf, planShards, routedWords, shardsToSearch, wordMapParts, wordsOf, windowYears, yearsLabel, type SearchManifest } from '../../../src/lib/search/shards.ts';

const years = (from: number, to: number, perYear: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => Array(perYear).fill(from + i)).flat();

describe('planShards', () => {
	it('puts a year of its own in a shard when a year holds about the target, and aligned windows of years when years are small', () => {
		expect(windowYears(years(2006, 2025, 500), 1500)).toBe(2);
		expect(windowYears(years(2006, 2025, 2500), 1500)).toBe(1);
		expect(windowYears(years(2006, 2025, 50), 1500)).toBe(16);
		const plan = planShards([...years(2021, 2026, 2), null], 5);
		expect(plan.shards.map((s) => [s.id, s.from, s.to, s.docs])).toEqual([
			['2026-2027', 2026, 2026, 2],
			['2024-2025', 2024, 2025, 4],
			['2022-2023', 2022, 2023, 4],
			['2020-2021', 2021, 2021, 2],
			['chua-ro', null, null, 1],
		]);
		expect(plan.shardOf.slice(0, 3)).toEqual(['2020-2021', '2020-2021', '2022-2023']);
	});

	it('keeps the older shards as they were when a document is added to the newest year', () => {
		const before = planShards(years(2006, 2025, 500), 1500);
		const after = planShards([...years(2006, 2025, 500), 2025], 1500);
		expect(after.shards.slice(1)).toEqual(before.shards.slice(1));
		expect(after.shards[0]!.docs).toBe(before.shards[0]!.docs + 1);
	});
});

describe('the word map', () => {
	const parts = wordMapParts([new Set(wordsOf('Chuyển đổi số đảng viên')), new Set(wordsOf('đảng bộ chuỗi giá trị')), new Set(wordsOf('Đảng'))]);

	it('folds words as queries are folded, and files each under its first two letters', () => {
		expect(wordsOf('Chuyển đổi SỐ, Đảng-viên 307-NQ/TU')).toEqual(['chuyen', 'doi', 'so', 'dang', 'vien', '307', 'nq', 'tu']);
		expect([mapPartOf('chuyen'), mapPartOf('307'), mapPartOf('d'), mapPartOf('ἀρχή')]).toEqual(['ch', '30', 'd', '_']);
		expect(parts.get('da')).toEqual({ dang: '7' });
		expect(parts.get('ch')).toEqual({ chuoi: '2', chuyen: '1' });
	});

	it('gives a word its shards exactly, and the word being typed those of every word it begins', () => {
		const ch = parts.get('ch')!;
		expect(maskOf(ch, 'chuyen', false)).toBe(1n);
		expect(maskOf(ch, 'chuy', false)).toBe(0n);
		expect(maskOf(ch, 'chuy', true)).toBe(1n);
		expect(maskOf(ch, 'chu', true)).toBe(3n);
		expect(maskOf(ch, 'c', true)).toBeNull();
		expect(routedWords('đảng vi', false)).toEqual([
			{ word: 'dang', prefix: false },
			{ word: 'vi', prefix: true },
		]);
		expect(routedWords('"đảng viên"', true).map((w) => w.prefix)).toEqual([false, false]);
	});
});

describe('shardsToSearch', () => {
	const manifest: SearchManifest = {
		shards: [
			{ id: '2024-2025', from: 2024, to: 2025, docs: 3 },
			{ id: '2022-2023', from: 2022, to: 2023, docs: 3 },
			{ id: '2020-2021', from: 2021, to: 2021, docs: 1 },
			{ id: 'chua-ro', from: null, to: null, docs: 1 },
		],
		filters: {},
		parts: [],
	};
	const ids = (shards: { id: string }[]) => shards.map((s) => s.id);

	it('orders newest first (oldest first when sorted oldest first), unknown years last, and keeps those the words and years allow', () => {
		expect(ids(shardsToSearch(manifest, null, [], 'phu-hop'))).toEqual(['2024-2025', '2022-2023', '2020-2021', 'chua-ro']);
		expect(ids(shardsToSearch(manifest, null, [], 'cu-nhat'))).toEqual(['2020-2021', '2022-2023', '2024-2025', 'chua-ro']);
		expect(ids(shardsToSearch(manifest, 0b1010n, [], 'moi-nhat'))).toEqual(['2022-2023', 'chua-ro']);
		expect(ids(shardsToSearch(manifest, null, ['2023', 'Chưa rõ'], 'phu-hop'))).toEqual(['2022-2023', 'chua-ro']);
		expect(ids(shardsToSearch(manifest, null, ['2019'], 'phu-hop'))).toEqual([]);
	});

	it('says which years have been searched', () => {
		expect(yearsLabel(manifest.shards.slice(0, 2))).toBe('2022–2025');
		expect(yearsLabel(manifest.shards.slice(2))).toBe('2021 và văn bản chưa rõ năm');
		expect(yearsLabel(manifest.shards.slice(3))).toBe('văn bản chưa rõ năm');
	});
});

describe('addCounts', () => {
	it('sums filter counts, spelled back as written', () => {
		const sum = { loai: { 'Quyết định': 1 } };
		addCounts(sum, { loai: { 'Quyết ḍịnh': 2, 'Công văn': 1 } });
		expect(sum).toEqual({ loai: { 'Quyết định': 3, 'Công văn': 1 } });
	});
});
