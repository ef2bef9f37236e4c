/**
 * The OCR measured on scans made from the project's own fixtures (tests/unit/support/scans.ts):
 * for each scan, the header fields read right, the share of the source's words right,
 * Tesseract's confidence and the time, for `npm run eval -- --ocr` and the bench.
 */
import { importFile } from '../../src/import/importFile.ts';
import type { Issuer } from '../../src/schemas/issuer.ts';
import { wordAccuracy, type FixtureScan } from '../../tests/unit/support/scans.ts';

export interface ScanReading {
	file: string;
	made: string;
	pages: number;
	seconds: number;
	/** Number, date, type, place and signer read right, of those the scan's page 1 holds. */
	fieldsRight: number | null;
	accuracy: number;
	wrongWords: string[];
	/** The lowest page confidence. */
	confidence: number | null;
	refused?: string;
}

const FIELDS = ['type', 'number', 'issuedAt', 'place', 'signer'] as const;

export async function readScans(scans: readonly FixtureScan[], registry: readonly Issuer[]): Promise<ScanReading[]> {
	const readings: ScanReading[] = [];
	for (const scan of scans) {
		const started = performance.now();
		const base = { file: scan.file, made: scan.made, pages: scan.pages.length };
		try {
			const { frontmatter, mdx } = await importFile(scan.file, { registry, bytes: scan.bytes, importedAt: '2026-12-01' });
			const read = { type: frontmatter.type, number: frontmatter.number, issuedAt: frontmatter.issuedAt, place: frontmatter.place, signer: frontmatter.signer.name };
			const { accuracy, wrong } = wordAccuracy(scan.source, mdx);
			const confidences = frontmatter.source.ocr?.pages.map((p) => p.confidence) ?? [];
			readings.push({
				...base,
				seconds: (performance.now() - started) / 1000,
				fieldsRight: scan.header ? FIELDS.filter((f) => read[f] === scan.fields[f]).length : null,
				accuracy,
				wrongWords: wrong,
				confidence: confidences.length ? Math.min(...confidences) : null,
			});
		} catch (error) {
			readings.push({ ...base, seconds: (performance.now() - started) / 1000, fieldsRight: 0, accuracy: 0, wrongWords: [], confidence: null, refused: (error as Error).message });
		}
	}
	return readings;
}

export const SCAN_FIELDS = FIELDS.length;
