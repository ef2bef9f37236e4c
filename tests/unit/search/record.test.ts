import { describe, expect, it } from 'vitest';
import { searchRecord } from '../../../src/lib/search/record.ts';

describe('searchRecord', () => {
	it('gives the filters, sort date and result fields, "chưa rõ" for what is unknown', () => {
		const record = searchRecord(
			{ type: 'cong-van', number: null, issuedAt: null, year: null, title: null, status: 'chua-ro' },
			'Năm 2023, Ban Thường vụ Tỉnh ủy đã tăng cường công tác kiểm tra.',
			null,
			'Chưa rõ',
		);
		expect(record).toEqual({
			filters: { loai: 'Công văn', co_quan: 'Chưa rõ', nam: 'Chưa rõ', trang_thai: 'Chưa rõ' },
			sortDate: null,
			meta: {
				title: 'Công văn (chưa rõ số)',
				so_hieu: 'chưa rõ',
				loai: 'Công văn',
				ngay: 'chưa rõ',
				trich_yeu: 'Năm 2023, Ban Thường vụ Tỉnh ủy đã tăng cường công tác kiểm tra.',
			},
		});
	});
});
