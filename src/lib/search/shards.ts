/**
 * The search index in shards. Pagefind answers one bundle at a time and its
 * first query loads metadata for every page of the bundle, so a province's
 * archive is indexed as one bundle per window of years (src/integrations/
 * searchIndex.ts), and a query goes only to the shards that hold every one of
 * its words: a small word → shard map, split by the words' first letters,
 * tells which. A shard lacking a word is never asked, so Pagefind never falls
 * back to a shorter word or drops one (the failure of merging year bundles with
 * mergeIndex, where such a shard answered with documents lacking the word).
 */
import type { FilterCounts } from './pagefind.ts';
import type { SortKey } from './url.ts';
import { foldForMatch } from '../vietnamese.ts';
import { fromIndexText } from './text.ts';

/** One independent Pagefind bundle, under <base>pagefind/<id>/. */
export interface Shard {
	id: string;
	/** The years of its documents (first and last); null for the documents of unknown year. */
	from: number | null;
	to: number | null;
	docs: number;
}

/** What the build writes to <base>pagefind/shards.json. */
export interface SearchManifest {
	/** Newest first; the shard of documents of unknown year, if any, last. Bit i of a word's mask is shards[i]. */
	shards: Shard[];
	/** Every filter value of the archive with its count, for the filter list before any search. */
	filters: FilterCounts;
	/** The parts of the word map the build wrote (tu/<part>.json); a part not listed holds no word. */
	parts: string[];
}

/** One part of the word map: folded word → hex mask of the shards holding it. */
export type WordMapPart = Record<string, string>;

export const UNKNOWN_YEAR_SHARD = 'chua-ro';

/** Documents a shard should hold at most, on average: the first query of a common word stays near 300 KB. */
export const SHARD_DOCS = 1500;

/** Window lengths in years; windows are aligned (2024–2025, 2024–2027 …) so that adding documents rarely moves a boundary. */
const WINDOWS = [1, 2, 4, 8, 16, 32];

/** The longest window whose average year count holds at most `target` documents. */
export function windowYears(years: readonly (number | null)[], target: number): number {
	const known = years.filter((y): y is number => y !== null);
	if (known.length === 0) return 1;
	const span = Math.max(...known) - Math.min(...known) + 1;
	const perYear = known.length / span;
	let window = 1;
	for (const w of WINDOWS) if (w * perYear <= target) window = w;
	return window;
}

export interface ShardPlan {
	/** Newest first, unknown year last. */
	shards: Shard[];
	/** The shard of each input, by position. */
	shardOf: string[];
}

/** Assigns each document (by its year) to a shard: aligned windows of years, one shard for unknown years. */
export function planShards(years: readonly (number | null)[], target = SHARD_DOCS): ShardPlan {
	const window = windowYears(years, target);
	const idOf = (year: number | null): string => {
		if (year === null) return UNKNOWN_YEAR_SHARD;
		const start = Math.floor(year / window) * window;
		return window === 1 ? String(start) : `${start}-${start + window - 1}`;
	};
	const byId = new Map<string, Shard>();
	const shardOf = years.map((year) => {
		const id = idOf(year);
		const shard = byId.get(id) ?? { id, from: year, to: year, docs: 0 };
		shard.docs++;
		if (year !== null) {
			shard.from = Math.min(shard.from!, year);
			shard.to = Math.max(shard.to!, year);
		}
		byId.set(id, shard);
		return id;
	});
	const shards = [...byId.values()].sort((a, b) => (b.to ?? -Infinity) - (a.to ?? -Infinity));
	return { shards, shardOf };
}

/** The words a text is found by, folded as queries are: "Chuyển đổi số" → chuyen, doi, so. */
export function wordsOf(text: string): string[] {
	return foldForMatch(text).split(' ').filter(Boolean);
}

/** The part of the map a folded word lives in: its first two letters ("chuyen" → "ch"); "_" for other scripts. */
export function mapPartOf(word: string): string {
	const head = word.slice(0, 2);
	return /^[a-z0-9]+$/.test(head) ? head : '_';
}

