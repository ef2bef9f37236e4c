import { describe, expect, it } from 'vitest';
import { issuerNamedIn, parseCitations, parseNumber, typeNamedIn } from '../../../src/lib/citations.ts';
import { seedText } from '../seeds.ts';

/** A labelled sentence: the citations a careful reader finds in it, as number@date. */
type Labelled = [text: string, expected: string[]];

const LABELLED: Labelled[] = [
	// Every variant the README lists under "Citations and cross-links"
	['Nghị quyết số 307-NQ/TU ngày 06/12/2023 của Ban Chấp hành Đảng bộ tỉnh về nhiệm vụ năm 2024', ['307-NQ/TU@2023-12-06']],
	['theo Quyết định số 418-QĐ/TU, ngày 17/4/2026 của Ban Thường vụ Tỉnh ủy báo cáo', ['418-QĐ/TU@2026-04-17']],
	['Thông báo số 1975-TB/TU ngày 10-8-2023 của Tỉnh ủy', ['1975-TB/TU@2023-08-10']],
	['Chỉ thị số 05-CT/TW ngày 08 tháng 01 năm 2020 của Bộ Chính trị', ['05-CT/TW@2020-01-08']],
	['Căn cứ Kế hoạch số 280-KH/TU ngày\n04/3/2024 của Ban Thường vụ\nTỉnh ủy;', ['280-KH/TU@2024-03-04']],
	['Nghị quyết 57-NQ/TW về đột phá phát triển khoa học; thực hiện Nghị quyết số 57 của Bộ Chính trị', ['57-NQ/TW', '57-NQ/TW']],
	['Chỉ thị số 35-CT/TW về đại hội; theo Chỉ thị 35, các cấp ủy', ['35-CT/TW', '35-CT/TW']],
	['Công văn số 369 - CV/BTGTU của Ban Tuyên giáo', ['369-CV/BTGTU']],
	['Hướng dẫn số 115- HD/BTGW', ['115-HD/BTGW']],
	['Chỉ thị 22/CT-TW và Quy định 66/QĐ/TW', ['22-CT/TW', '66-QĐ/TW']],
	['Kết luận số 445-KL/TƯ của Bộ Chính trị', ['445-KL/TW']],
	// As real documents from portals and OCR have them (tests/fixtures/corpus)
	['Sau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV),', ['13-NQ/TU']],
	['Thi hành Điều 2 Quyết định của Bộ Chính trị số31-QĐ/TW, ngày 01-10-1997 ban hành', ['31-QĐ/TW@1997-10-01']],
	['theo Thông tư số 01/2016/TT-BGD ĐT ngày 15/01/2016 của Bộ Giáo dục', ['01/2016/TT-BGDĐT@2016-01-15']],
	['Thực hiện Kế hoạch số 128/KH-UBND ngàỷ 15/3/2024 của UBND tỉnh', ['128/KH-UBND@2024-03-15']],
	['Hướng dẫn số 16 -\nHD/BTCTW ngày 10/5/2023 của Ban Tổ chức Trung ương', ['16-HD/BTCTW@2023-05-10']],
	['Nghị quyết số 27 - NQ/T.Ư của Ban Chấp hành Trung ương', ['27-NQ/TW']],
	['Quy định số 07-QĐI/TW, ngày 28/8/2018 của Bộ Chính trị', ['07-QĐi/TW@2018-08-28']],
	['Quyết định số 12-QD/TU và Quyết định số 13-Q\u00D0/TU', ['12-QĐ/TU', '13-QĐ/TU']],
	['Quyết định số 33/2009/QĐ-UBND ngày 02/10/2009 của UBND tỉnh', ['33/2009/QĐ-UBND@2009-10-02']],
	['Kế hoạch số 128/KH-UBND; Tờ trình số 191/TTr-SXD', ['128/KH-UBND', '191/TTr-SXD']],
	['Nghị quyết số 66.25/2026/NQ-CP của Chính phủ', ['66.25/2026/NQ-CP']],
	['Công văn số 1407/UBND-NNMT ngày 05/6/2024', ['1407/UBND-NNMT@2024-06-05']],
	['Quy chế phối hợp số 05-QC/BTCTU-BDVTU', ['05-QC/BTCTU-BDVTU']],
	['Thực hiện Công văn số 213-CV/BCSĐ ngày 07/3/2024 của Ban Cán sự Đảng Ủy ban nhân dân tỉnh', ['213-CV/BCSĐ@2024-03-07']],
	['Nghị định 30/2020/NĐ-CP về công tác văn thư', ['30/2020/NĐ-CP']],
	['Thông báo kết luận số 12-TB/TU ngày 31/01/2025', ['12-TB/TU@2025-01-31']],
	['đã ban hành 307-NQ/TU và 316-NQ/TU', ['307-NQ/TU', '316-NQ/TU']],
	['Quyết định số 09-QĐ/TU ngày 31/02/2024', ['09-QĐ/TU']],
	// Sentences as offices write them
	['Căn cứ Điều lệ Đảng Cộng sản Việt Nam; Căn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương thi hành Điều lệ Đảng;', ['24-QĐ/TW@2021-07-30']],
	['Thực hiện Hướng dẫn số 12-HD/BTCTW, ngày 11/10/2021 của Ban Tổ chức Trung ương về công tác kiểm điểm', ['12-HD/BTCTW@2021-10-11']],
	['theo Quyết định số 1234/QĐ-UBND ngày 15 tháng 5 năm 2023 của Ủy ban nhân dân tỉnh', ['1234/QĐ-UBND@2023-05-15']],
	['Thông tư số 01/2011/TT-BNV và Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13', ['01/2011/TT-BNV', '80/2015/QH13']],
	['Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị Trung ương 4 khóa XIII', ['21-KL/TW@2021-10-25']],
	['Công văn số 1562-CV/VPTU ngày 20/3/2024 của Văn phòng Tỉnh ủy; Nghị quyết số 18-NQ/TW, ngày 25/10/2017', ['1562-CV/VPTU@2024-03-20', '18-NQ/TW@2017-10-25']],
	['Kế hoạch số 05/KH-BCĐ ngày 2/2/2024 của Ban Chỉ đạo', ['05-KH/BCĐ@2024-02-02']],
	['các Nghị quyết số 307-NQ/TU, 316-NQ/TU và Chỉ thị số 26-CT/TU của Tỉnh ủy', ['307-NQ/TU', '316-NQ/TU', '26-CT/TU']],
	['Quyết định số 418-QĐ/TU,\nngày 17/4/2026 của Ban Thường vụ Tỉnh ủy', ['418-QĐ/TU@2026-04-17']],
	// More figures, codes and names that are not citations
	['số liệu 2.345/1.200 hộ; diện tích 12,5/15 ha; Quốc lộ 5; tổ dân phố số 3', []],
	['điện thoại 0221.3862.345; mã số thuế 0900123456; ngày 3/2; khoản 2 Điều 5', []],
	['dịch cúm H5N1, COVID-19, F0; kế hoạch 5 năm 2021-2025; tỷ lệ 95/100 xã', []],
	// Traps: figures, dates and names that look like numbers
	['tổng vốn 45.799/36.875 tỷ đồng, đạt 83,2%/50% kế hoạch', []],
	['kết nạp 8.793/6.500 đảng viên; 11/40 chỉ tiêu đã đạt', []],
	['1.1. Kinh tế-xã hội, quốc phòng, an ninh', []],
	['kỷ niệm 190 năm (1831 - 2021) thành lập tỉnh', []],
	['Ngày 10-8-2023, tại Trụ sở Tỉnh ủy; ngày 03/5/2024', []],
	['nhiệm kỳ 2020-2025, giai đoạn 2026 - 2030; năm 2024 - Năm 2025', []],
	['Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX', []],
	['Nghị quyết Trung ương 4 (khóa XII) về xây dựng Đảng', []],
	['Nghị quyết số 57 chưa được nêu đầy đủ trước đó', []],
	['đại dịch Covid-19; các biểu mẫu 1, 2a, 3b, 4; tháng 4/2024', []],
	['Điều 5 - Khoản 2; mục 1.2 nêu trên; VPUB: LĐ, KTTH', []],
];

