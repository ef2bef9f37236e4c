/**
 * Reads a PDF's text with positions (pdf.js, legacy build for Node), for the
 * print specs: each page's size and its text as segments, a segment being a run
 * of text on one line with no wide gap (so the two header columns stay apart).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface Segment {
	/** 1-based. */
	page: number;
	/** Left edge, in points from the left of the page. */
	x: number;
	/** Right edge. */
	right: number;
	/** Baseline, in points from the top of the page. */
	y: number;
	/** The font size, in points. */
	size: number;
	text: string;
}

export interface PdfText {
	pages: { width: number; height: number }[];
	segments: Segment[];
	/** All the text, segment by segment, one per line. */
	text: string;
}

/** A gap wider than this (points) starts a new segment. */
const COLUMN_GAP = 30;

interface Item {
	str: string;
	x: number;
	y: number;
	width: number;
	size: number;
}

export async function readPdf(data: Uint8Array): Promise<PdfText> {
	const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
	const pages: PdfText['pages'] = [];
	const segments: Segment[] = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const page = await pdf.getPage(n);
		const view = page.getViewport({ scale: 1 });
		pages.push({ width: view.width, height: view.height });
		const content = await page.getTextContent();
		const items: Item[] = [];
		for (const it of content.items) {
			if (!('str' in it) || it.str === '') continue;
			const [a, b, , , e, f] = it.transform as number[];
			items.push({ str: it.str, x: e!, y: view.height - f!, width: it.width, size: Math.hypot(a!, b!) });
		}
		// Lines: items whose baselines are within 2 pt, left to right.
		items.sort((p, q) => p.y - q.y || p.x - q.x);
		const lines: Item[][] = [];
		for (const item of items) {
			const line = lines.find((l) => Math.abs(l[0]!.y - item.y) < 2);
			if (line) line.push(item);
			else lines.push([item]);
		}
		for (const line of lines) {
			line.sort((p, q) => p.x - q.x);
			let current: Segment | null = null;
			for (const item of line) {
				// Spaces count by the gap they leave (pdf.js gives a run of spaces as one " ").
				if (/^\s+$/.test(item.str)) continue;
				const gap = current === null ? Infinity : item.x - current.right;
				if (current === null || gap > COLUMN_GAP) {
					current = { page: n, x: item.x, right: item.x + item.width, y: item.y, size: item.size, text: item.str };
					segments.push(current);
					continue;
				}
				// A gap the PDF drew as space: as many spaces as fit (a blank left to fill in by hand).
				const space = item.size * 0.25;
				const spaces = !/\s$/.test(current.text) && !/^\s/.test(item.str) && gap > space * 0.6 ? ' '.repeat(Math.max(1, Math.round(gap / space))) : '';
				current.text += spaces + item.str;
				current.right = item.x + item.width;
				current.size = Math.max(current.size, item.size);
			}
		}
	}
	await pdf.destroy();
	segments.sort((p, q) => p.page - q.page || p.y - q.y || p.x - q.x);
	return { pages, segments, text: segments.map((s) => s.text).join('\n') };
}

/** The first segment whose text matches, or undefined. */
export function find(pdf: PdfText, pattern: RegExp | string): Segment | undefined {
	return pdf.segments.find((s) => (typeof pattern === 'string' ? s.text.includes(pattern) : pattern.test(s.text)));
}

/** Whether `a` comes before `b` in reading order (page, then baseline). */
export function before(a: Segment, b: Segment): boolean {
	return a.page < b.page || (a.page === b.page && a.y < b.y - 0.5);
}

/** Loads the print faces, then prints the page as `npm run pdf` does; returns the PDF and how long it took. */
export async function printPage(page: import('@playwright/test').Page): Promise<{ bytes: Buffer; pdf: PdfText; ms: number }> {
	const started = performance.now();
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(async () => {
		const faces = ['14pt', 'bold 14pt', 'italic 14pt', 'italic bold 14pt'].map((f) => `${f} "Notice Serif"`);
		await Promise.all(faces.map((face) => document.fonts.load(face, 'Số ĐẢNG CỘNG SẢN VIỆT NAM ngày tháng năm')));
		await document.fonts.ready;
	});
	const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: false });
	const ms = performance.now() - started;
	return { bytes, pdf: await readPdf(bytes), ms };
}

/** Text with runs of spaces made one, for comparing wrapped or justified lines. */
export function squashSpaces(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** What no printed notice may carry: the website around it, URLs, "chưa rõ". */
export const WEBSITE_TEXT = ['Kho văn bản', 'Trang chủ', 'Tìm kiếm', 'In văn bản', 'Văn bản liên quan', 'Thuộc tính văn bản', 'Chú thích', 'chưa rõ', 'Chưa rõ'];
export const URL_PATTERN = /https?:|www\.|\/kho-van-ban\/|\/lien-ket\/|\.html\b/;

/** The page numbers the PDF prints in the top margin (20 mm), by page. */
export function pageNumbers(pdf: PdfText): Map<number, string[]> {
	const top = (20 / 25.4) * 72;
	const found = new Map<number, string[]>();
	for (const s of pdf.segments) {
		if (s.y < top && /^\d+$/.test(s.text.trim())) found.set(s.page, [...(found.get(s.page) ?? []), s.text.trim()]);
	}
	return found;
}

/** Plain text of an MDX body: link targets, marks, escapes and footnote definitions dropped. */
export function bodyText(body: string): string {
	return body
		.replace(/^\[\^[^\]]+\]:.*$/gm, '')
		.replace(/\[\^[^\]]+\]/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_#>\\]|\^\{|\}/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}
