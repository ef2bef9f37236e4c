/**
 * The generated corpus's long tail, and the figures that compare a corpus's
 * vocabulary with real text. The generator's sentences alone use a few hundred
 * syllables whatever the corpus's size; real archives keep meeting new ones
 * (names of hamlets, people, projects), and the size of Pagefind's index
 * follows the number of distinct words. The tail is drawn from syllables
 * spelled by Vietnamese rules (onset, rhyme, tone; stop-final rhymes take only
 * sắc and nặng), not all of them in use, ranked so that a few are common and
 * most are rare (log-uniform ranks, close to Zipf's law).
 */

const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'h', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 's', 't', 'th', 'tr', 'v', 'x'];

/** Rhymes with the index of the letter that carries the tone mark. */
const RHYMES: [string, number][] = [
	['a', 0], ['ai', 0], ['am', 0], ['an', 0], ['ang', 0], ['anh', 0], ['ao', 0], ['au', 0], ['ay', 0], ['ac', 0], ['at', 0], ['ach', 0],
	['ăm', 0], ['ăn', 0], ['ăng', 0], ['ăc', 0], ['ăt', 0], ['âm', 0], ['ân', 0], ['âng', 0], ['âu', 0], ['ây', 0], ['ât', 0], ['âp', 0],
	['e', 0], ['em', 0], ['en', 0], ['eo', 0], ['et', 0], ['ê', 0], ['êm', 0], ['ên', 0], ['ênh', 0], ['êu', 0], ['êt', 0], ['êch', 0],
	['i', 0], ['im', 0], ['in', 0], ['inh', 0], ['iu', 0], ['it', 0], ['ich', 0], ['iêm', 1], ['iên', 1], ['iêng', 1], ['iêu', 1], ['iêt', 1],
	['o', 0], ['oi', 0], ['om', 0], ['on', 0], ['ong', 0], ['ot', 0], ['oc', 0], ['oa', 1], ['oai', 1], ['oan', 1], ['oang', 1], ['oanh', 1],
	['ô', 0], ['ôi', 0], ['ôm', 0], ['ôn', 0], ['ông', 0], ['ôt', 0], ['ôc', 0], ['ơ', 0], ['ơi', 0], ['ơm', 0], ['ơn', 0], ['ơt', 0],
	['u', 0], ['ui', 0], ['um', 0], ['un', 0], ['ung', 0], ['ut', 0], ['uc', 0], ['uân', 1], ['uông', 1], ['uôi', 1], ['uôn', 1], ['uy', 1],
	['ư', 0], ['ưa', 0], ['ưi', 0], ['ưng', 0], ['ưu', 0], ['ưt', 0], ['ưc', 0], ['ươi', 1], ['ương', 1], ['ươn', 1], ['ươc', 1], ['ươt', 1],
];

/** Combining marks of the five marked tones: huyền, sắc, hỏi, ngã, nặng. */
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const STOP_FINAL = /(?:p|t|c|ch)$/;
const FRONT = /^[eêi]/;

function spell(onset: string, rhyme: string): string | null {
	if (onset === 'qu' && /^[uoư]/.test(rhyme)) return null;
	if (FRONT.test(rhyme)) {
		if (onset === 'c') return `k${rhyme}`;
		if (onset === 'g' || onset === 'ng') return `${onset}h${rhyme}`;
	}
	return onset + rhyme;
}

/** Every syllable of the inventory, NFC, in a fixed order. */
export function syllableInventory(): string[] {
	const out: string[] = [];
	for (const [rhyme, at] of RHYMES) {
		for (const onset of ONSETS) {
			const spelled = spell(onset, rhyme);
			if (spelled === null) continue;
			const mark = spelled.length - rhyme.length + at;
			for (const tone of TONES) {
				if (STOP_FINAL.test(rhyme) && tone !== '\u0301' && tone !== '\u0323') continue;
				out.push(`${spelled.slice(0, mark + 1)}${tone}${spelled.slice(mark + 1)}`.normalize('NFC'));
			}
		}
	}
	return out;
}

/**
 * The order the tail draws from: the inventory shuffled by a fixed seed, so the
 * common syllables of the tail are not all from one rhyme.
 */
export function tailOrder(inventory: readonly string[], next: () => number): string[] {
	const list = [...inventory];
	for (let i = list.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[list[i], list[j]] = [list[j]!, list[i]!];
	}
	return list;
}

/** A proper name of `length` syllables from the tail, each capitalised ("Phước Thạnh"). */
export function tailName(order: readonly string[], next: () => number, length: number): string {
	const words: string[] = [];
	for (let i = 0; i < length; i++) {
		// Log-uniform rank: rank r is drawn with a probability about 1/r.
		const rank = Math.min(order.length - 1, Math.floor(Math.exp(next() * Math.log(order.length + 1))) - 1);
		const word = order[rank]!;
		words.push(word[0]!.toUpperCase() + word.slice(1));
	}
	return words.join(' ');
}

export interface VocabularyStats {
	words: number;
	/** Distinct syllables, lower-cased, tone marks kept. */
	distinct: number;
	/** Distinct syllables in each run of 1,000 words, on average. */
	distinctPer1000: number;
	/** The share of all words that are one of the 100 commonest. */
	top100Share: number;
}

/** Syllables of a text: runs of letters and their marks, NFC, lower-cased. */
export function syllablesOf(text: string): string[] {
	return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
}

export function vocabularyStats(syllables: readonly string[]): VocabularyStats {
	const counts = new Map<string, number>();
	for (const s of syllables) counts.set(s, (counts.get(s) ?? 0) + 1);
	const top = [...counts.values()].sort((a, b) => b - a).slice(0, 100).reduce((a, b) => a + b, 0);
	let windows = 0;
	let distinctInWindows = 0;
	for (let i = 0; i + 1000 <= syllables.length; i += 1000) {
		distinctInWindows += new Set(syllables.slice(i, i + 1000)).size;
		windows++;
	}
	return {
		words: syllables.length,
		distinct: counts.size,
		distinctPer1000: windows ? distinctInWindows / windows : new Set(syllables).size,
		top100Share: syllables.length ? top / syllables.length : 0,
	};
}
