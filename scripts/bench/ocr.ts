/** The bench's OCR figure: scans of the fixtures imported through OCRmyPDF, in pages a minute. */
import { readFileSync } from 'node:fs';
import { parseIssuerRegistry } from '../../src/lib/issuers.ts';
import { fixtureScans } from '../../tests/unit/support/scans.ts';
import { readScans } from '../eval/ocr.ts';
import type { OcrMeasure } from './result.ts';

const SCANS = ['nq-307-300dpi.pdf', 'cv-1520-300dpi.png'];

export async function measureOcr(say: (line: string) => void): Promise<OcrMeasure> {
	const registry = parseIssuerRegistry(readFileSync('content/issuers.yaml', 'utf8'), 'content/issuers.yaml');
	let scans;
	try {
		scans = (await fixtureScans()).filter((scan) => SCANS.includes(scan.file));
	} catch (error) {
		return { pages: 0, seconds: null, pagesPerMinute: null, lowestAccuracy: null, skipped: `could not make the scans: ${(error as Error).message.split('\n')[0]}` };
	}
	const pages = scans.reduce((n, scan) => n + scan.pages.length, 0);
	say(`OCR: ${pages} scanned pages…`);
	const started = performance.now();
	const readings = await readScans(scans, registry);
	const seconds = (performance.now() - started) / 1000;
	const refused = readings.find((r) => r.refused);
	if (refused) return { pages, seconds: null, pagesPerMinute: null, lowestAccuracy: null, skipped: refused.refused! };
	return {
		pages,
		seconds: Math.round(seconds * 10) / 10,
		pagesPerMinute: Math.round((pages / seconds) * 60 * 10) / 10,
		lowestAccuracy: Math.min(...readings.map((r) => r.accuracy)),
		skipped: null,
	};
}
