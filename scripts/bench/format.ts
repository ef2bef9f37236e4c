/** The bench's readable report: aligned tables on stderr. */
import type { BenchResult } from './result.ts';
import type { TargetResult } from './targets.ts';

/** Aligns rows into columns; cells that look like numbers are right-aligned. */
export function formatTable(rows: readonly (readonly string[])[], header?: readonly string[]): string {
	const all = header ? [header, ...rows] : [...rows];
	const length = (cell: string) => [...cell].length;
	const numeric = (cell: string) => /^[-+]?[\d.,]+\s*(?:[a-zA-Z%×]+)?$/.test(cell.trim());
	const columns = Math.max(0, ...all.map((r) => r.length));
	const widths = Array.from({ length: columns }, (_, c) => Math.max(0, ...all.map((r) => length(r[c] ?? ''))));
	// Numbers are right-aligned among the numbers of their column, then the column is padded as text.
	const numberWidths = Array.from({ length: columns }, (_, c) =>
		Math.max(0, ...rows.map((r) => r[c] ?? '').filter((cell) => c > 0 && numeric(cell)).map(length)),
	);
	const line = (r: readonly string[], isHeader: boolean) =>
		widths
			.map((w, c) => {
				let cell = r[c] ?? '';
				if (!isHeader && c > 0 && numeric(cell)) cell = ' '.repeat(numberWidths[c]! - length(cell)) + cell;
				return cell + ' '.repeat(Math.max(0, w - length(cell)));
			})
			.join('  ')
			.trimEnd();
	const out = all.map((r, i) => line(r, header !== undefined && i === 0));
	if (header) out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
	return out.join('\n');
}

const n = (v: number | null, digits = 1, unit = '') => (v === null ? '–' : `${v.toFixed(digits)}${unit ? ` ${unit}` : ''}`);
const kb = (bytes: number | null) => (bytes === null ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (v: number | null) => (v === null ? '–' : `${Math.round(v)} ms`);

function passText(t: TargetResult): string {
	return t.pass === null ? 'n/a' : t.pass ? 'pass' : 'FAIL';
}

export function formatReport(r: BenchResult): string {
	const sections: string[] = [];
	sections.push(
		`Bench: ${r.docs.toLocaleString('en')} documents (seed ${r.seed}) on ${r.machine.cpu}, ${r.machine.cores} cores, ` +
			`${r.machine.ramGB.toFixed(0)} GB RAM, Node ${r.machine.node}`,
	);
	sections.push(
		formatTable(
			[
				['corpus', r.corpus.reused ? 'reused' : `generated in ${n(r.corpus.seconds)} s`, `${n(r.corpus.mdxMB)} MB of MDX`],
				['cold build', `${n(r.build.coldSeconds)} s`, `peak ${n(r.build.peakRssMB, 0)} MB (${r.build.peakProcess ?? '?'})`],
				['  site stage', `${n(r.build.siteSeconds)} s`, `${r.build.pages ?? '–'} pages`],
				['  search index', `${n(r.build.indexSeconds)} s`, ''],
				['  after the index', `${n(r.build.otherSeconds)} s`, 'gzip copies, exit'],
				['warm rebuild (+1 doc)', `${n(r.build.warmRebuildSeconds)} s`, `peak ${n(r.build.warmPeakRssMB, 0)} MB`],
				['plain Astro baseline', r.baseline.skipped ? 'skipped' : `${n(r.baseline.coldSeconds)} s`, r.baseline.skipped ? '' : `peak ${n(r.baseline.peakRssMB, 0)} MB`],
				['ratio to baseline', `time ${n(r.ratio.time, 2, '×')}`, `memory ${n(r.ratio.memory, 2, '×')}`],
				['plain Astro + Pagefind CLI', `${n(r.peers.astroPagefind.seconds)} s`, r.peers.astroPagefind.seconds === null ? '' : `Pagefind ${n(r.peers.astroPagefind.pagefindSeconds)} s, peak ${n(r.peers.astroPagefind.peakRssMB, 0)} MB`],
				r.peers.hugo.skipped
					? ['Hugo + Pagefind CLI', 'skipped', r.peers.hugo.skipped]
					: ['Hugo + Pagefind CLI', `${n(r.peers.hugo.seconds)} s`, `Hugo ${n(r.peers.hugo.hugoSeconds)} s, Pagefind ${n(r.peers.hugo.pagefindSeconds)} s, peak ${n(r.peers.hugo.peakRssMB, 0)} MB`],
				['ratio to Hugo + Pagefind', `time ${n(r.ratio.hugo, 2, '×')}`, r.peers.hugo.version?.split(' ')[1] ?? ''],
				['dist', `${n(r.output.distMB)} MB`, `${n(r.output.distWithoutGzipMB)} MB without .gz copies`],
				['pagefind', `${n(r.output.indexMB)} MB`, `${r.output.indexFiles ?? '–'} files`],
				['number lookup files', `${n(r.output.numberLookupKB)} KB`, `${r.output.numberLookupFiles ?? '–'} files, largest ${n(r.output.numberLookupLargestKB)} KB`],
				['largest browse page', `${n(r.output.largestBrowsePageKB)} KB`, 'type, year, issuer and deadline pages, uncompressed'],
			],
			['stage', 'value', 'notes'],
		),
	);
	sections.push(
		formatTable(
			r.search.details.map((q) => [
				q.query,
				kb(q.bytes),
				ms(q.ms),
				String(q.requests ?? '–'),
				q.error ?? q.results ?? '',
			]),
			['search', 'bytes', 'time', 'requests', 'results'],
		),
	);
	sections.push(
		formatTable(
			[
				['document page', r.page.url ?? '–'],
				['HTML', kb(r.page.htmlBytes)],
				['CSS', kb(r.page.cssBytes)],
				['fonts', kb(r.page.fontBytes)],
				['its own text (MDX body)', kb(r.page.bodyBytes)],
				['HTML + CSS beyond the text', kb(r.page.overheadBytes)],
				['scripts before a search', r.page.url === null ? '–' : r.page.scripts.length ? `${r.page.scripts.length}: ${r.page.scripts.join(', ')}` : 'none'],
			],
			['page', 'value'],
		),
	);
	if (r.ocr) {
		sections.push(
			r.ocr.skipped
				? `OCR: skipped (${r.ocr.skipped})`
				: `OCR: ${r.ocr.pages} scanned pages in ${n(r.ocr.seconds)} s, ${n(r.ocr.pagesPerMinute)} pages a minute; lowest word accuracy ${n(r.ocr.lowestAccuracy === null ? null : r.ocr.lowestAccuracy * 100)} %`,
		);
	}
	sections.push(formatTable(r.targets.map((t) => [t.label, t.limit, t.value, passText(t)]), ['target', 'limit', 'measured', 'result']));
	if (r.problems.length > 0) sections.push(`Problems:\n${r.problems.map((p) => `  - ${p}`).join('\n')}`);
	sections.push(`Bench took ${n(r.benchSeconds)} s.`);
	return `${sections.join('\n\n')}\n`;
}
