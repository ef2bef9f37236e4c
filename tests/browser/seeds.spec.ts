/**
 * What a reader must see for each seed document, written out literally.
 * Data-driven: to check other documents, edit SEEDS only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withoutArtefacts } from '../../src/import/cleanSource.ts';
import { findLostWords } from '../../src/import/lostWords.ts';
import { attribute, expect, squash, test, urls } from './support.ts';

const SEEDS_DIR = join(import.meta.dirname, '../fixtures/seeds');

interface Seed {
	/** The collection id: content/directives/<id>.mdx */
	id: string;
	/** The original file in tests/fixtures/seeds/. */
	source: string;
	heading: string;
	title: string | null;
	/** Start of the page <title>. */
	pageTitle: string;
	/** Each attribute row as read; "chưa rõ" for unknown. */
	attributes: Record<string, string>;
	/** Rows whose value must be the styled unknown marker. */
	unknown: string[];
	recipients: string[];
	distribution: string[];
	/** HTML fragments the Nơi nhận list must contain (inline marks rendered). */
	distributionMarks: string[];
	signature: string[];
	/** Sentences the body must contain. */
	body: string[];
	/** Footnote texts in order (without the back link). */
	footnotes: string[];
	/** The headings of the browse pages that list this document. */
	browse: { type: [string, string]; year: [string, string]; issuer: [string, string] };
	/** How the home page describes it. */
	listed: string[];
}

const party = (issuer: string) => ({
	'Loại văn bản': '',
	'Cơ quan ban hành': issuer,
	'Số hiệu': 'chưa rõ',
	'Ngày ban hành': 'chưa rõ',
	'Nơi ban hành': 'chưa rõ',
	'Trạng thái': 'chưa rõ',
});
const UNKNOWN = ['Số hiệu', 'Ngày ban hành', 'Nơi ban hành', 'Trạng thái'];
const unknownYear: [string, string] = ['chua-ro', 'Chưa rõ năm'];

