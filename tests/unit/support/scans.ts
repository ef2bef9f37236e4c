/**
 * Scans made from the project's own PDF fixtures, as an office scanner would hand
 * them over: each page rasterised to greyscale by poppler's pdftoppm, then turned,
 * skewed or washed out here, and wrapped back into PNG, multi-page TIFF or an
 * image-only PDF. Also the word accuracy of a reading against its source text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { greyPng } from './png.ts';
import { finish, fixtureText, PARTIAL_TEXT, partialScanPdf, PARTY, partyPdf, STATE, statePdf, type DirectiveFixture } from './pdfFixtures.ts';

/** An 8-bit greyscale page: one byte a pixel, rows top to bottom. */
export interface Raster {
	width: number;
	height: number;
	dpi: number;
	pixels: Uint8Array;
}

/** Every page of a PDF at the given resolution. */
export function rasterise(pdf: Uint8Array, dpi: number): Raster[] {
	const dir = mkdtempSync(join(tmpdir(), 'kho-scan-'));
	try {
		writeFileSync(join(dir, 'in.pdf'), pdf);
		execFileSync('pdftoppm', ['-gray', '-r', String(dpi), join(dir, 'in.pdf'), join(dir, 'page')]);
		return readdirSync(dir)
			.filter((name) => name.endsWith('.pgm'))
			.sort()
			.map((name) => ({ ...readPgm(readFileSync(join(dir, name))), dpi }));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** A binary PGM (P5, maxval 255), as pdftoppm writes it. */
function readPgm(bytes: Buffer): { width: number; height: number; pixels: Uint8Array } {
	const fields: string[] = [];
	let at = 0;
	while (fields.length < 4) {
		while (/\s/.test(String.fromCharCode(bytes[at]!))) at++;
		let field = '';
		while (!/\s/.test(String.fromCharCode(bytes[at]!))) field += String.fromCharCode(bytes[at++]!);
		fields.push(field);
	}
	const [magic, width, height, max] = fields;
	if (magic !== 'P5' || max !== '255') throw new Error(`not an 8-bit binary PGM: ${magic} ${max}`);
	return { width: Number(width), height: Number(height), pixels: new Uint8Array(bytes.subarray(at + 1)) };
}

/** Turned a quarter clockwise, as a page fed in sideways. */
export function rotated90(page: Raster): Raster {
	const { width, height, pixels } = page;
	const out = new Uint8Array(width * height);
	for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out[x * height + (height - 1 - y)] = pixels[y * width + x]!;
	return { width: height, height: width, dpi: page.dpi, pixels: out };
}

/** Turned by a small angle about its centre (bilinear), white where the page left the glass. */
export function skewed(page: Raster, degrees: number): Raster {
	const { width, height, pixels } = page;
	const out = new Uint8Array(width * height).fill(255);
	const cos = Math.cos((degrees * Math.PI) / 180);
	const sin = Math.sin((degrees * Math.PI) / 180);
	const cx = width / 2;
	const cy = height / 2;
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const sx = cos * (x - cx) + sin * (y - cy) + cx;
			const sy = -sin * (x - cx) + cos * (y - cy) + cy;
			const x0 = Math.floor(sx);
			const y0 = Math.floor(sy);
			if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) continue;
			const fx = sx - x0;
			const fy = sy - y0;
			const at = (xx: number, yy: number) => pixels[yy * width + xx]!;
			const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
			const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
			out[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
		}
	}
	return { ...page, pixels: out };
}

/** Ink and paper pulled together: text at grey `ink` on grey `paper`, as a faint photocopy. */
export function lowContrast(page: Raster, ink = 120, paper = 205): Raster {
	return { ...page, pixels: page.pixels.map((v) => Math.round(ink + ((paper - ink) * v) / 255)) };
}

/** A page with nothing legible: a few blotches on grey, as a blank sheet scanned dark. */
export function illegible(width = 1654, height = 2339, dpi = 200): Raster {
	const pixels = new Uint8Array(width * height);
	let state = 20240503;
	for (let i = 0; i < pixels.length; i++) {
		state = (state * 1103515245 + 12345) >>> 0;
		pixels[i] = 150 + (state >>> 28);
	}
	return { width, height, dpi, pixels };
}

