/**
 * npm run eval [-- --mistakes] [-- --json] [-- --ocr]
 *
 * Imports every document of the real corpus (tests/fixtures/corpus/: excerpts of
 * public documents, each with a hand-checked annotation) the way `npm run import`
 * does, without writing, and prints for each header field how many are right, wrong,
 * missing and invented, and the citations' precision, recall and F1 (a citation
 * counts only with its date right). --mistakes lists every miss. --ocr also reads
 * scans made from the project's fixtures through OCR (OCRmyPDF must be installed):
 * header fields and the share of the source's words right, scan by scan.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatTable } from './bench/format.ts';
import { readScans, SCAN_FIELDS, type ScanReading } from './eval/ocr.ts';
import { evaluateCorpus, LAYOUTS, type Layout } from './eval/run.ts';
import { fixtureScans } from '../tests/unit/support/scans.ts';
import { FIELDS, type FieldScore, type Score } from './eval/score.ts';
import { parseIssuerRegistry } from '../src/lib/issuers.ts';

export const CORPUS = 'tests/fixtures/corpus';

const { values } = parseArgs({
	options: {
		mistakes: { type: 'boolean', default: false },
		json: { type: 'boolean', default: false },
		ocr: { type: 'boolean', default: false },
		corpus: { type: 'string', default: CORPUS },
	},
});
const registry = parseIssuerRegistry(readFileSync('content/issuers.yaml', 'utf8'), 'content/issuers.yaml');
const started = performance.now();
const progress = process.stderr.isTTY ? (i: number, total: number, file: string) => process.stderr.write(`\r[${i}/${total}] ${file}`.padEnd(70)) : undefined;
const scores = await evaluateCorpus(values.corpus, registry, progress);
if (progress) process.stderr.write('\r'.padEnd(71) + '\r');

const LABELS: Record<(typeof FIELDS)[number], string> = { type: 'type', number: 'number', issuedAt: 'date', place: 'place', issuer: 'issuer', signer: 'signer' };
const LAYOUT_NAMES: Record<Layout, string> = { text: 'as gathered (text)', docx: 'laid out as Word', pdf: 'laid out as PDF' };
const head = ['field', 'stated', 'right', 'wrong', 'missing', 'invented'];
const row = (label: string, s: FieldScore) => [label, String(s.stated), String(s.right), String(s.wrong), String(s.missing), String(s.invented)];
const ratio = (a: number, b: number) => (b === 0 ? '–' : (a / b).toFixed(3));

function report(layout: Layout, score: Score): string[] {
	const lines = [
		`${LAYOUT_NAMES[layout]}: ${score.documents} documents, ${score.refused.length} refused`,
		formatTable(FIELDS.map((f) => row(LABELS[f], score.fields[f])), head),
		`header fields: ${score.header.right} of ${score.header.stated} right (${ratio(score.header.right, score.header.stated)}), ${score.header.invented} invented`,
	];
	const elsewhere = FIELDS.map((f) => row(LABELS[f], score.elsewhere[f])).filter((r) => r[1] !== '0' || r[5] !== '0');
	if (elsewhere.length > 0) lines.push('stated only in a lede or the website around the document:', formatTable(elsewhere, head));
	if (score.citations.expected > 0) {
		const c = score.citations;
		lines.push(`citations: ${c.expected} annotated, ${c.found} found, ${c.right} right with their dates: precision ${c.precision.toFixed(3)}, recall ${c.recall.toFixed(3)}, F1 ${c.f1.toFixed(3)}`);
	}
	lines.push(...score.refused.map((r) => `refused: ${r.file}: ${r.reason}`));
	if (values.mistakes) lines.push(...score.mistakes.map((m) => `  ${m}`));
	return [...lines, ''];
}

process.stderr.write(
	[`${values.corpus}: ${((performance.now() - started) / 1000).toFixed(1)} s`, '', ...LAYOUTS.flatMap((layout) => report(layout, scores[layout]))].join('\n'),
);

let scans: ScanReading[] | null = null;
if (values.ocr) {
	const made = await fixtureScans();
	const started = performance.now();
	scans = await readScans(made, registry);
	const seconds = (performance.now() - started) / 1000;
	const pages = scans.reduce((n, s) => n + s.pages, 0);
	const rows = scans.map((s) => [
		s.file,
		s.made,
		s.fieldsRight === null ? '–' : `${s.fieldsRight} of ${SCAN_FIELDS}`,
		`${(s.accuracy * 100).toFixed(1)} %`,
		s.confidence === null ? '–' : `${s.confidence.toFixed(1)}`,
		`${s.seconds.toFixed(1)} s`,
	]);
	process.stderr.write(
		[
			`scans of the fixtures through OCR: ${made.length} files, ${pages} pages OCR'd in ${seconds.toFixed(1)} s (${((pages / seconds) * 60).toFixed(1)} pages a minute)`,
			formatTable(rows, ['file', 'made', 'header fields', 'words right', 'lowest confidence', 'time']),
			...scans.filter((s) => s.refused).map((s) => `refused: ${s.file}: ${s.refused}`),
			...(values.mistakes ? scans.filter((s) => s.wrongWords.length).map((s) => `  ${s.file}: ${s.wrongWords.join(', ')}`) : []),
			'',
		].join('\n'),
	);
}
if (values.json) process.stdout.write(JSON.stringify(scans ? { ...scores, ocr: scans } : scores) + '\n');
