/**
 * Writes a synthetic archive for benchmarks and scale tests: an issuers.yaml and
 * N directives as MDX under directives/<year>/ (or directives/chua-ro-nam/ when
 * the number or date is unknown), shaped like the real documents.
 *
 *   node scripts/generate-corpus.ts --docs N [--seed S] [--out DIR]
 *
 * DIR defaults to tests/.output/corpus-N (never inside content/). The same N and
 * seed give byte-identical files: everything comes from one seeded PRNG
 * (mulberry32), and nothing from the clock.
 *
 * What it writes, on purpose:
 * - all document types of src/lib/documentTypes.ts (every type within the first
 *   170 documents), Party numbers (307-NQ/TU, 12-CV/BTGTU) numbered per term and
 *   State numbers (68/KH-UBND, 01/2024/QĐ-UBND, 1407/UBND-NNMT) numbered per
 *   year, so the same number recurs in different years;
 * - citation chains: a root (nghị quyết, chỉ thị, quyết định…) → a kế hoạch or
 *   hướng dẫn implementing it → công văn, thông báo, báo cáo citing both, with
 *   dates, so that every chain citation resolves; a few undated ones where the
 *   archive's rule (the latest earlier document with that number) picks the
 *   right one; citations of central documents the archive does not hold;
 * - footnotes, GFM tables, bold headings, Kính gửi / Nơi nhận / signer;
 * - about 5 % of documents without number or date (some without issuer either)
 *   in chua-ro-nam/, named like the imported seeds (cong-van-<8 hex>.mdx).
 * Bodies run 300–3,000 words (mean about 800). Files are written one at a time:
 * memory stays small for N = 50,000.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { DOCUMENT_TYPES, type DocumentTypeSlug } from '../src/lib/documentTypes.ts';
import { parseIssuerRegistry } from '../src/lib/issuers.ts';
import { numberSlug } from '../src/lib/numbers.ts';
import {
	AGENCIES,
	CLOSINGS,
	DISTRIBUTION_PARTY,
	DISTRIBUTION_STATE,
	EXTRA_ISSUER_YAML,
	HEADINGS,
	ISSUER_FACTS,
	NAMES,
	OUTSIDE,
	PLACES,
	RECIPIENTS_PARTY,
	RECIPIENTS_STATE,
	ROMAN,
	SENTENCES,
	TOPICS,
	TYPE_WEIGHTS,
	TYPE_WORDS,
	type IssuerDef,
} from './bench/corpusTables.ts';
import { syllableInventory, tailName, tailOrder } from './bench/vocabulary.ts';

export const GENERATOR_VERSION = 2;

// ---------------------------------------------------------------- randomness

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A bijection on 32-bit integers (murmur3's finaliser): distinct inputs give distinct outputs. */
function mix32(x: number): number {
	let h = x >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
	return (h ^ (h >>> 16)) >>> 0;
}

class Random {
	readonly next: () => number;
	constructor(seed: number) {
		this.next = mulberry32(seed);
	}
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}
	chance(p: number): boolean {
		return this.next() < p;
	}
	pick<T>(list: readonly T[]): T {
		return list[Math.floor(this.next() * list.length)]!;
	}
	weighted<T>(list: readonly (readonly [T, number])[]): T {
		let total = 0;
		for (const [, w] of list) total += w;
		let r = this.next() * total;
		for (const [value, w] of list) {
			r -= w;
			if (r < 0) return value;
		}
		return list[list.length - 1]![0];
	}
	normal(): number {
		const u = 1 - this.next();
		const v = this.next();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}
}

// ---------------------------------------------------------------- issuers

type TypeSlug = DocumentTypeSlug;

/** Name and number code of each type, from src/lib/documentTypes.ts. */
export const TYPES = Object.fromEntries(DOCUMENT_TYPES.map((t) => [t.slug, { name: t.name, code: t.code }])) as Record<TypeSlug, { name: string; code: string }>;
const TYPE_SLUGS = Object.keys(TYPES) as TypeSlug[];

const ROOT_TYPES = new Set<TypeSlug>(['nghi-quyet', 'chi-thi', 'ket-luan', 'quy-dinh', 'de-an', 'quyet-dinh']);
const IMPLEMENTING_TYPES = new Set<TypeSlug>(['ke-hoach', 'chuong-trinh', 'huong-dan', 'phuong-an', 'quy-che']);