const SEEDS: Seed[] = [
	{
		id: 'chua-ro-nam/cong-van-4a6bff4b',
		source: '000_786b4cecd8a42ab8.txt',
		heading: 'CÔNG VĂN',
		title: null,
		pageTitle: 'Công văn (chưa rõ số)',
		attributes: {
			...party('Ban Thường vụ Tỉnh ủy'),
			'Loại văn bản': 'Công văn',
			'Người ký': 'T/M BAN THƯỜNG VỤ · PHÓ BÍ THƯ · Đặng Ngọc Huy',
			'Văn bản gốc': '000_786b4cecd8a42ab8.txt (nhập ngày 23/11/2026)',
		},
		unknown: UNKNOWN,
		recipients: [
			'Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy,',
			'Các ban cán sự đảng, đảng đoàn, BTV Tỉnh đoàn,',
			'Các sở, ban, ngành, đoàn thể cấp tỉnh,',
			'Các đơn vị sự nghiệp trực thuộc Tỉnh ủy, UBND tỉnh,',
			'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy,',
		],
		distribution: [
			'Như trên,',
			'Vụ Địa phương II, BTCTW,',
			'Các đồng chí UVBTV Tỉnh ủy,',
			'Ban Tổ chức Tỉnh ủy,',
			'VPTU: CVP, PCVP, P.TH,',
			'Phòng Tổ chức-Cán bộ, BTCTU,',
			'Lưu Văn phòng Tỉnh ủy.',
		],
		distributionMarks: [],
		signature: ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Đặng Ngọc Huy'],
		body: [
			'Năm 2023, Ban Thường vụ Tỉnh ủy; các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy và các Ban Chỉ đạo',
			'1. Kiểm điểm sự phối hợp giữa các cơ quan, đơn vị, địa phương trong việc tham mưu Ban Thường vụ Tỉnh ủy',
			'Đề nghị các cấp ủy, tổ chức đảng, lãnh đạo các cơ quan, đơn vị, địa phương quán triệt và thực hiện nghiêm túc Công văn này.',
		],
		footnotes: [],
		browse: { type: ['cong-van', 'Công văn'], year: unknownYear, issuer: ['ban-thuong-vu-tinh-uy', 'Ban Thường vụ Tỉnh ủy'] },
		listed: ['Công văn', 'chưa rõ số', 'chưa rõ ngày', 'Trích đoạn đầu: Năm 2023, Ban Thường vụ Tỉnh ủy'],
	},
	{
		id: 'chua-ro-nam/cong-van-6ca0ac11',
		source: '001_0794184f7b493488.txt',
		heading: 'CÔNG VĂN',
		title: null,
		pageTitle: 'Công văn (chưa rõ số)',
		attributes: {
			...party('Ban Thường vụ Tỉnh ủy'),
			'Loại văn bản': 'Công văn',
			'Người ký': 'T/M BAN THƯỜNG VỤ · PHÓ BÍ THƯ · Lê Thị Thu Hồng',
			'Văn bản gốc': '001_0794184f7b493488.txt (nhập ngày 23/11/2026)',
		},
		unknown: UNKNOWN,
		recipients: [
			'Các ban cán sự đảng, đảng đoàn,',
			'Các cơ quan, sở, ban ngành tỉnh,',
			'Ủy ban MTTQ và các tổ chức chính trị - xã hội tỉnh,',
			'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy,',
			'Các đồng chí Tỉnh ủy viên,',
		],
		distribution: [
			'Như trên,',
			'Ban Bí thư Trung ương Đảng (báo cáo),',
			'Văn phòng Trung ương Đảng (báo cáo),',
			'VPTU: LĐVP, TH,',
			'Lưu Văn phòng Tỉnh ủy.',
		],
		distributionMarks: ['(<em>báo cáo</em>)'],
		signature: ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Lê Thị Thu Hồng'],
		body: [
			'nhân rộng các mô hình, cách làm hay, sáng tạo; tăng cường dự, chỉ đạo',
			'theo tinh thần Chỉ thị số 26-CT/TU ngày 02/6/2023 của Ban Thường vụ Tỉnh ủy.',
			'5. Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy',
		],
		footnotes: [],
		browse: { type: ['cong-van', 'Công văn'], year: unknownYear, issuer: ['ban-thuong-vu-tinh-uy', 'Ban Thường vụ Tỉnh ủy'] },
		listed: ['Công văn', 'chưa rõ số', 'chưa rõ ngày', 'Trích đoạn đầu: Tại Hội nghị Ban Thường vụ Tỉnh ủy ngày 03/5/2024'],
	},
	{
		id: 'chua-ro-nam/thong-bao-b93d2f6d',
		source: '002_273807230bd7f7ee.txt',
		heading: 'THÔNG BÁO',
		title: 'KẾT QUẢ HỘI NGHỊ KIỂM ĐIỂM SỰ LÃNH ĐẠO, CHỈ ĐẠO CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH TỪ SAU ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XVI, NHIỆM KỲ 2020-2025 ĐẾN NAY',
		pageTitle: 'Thông báo (chưa rõ số) – KẾT QUẢ HỘI NGHỊ KIỂM ĐIỂM',
		attributes: {
			...party('Tỉnh ủy'),
			'Loại văn bản': 'Thông báo',
			'Người ký': 'T/M TỈNH ỦY · PHÓ BÍ THƯ · A Pót',
			'Văn bản gốc': '002_273807230bd7f7ee.txt (nhập ngày 23/11/2026)',
		},
		unknown: UNKNOWN,
		recipients: [],
		distribution: [
			'Các đồng chí Tỉnh ủy viên,',
			'Các cơ quan tham mưu, giúp việc Tỉnh ủy,',
			'Các ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Tỉnh uỷ,',
			'Ban Thường vụ Tỉnh đoàn,',
			'Các huyện uỷ, thành uỷ,',
			'Lưu Văn phòng Tỉnh uỷ.',
		],
		distributionMarks: [],
		signature: ['T/M TỈNH ỦY', 'PHÓ BÍ THƯ', 'A Pót'],
		body: [
			'Ngày 10-8-2023, tại Trụ sở Tỉnh ủy, Ban Chấp hành Đảng bộ tỉnh đã tổ chức Hội nghị',
			'Các chỉ đạo, kết luận của Tỉnh uỷ, Ban Thường vụ Tỉnh uỷ đều rõ việc',
			'Đến nay, đã có 11/40 chỉ tiêu đã đạt hoặc dự kiến đạt trong năm 2023',
			'Thông báo để các đồng chí biết.',
		],
		footnotes: [],
		browse: { type: ['thong-bao', 'Thông báo'], year: unknownYear, issuer: ['tinh-uy', 'Tỉnh ủy'] },
		listed: ['Thông báo', 'chưa rõ số', 'chưa rõ ngày', 'KẾT QUẢ HỘI NGHỊ KIỂM ĐIỂM SỰ LÃNH ĐẠO'],
	},
	{
		id: 'chua-ro-nam/thong-bao-df8fd198',
		source: '003_7e00125ec9cf1de4.txt',
		heading: 'THÔNG BÁO',
		title:
			'KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY về kết quả kiểm tra việc lãnh đạo, chỉ đạo, quán triệt, triển khai thực hiện Nghị quyết Đại hội Đại biểu toàn quốc lần thứ XIV của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; việc xây dựng chương trình hành động thực hiện nghị quyết cấp trên, quy chế làm việc và chương trình công tác toàn khóa, chương trình kiểm tra, giám sát toàn khóa của cấp ủy đối với các tổ chức đảng và đảng viên thuộc diện Ban Thường vụ Tỉnh ủy quản lý',
		pageTitle: 'Thông báo (chưa rõ số) – KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY',
		attributes: {
			...party('Ban Thường vụ Tỉnh ủy'),
			'Loại văn bản': 'Thông báo',
			'Người ký': 'T/M BAN THƯỜNG VỤ · PHÓ BÍ THƯ THƯỜNG TRỰC · Trần Quốc Toàn',
			'Văn bản gốc': '003_7e00125ec9cf1de4.txt (nhập ngày 23/11/2026)',
		},
		unknown: UNKNOWN,
		recipients: [],
		distribution: [
			'Ủy ban Kiểm tra Trung ương (để báo cáo),',
			'Các sở, ban, ngành, Ủy ban MTTQVN tỉnh,',
			'Các đảng ủy trực thuộc Tỉnh ủy,',
			'Các tổ chức đảng, đảng viên được kiểm tra,',
			'Các đồng chí Ủy viên BTV Tỉnh ủy,',
			'LĐVPTU: CVP, PCVPHuy,',
			'Phòng Tổng hợpHương,',
			'Lưu VPTU, HSDKT.',
		],
		distributionMarks: ['PCVP<sup>Huy</sup>', 'Phòng Tổng hợp<sup>Hương</sup>'],
		signature: ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ THƯỜNG TRỰC', 'Trần Quốc Toàn'],
		body: [
			'Ngày 04/6/2026, sau khi nghe Đoàn Kiểm tra theo Quyết định số 418-QĐ/TU, ngày 17/4/2026',
			'góp phần nâng cao nhận thức, tạo sự thống nhất đồng thuận trong ý chí và hành động',
			'theo Thông báo số 571-TB/TU, ngày 12/5/2026 của Thường trực Tỉnh ủy.',
		],
		footnotes: [
			'30 Ban Thường vụ Đảng ủy: Các cơ quan Đảng tỉnh, Đảng ủy Ủy ban nhân dân tỉnh, Công an tỉnh, Quân sự tỉnh, xã Nghĩa Trụ, xã Như Quỳnh, phường Đường Hào, xã Yên Mỹ, xã Hoàng Hoa Thám, xã Ân Thi, xã Chí Minh, xã Nghĩa Dân, xã Tân Hưng, xã Quang Hưng, phường Trần Lâm, xã Đông Thụy Anh, xã Thụy Anh, xã Đông Tiền Hải, xã Hưng Phú, xã Đông Hưng, xã Bắc Đông Quan, xã Minh Thọ, xã Phụ Dực, xã Hưng Hà, xã Long Hưng, xã Thần Khê, xã Kiến Xương, xã Bình Thanh, xã Thư Trì, xã Vũ Tiên.',
			'29 đồng chí đảng viên: đồng chí Trần Tùng Chuẩn, Tỉnh ủy viên, Phó Bí thư chuyên trách Đảng ủy Các cơ quan Đảng tỉnh; đồng chí Phạm Tùng Lâm, Tỉnh ủy viên, Phó Bí thư chuyên trách Đảng ủy UBND tỉnh; đồng chí Nguyễn Thành Sơn, Phó Bí thư Đảng ủy Công an tỉnh và 26 đồng chí bí thư đảng ủy các xã, phường được kiểm tra.',
			'(1) Đường Hào: chất lượng học tập ở một số đơn vị chưa đồng đều. (2) Đảng ủy UBND tỉnh: Việc nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội các cấp ở một số tổ chức đảng chất lượng chưa cao. Tinh thần, thái độ học tập của một bộ phận cán bộ, đảng viên có nơi chưa nghiêm túc. (3) Thụy Anh: Việc tham gia học tập Nghị quyết Đại hội Đảng các cấp của một số cán bộ, đảng viên tại cơ sở chưa nêu cao tinh thần trách nhiệm, chưa thực sự nghiêm túc trong quá trình học tập, còn cán bộ đảng viên không ghi chép nội dung Nghị quyết tại các Hội nghị. (4) Tân Hưng: Việc quán triệt, triển khai nghị quyết đại hội Đảng các cấp nhiệm kỳ 2025-2030 ở một số chi bộ khu dân cư và khối doanh nghiệp chất lượng học tập nghị quyết chưa cao. (5) Quang Hưng: Việc quán triệt, học tập nghị quyết ở một số chi bộ, đơn vị có nội dung kết quả chưa cao. (6) Minh Thọ, Phụ Dực, Bắc Đông Quan: Công tác quán triệt, học tập nghị quyết ở một số chi, đảng bộ trực thuộc có thời điểm còn mang tính hình thức; việc liên hệ, vận dụng nghị quyết vào thực tiễn công tác của một số cán bộ, đảng viên chưa thật sự sâu sắc. (7) Quân sự tỉnh, Hoàng Hoa Thám, Đông Tiền Hải, Hưng Phú, Thư Trì, Vũ Tiên: Vẫn còn một bộ phận nhỏ đảng viên cơ sở học tập nghị quyết mang tính hình thức. (8) Nghĩa Trụ: Chất lượng quán triệt, học tập, tuyên truyền, cụ thể hóa nghị quyết Nghị quyết tại một số chi bộ, nhất là chi bộ thôn có mặt còn hạn chế. (9) Ân Thi, Long Hưng, Đông Hưng: Việc tổ chức học tập, quán triệt, tuyên truyền các nghị quyết, chỉ thị ở một số chi bộ cơ sở chất lượng chưa cao, còn hạn chế. (10) Chí Minh, Ân Thi, Long Hưng, Kiến Xương, Bình Thanh: Chất lượng hội nghị học tập, quán triệt, triển khai nghị quyết có lúc chưa cao (một số đại biểu chưa nêu cao tinh thần trách nhiệm, chưa nghiêm túc tuân thủ chế độ, thời gian hội nghị. Một bộ phận cán bộ, đảng viên chưa chủ động nghiên cứu, cập nhật thông tin, tài liệu, tham dự đầy đủ các nội dung hội nghị. Đại biểu tham gia các hội nghị quán triệt, triển khai, học tập thực hiện nghị quyết ở một số chi bộ thôn đạt tỷ lệ chưa cao. Việc triển khai viết bài thu hoạch sau học tập nghị quyết ở một số chi bộ chưa đạt kết quả cao.',
			'BTV Đảng ủy xã Đông Thụy anh: Công tác tuyên truyền nghị quyết ở một số thời điểm chưa thật sự phong phú; việc ứng dụng công nghệ thông tin trong tuyên truyền, học tập nghị quyết còn hạn chế; một bộ phận đảng viên lớn tuổi tiếp cận điện thoại thông minh còn khó khăn.',
			'(1) Phường Đường Hào: Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu đảng bộ tỉnh lần thứ nhất, nhiệm kỳ 2025-2030 tháng 12/2025 ban hành; (2) Xã Tân Hưng: Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu đảng bộ tỉnh lần thứ nhất, nhiệm kỳ 2025-2030 tháng 01/2026 ban hành.',
			'Hưng Hà, Thần Khê.',
			'Bắc Đông Quan, Yên Mỹ...',
			'Quân sự tỉnh, Hoàng Hoa Thám, Hưng Phú, Vũ Tiên',
			'Hạn chế, tồn tại của 62 tổ chức đảng được thẩm tra, xác minh.',
		],
		browse: { type: ['thong-bao', 'Thông báo'], year: unknownYear, issuer: ['ban-thuong-vu-tinh-uy', 'Ban Thường vụ Tỉnh ủy'] },
		listed: ['Thông báo', 'chưa rõ số', 'chưa rõ ngày', 'KẾT LUẬN CỦA BAN THƯỜNG VỤ TỈNH ỦY'],
	},
	{
		id: 'chua-ro-nam/cong-van-004566fd',
		source: '004_95f5e557e36a6f68.txt',
		heading: 'CÔNG VĂN',
		title: null,
		pageTitle: 'Công văn (chưa rõ số)',
		attributes: {
			...party('Ủy ban nhân dân tỉnh'),
			'Loại văn bản': 'Công văn',
			'Người ký': 'chưa rõ',
			'Văn bản gốc': '004_95f5e557e36a6f68.txt (nhập ngày 23/11/2026)',
		},
		unknown: [...UNKNOWN, 'Người ký'],
		recipients: ['Các Sở, ban, ngành;', 'Các đơn vị sự nghiệp trực thuộc UBND tỉnh;', 'Các Hội đặc thù cấp tỉnh;'],
		distribution: [
			'Như trên;',
			'Thường trực Tỉnh ủy (để b/c);',
			'CT và các PCT UBND tỉnh;',
			'Ban Tổ chức Tỉnh ủy;',
			'VPUB: LĐ, KTTH, TCD, HCQT;',
			'Lưu: VT, VXNV. PD',
		],
		distributionMarks: [],
		signature: [],
		body: [
			'Căn cứ Kế hoạch số 280-KH/TU ngày 04/3/2024 của Ban Thường vụ Tỉnh ủy',
			'1. Đối với các Sở, ban ngành, các đơn vị sự nghiệp trực thuộc UBND tỉnh và các Hội đặc thù cấp tỉnh:',
			'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị triển khai thực hiện và chỉ đạo các đơn vị thuộc phạm vi quản lý',
		],
		footnotes: [],
		browse: { type: ['cong-van', 'Công văn'], year: unknownYear, issuer: ['ubnd-tinh', 'Ủy ban nhân dân tỉnh'] },
		listed: ['Công văn', 'chưa rõ số', 'chưa rõ ngày', 'Trích đoạn đầu: Căn cứ Kế hoạch số 280-KH/TU'],
	},
];

