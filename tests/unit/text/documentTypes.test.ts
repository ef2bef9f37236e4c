import { describe, expect, it } from 'vitest';
import { documentType, documentTypeByName } from '../../../src/lib/documentTypes.ts';

describe('documentTypes', () => {
	it('finds a type by its printed name in capitals', () => {
		expect(documentTypeByName('THÔNG BÁO')?.slug).toBe('thong-bao');
		expect(documentTypeByName('KẾT LUẬN CỦA BAN')).toBeUndefined();
		expect(documentType('cong-van')).toMatchObject({ name: 'Công văn', code: 'CV' });
	});
});