/** An 8-bit greyscale PNG that records its resolution. */
export function toPng(page: Raster): Uint8Array {
	return new Uint8Array(greyPng(page.width, page.height, page.pixels, page.dpi));
}

/** A multi-page TIFF (little-endian, uncompressed greyscale, one strip a page). */
export function toTiff(pages: Raster[]): Uint8Array {
	const TAGS = 11;
	const ifdSize = 2 + TAGS * 12 + 4 + 16; // entries, next offset, two resolutions
	const parts: Buffer[] = [];
	let offset = 8;
	const head = Buffer.alloc(8);
	head.write('II', 0, 'latin1');
	head.writeUInt16LE(42, 2);
	head.writeUInt32LE(offset, 4);
	parts.push(head);
	pages.forEach((page, i) => {
		const ifd = Buffer.alloc(ifdSize);
		const data = offset + ifdSize;
		const next = i + 1 < pages.length ? data + page.pixels.length : 0;
		const resolution = offset + 2 + TAGS * 12 + 4;
		const entries: [number, number, number][] = [
			[256, 4, page.width],
			[257, 4, page.height],
			[258, 3, 8],
			[259, 3, 1],
			[262, 3, 1],
			[273, 4, data],
			[277, 3, 1],
			[278, 4, page.height],
			[279, 4, page.pixels.length],
			[282, 5, resolution],
			[283, 5, resolution + 8],
		];
		ifd.writeUInt16LE(TAGS, 0);
		entries.forEach(([tag, type, value], n) => {
			const at = 2 + n * 12;
			ifd.writeUInt16LE(tag, at);
			ifd.writeUInt16LE(type, at + 2);
			ifd.writeUInt32LE(1, at + 4);
			if (type === 3) ifd.writeUInt16LE(value, at + 8);
			else ifd.writeUInt32LE(value, at + 8);
		});
		ifd.writeUInt32LE(next, 2 + TAGS * 12);
		for (const at of [resolution, resolution + 8].map((r) => r - offset)) {
			ifd.writeUInt32LE(page.dpi, at);
			ifd.writeUInt32LE(1, at + 4);
		}
		parts.push(ifd, Buffer.from(page.pixels));
		offset = data + page.pixels.length;
	});
	// ResolutionUnit is left at its default, inches.
	return new Uint8Array(Buffer.concat(parts));
}

/** A PDF of page images and nothing else, each page the size the scan's resolution gives. */
export async function imagePdf(pages: Raster[]): Promise<Uint8Array> {
	const doc = new PDFDocument({ autoFirstPage: false, info: { CreationDate: new Date('2024-05-03T08:00:00Z'), Producer: 'scans' } });
	for (const page of pages) {
		const size: [number, number] = [(page.width * 72) / page.dpi, (page.height * 72) / page.dpi];
		doc.addPage({ size, margin: 0 });
		doc.image(Buffer.from(toPng(page)), 0, 0, { width: size[0], height: size[1] });
	}
	return finish(doc);
}

/** The words of a text: runs of letters and digits, superscript note marks aside. */
export function wordsOf(text: string): string[] {
	return text.normalize('NFC').match(/[\p{L}\p{Nd}]+/gu) ?? [];
}

/**
 * How many of the source's words a reading has right, counted as multisets (a reading
 * may order header columns and footnotes differently): recall over the source's words,
 * and the words read that the source does not have.
 */
export function wordAccuracy(source: string, read: string): { accuracy: number; words: number; wrong: string[]; extra: string[] } {
	const count = (words: string[]) => words.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());
	const want = count(wordsOf(source));
	const got = count(wordsOf(read));
	let right = 0;
	let words = 0;
	const wrong: string[] = [];
	for (const [word, n] of want) {
		words += n;
		const have = Math.min(n, got.get(word) ?? 0);
		right += have;
		for (let i = have; i < n; i++) wrong.push(word);
	}
	const extra = [...got].flatMap(([word, n]) => Array<string>(Math.max(0, n - (want.get(word) ?? 0))).fill(word));
	return { accuracy: words === 0 ? 0 : right / words, words, wrong, extra };
}

