/**
 * npm run eval [-- --mistakes] [-- --json]
 *
 * Imports every document of the real corpus (tests/fixtures/corpus/: excerpts of
 * public documents, each with a hand-checked annotation) the way `npm run import`
 * does, without writing, and prints for each header field how many are right, wrong,
 * missing and invented, and the citations' precision, recall and F1 (a citation
 * counts only with its date right). --mistakes lists every miss.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable } from './bench/format.ts';
import { evaluateCorpus } from './eval/run.ts';
import { FIELDS, type FieldScore } from './eval/score.ts';
import { parseIssuerRegistry } from '../src/lib/issuers.ts';

export const CORPUS = 'tests/fixtures/corpus';

const { values } = parseArgs({ options: { mistakes: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } });
const registry = parseIssuerRegistry(readFileSync('content/issuers.yaml', 'utf8'), 'content/issuers.yaml');
const started = performance.now();
const progress = process.stderr.isTTY ? (i: number, total: number, file: string) => process.stderr.write(`\r[${i}/${total}] ${file}`.padEnd(70)) : undefined;
const score = await evaluateCorpus(CORPUS, registry, progress);
if (progress) process.stderr.write('\r'.padEnd(71) + '\r');

const LABELS: Record<(typeof FIELDS)[number], string> = { type: 'type', number: 'number', issuedAt: 'date', place: 'place', issuer: 'issuer', signer: 'signer' };
const row = (label: string, s: FieldScore) => [label, String(s.stated), String(s.right), String(s.wrong), String(s.missing), String(s.invented)];
const head = ['field', 'stated', 'right', 'wrong', 'missing', 'invented'];
const ratio = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(3));
const out = [
	`${score.documents} documents of ${join(CORPUS)}, ${score.refused.length} refused (${((performance.now() - started) / 1000).toFixed(1)} s)`,
	'',
	'In the document itself (header, title, signature):',
	formatTable(FIELDS.map((f) => row(LABELS[f], score.fields[f])), head),
	`all: ${score.header.right} of ${score.header.stated} right (${ratio(score.header.right, score.header.stated)}), ${score.header.invented} invented`,
	'',
	'Only in a lede or the website around it:',
	formatTable(FIELDS.map((f) => row(LABELS[f], score.elsewhere[f])).filter((r) => r[1] !== '0' || r[5] !== '0'), head),
	'',
	`citations: ${score.citations.expected} annotated, ${score.citations.found} found, ${score.citations.right} right with their dates: ` +
		`precision ${score.citations.precision.toFixed(3)}, recall ${score.citations.recall.toFixed(3)}, F1 ${score.citations.f1.toFixed(3)}`,
	...score.refused.map((r) => `refused: ${r.file}: ${r.reason}`),
	...(values.mistakes ? ['', ...score.mistakes] : []),
];
process.stderr.write(out.join('\n') + '\n');
if (values.json) process.stdout.write(JSON.stringify(score) + '\n');