function key(c: { number: string; date: string | null }): string {
	return c.date ? `${c.number}@${c.date}` : c.number;
}

describe('parseCitations on the labelled set', () => {
	it('scores at least 0.98 precision and recall', () => {
		let truePositives = 0;
		let found = 0;
		let expected = 0;
		const misses: string[] = [];
		for (const [text, want] of LABELLED) {
			const got = parseCitations(text).map(key);
			found += got.length;
			expected += want.length;
			const remaining = [...want];
			for (const g of got) {
				const i = remaining.indexOf(g);
				if (i >= 0) {
					remaining.splice(i, 1);
					truePositives++;
				} else misses.push(`extra ${g} in: ${text}`);
			}
			for (const r of remaining) misses.push(`missed ${r} in: ${text}`);
		}
		expect(misses).toEqual([]);
		expect(truePositives / found).toBeGreaterThanOrEqual(0.98);
		expect(truePositives / expected).toBeGreaterThanOrEqual(0.98);
	});

	it('gives the exact span, the type and the named issuer', () => {
		const [c] = parseCitations('Căn cứ Kế hoạch số 280-KH/TU ngày 04/3/2024 của Ban Thường vụ Tỉnh ủy - về việc kiểm tra');
		expect(c).toMatchObject({
			text: 'Kế hoạch số 280-KH/TU ngày 04/3/2024 của Ban Thường vụ Tỉnh ủy',
			start: 7,
			type: 'ke-hoach',
			number: '280-KH/TU',
			date: '2024-03-04',
			issuer: 'Ban Thường vụ Tỉnh ủy',
			relation: 'can-cu',
		});
	});

	it('reads the relation the words state', () => {
		const relations = (text: string) => parseCitations(text).map((c) => c.relation);
		expect(relations('Thực hiện Công văn số 213-CV/BCSĐ')).toEqual(['thuc-hien']);
		expect(relations('Quyết định này thay thế Quyết định số 12-QĐ/TU')).toEqual(['thay-the']);
		expect(relations('sửa đổi, bổ sung Quy định số 05-QĐi/TU')).toEqual(['sua-doi']);
		expect(relations('bãi bỏ Chỉ thị số 03-CT/TU. Tại Nghị quyết số 07-NQ/TU')).toEqual(['bai-bo', 'dan-chieu']);
		expect(relations('Căn cứ Nghị quyết số 07-NQ/TU và Kế hoạch số 280-KH/TU, Chỉ thị số 05-CT/TU')).toEqual(['can-cu', 'can-cu', 'can-cu']);
	});

	it('resolves a short form from an earlier citation it is told about', () => {
		const [c] = parseCitations('theo Nghị quyết số 57', { prior: [{ start: -1, type: 'nghi-quyet', number: '57-NQ/TW' }] });
		expect(c).toMatchObject({ text: 'Nghị quyết số 57', number: '57-NQ/TW', date: null });
	});
});