/** A scan made from a fixture, and what the importer must read from it. */
export interface FixtureScan {
	/** The file's name, with the extension of its format. */
	file: string;
	/** How it was made, for the report. */
	made: string;
	bytes: Uint8Array;
	/** Every word of the source, to measure the reading against. */
	source: string;
	fixture: DirectiveFixture;
	/** The pages OCR reads. */
	pages: number[];
	/** Whether the document's header is on the first page, for the header's fields to be read. */
	header: boolean;
	/** The header's fields as the fixture prints them. */
	fields: ScanFields;
}

export interface ScanFields {
	type: string;
	number: string;
	issuedAt: string;
	place: string;
	signer: string;
}

const FIELDS = new Map<DirectiveFixture, ScanFields>([
	[PARTY, { type: 'nghi-quyet', number: '307-NQ/TU', issuedAt: '2024-05-03', place: 'Quảng Nam', signer: 'Lương Nguyễn Minh Triết' }],
	[STATE, { type: 'cong-van', number: '1520/UBND-KTN', issuedAt: '2024-03-15', place: 'Quảng Nam', signer: 'Trần Anh Tuấn' }],
]);

/**
 * The scans of the issue: the Party's Nghị quyết (two pages) and the State's công văn
 * (one page), at 200 and 300 dpi, as PNG, multi-page TIFF and image-only PDF, one
 * turned a quarter, one skewed 2°, one washed out, and a PDF whose first page has
 * text and whose second is a scan.
 */
export async function fixtureScans(): Promise<FixtureScan[]> {
	const party = (await partyPdf()).bytes;
	const state = (await statePdf()).bytes;
	const party200 = rasterise(party, 200);
	const party300 = rasterise(party, 300);
	const state200 = rasterise(state, 200);
	const state300 = rasterise(state, 300);
	const partySource = fixtureText(PARTY);
	const stateSource = fixtureText(STATE);
	const of = (fixture: DirectiveFixture) => ({ fixture, fields: FIELDS.get(fixture)!, source: fixture === PARTY ? partySource : stateSource });
	return [
		{ file: 'nq-307-300dpi.pdf', made: 'Nghị quyết, 2 pages, 300 dpi, image-only PDF', bytes: await imagePdf(party300), ...of(PARTY), pages: [1, 2], header: true },
		{ file: 'nq-307-200dpi.tif', made: 'Nghị quyết, 2 pages, 200 dpi, multi-page TIFF', bytes: toTiff(party200), ...of(PARTY), pages: [1, 2], header: true },
		{ file: 'nq-307-skewed.pdf', made: 'Nghị quyết, 300 dpi, skewed 2°, image-only PDF', bytes: await imagePdf(party300.map((p) => skewed(p, 2))), ...of(PARTY), pages: [1, 2], header: true },
		{ file: 'cv-1520-300dpi.png', made: 'công văn, 300 dpi, PNG', bytes: toPng(state300[0]!), ...of(STATE), pages: [1], header: true },
		{ file: 'cv-1520-200dpi.png', made: 'công văn, 200 dpi, PNG', bytes: toPng(state200[0]!), ...of(STATE), pages: [1], header: true },
		{ file: 'cv-1520-rotated.png', made: 'công văn, 200 dpi, turned 90°, PNG', bytes: toPng(rotated90(state200[0]!)), ...of(STATE), pages: [1], header: true },
		{ file: 'cv-1520-faint.pdf', made: 'công văn, 200 dpi, low contrast, image-only PDF', bytes: await imagePdf(state200.map((p) => lowContrast(p))), ...of(STATE), pages: [1], header: true },
		{
			file: 'cv-1520-partly-scanned.pdf',
			made: 'a text page, then the công văn scanned at 200 dpi',
			bytes: await partialScanPdf([toPng(state200[0]!)]),
			fixture: STATE,
			fields: FIELDS.get(STATE)!,
			source: `${PARTIAL_TEXT}\n${stateSource}`,
			pages: [2],
			header: false,
		},
	];
}