/** The word map's parts from the words of each shard (in manifest order). */
export function wordMapParts(shardWords: readonly Iterable<string>[]): Map<string, WordMapPart> {
	const masks = new Map<string, bigint>();
	shardWords.forEach((words, i) => {
		const bit = 1n << BigInt(i);
		for (const word of words) masks.set(word, (masks.get(word) ?? 0n) | bit);
	});
	const parts = new Map<string, WordMapPart>();
	for (const word of [...masks.keys()].sort()) {
		const part = mapPartOf(word);
		let entries = parts.get(part);
		if (!entries) parts.set(part, (entries = {}));
		entries[word] = masks.get(word)!.toString(16);
	}
	return parts;
}

/**
 * The mask of shards holding `word`: exactly, or, for the word still being
 * typed (`prefix`), any word it begins. A one-letter prefix routes nowhere in
 * particular (null: every shard), as it would begin most words.
 */
export function maskOf(part: WordMapPart, word: string, prefix: boolean): bigint | null {
	if (!prefix) return part[word] === undefined ? 0n : BigInt(`0x${part[word]}`);
	if (word.length < 2) return null;
	let mask = 0n;
	for (const [w, hex] of Object.entries(part)) if (w.startsWith(word)) mask |= BigInt(`0x${hex}`);
	return mask;
}

/** The query's words to route by: every word exactly, the last as a prefix while it may still be typed. */
export function routedWords(query: string, exact: boolean): { word: string; prefix: boolean }[] {
	const words = wordsOf(query);
	return words.map((word, i) => ({ word, prefix: !exact && i === words.length - 1 }));
}

/** Whether a shard holds a value of the year filter ("2024"; "Chưa rõ": the unknown-year shard). */
export function holdsYear(shard: Shard, year: string): boolean {
	return year === 'Chưa rõ' ? shard.from === null : shard.from !== null && Number(year) >= shard.from && Number(year) <= shard.to!;
}

function holdsYears(shard: Shard, years: readonly string[]): boolean {
	return years.length === 0 || years.some((y) => holdsYear(shard, y));
}

/**
 * The shards to search, in the order to search them: those holding every
 * routed word (`mask`, null for all) and a year the filter names; newest first,
 * oldest first when the reader sorts oldest first; unknown year last.
 */
export function shardsToSearch(manifest: SearchManifest, mask: bigint | null, years: readonly string[], sort: SortKey): Shard[] {
	const chosen = manifest.shards.filter((shard, i) => (mask === null || (mask >> BigInt(i)) & 1n) && holdsYears(shard, years));
	if (sort !== 'cu-nhat') return chosen;
	return [...chosen.filter((s) => s.from !== null).reverse(), ...chosen.filter((s) => s.from === null)];
}

/** Adds filter counts as Pagefind gives them (đ spelled ḍ) into a sum spelled as written. */
export function addCounts(into: FilterCounts, from: FilterCounts): void {
	for (const [name, values] of Object.entries(from)) {
		const counts = (into[name] ??= {});
		for (const [value, n] of Object.entries(values)) {
			const readable = fromIndexText(value);
			counts[readable] = (counts[readable] ?? 0) + n;
		}
	}
}

/** What has been searched, for the reader: "2022–2026", "2024", "2006–2026 và văn bản chưa rõ năm". */
export function yearsLabel(shards: readonly Shard[]): string {
	const known = shards.filter((s) => s.from !== null);
	const from = Math.min(...known.map((s) => s.from!));
	const to = Math.max(...known.map((s) => s.to!));
	const years = known.length === 0 ? '' : from === to ? String(from) : `${from}–${to}`;
	const unknown = shards.some((s) => s.from === null) ? 'văn bản chưa rõ năm' : '';
	return [years, unknown].filter(Boolean).join(' và ');
}
