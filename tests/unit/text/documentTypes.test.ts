import { describe, expect, it } from 'vitest';
import { documentType, headingType, typeName } from '../../../src/lib/documentTypes.ts';

describe('documentTypes', () => {
	it('names a type, and an unknown one', () => {
		expect(documentType('cong-van')).toMatchObject({ name: 'Công văn', code: 'CV' });
		expect(typeName('thong-bao')).toBe('Thông báo');
		expect(typeName(null)).toBe('Văn bản chưa rõ loại');
	});
});

describe('headingType', () => {
	it('reads a heading in capitals, also as OCR and reposts leave it, and never a longer word', () => {
		expect(headingType('K ÉT LUẬN')).toMatchObject({ type: { slug: 'ket-luan' }, rest: '' });
		expect(headingType('KẾT LỦẬN 127-KL/TW CỦÀ BỘ CHÍNH TRỊ')).toMatchObject({ type: { slug: 'ket-luan' }, rest: '127-KL/TW CỦÀ BỘ CHÍNH TRỊ' });
		expect(headingType('QUY ĐỊNH (BỔ SUNG)')).toMatchObject({ type: { slug: 'quy-dinh' }, printed: 'QUY ĐỊNH', rest: '(BỔ SUNG)' });
		expect(headingType('THÔNG BÁO KẾT LUẬN')?.type.slug).toBe('thong-bao');
		expect(headingType('QUYẾT ĐỊNH:')?.type.slug).toBe('quyet-dinh');
		expect(headingType('Nghị quyết của Ban Chấp hành')).toBeNull();
		expect(headingType('BAN CHẤP HÀNH TRUNG ƯƠNG')).toBeNull();
	});
});