describe('the seeds', () => {
	const cited = (prefix: string) => parseCitations(seedText(prefix).normalize('NFC')).map((c) => [c.type, key(c)]);

	it('finds exactly the citations each seed makes', () => {
		expect(cited('000')).toEqual([]);
		expect(cited('001')).toEqual([
			['nghi-quyet', '307-NQ/TU@2023-12-06'],
			['nghi-quyet', '316-NQ/TU@2023-12-29'],
			['chi-thi', '26-CT/TU@2023-06-02'],
			['nghi-quyet', '233-NQ/TU@2022-07-25'],
			['thong-bao', '1975-TB/TU@2023-10-13'],
		]);
		expect(cited('002')).toEqual([]);
		expect(cited('003')).toEqual([
			['quyet-dinh', '418-QĐ/TU@2026-04-17'],
			['thong-bao', '571-TB/TU@2026-05-12'],
			['quyet-dinh', '418-QĐ/TU@2026-04-17'],
		]);
		expect(cited('004')).toEqual([
			['ke-hoach', '280-KH/TU@2024-03-04'],
			['nghi-quyet', '07-NQ/TU@2021-10-29'],
			['cong-van', '213-CV/BCSĐ@2024-03-07'],
			['ke-hoach', '280-KH/TU@2024-03-04'],
			['ke-hoach', '280-KH/TU@2024-03-04'],
			['ke-hoach', '280-KH/TU@2024-03-04'],
			['nghi-quyet', '07-NQ/TU@2021-10-29'],
		]);
	});
});

describe('parseNumber', () => {
	it('writes Party numbers the Party way and keeps State numbers as they are', () => {
		expect(parseNumber('22', '/CT-TW')).toEqual({ number: '22-CT/TW', type: 'chi-thi' });
		expect(parseNumber('1407', '/UBND-NNMT')).toEqual({ number: '1407/UBND-NNMT', type: 'cong-van' });
		expect(parseNumber('01', '/2024/QĐ-UBND')).toEqual({ number: '01/2024/QĐ-UBND', type: 'quyet-dinh' });
		expect(parseNumber('4', '/2024')).toBeNull();
		expect(parseNumber('2024', ' - Năm')).toBeNull();
	});
});

describe('typeNamedIn and issuerNamedIn', () => {
	it('read a marked citation back', () => {
		expect(typeNamedIn('Nghị quyết số 57')).toBe('nghi-quyet');
		expect(typeNamedIn('307-NQ/TU')).toBeNull();
		expect(issuerNamedIn('Kế hoạch số 280-KH/TU ngày 04/3/2024 của Ban Thường vụ Tỉnh ủy')).toBe('Ban Thường vụ Tỉnh ủy');
		expect(issuerNamedIn('Nghị quyết số 07-NQ/TU')).toBeNull();
		expect(issuerNamedIn('Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh ban hành Quy định')).toBe('Ủy ban nhân dân tỉnh');
		expect(issuerNamedIn('Nghị quyết số 07-NQ/TU của Ban Chấp hành Đảng bộ tỉnh')).toBe('Ban Chấp hành Đảng bộ tỉnh');
		expect(issuerNamedIn('Công điện số 05/CĐ-TTg ngày 10/9/2024 của Thủ tướng Chính phủ, Ủy ban')).toBe('Thủ tướng Chính phủ');
	});
});

describe('linear work', () => {
	it('handles long runs of digits, slashes and type names without failing', () => {
		const hostile = ['1/'.repeat(50_000), '9'.repeat(100_000), 'Nghị quyết số '.repeat(20_000), '307-NQ/TU '.repeat(10_000)].join('\n');
		const citations = parseCitations(hostile);
		expect(citations.filter((c) => c.number === '307-NQ/TU')).toHaveLength(10_000);
	});
});
