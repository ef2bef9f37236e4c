import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterEach, describe, expect, it } from 'vitest';
import { extractedText, UnreadableSource } from '../../../src/import/extracted.ts';
import { readSource, sniffFormat } from '../../../src/import/formats/readSource.ts';
import { unpackedSize } from '../../../src/import/formats/zipSize.ts';
import { withoutArtefacts } from '../../../src/import/cleanSource.ts';
import { findLostWords } from '../../../src/import/lostWords.ts';
import { PARTIAL_TEXT, partialScanPdf, randomBytes } from '../support/pdfFixtures.ts';
import { seedText } from '../seeds.ts';
import { partyDirectiveDocx } from '../support/docxFixtures.ts';
import { zipOf } from '../support/zip.ts';

const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const PATH = process.env['PATH'];

afterEach(() => {
	process.env['PATH'] = PATH;
});

function failure(promise: Promise<unknown>): Promise<string> {
	return promise.then(
		() => 'no error',
		(error: unknown) => (error instanceof UnreadableSource ? error.message : `unexpected ${String(error)}`),
	);
}

describe('sniffFormat', () => {
	it('tells the format from the first bytes', () => {
		expect(sniffFormat(new TextEncoder().encode('%PDF-1.7\n'))).toBe('pdf');
		expect(sniffFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('docx');
		expect(sniffFormat(OLE)).toBe('doc');
		expect(sniffFormat(new TextEncoder().encode('Kính gửi: Các sở'))).toBe('text');
	});

	it('tells scans: PNG, JPEG, and TIFF in either byte order', () => {
		expect(sniffFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('png');
		expect(sniffFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
		expect(sniffFormat(new Uint8Array([0x49, 0x49, 0x2a, 0x00]))).toBe('tiff');
		expect(sniffFormat(new Uint8Array([0x4d, 0x4d, 0x00, 0x2a]))).toBe('tiff');
	});
});

/** Text in Windows-1258 as iconv writes it: a letter code page 1258 has, else its base and a combining tone byte. */
function windows1258(text: string): Uint8Array {
	const decoder = new TextDecoder('windows-1258');
	const byteOf = new Map<string, number>();
	for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(new Uint8Array([b])), b);
	const out: number[] = [];
	for (const c of text.normalize('NFC')) {
		if (byteOf.has(c)) {
			out.push(byteOf.get(c)!);
			continue;
		}
		// The letter with its vowel mark (ơ, ư, â…) if the code page has it, then the tone.
		const [base, ...marks] = c.normalize('NFD');
		const tone = marks.find((m) => /[\u0300\u0301\u0303\u0309\u0323]/u.test(m)) ?? '';
		const letter = (base + marks.filter((m) => m !== tone).join('')).normalize('NFC');
		if (!byteOf.has(letter) || !byteOf.has(tone)) throw new Error(`not in Windows-1258: ${c}`);
		out.push(byteOf.get(letter)!, byteOf.get(tone)!);
	}
	return new Uint8Array(out);
}

describe('readSource', () => {
	it('imports the text pages of a partly scanned PDF where OCR is not installed, naming the pages and the packages', async () => {
		const path = process.env['PATH'];
		process.env['PATH'] = mkdtempSync(join(tmpdir(), 'kho-no-ocr-'));
		try {
			const { document } = await readSource('mot-phan-quet.pdf', await partialScanPdf());
			expect(document.lines).toEqual([PARTIAL_TEXT]);
			expect(document.notes).toEqual([
				"pages 2, 3 of 3 are scans and were not read: reading them needs OCRmyPDF with Tesseract's Vietnamese model (apt install ocrmypdf tesseract-ocr-vie); their text is missing (import the file again with --force once OCR can read it, or add the text by hand)",
			]);
		} finally {
			process.env['PATH'] = path;
		}
	});

	it('refuses a damaged scan with what OCRmyPDF makes of it', async () => {
		const tiff = new Uint8Array([0x49, 0x49, 0x2a, 0x00, ...randomBytes(256)]);
		expect(await failure(readSource('trang-1.tif', tiff))).toBe('OCRmyPDF cannot read this file (damaged, or not an image it knows); scan it again as PDF or PNG');
	});

	it('refuses a file named as an image that is no image, without running OCR', async () => {
		expect(await failure(readSource('trang-1.png', randomBytes(512)))).toBe('the file is not a PNG image (damaged, or not a document)');
	});

	it('reads a Word file named .pdf as Word, and says so', async () => {
		const { document, importer } = await readSource('van-ban.pdf', await partyDirectiveDocx());
		expect(importer).toBe('docx');
		expect(document.header?.left).toEqual(['TỈNH ỦY QUẢNG NAM', '*', 'Số 307-NQ/TU']);
		expect(document.notes[0]).toBe('the file is named as a PDF but is a Word .docx file: read as such');
	});

	it('converts an 8-bit TCVN3 text file to Unicode', async () => {
		const bytes = Buffer.from('KÝnh göi: C¸c së\n\nC¨n cø C«ng v¨n nµy, ®Ò nghÞ c¸c së thùc hiÖn nghiªm tóc.\n', 'latin1');
		const { document } = await readSource('cu.txt', bytes);
		expect(document.lines).toEqual(['Kính gửi: Các sở', '', 'Căn cứ Công văn này, đề nghị các sở thực hiện nghiêm túc.', '']);
		expect(document.notes).toEqual(['the text was in the old TCVN3 encoding: converted to Unicode']);
	});

	it('reads Windows-1258 as iconv writes it (tones as combining bytes), never as VNI, and UTF-16 with its mark', async () => {
		// Seed 004 with its Word artefact taken out, as the reader takes it out.
		const text = withoutArtefacts(seedText('004'));
		const { document } = await readSource('cp1258.txt', windows1258(text));
		expect(document.legacyEncoding).toBe('windows-1258');
		expect(document.notes).toContain('the text was in the Windows-1258 encoding: converted to Unicode');
		expect(findLostWords(text, extractedText(document))).toEqual([]);
		expect(extractedText(document)).toContain('- Các Sở, ban, ngành;');

		const utf16 = await readSource('utf16.txt', new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]));
		expect(utf16.document.legacyEncoding).toBe('utf-16');
		expect(findLostWords(text, extractedText(utf16.document))).toEqual([]);
	});

	it('refuses a Word file that would unpack to more than a document takes, before unpacking it', async () => {
		// 110 MB of document.xml in a file of a few hundred KB, as the probe's was.
		const xml = Buffer.alloc(110 * 1024 * 1024, '<w:p><w:r><w:t>Nội dung</w:t></w:r></w:p>');
		const bomb = zipOf({ '[Content_Types].xml': Buffer.from('<Types/>'), 'word/document.xml': xml });
		expect(bomb.length).toBeLessThan(1024 * 1024);
		expect(await failure(readSource('to.docx', bomb))).toBe(
			'the Word file unpacks to 110 MB, more than the 100 MB a document takes; open it in Word, check it and save it again',
		);
		expect(unpackedSize(await partyDirectiveDocx())).toBeLessThan(100 * 1024);
	});

	it('converts TCVN3 text typed in a Word file, leaving its Unicode lines alone', async () => {
		const lines = ['KÍNH GỬI: CÁC SỞ', 'C¨n cø C«ng v¨n nµy, ®Ò nghÞ c¸c së thùc hiÖn nghiªm tóc.'];
		const docx = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ children: [new TextRun(text)] })) }] });
		const { document } = await readSource('cu.docx', new Uint8Array(await Packer.toBuffer(docx)));
		expect(document.lines.filter(Boolean)).toEqual(['KÍNH GỬI: CÁC SỞ', 'Căn cứ Công văn này, đề nghị các sở thực hiện nghiêm túc.']);
		expect(document.legacyEncoding).toBe('tcvn3');
	});

	it('gives one-line reasons for files it cannot read', async () => {
		expect(await failure(readSource('a.docx', new Uint8Array()))).toBe('the file is empty');
		expect(await failure(readSource('a.docx', OLE))).toBe('the Word file is password-protected; save it without a password and import again');
		expect(await failure(readSource('a.pdf', new Uint8Array([0xff, 0xfe, 0x00, 0x81])))).toBe('the file is not a PDF (damaged, or not a document)');
		expect(await failure(readSource('a.txt', new Uint8Array([0x81, 0x8d, 0x90, 0x9d])))).toBe(
			'the text is neither UTF-8 nor Windows-1258, TCVN3 or VNI; export it again as UTF-8 text',
		);
	});

	it('converts an old .doc through LibreOffice, or says how to get it', async () => {
		const bin = mkdtempSync(join(tmpdir(), 'fake-soffice-'));
		process.env['PATH'] = bin;
		expect(await failure(readSource(join(bin, 'cu.doc'), OLE))).toBe(
			'an old .doc file needs LibreOffice to convert it (apt install libreoffice-writer), or save it as .docx in Word',
		);
		// A stand-in for soffice: "converts" by writing a real .docx where LibreOffice would.
		writeFileSync(join(bin, 'converted.docx'), await partyDirectiveDocx());
		writeFileSync(join(bin, 'soffice'), `#!/bin/sh\n# soffice --headless --convert-to docx --outdir DIR FILE\ncp "${join(bin, 'converted.docx')}" "$5/cu.docx"\n`);
		chmodSync(join(bin, 'soffice'), 0o755);
		process.env['PATH'] = `${bin}:${PATH}`;
		const { document, importer } = await readSource(join(bin, 'cu.doc'), OLE);
		expect(importer).toBe('doc');
		expect(document.header?.right).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM', 'Quảng Nam, ngày 03 tháng 5 năm 2024']);
	});
});
