import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DOCUMENT_TYPE_SLUGS } from '../../../src/lib/documentTypes.ts';
import { isCanonicalNumber } from '../../../src/lib/numbers.ts';
import { assertSafeOut, corpusDocuments, corpusMatches, countWords, extraDocument, generateCorpus, type GeneratedDocument } from '../../../scripts/generate-corpus.ts';

/** Hash of every file of a folder, by relative path. */
function snapshot(dir: string): Map<string, string> {
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.')).sort();
	return new Map(files.map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

function check(root: string) {
	const result = spawnSync(process.execPath, ['scripts/check.ts', '--content', root], { encoding: 'utf8' });
	return { code: result.status, lines: result.stdout.trim().split('\n'), stderr: result.stderr };
}

const made: string[] = [];
const tmp = (name: string) => {
	const dir = mkdtempSync(join(tmpdir(), `corpus-${name}-`));
	made.push(dir);
	return dir;
};
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const bodyOf = (doc: GeneratedDocument) => doc.text.slice(doc.text.indexOf('\n---\n') + 5).trim();
/** Numbers of documents the generator never writes: central bodies, a district committee, a steering board. */
const OUTSIDE = /\/(?:TW|VPTW|BTCTW|HU|BCĐ)(?:\s|$)|NĐ-CP|-TTg/;

describe('generate-corpus', () => {
	it('writes the same bytes for the same size and seed, and other bytes for another seed', () => {
		const [a, b, c] = [tmp('a'), tmp('b'), tmp('c')];
		generateCorpus({ docs: 60, seed: 7, out: a });
		generateCorpus({ docs: 60, seed: 7, out: b });
		generateCorpus({ docs: 60, seed: 8, out: c });
		const first = snapshot(a);
		expect(first.size).toBe(60 + 2); // the documents, issuers.yaml, corpus.json
		expect(snapshot(b)).toEqual(first);
		expect(snapshot(c)).not.toEqual(first);
		expect(corpusMatches(a, 60, 7)).toBe(true);
		expect(corpusMatches(a, 60, 8)).toBe(false);
		expect(corpusMatches(a, 61, 7)).toBe(false);
	});

	it('writes an archive that npm run check passes; only citations of documents outside the corpus stay unresolved', () => {
		for (const docs of [60, 200]) {
			const out = tmp(`check${docs}`);
			generateCorpus({ docs, seed: 1, out });
			const { code, lines, stderr } = check(out);
			expect(stderr).toBe('');
			expect(code).toBe(0);
			const summary = lines.at(-1)!;
			expect(summary).toMatch(new RegExp(`^Checked ${docs} document\\(s\\), \\d+ citation\\(s\\): 0 error\\(s\\)`));
			const warnings = lines.slice(0, -1);
			// Nothing ambiguous, and every citation of a corpus document (a chain citation) resolved.
			for (const w of warnings) {
				expect(w).toMatch(/^warning: .*" is not in the archive/);
				expect(w.match(/"([^"]+)" is not in the archive/)![1]).toMatch(OUTSIDE);
			}
			// The citations are mostly chain citations.
			const citations = Number(/(\d+) citation\(s\)/.exec(summary)![1]);
			expect(citations).toBeGreaterThan(warnings.length * 2);
		}
	});

	it('adds a document a warm rebuild can take: the archive still passes', () => {
		const out = tmp('extra');
		generateCorpus({ docs: 60, seed: 3, out });
		const extra = extraDocument(3);
		writeFileSync(join(out, extra.path), extra.text);
		const { code, lines } = check(out);
		expect(code).toBe(0);
		expect(lines.at(-1)).toMatch(/^Checked 61 document\(s\), \d+ citation\(s\): 0 error\(s\)/);
		expect(extraDocument(3)).toEqual(extra);
	});

	it('writes every type, Party and State numbers that recur across terms and years, and chains of citations', () => {
		const docs = [...corpusDocuments(200, 1)];
		expect(new Set(docs.map((d) => d.type))).toEqual(new Set(DOCUMENT_TYPE_SLUGS));

		const many = [...corpusDocuments(2000, 1)];
		const numbers = many.map((d) => d.number).filter((n): n is string => n !== null);
		for (const n of numbers) expect(isCanonicalNumber(n), n).toBe(true);
		expect(numbers.some((n) => /^\d{2,}-NQ\/TU$/.test(n))).toBe(true);
		expect(numbers.some((n) => /^\d+-CV\/BTGTU$/.test(n))).toBe(true);
		expect(numbers.some((n) => /^\d+\/KH-UBND$/.test(n))).toBe(true);
		expect(numbers.some((n) => /^\d+\/20\d\d\/QĐ-UBND$/.test(n))).toBe(true);
		expect(numbers.some((n) => /^\d+\/UBND-[A-Z]+$/.test(n))).toBe(true);
		expect(numbers.some((n) => /^0\d-/.test(n))).toBe(true);
		// The same number in different years (numbering restarts each term or year).
		const years = new Map<string, Set<string>>();
		for (const d of many) if (d.number && d.issuedAt) years.set(d.number, (years.get(d.number) ?? new Set()).add(d.issuedAt.slice(0, 4)));
		expect([...years.values()].filter((y) => y.size > 1).length).toBeGreaterThan(10);
		// Paths are unique, in year folders or chua-ro-nam.
		expect(new Set(many.map((d) => d.path)).size).toBe(many.length);

		const bodies = many.map(bodyOf);
		const chain = many.reduce((sum, d) => sum + d.chainCitations, 0);
		expect(chain).toBeGreaterThan(many.length / 2);
		expect(many.reduce((sum, d) => sum + d.outsideCitations, 0)).toBeGreaterThan(50);
		// Undated citations, a few.
		const undated = bodies.join('\n').match(/\]\(vb:[^@)\s]+ "/g) ?? [];
		expect(undated.length).toBeGreaterThan(5);
		expect(undated.length).toBeLessThan(chain / 5);
		// A kế hoạch citing a root, a công văn citing a kế hoạch and its root.
		expect(bodies.some((b) => /^Thực hiện \[(?:Nghị quyết|Chỉ thị|Kết luận) số [^\]]+\]\(vb:[^)]+ "thực hiện"\)/.test(b))).toBe(true);
		expect(bodies.some((b) => /\[Kế hoạch số [^\]]+\]\(vb:[^)]+ "thực hiện"\); (?:căn cứ|thực hiện) \[/.test(b))).toBe(true);
	});

	it('writes footnotes, tables, headings, Kính gửi, Nơi nhận and signers, escaping nothing MDX would misread', () => {
		const docs = [...corpusDocuments(300, 2)];
		const share = (test: (d: GeneratedDocument) => boolean) => docs.filter(test).length / docs.length;
		expect(share((d) => /\[\^1\]: /.test(d.text))).toBeGreaterThan(0.1);
		expect(share((d) => /^\|---\|/m.test(d.text))).toBeGreaterThan(0.05);
		expect(share((d) => /^\*\*I\. [A-ZĐ]/mu.test(d.text))).toBeGreaterThan(0.3);
		expect(share((d) => /^recipients:$/m.test(d.text))).toBeGreaterThan(0.2);
		expect(share((d) => /^distribution:$/m.test(d.text))).toBeGreaterThan(0.6);
		expect(share((d) => /^ {2}name: "/m.test(d.text))).toBeGreaterThan(0.8);
		for (const d of docs) expect(bodyOf(d)).not.toMatch(/[{}<>]/);
	});

	it('leaves about 5 % without number or date, in chua-ro-nam, some without issuer; bodies of 300–3,000 words, 800 on average', () => {
		const docs = [...corpusDocuments(2000, 1)];
		const gaps = docs.filter((d) => d.number === null || d.issuedAt === null);
		expect(gaps.length / docs.length).toBeGreaterThan(0.03);
		expect(gaps.length / docs.length).toBeLessThan(0.07);
		for (const d of gaps) expect(d.path).toMatch(/^directives\/chua-ro-nam\/[a-z-]+-[0-9a-f]{8}\.mdx$/);
		for (const d of docs.filter((d) => !gaps.includes(d))) expect(d.path).toMatch(/^directives\/20\d\d\/[a-z0-9-]+\.mdx$/);
		expect(gaps.some((d) => d.issuer === null)).toBe(true);
		expect(gaps.some((d) => d.number !== null)).toBe(true);

		const words = docs.map((d) => countWords(bodyOf(d)));
		expect(Math.min(...words)).toBeGreaterThanOrEqual(300);
		expect(Math.max(...words)).toBeLessThanOrEqual(3000);
		const mean = words.reduce((a, b) => a + b, 0) / words.length;
		expect(mean).toBeGreaterThan(700);
		expect(mean).toBeLessThan(900);
	});

	it('refuses to write into content/', () => {
		expect(() => assertSafeOut('content')).toThrow(/outside content/);
		expect(() => assertSafeOut('content/directives')).toThrow(/outside content/);
		expect(() => assertSafeOut('tests/.output/corpus-10')).not.toThrow();
	});
});
