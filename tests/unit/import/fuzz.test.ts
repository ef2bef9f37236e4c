/**
 * Random, huge and adversarial input for the importer and the citation parser:
 * they must return or refuse with an ImportError, never crash or hang.
 */
import { describe, expect, it } from 'vitest';
import { markCitations } from '../../../src/lib/citationLinks.ts';
import { parseCitations } from '../../../src/lib/citations.ts';
import { importText, ImportError } from '../../../src/import/importText.ts';
import { mdxProblems } from '../../../src/lib/mdxSafety.ts';
import { registry } from '../seeds.ts';

/** A small seeded generator (mulberry32), so every run sees the same input. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const PIECES = [
	'Nghị quyết số ', 'Kế hoạch ', '307-NQ/TU', ' - ', '/', '-', 'ngày ', '04/3/2024', ' của Ban Thường vụ Tỉnh ủy', '¹', '²³',
	'\n', '\n\n', '\t', '  ', '**', '*', '{', '}', '<', '>', '[', ']', '(', ')', '\\', '`', '#', '- ', '1. ', 'I. ', 'a) ',
	'Kính gửi:', 'Nơi nhận:', 'T/M BAN THƯỜNG VỤ', 'THÔNG BÁO', 'Công văn này', '^{Huy}', '[bookmark: _GoBack]',
	'\u0000', '\u0007', '\u001b', '\uFEFF', '\u00A0', '\u200B', '\uFFFD', 'Ð', 'TƯ', 'QD', 'đ', 'Đ', 'e\u0301', 'MẬT',
	'9999999999', '1/1/1/1/1/1/1/', '45.799/36.875', '\r\n', '\r', '😀', 'ǅ', 'ß', 'ﬁ',
];

function noise(next: () => number, pieces: number): string {
	let out = '';
	for (let i = 0; i < pieces; i++) out += PIECES[Math.floor(next() * PIECES.length)];
	return out;
}

function importOrRefuse(text: string): void {
	try {
		importText(text, { file: 'x.txt', importedAt: '2026-11-23', registry, given: { type: 'cong-van' } });
	} catch (error) {
		if (!(error instanceof ImportError)) throw error;
	}
}

describe('fuzzing', () => {
	it('imports or refuses 300 random documents without crashing', () => {
		const next = random(42);
		for (let i = 0; i < 300; i++) {
			const text = noise(next, 1 + Math.floor(next() * 400));
			expect(() => importOrRefuse(text), JSON.stringify(text.slice(0, 200))).not.toThrow();
			expect(() => parseCitations(text)).not.toThrow();
			expect(() => markCitations(text)).not.toThrow();
			expect(() => mdxProblems(text)).not.toThrow();
		}
	});

	it('handles huge and adversarial input', () => {
		const hostile = [
			'1/'.repeat(200_000),
			'9'.repeat(500_000),
			'-'.repeat(200_000),
			'Nghị quyết số '.repeat(30_000),
			'{'.repeat(100_000),
			'**'.repeat(100_000),
			'¹'.repeat(50_000),
			'a\n'.repeat(100_000),
			// The header reader's own traps: long runs where a header's parts would be.
			`Số:${' '.repeat(100_000)}x`,
			`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLai Châu, ngày${' .'.repeat(50_000)}`,
			`ĐẢNG CỘNG SẢN VIỆT NAM\n${'Lai Châu '.repeat(20_000)}, ngày 1 tháng 2 năm 2024`,
			'ngày 10/10/2008, '.repeat(20_000),
		];
		for (const text of hostile) {
			expect(() => importOrRefuse(text)).not.toThrow();
			expect(Array.isArray(parseCitations(text))).toBe(true);
		}
	});
});