for (const seed of SEEDS) {
	const url = urls.document(seed.id);

	test.describe(`seed ${seed.id}`, () => {
		test('document page: heading, title and attribute block', async ({ page }) => {
			await page.goto(url);
			const h1 = page.getByRole('heading', { level: 1 });
			await expect(h1.locator('.notice-type')).toHaveText(seed.heading);
			if (seed.title) await expect(h1.locator('.notice-title')).toHaveText(seed.title);
			expect(await page.title()).toContain(seed.pageTitle);
			for (const [label, value] of Object.entries(seed.attributes)) {
				expect(squash(await attribute(page, label).innerText()), label).toBe(value);
			}
			for (const label of seed.unknown) {
				await expect(attribute(page, label).locator('.unknown')).toHaveText('chưa rõ');
			}
		});

		test('document page: Kính gửi, Nơi nhận and signature', async ({ page }) => {
			await page.goto(url);
			const recipients = page.getByRole('region', { name: 'Kính gửi' });
			if (seed.recipients.length === 0) await expect(recipients).toHaveCount(0);
			else await expect(recipients.getByRole('listitem')).toHaveText(seed.recipients);
			const distribution = page.getByRole('region', { name: 'Nơi nhận' });
			await expect(distribution.locator('.distribution-label')).toHaveText('Nơi nhận:');
			await expect(distribution.getByRole('listitem')).toHaveText(seed.distribution);
			const html = await distribution.innerHTML();
			for (const mark of seed.distributionMarks) expect(html).toContain(mark);
			const signature = page.getByRole('region', { name: 'Chữ ký' });
			if (seed.signature.length === 0) await expect(signature).toHaveCount(0);
			else await expect(signature.locator('p')).toHaveText(seed.signature);
		});

		test('document page: body and footnotes', async ({ page }) => {
			await page.goto(url);
			const body = squash(await page.locator('.notice-body').innerText());
			for (const sentence of seed.body) expect(body).toContain(sentence);
			const notes = page.locator('section.footnotes');
			if (seed.footnotes.length === 0) {
				await expect(notes).toHaveCount(0);
				return;
			}
			await expect(notes.getByRole('heading')).toHaveText('Chú thích');
			await expect(notes.locator('ol > li')).toHaveText(seed.footnotes.map((f) => new RegExp(`^\\s*${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*↩\\s*$`)));
			for (let i = 0; i < seed.footnotes.length; i++) {
				await page.locator('[data-footnote-ref]').nth(i).click();
				await expect(notes.locator('ol > li').nth(i)).toBeInViewport();
				await notes.locator('ol > li').nth(i).getByRole('link', { name: `Quay lại chỗ chú thích ${i + 1}` }).click();
				await expect(page.locator('[data-footnote-ref]').nth(i)).toBeInViewport();
			}
		});

		test('document page: every word of the source is on the page', async ({ page }) => {
			await page.goto(url);
			// Superscripts (footnote references, ^{Huy}) are words of their own in the source,
			// and the footnotes' numbers are the list's markers, which innerText leaves out.
			const shown = await page.locator('main').evaluate((main) => {
				const copy = main.cloneNode(true) as HTMLElement;
				for (const sup of copy.querySelectorAll('sup')) sup.prepend(' ');
				copy.querySelectorAll('section.footnotes li').forEach((li, i) => li.prepend(`${i + 1} `));
				document.body.append(copy);
				const text = copy.innerText;
				copy.remove();
				return text;
			});
			const source = withoutArtefacts(readFileSync(join(SEEDS_DIR, seed.source), 'utf8'));
			expect(findLostWords(source, shown)).toEqual([]);
		});

		test('listed on the home page and on its type, year and issuer pages', async ({ page }) => {
			await page.goto(urls.home);
			const item = page.locator('.doc-list > li').filter({ has: page.locator(`a[href="${url}"]`) });
			for (const text of seed.listed) await expect(item).toContainText(text);
			const { type, year, issuer } = seed.browse;
			for (const [href, heading] of [
				[urls.type(type[0]), type[1]],
				[year[0] === 'chua-ro' ? urls.year(null) : urls.year(Number(year[0])), year[1]],
				[urls.issuer(issuer[0]), issuer[1]],
			] as const) {
				await page.goto(href);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
				await page.locator(`.doc-list a[href="${url}"]`).click();
				await expect(page.getByRole('heading', { level: 1 }).locator('.notice-type')).toHaveText(seed.heading);
			}
		});
	});
}