const CONTENT_ISSUERS_FILE = resolve(import.meta.dirname, '..', 'content', 'issuers.yaml');
const CONTENT_ISSUERS = parseIssuerRegistry(readFileSync(CONTENT_ISSUERS_FILE, 'utf8'), 'content/issuers.yaml');

export const ISSUERS: IssuerDef[] = ISSUER_FACTS.map((facts) => {
	const known = CONTENT_ISSUERS.find((i) => i.id === facts.id);
	const body = known ? { name: known.name, shortName: known.shortName, symbol: known.symbol, system: known.system } : facts;
	if (!body.name || !body.shortName || !body.symbol || !body.system) throw new Error(`corpus tables: issuer ${facts.id} has no name and is not in content/issuers.yaml`);
	return { ...facts, name: body.name, shortName: body.shortName, symbol: body.symbol, system: body.system };
});

/** The generated corpus's issuers.yaml: the archive's own registry, then the generator's other issuers. */
export function issuersYaml(): string {
	const content = readFileSync(CONTENT_ISSUERS_FILE, 'utf8').replace(/^(?:#.*\n)+/, '');
	const extra = ISSUERS.filter((i) => i.id in EXTRA_ISSUER_YAML).map(
		(i) =>
			`- id: ${i.id}\n  name: ${i.name}\n  shortName: ${i.shortName}\n  symbol: ${i.symbol}\n  system: ${i.system}\n` +
			`  province: null\n  superior: null\n  recognise:\n    ${EXTRA_ISSUER_YAML[i.id]}\n`,
	);
	return `# Issuing bodies of a generated corpus (scripts/generate-corpus.ts).\n${content}${extra.join('')}`;
}

const ISSUERS_BY_TYPE = new Map<TypeSlug, (readonly [IssuerDef, number])[]>(
	TYPE_SLUGS.map((t) => [t, ISSUERS.filter((i) => i.types[t]).map((i) => [i, i.types[t]!] as const)]),
);

// ---------------------------------------------------------------- dates, terms, numbers

const FIRST_DAY = Date.UTC(2006, 0, 2) / 86_400_000;
const LAST_DAY = Date.UTC(2026, 5, 30) / 86_400_000;
/** Party terms (nhiệm kỳ) start at the provincial congress: numbering restarts there. */
const TERM_STARTS = ['2005-10-10', '2010-10-15', '2015-10-14', '2020-10-15', '2025-10-01'];
const TERM_NAMES = ['XVII', 'XVIII', 'XIX', 'XX', 'XXI'];

function isoOfDay(day: number): string {
	return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The working day on or after `day` (Saturday and Sunday move to Monday). */
function workingDay(day: number): number {
	const weekday = new Date(day * 86_400_000).getUTCDay();
	return weekday === 6 ? day + 2 : weekday === 0 ? day + 1 : day;
}

function termOf(iso: string): number {
	let term = 0;
	for (let i = 0; i < TERM_STARTS.length; i++) if (iso >= TERM_STARTS[i]!) term = i;
	return term;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "2024-05-03" → "03/5/2024", "03-5-2024" or "ngày 03 tháng 5 năm 2024" (without "ngày"). */
function spokenDate(iso: string, style: number): string {
	const [y, m, d] = iso.split('-');
	const month = String(Number(m));
	if (style === 1) return `${d}-${month}-${y}`;
	if (style === 2) return `${d} tháng ${m} năm ${y}`;
	return `${d}/${month}/${y}`;
}


// ---------------------------------------------------------------- the documents

interface Known {
	type: TypeSlug;
	number: string;
	date: string;
	issuer: IssuerDef;
	topic: string;
	/** For an implementing document: the root it implements. */
	root: Known | null;
}

export interface GeneratedDocument {
	/** Path under the archive folder: "directives/2024/307-nq-tu.mdx". */
	path: string;
	text: string;
	type: TypeSlug;
	number: string | null;
	issuedAt: string | null;
	issuer: string | null;
	/** Words of the body (whitespace-separated). */
	words: number;
	/** Citations of documents in the corpus, and of documents outside it. */
	chainCitations: number;
	outsideCitations: number;
}

function yamlText(value: string | null): string {
	return value === null ? 'null' : JSON.stringify(value);
}

const RECENT = 48;

/**
 * The documents of a corpus of `docs` documents, one at a time, in the order of
 * their dates (undated ones among them). Pure: the same arguments yield the same
 * documents.
 */
export function* corpusDocuments(docs: number, seed = 1): Generator<GeneratedDocument> {
	const rnd = new Random(mix32(seed ^ 0x9e3779b9));
	const counters = new Map<string, number>();
	/** The latest date seen for each number: an undated citation is written only where it picks the right one. */
	const latestDate = new Map<string, string>();
	const usedPaths = new Set<string>();
	const roots: Known[] = [];
	const implementations: Known[] = [];
	const span = LAST_DAY - FIRST_DAY;
	// Numbers grow faster in a small corpus, which samples a larger archive: 307-NQ/TU, not 3-NQ/TU.
	const sparsity = Math.max(1, Math.round(24_000 / Math.max(docs, 1)));

	for (let i = 0; i < docs; i++) {
		// Every tenth document takes the next type in turn, so that each type appears early.
		const type: TypeSlug = i % 10 === 3 ? TYPE_SLUGS[Math.floor(i / 10) % TYPE_SLUGS.length]! : rnd.weighted(Object.entries(TYPE_WEIGHTS) as [TypeSlug, number][]);
		const issuer = rnd.weighted(ISSUERS_BY_TYPE.get(type)!);
		const date = isoOfDay(Math.min(LAST_DAY, workingDay(FIRST_DAY + Math.floor((i * span) / docs))));
		const year = Number(date.slice(0, 4));
		const gap = rnd.chance(0.05);
		const gapKind = gap ? (rnd.chance(0.7) ? 'neither' : 'no-date') : null;
		const topic = rnd.pick(TOPICS);

		// ------------------------------------------------------- number
		let number: string | null = null;
		if (gapKind !== 'neither') {
			const code = TYPES[type].code;
			const party = issuer.system === 'dang';
			const regulatory = !party && (type === 'quyet-dinh' || type === 'nghi-quyet' || type === 'chi-thi') && rnd.chance(0.3);
			const period = party ? `t${termOf(date)}` : String(year);
			const stateCv = !party && type === 'cong-van';
			const key = `${issuer.symbol}|${stateCv ? 'CV' : code}|${period}|${regulatory ? 'r' : ''}`;
			const rate = type === 'cong-van' || type === 'thong-bao' ? 3 : type === 'quyet-dinh' || type === 'bao-cao' || type === 'ke-hoach' ? 1.5 : regulatory ? 0.2 : 0.6;
			const step = 1 + Math.floor(rnd.next() * Math.max(1, Math.round(sparsity * rate)));
			const n = (counters.get(key) ?? 0) + step;
			counters.set(key, n);
			if (party) number = `${pad2(n)}-${code}/${issuer.symbol}`;
			else if (stateCv) number = `${n}/${issuer.symbol}-${rnd.pick(issuer.units ?? ['VP'])}`;
			else if (regulatory) number = `${pad2(n)}/${year}/${code}-${issuer.symbol}`;
			else number = `${pad2(n)}/${code}-${issuer.symbol}`;
		}
		const issuedAt = gap ? null : date;
		const issuerId = gap && rnd.chance(0.3) ? null : issuer.id;

		// ------------------------------------------------------- path
		let path: string;
		if (gap) {
			const hex = mix32((i ^ Math.imul(seed, 0x27d4eb2d)) >>> 0).toString(16).padStart(8, '0');
			path = `directives/chua-ro-nam/${type}-${hex}.mdx`;
		} else {
			const base = `directives/${year}/${numberSlug(number!)}`;
			path = `${base}.mdx`;
			if (usedPaths.has(path)) path = `${base}-${date.slice(5, 7)}${date.slice(8, 10)}.mdx`;
		}
		usedPaths.add(path);

		// ------------------------------------------------------- citations
		const links: string[] = [];
		let chainCitations = 0;
		let outsideCitations = 0;
		const cite = (target: Known, relation: string): string => {
			chainCitations++;
			const undated = issuedAt !== null && target.date < issuedAt && latestDate.get(target.number) === target.date && rnd.chance(0.08);
			const style = rnd.weighted([[0, 8], [1, 1], [2, 1]] as const);
			const comma = rnd.chance(0.15) ? ',' : '';
			const words = undated
				? `${TYPES[target.type].name} số ${target.number}`
				: `${TYPES[target.type].name} số ${target.number}${comma} ngày ${spokenDate(target.date, style)}`;
			const of = rnd.chance(0.7) ? ` của ${target.issuer.name}` : '';
			return `[${words}${of}](vb:${target.number}${undated ? '' : `@${target.date}`} "${relation}")`;
		};
		const citeOutside = (): string | null => {
			const earlier = OUTSIDE.filter((o) => issuedAt === null || o.date < issuedAt);
			if (earlier.length === 0) return null;
			const o = rnd.pick(earlier);
			outsideCitations++;
			return `[${o.text}](vb:${o.number}@${o.date} "căn cứ")`;
		};
		// Only earlier documents are cited: an undated document cites none of the corpus.
		const earlierRoots = issuedAt === null ? [] : roots.filter((r) => r.date < issuedAt);
		const earlierImpl = issuedAt === null ? [] : implementations.filter((r) => r.date < issuedAt);
		let implementsRef: string | null = null;
		let replacesRef: string | null = null;
		let implementedRoot: Known | null = null;
		if (rnd.chance(ROOT_TYPES.has(type) ? 0.45 : 0.15)) {
			const outside = citeOutside();
			if (outside) links.push(`Căn cứ ${outside}`);
		}
		if (IMPLEMENTING_TYPES.has(type) && earlierRoots.length > 0 && rnd.chance(0.75)) {
			const root = rnd.pick(earlierRoots.slice(-12));
			implementedRoot = root;
			links.push(`Thực hiện ${cite(root, 'thực hiện')}`);
			if (rnd.chance(0.3)) implementsRef = `${root.number}@${root.date}`;
		} else if (!ROOT_TYPES.has(type) && !IMPLEMENTING_TYPES.has(type)) {
			if (earlierImpl.length > 0 && rnd.chance(0.6)) {
				const impl = rnd.pick(earlierImpl.slice(-16));
				links.push(`Thực hiện ${cite(impl, 'thực hiện')}`);
				if (impl.root) links.push(`${rnd.chance(0.5) ? 'căn cứ' : 'thực hiện'} ${cite(impl.root, 'dẫn chiếu')}`);
			} else if (earlierRoots.length > 0 && rnd.chance(0.3)) {
				links.push(`Thực hiện ${cite(rnd.pick(earlierRoots.slice(-12)), 'thực hiện')}`);
			}
		} else if (ROOT_TYPES.has(type) && earlierRoots.length > 0 && rnd.chance(0.05)) {
			const old = earlierRoots.find((r) => r.type === type && r.issuer === issuer);
			if (old) {
				replacesRef = `${old.number}@${old.date}`;
				links.push(`Thay thế ${cite(old, 'thay thế')}`);
			}
		}

		// ------------------------------------------------------- body
		const target = Math.round(Math.min(2900, Math.max(330, TYPE_WORDS[type] * Math.exp(0.5 * rnd.normal()))));
		const body = writeBody(rnd, { type, issuer, topic, year, links, target });
		const words = countWords(body);

		// ------------------------------------------------------- frontmatter
		const party = issuer.system === 'dang';
		const title = titleOf(rnd, type, topic, year, implementedRoot);
		const recipients =
			type === 'cong-van' || type === 'to-trinh' || (type === 'thong-bao' && rnd.chance(0.3))
				? sample(rnd, party ? RECIPIENTS_PARTY : RECIPIENTS_STATE, rnd.int(1, 4))
				: [];
		const distribution = rnd.chance(0.85)
			? [...(recipients.length > 0 ? [party ? 'Như trên,' : 'Như trên;'] : []), ...sample(rnd, party ? DISTRIBUTION_PARTY : DISTRIBUTION_STATE, rnd.int(1, 4)), issuer.archive]
			: [];
		const signerKnown = rnd.chance(0.92);
		const termIndex = issuedAt ? termOf(issuedAt) : 0;
		const signerTitle = rnd.pick(issuer.signer.titles);
		const [authority, position] = signerTitle.includes('\n') ? signerTitle.split('\n') as [string, string] : [issuer.signer.authority, signerTitle];
		const signerName = NAMES[mix32(ISSUERS.indexOf(issuer) * 31 + termIndex * 7 + issuer.signer.titles.indexOf(signerTitle)) % NAMES.length]!;
		const status = issuedAt === null ? 'chua-ro' : rnd.weighted([['chua-ro', 5], ['con-hieu-luc', 3], ['het-hieu-luc', 2]] as const);
		const place = rnd.chance(0.6) ? 'Hưng Yên' : null;

		const lines = [
			'---',
			`type: ${type}`,
			`number: ${yamlText(number)}`,
			`issuedAt: ${yamlText(issuedAt)}`,
			`place: ${yamlText(place)}`,
			`issuer: ${yamlText(issuerId)}`,
			`title: ${yamlText(gap && rnd.chance(0.5) ? null : title)}`,
		];
		if (recipients.length > 0) lines.push('recipients:', ...recipients.map((r) => `  - ${yamlText(r)}`));
		if (distribution.length > 0) lines.push('distribution:', ...distribution.map((r) => `  - ${r.startsWith('"') ? r : yamlText(r)}`));
		lines.push(
			'signer:',
			`  authority: ${yamlText(signerKnown ? authority : null)}`,
			`  title: ${yamlText(signerKnown ? position : null)}`,
			`  name: ${yamlText(signerKnown ? signerName : null)}`,
			`status: ${status}`,
		);
		if (implementsRef) lines.push('implements:', `  - ${yamlText(implementsRef)}`);
		if (replacesRef) lines.push('replaces:', `  - ${yamlText(replacesRef)}`);
		lines.push('---', '', body);

		// ------------------------------------------------------- remember it for later citations
		if (number !== null && issuedAt !== null) {
			latestDate.set(number, issuedAt);
			const known: Known = { type, number, date: issuedAt, issuer, topic, root: implementedRoot };
			if (ROOT_TYPES.has(type)) push(roots, known);
			else if (IMPLEMENTING_TYPES.has(type)) push(implementations, known);
		}

		yield {
			path,
			text: `${lines.join('\n')}\n`,
			type,
			number,
			issuedAt,
			issuer: issuerId,
			words,
			chainCitations,
			outsideCitations,
		};
	}
}

function push(list: Known[], item: Known): void {
	list.push(item);
	if (list.length > RECENT) list.shift();
}

function sample<T>(rnd: Random, list: readonly T[], n: number): T[] {
	const picked = new Set<number>();
	while (picked.size < Math.min(n, list.length)) picked.add(Math.floor(rnd.next() * list.length));
	return [...picked].sort((a, b) => a - b).map((i) => list[i]!);
}

export function countWords(text: string): number {
	let words = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const space = c === 32 || c === 10 || c === 9 || c === 13;
		if (!space && !inWord) words++;
		inWord = !space;
	}
	return words;
}

function titleOf(rnd: Random, type: TypeSlug, topic: string, year: number, root: Known | null): string {
	if (root && rnd.chance(0.7)) return `Thực hiện ${TYPES[root.type].name} số ${root.number} về ${root.topic}`;
	switch (type) {
		case 'cong-van':
			return `Về việc ${rnd.pick(['tăng cường', 'báo cáo kết quả', 'triển khai', 'đẩy mạnh', 'rà soát'])} ${topic}`;
		case 'thong-bao':
			return rnd.pick([`Kết luận của Ban Thường vụ Tỉnh ủy về ${topic}`, `Ý kiến chỉ đạo về ${topic}`, `Kết quả kiểm tra ${topic} năm ${year}`]);
		case 'bao-cao':
			return `Kết quả ${topic} năm ${year}`;
		case 'nghi-quyet':
		case 'chi-thi':
		case 'de-an':
			return `Về ${topic} giai đoạn ${year + 1} - ${year + 5}, định hướng đến năm ${year + 10}`;
		case 'quyet-dinh':
			return rnd.pick([`Về việc thành lập Đoàn kiểm tra ${topic}`, `Ban hành Quy chế phối hợp về ${topic}`, `Về việc phê duyệt Kế hoạch ${topic} năm ${year}`]);
		case 'bien-ban':
			return `Hội nghị ${topic} năm ${year}`;
		default:
			return `${rnd.pick(['Triển khai', 'Thực hiện', 'Về'])} ${topic} năm ${year}`;
	}
}

function money(rnd: Random): string {
	const whole = rnd.int(1, 99_999);
	return `${whole.toLocaleString('de-DE')}${rnd.chance(0.5) ? `,${rnd.int(1, 9)}` : ''} ${rnd.pick(['tỷ đồng', 'triệu đồng'])}`;
}

/** The long tail's syllables in a fixed order (its own seed: the same for every corpus). */
const TAIL = tailOrder(syllableInventory(), mulberry32(0x7a11));

function fill(rnd: Random, sentence: string, ctx: { topic: string; year: number }): string {
	return sentence.replace(/@([A-Z])/g, (_, key: string) => {
		switch (key) {
			case 'T': return rnd.chance(0.7) ? ctx.topic : rnd.pick(TOPICS);
			case 'A': return rnd.pick(AGENCIES);
			case 'Y': return String(ctx.year + rnd.int(-1, 1));
			case 'P': return `${rnd.int(12, 99)},${rnd.int(0, 9)}%`;
			case 'N': return rnd.int(2, 9_999).toLocaleString('de-DE');
			case 'F': { const whole = rnd.int(10, 9_999); return `${rnd.int(1, whole).toLocaleString('de-DE')}/${whole.toLocaleString('de-DE')}`; }
			case 'G': return String(rnd.int(20, 40));
			case 'M': return money(rnd);
			case 'D': return rnd.pick(PLACES);
			case 'Q': return `quý ${rnd.pick(['I', 'II', 'III', 'IV'])}/${ctx.year}`;
			case 'K': return TERM_NAMES[Math.min(TERM_NAMES.length - 1, termOf(`${ctx.year}-06-01`))]!;
			case 'Z': { const t = TERM_STARTS[termOf(`${ctx.year}-06-01`)]!.slice(0, 4); return `${t} - ${Number(t) + 5}`; }
			case 'R': { const y = rnd.int(1930, 1990); return `${y} - ${y + 5 * rnd.int(8, 19)}`; }
			case 'L': return tailName(TAIL, rnd.next, rnd.int(1, 2));
			default: return key;
		}
	});
}

function paragraph(rnd: Random, ctx: { topic: string; year: number }, sentences: number): string {
	const out: string[] = [];
	let last = -1;
	for (let i = 0; i < sentences; i++) {
		let at = Math.floor(rnd.next() * SENTENCES.length);
		if (at === last) at = (at + 1) % SENTENCES.length;
		last = at;
		out.push(fill(rnd, SENTENCES[at]!, ctx));
	}
	return out.join(' ');
}

function writeBody(
	rnd: Random,
	doc: { type: TypeSlug; issuer: IssuerDef; topic: string; year: number; links: string[]; target: number },
): string {
	const ctx = { topic: doc.topic, year: doc.year };
	const parts: string[] = [];
	let words = 0;
	const add = (text: string) => {
		parts.push(text);
		words += countWords(text);
	};
	const speaker = doc.issuer.name;
	if (doc.links.length > 0) {
		const links = doc.links.map((l, i) => (i === 0 ? l : l.replace(/^\p{Lu}/u, (c) => c.toLowerCase())));
		add(`${links.join('; ')}, ${speaker} ${rnd.pick(['yêu cầu', 'đề nghị', 'hướng dẫn', 'thông báo'])} ${rnd.pick(['như sau:', 'một số nội dung sau:', 'về ' + doc.topic + ' như sau:'])}`);
	} else {
		add(paragraph(rnd, ctx, rnd.int(1, 3)));
	}

	const headings = HEADINGS[doc.type] ?? null;
	const footnotes: string[] = [];
	const wantFootnotes = rnd.chance(0.25) ? rnd.int(1, 4) : 0;
	const wantTable = rnd.chance(doc.type === 'bao-cao' || doc.type === 'ke-hoach' ? 0.5 : 0.1);
	let tableDone = false;
	let section = 0;
	let item = 0;
	let sectionLeft = 0;
	// About 90 words an item: spread the items over the headings.
	const perSection = headings ? Math.max(1, Math.round(doc.target / 90 / headings.length)) : 0;
	// Room for the closing line and the footnotes' texts.
	const goal = () => doc.target - 30 - 35 * footnotes.length;
	while (words < goal()) {
		if (headings && section < headings.length && sectionLeft <= 0) {
			add(`**${ROMAN[section]}. ${headings[section]}**`);
			section++;
			item = 0;
			sectionLeft = Math.max(1, perSection + rnd.int(-1, 1));
			continue;
		}
		sectionLeft--;
		item++;
		if (wantTable && !tableDone && section >= 2 && goal() - words > 120) {
			add(table(rnd, ctx));
			tableDone = true;
			continue;
		}
		let text = paragraph(rnd, ctx, Math.max(1, Math.min(rnd.int(2, 6), Math.ceil((goal() - words) / 27))));
		if (footnotes.length < wantFootnotes && rnd.chance(0.35)) {
			footnotes.push(`Số liệu của ${rnd.pick(AGENCIES)} đến ngày 31/12/${doc.year - 1}; ${fill(rnd, rnd.pick(SENTENCES), ctx).replace(/^\p{Lu}/u, (c) => c.toLowerCase())}`);
			text = text.replace(/\.$/, `[^${footnotes.length}].`);
		}
		const style = rnd.next();
		if (headings && style < 0.35) add(`**${item}. Về ${rnd.chance(0.6) ? doc.topic : rnd.pick(TOPICS)}**\n\n${text}`);
		else if (style < 0.6) add(`${item}\\. ${text}`);
		else if (style < 0.7) add(Array.from({ length: rnd.int(2, 4) }, () => `- ${fill(rnd, rnd.pick(SENTENCES), ctx)}`).join('\n'));
		else add(text);
	}
	const what = TYPES[doc.type].name;
	add(`${fill(rnd, rnd.pick(CLOSINGS[doc.issuer.system]).replace('@W', what), ctx)}/.`.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
	for (let n = 0; n < footnotes.length; n++) parts.push(`[^${n + 1}]: ${footnotes[n]}`);
	return parts.join('\n\n');
}

function table(rnd: Random, ctx: { topic: string; year: number }): string {
	const rows = rnd.int(3, 7);
	const lines = ['| TT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |', '|---|---|---|---|'];
	for (let r = 1; r <= rows; r++) {
		lines.push(`| ${r} | ${rnd.pick(['Triển khai', 'Rà soát', 'Sơ kết', 'Kiểm tra', 'Tổng hợp'])} ${rnd.chance(0.6) ? ctx.topic : rnd.pick(TOPICS)} | ${rnd.pick(AGENCIES)} | Quý ${rnd.pick(['I', 'II', 'III', 'IV'])}/${ctx.year} |`);
	}
	return lines.join('\n');
}

// ---------------------------------------------------------------- writing

export interface CorpusSummary {
	docs: number;
	seed: number;
	out: string;
	words: number;
	bytes: number;
	gaps: number;
	seconds: number;
}

export interface CorpusOptions {
	docs: number;
	seed?: number;
	out: string;
	/** Called after every 1,000 files. */
	onProgress?: (written: number) => void;
}

const REPO = resolve(import.meta.dirname, '..');

/** Refuses an output folder inside the real archive (content/) or the repository root itself. */
export function assertSafeOut(out: string): void {
	const abs = resolve(out);
	const content = join(REPO, 'content');
	if (abs === REPO || abs === content || abs.startsWith(content + sep)) throw new Error(`refusing to write a generated corpus into ${relative(REPO, abs) || '.'}: choose a folder outside content/`);
}

/** Writes the corpus: issuers.yaml, directives/**, and corpus.json (what was generated, for reuse). */
export function generateCorpus({ docs, seed = 1, out, onProgress }: CorpusOptions): CorpusSummary {
	assertSafeOut(out);
	const started = performance.now();
	rmSync(join(out, 'directives'), { recursive: true, force: true });
	rmSync(join(out, 'corpus.json'), { force: true });
	mkdirSync(join(out, 'directives'), { recursive: true });
	writeFileSync(join(out, 'issuers.yaml'), issuersYaml());
	const folders = new Set<string>();
	let written = 0;
	let words = 0;
	let bytes = 0;
	let gaps = 0;
	for (const doc of corpusDocuments(docs, seed)) {
		const path = join(out, doc.path);
		const folder = dirname(path);
		if (!folders.has(folder)) {
			mkdirSync(folder, { recursive: true });
			folders.add(folder);
		}
		writeFileSync(path, doc.text);
		written++;
		words += doc.words;
		bytes += Buffer.byteLength(doc.text);
		if (doc.number === null || doc.issuedAt === null) gaps++;
		if (written % 1000 === 0) onProgress?.(written);
	}
	writeFileSync(join(out, 'corpus.json'), `${JSON.stringify({ generator: GENERATOR_VERSION, docs, seed }, null, 2)}\n`);
	return { docs: written, seed, out, words, bytes, gaps, seconds: (performance.now() - started) / 1000 };
}

/** Whether `out` holds a corpus generated here with the same size and seed (and generator version). */
export function corpusMatches(out: string, docs: number, seed: number): boolean {
	try {
		const meta = JSON.parse(readText(join(out, 'corpus.json'))) as { generator?: number; docs?: number; seed?: number };
		if (meta.generator !== GENERATOR_VERSION || meta.docs !== docs || meta.seed !== seed) return false;
		return countFiles(join(out, 'directives')) === docs;
	} catch {
		return false;
	}
}

function readText(path: string): string {
	return readFileSync(path, 'utf8');
}

function countFiles(dir: string): number {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).length;
}

/**
 * One more document for a corpus (a warm rebuild adds it): a công văn of the
 * Văn phòng Tỉnh ủy at the end of the corpus's span, citing a central document.
 * Its number is beyond anything the corpus numbers.
 */
export function extraDocument(seed = 1, nth = 1): { path: string; text: string } {
	const rnd = new Random(mix32(seed ^ 0x51ed270b ^ nth));
	const issuer = ISSUERS.find((i) => i.id === 'van-phong-tinh-uy')!;
	const number = `${90_000 + nth}-CV/VPTU`;
	const outside = OUTSIDE[rnd.int(0, OUTSIDE.length - 1)]!;
	const body = writeBody(rnd, {
		type: 'cong-van',
		issuer,
		topic: rnd.pick(TOPICS),
		year: 2026,
		links: [`Căn cứ [${outside.text}](vb:${outside.number}@${outside.date} "căn cứ")`],
		target: 800,
	});
	const text = [
		'---',
		'type: cong-van',
		`number: ${yamlText(number)}`,
		'issuedAt: "2026-06-30"',
		'place: null',
		`issuer: ${issuer.id}`,
		`title: ${yamlText('Về việc bổ sung tài liệu lưu trữ')}`,
		'signer:',
		`  authority: ${yamlText(issuer.signer.authority)}`,
		`  title: ${yamlText(issuer.signer.titles[0]!)}`,
		`  name: ${yamlText(NAMES[nth % NAMES.length]!)}`,
		'status: chua-ro',
		'---',
		'',
		body,
		'',
	].join('\n');
	return { path: `directives/2026/${numberSlug(number)}.mdx`, text };
}

// ---------------------------------------------------------------- command line

function main(argv: string[]): number {
	const { values } = parseArgs({
		args: argv,
		options: {
			docs: { type: 'string' },
			seed: { type: 'string', default: '1' },
			out: { type: 'string' },
			help: { type: 'boolean', short: 'h' },
		},
	});
	if (values.help || values.docs === undefined) {
		process.stderr.write('usage: node scripts/generate-corpus.ts --docs N [--seed S] [--out DIR]\n');
		return values.help ? 0 : 2;
	}
	const docs = Number(values.docs);
	const seed = Number(values.seed);
	if (!Number.isInteger(docs) || docs < 1) throw new Error(`--docs: expected a positive whole number, got "${values.docs}"`);
	if (!Number.isInteger(seed)) throw new Error(`--seed: expected a whole number, got "${values.seed}"`);
	const out = resolve(values.out ?? join(REPO, 'tests', '.output', `corpus-${docs}`));
	const summary = generateCorpus({
		docs,
		seed,
		out,
		onProgress: (n) => process.stderr.write(`  ${n.toLocaleString('en')} of ${docs.toLocaleString('en')} files\n`),
	});
	process.stdout.write(
		`generated ${summary.docs} documents (${summary.gaps} without number or date, ${Math.round(summary.words / summary.docs)} words on average, ` +
			`${(summary.bytes / 1e6).toFixed(1)} MB) in ${relative(process.cwd(), out) || '.'} in ${summary.seconds.toFixed(1)} s\n`,
	);
	return 0;
}

if (import.meta.main) {
	try {
		process.exitCode = main(process.argv.slice(2));
	} catch (error) {
		process.stderr.write(`generate-corpus: ${(error as Error).message}\n`);
		process.exitCode = 1;
	}
}
