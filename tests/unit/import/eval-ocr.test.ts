/** `npm run eval -- --ocr`'s reading of scans: what it counts, and a refused scan counted as such. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScans } from '../../../scripts/eval/ocr.ts';
import { parseIssuerRegistry } from '../../../src/lib/issuers.ts';
import { fixtureScans, illegible, toPng } from '../support/scans.ts';

const registry = parseIssuerRegistry(readFileSync('content/issuers.yaml', 'utf8'), 'content/issuers.yaml');

describe('readScans', () => {
	it('counts the header fields and the words a scan gives right, and a refused scan as nothing right', async () => {
		const scan = (await fixtureScans()).find((s) => s.file === 'cv-1520-200dpi.png')!;
		const blank = { ...scan, file: 'trang-trang.png', made: 'a sheet with nothing on it', bytes: toPng(illegible()) };
		const [read, refused] = await readScans([scan, blank], registry);
		expect(read).toMatchObject({ file: 'cv-1520-200dpi.png', pages: 1, fieldsRight: 5 });
		expect(read!.accuracy).toBeGreaterThanOrEqual(0.97);
		expect(read!.confidence).toBeGreaterThan(80);
		expect(refused).toMatchObject({ file: 'trang-trang.png', fieldsRight: 0, accuracy: 0, confidence: null });
		expect(refused!.refused).toMatch(/^OCR found nothing legible/u);
	}, 120_000);
});
