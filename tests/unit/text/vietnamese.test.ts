import { describe, expect, it } from 'vitest';
import { foldDiacritics, foldedUpper, foldForMatch, foldWithOffsets, slugify } from '../../../src/lib/vietnamese.ts';

describe('Vietnamese folding', () => {
	it('compares header lines whatever their marks, case and spacing', () => {
		expect(foldedUpper('Cộng hòa  xã hội chủ nghĩa Việt Nam')).toBe('CONG HOA XA HOI CHU NGHIA VIET NAM');
		expect(foldedUpper('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe('CONG HOA XA HOI CHU NGHIA VIET NAM');
		// The look-alike Ð (U+00D0) and OCR's scrambled marks fold like the real letters.
		expect(foldedUpper('ÐẢNG CỘNG SẢN')).toBe('DANG CONG SAN');
		expect(foldedUpper('KẾT LỦẬN')).toBe('KET LUAN');
	});

	it('makes a matching key of words only', () => {
		expect(foldForMatch('Số, ký hiệu')).toBe('so ky hieu');
		expect(foldForMatch('Ban Thường vụ Tỉnh uỷ, Đảng')).toBe('ban thuong vu tinh uy dang');
	});

	it('maps each folded character back to the original, marks of decomposed text included', () => {
		const text = 'Lai Châu, nga\u0300y 23';
		const { folded, map } = foldWithOffsets(text);
		expect(folded).toBe('lai chau, ngay 23');
		const at = folded.indexOf('ngay');
		expect(text.slice(map[at], map[at + 'ngay'.length])).toBe('nga\u0300y');
		expect(map.at(-1)).toBe(text.length);
	});
});

describe('vietnamese', () => {
	it('folds marks and đ, whichever Unicode form comes in', () => {
		expect(foldDiacritics('Đảng viên đoàn kết')).toBe('Dang vien doan ket');
		expect(foldDiacritics('thu\u031B\u0323c hie\u0302\u0323n')).toBe('thuc hien');
		expect(slugify('Công văn 213-CV/BCSĐ')).toBe('cong-van-213-cv-bcsd');
	});
});
