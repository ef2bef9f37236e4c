/**
 * Writes the search fixture archive: about fifty short documents, enough for
 * ranking to matter, into tests/.output/search-content/ (git-ignored), with
 * content/issuers.yaml and one more issuer (Ban cán sự đảng, BCSĐ). The browser
 * specs tests/browser/search-fixture*.spec.ts run against its build.
 *
 *   node tests/search-fixture.ts [--out tests/.output/search-content]
 *
 * What the specs rely on, each written here on purpose:
 * - two 07-NQ/TU of different terms (2016, 2021), a 307-NQ/TU beside a 307-KH/TU,
 *   05/2024/QĐ-UBND beside 05/KH-UBND, 213-CV/BCSĐ beside 213-KH/TU;
 * - documents citing 307-NQ/TU and 07-NQ/TU, and 280-KH/TU, which is not archived;
 * - "đảng viên" in several documents, "dẫn viên" alone in one (no word there folds to "dang…");
 * - "ban thường vụ tỉnh ủy" written together in some, its words scattered in others;
 * - "lụa" in one, "lúa" in another, "lựa" in a third (tone marks decide the order).
 * Citations are written already marked (vb: links), as `npm run cite -- --mark` would.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: 'tests/.output/search-content' } } });
const OUT = resolve(ROOT, values.out);

interface Doc {
	file: string;
	type: string;
	number: string | null;
	issuedAt: string | null;
	year?: number;
	issuer: string | null;
	title: string | null;
	status?: string;
	body: string;
}

const TOGETHER = [
	'Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy tổ chức quán triệt nghiêm túc.',
	'Giao Ban Thường vụ Tỉnh ủy theo dõi, đôn đốc việc thực hiện.',
];

/** Sentences of ordinary text, free of the words the specs look for (no "ban", "vụ", "đảng viên", "lúa"…). */
const FILLER = [
	'Các cơ quan, đơn vị căn cứ chức năng được giao xây dựng kế hoạch cụ thể, bảo đảm tiến độ và chất lượng.',
	'Định kỳ sáu tháng, hằng năm báo cáo kết quả thực hiện về cơ quan thường trực để tổng hợp.',
	'Tăng cường công tác kiểm tra, giám sát; kịp thời phát hiện, chấn chỉnh những hạn chế, thiếu sót.',
	'Đẩy mạnh cải cách hành chính, ứng dụng công nghệ thông tin trong chỉ đạo, điều hành.',
	'Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội trong tuyên truyền, vận động nhân dân.',
	'Quá trình thực hiện, nếu có khó khăn, vướng mắc, các địa phương kịp thời phản ánh để xem xét, giải quyết.',
	'Bảo đảm kinh phí từ nguồn ngân sách và các nguồn hợp pháp khác theo quy định.',
	'Chú trọng đào tạo, bồi dưỡng cán bộ, công chức có đủ phẩm chất, năng lực đáp ứng yêu cầu.',
];

function filler(seed: number, n = 3): string {
	return Array.from({ length: n }, (_, i) => FILLER[(seed * 3 + i) % FILLER.length]).join(' ');
}

function cite(text: string, number: string, date: string | null, relation = 'dẫn chiếu'): string {
	return `[${text}](vb:${number}${date ? `@${date}` : ''} "${relation}")`;
}

const docs: Doc[] = [
	// Two 07-NQ/TU, one per term.
	{
		file: '2016/07-nq-tu.mdx',
		type: 'nghi-quyet',
		number: '07-NQ/TU',
		issuedAt: '2016-05-20',
		issuer: 'tinh-uy',
		title: 'Về phát triển nông nghiệp công nghệ cao giai đoạn 2016 - 2020',
		status: 'het-hieu-luc',
		body: `Tỉnh ủy quyết nghị phát triển nông nghiệp công nghệ cao trên địa bàn tỉnh giai đoạn 2016 - 2020. ${filler(1)}`,
	},
	{
		file: '2021/07-nq-tu.mdx',
		type: 'nghi-quyet',
		number: '07-NQ/TU',
		issuedAt: '2021-09-15',
		issuer: 'tinh-uy',
		title: 'Về chuyển đổi số tỉnh đến năm 2025, định hướng đến năm 2030',
		status: 'con-hieu-luc',
		body: `Tỉnh ủy quyết nghị đẩy mạnh chuyển đổi số trong các cơ quan, đơn vị. ${filler(2)}`,
	},
	// 307-NQ/TU and a 307-KH/TU that implements it.
	{
		file: '2023/307-nq-tu.mdx',
		type: 'nghi-quyet',
		number: '307-NQ/TU',
		issuedAt: '2023-12-06',
		issuer: 'tinh-uy',
		title: 'Về nâng cao chất lượng sinh hoạt chi bộ giai đoạn 2024 - 2026',
		status: 'con-hieu-luc',
		body: `Nghị quyết đề ra mục tiêu nâng cao chất lượng sinh hoạt chi bộ, coi trọng giáo dục chính trị tư tưởng. ${filler(3)}`,
	},
	{
		file: '2024/307-kh-tu.mdx',
		type: 'ke-hoach',
		number: '307-KH/TU',
		issuedAt: '2024-02-01',
		issuer: 'ban-thuong-vu-tinh-uy',
		title: 'Tổ chức hội nghị học tập chuyên đề năm 2024',
		body: `Thực hiện ${cite('Nghị quyết số 307-NQ/TU ngày 06/12/2023 của Tỉnh ủy', '307-NQ/TU', '2023-12-06', 'thực hiện')}, xây dựng kế hoạch tổ chức hội nghị chuyên đề. ${filler(4)}`,
	},
	// State numbers.
	{
		file: '2024/05-2024-qd-ubnd.mdx',
		type: 'quyet-dinh',
		number: '05/2024/QĐ-UBND',
		issuedAt: '2024-03-12',
		issuer: 'ubnd-tinh',
		title: 'Ban hành Quy định quản lý cụm công nghiệp trên địa bàn tỉnh',
		body: `Ủy ban nhân dân tỉnh quyết định ban hành kèm theo Quyết định này Quy định quản lý cụm công nghiệp. ${filler(5)}`,
	},
	{
		file: '2024/05-kh-ubnd.mdx',
		type: 'ke-hoach',
		number: '05/KH-UBND',
		issuedAt: '2024-01-08',
		issuer: 'ubnd-tinh',
		title: 'Phòng, chống thiên tai năm 2024',
		body: `Ủy ban nhân dân tỉnh ban hành kế hoạch phòng, chống thiên tai năm 2024. ${filler(6)}`,
	},
	// BCSĐ.
	{
		file: '2024/213-cv-bcsd.mdx',
		type: 'cong-van',
		number: '213-CV/BCSĐ',
		issuedAt: '2024-06-03',
		issuer: 'ban-can-su-dang-ubnd',
		title: 'Về việc rà soát quy hoạch cán bộ nhiệm kỳ 2026 - 2031',
		body: `Ban cán sự đảng Ủy ban nhân dân tỉnh đề nghị các sở, ngành rà soát quy hoạch cán bộ. ${filler(7)}`,
	},
	{
		file: '2024/213-kh-tu.mdx',
		type: 'ke-hoach',
		number: '213-KH/TU',
		issuedAt: '2024-04-22',
		issuer: 'ban-thuong-vu-tinh-uy',
		title: 'Kiểm tra công tác cải cách hành chính năm 2024',
		body: `Kế hoạch kiểm tra công tác cải cách hành chính tại các cơ quan. ${filler(8)}`,
	},
	// Citations: of 07-NQ/TU (2021), of 213-CV/BCSĐ, of 280-KH/TU (not archived).
	{
		file: '2024/45-cv-tu.mdx',
		type: 'cong-van',
		number: '45-CV/TU',
		issuedAt: '2024-03-04',
		issuer: 'ban-thuong-vu-tinh-uy',
		title: 'Về việc sơ kết chuyển đổi số',
		body: `Thực hiện ${cite('Nghị quyết số 07-NQ/TU ngày 15/9/2021 của Tỉnh ủy', '07-NQ/TU', '2021-09-15', 'thực hiện')} về chuyển đổi số, đề nghị các cơ quan báo cáo kết quả. ${filler(9)}`,
	},
	{
		file: '2024/128-kh-ubnd.mdx',
		type: 'ke-hoach',
		number: '128/KH-UBND',
		issuedAt: '2024-07-01',
		issuer: 'ubnd-tinh',
		title: 'Triển khai Kế hoạch số 280-KH/TU và Công văn số 213-CV/BCSĐ',
		body: `Căn cứ ${cite('Kế hoạch số 280-KH/TU ngày 04/3/2024 của Tỉnh ủy', '280-KH/TU', '2024-03-04', 'căn cứ')}; căn cứ ${cite('Công văn số 213-CV/BCSĐ ngày 03/6/2024', '213-CV/BCSĐ', '2024-06-03', 'căn cứ')}, Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai. ${filler(10)}`,
	},
	{
		file: '2023/15-ct-tu.mdx',
		type: 'chi-thi',
		number: '15-CT/TU',
		issuedAt: '2023-04-10',
		issuer: 'tinh-uy',
		title: 'Về tăng cường công tác phát triển đảng viên',
		body: `Công tác phát triển đảng viên còn chậm. Các cấp ủy quan tâm bồi dưỡng quần chúng ưu tú, kết nạp đảng viên mới. Thực hiện ${cite('Nghị quyết số 07-NQ/TU', '07-NQ/TU', null)} trong tình hình mới. ${filler(11)}`,
	},
	// "đảng viên" and "dẫn viên".
	{
		file: '2024/80-hd-tu.mdx',
		type: 'huong-dan',
		number: '80-HD/TU',
		issuedAt: '2024-08-19',
		issuer: 'ban-thuong-vu-tinh-uy',
		title: 'Kiểm điểm, đánh giá, xếp loại đảng viên năm 2024',
		body: `Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng đảng viên cuối năm. Mỗi đảng viên tự kiểm điểm trước chi bộ. ${filler(12)}`,
	},
	{
		file: '2025/12-tb-tu.mdx',
		type: 'thong-bao',
		number: '12-TB/TU',
		issuedAt: '2025-01-06',
		issuer: 'tinh-uy',
		title: 'Kết quả tặng Huy hiệu Đảng cho đảng viên',
		body: `Tỉnh ủy thông báo kết quả xét tặng Huy hiệu Đảng cho đảng viên đủ tuổi Đảng. ${filler(13)}`,
	},
	{
		file: '2022/33-cv-tu.mdx',
		type: 'cong-van',
		number: '33-CV/TU',
		issuedAt: '2022-05-11',
		issuer: 'ban-thuong-vu-tinh-uy',
		title: 'Về việc quản lý đảng viên đi làm ăn xa',
		body: `Các chi bộ nắm chắc tình hình đảng viên đi làm ăn xa nơi cư trú. ${filler(14)}`,
	},
	{
		file: '2024/1407-ubnd-vhtt.mdx',
		type: 'cong-van',
		number: '1407/UBND-VHTT',
		issuedAt: '2024-05-15',
		issuer: 'ubnd-tinh',
		title: 'Về việc bồi dưỡng nghiệp vụ cho hướng dẫn viên du lịch',
		body: 'Ủy ban nhân dân tỉnh yêu cầu Sở Văn hóa, Thể thao và Du lịch tổ chức lớp bồi dưỡng cho hướng dẫn viên du lịch. Mỗi hướng dẫn viên phải có thẻ hành nghề còn hạn. Các khu, điểm du lịch bố trí người thuyết minh tại chỗ.',
	},
	// "ban thường vụ tỉnh ủy" together.
	...[0, 1, 2, 3, 4].map(
		(i): Doc => ({
			file: `2025/${60 + i}-tb-tu.mdx`,
			type: 'thong-bao',
			number: `${60 + i}-TB/TU`,
			issuedAt: `2025-0${i + 2}-1${i}`,
			issuer: 'ban-thuong-vu-tinh-uy',
			title: ['Kết luận về công tác cán bộ', 'Kết luận về phòng, chống tham nhũng', 'Kết luận về sắp xếp tổ chức bộ máy', 'Kết luận về công tác dân vận', 'Kết luận về kinh tế - xã hội quý I'][i]!,
			body: `${TOGETHER[i % 2]} ${filler(20 + i, 2)}`,
		}),
	),
	// ... and its words scattered (each more than once, so that they would rank well by counts alone).
	...[0, 1, 2, 3, 4, 5].map(
		(i): Doc => ({
			file: `2023/${70 + i}-bc-ubnd.mdx`,
			type: 'bao-cao',
			number: `${70 + i}/BC-UBND`,
			issuedAt: `2023-1${i % 3}-0${i + 1}`,
			issuer: 'ubnd-tinh',
			title: ['Tình hình mùa vụ thu hoạch', 'Kết quả thường xuyên rà soát hộ nghèo', 'Sơ kết vụ đông', 'Tình hình an toàn giao thông', 'Kết quả tuyển sinh', 'Tình hình dịch bệnh gia súc'][i]!,
			body: `Vụ đông năm nay, các xã thường xuyên kiểm tra đồng ruộng. Ban chỉ đạo của tỉnh họp thường kỳ; ban quản lý các dự án báo cáo tỉnh. Thường trực Ủy ban nhân dân tỉnh đánh giá cao kết quả mùa vụ, các ban ngành của tỉnh thường xuyên phối hợp. Ủy ban Mặt trận phối hợp. ${filler(30 + i, 2)}`,
		}),
	),
	// Tone marks: lụa, lúa, lựa.
	{
		file: '2024/90-kh-ubnd.mdx',
		type: 'ke-hoach',
		number: '90/KH-UBND',
		issuedAt: '2024-09-09',
		issuer: 'ubnd-tinh',
		title: 'Bảo tồn và phát triển làng nghề dệt lụa',
		body: 'Làng nghề dệt lụa truyền thống cần được bảo tồn. Hỗ trợ các hộ dệt lụa quảng bá sản phẩm lụa tơ tằm.',
	},
	{
		file: '2024/91-kh-ubnd.mdx',
		type: 'ke-hoach',
		number: '91/KH-UBND',
		issuedAt: '2024-09-10',
		issuer: 'ubnd-tinh',
		title: 'Sản xuất lúa vụ mùa',
		body: 'Chỉ đạo gieo cấy lúa đúng khung thời vụ; sử dụng giống lúa chất lượng cao.',
	},
	{
		file: '2024/92-cv-ubnd.mdx',
		type: 'cong-van',
		number: '92/UBND-NN',
		issuedAt: '2024-09-11',
		issuer: 'ubnd-tinh',
		title: 'Về việc lựa chọn nhà thầu',
		body: 'Lựa chọn nhà thầu bảo đảm công khai, minh bạch; ưu tiên lựa chọn đơn vị có năng lực.',
	},
	// Unknown number and date.
	{
		file: 'chua-ro-nam/cong-van-khong-so.mdx',
		type: 'cong-van',
		number: null,
		issuedAt: null,
		issuer: null,
		title: null,
		body: `Về việc chuẩn bị tổng kết công tác năm. ${filler(40)}`,
	},
];

// Ordinary documents, so that ranking and filters have something to do.
const TYPES: Array<[string, string]> = [
	['ke-hoach', 'KH'],
	['thong-bao', 'TB'],
	['cong-van', 'CV'],
	['huong-dan', 'HD'],
	['bao-cao', 'BC'],
	['chi-thi', 'CT'],
];
const SUBJECTS = [
	'Tổ chức các hoạt động kỷ niệm ngày thành lập tỉnh',
	'Phát triển du lịch cộng đồng',
	'Nâng cao hiệu quả cải cách hành chính',
	'Bảo vệ môi trường khu dân cư',
	'Xây dựng nông thôn mới kiểu mẫu',
	'Phòng cháy, chữa cháy mùa khô',
	'Đào tạo nghề cho lao động nông thôn',
	'Chăm sóc sức khỏe người cao tuổi',
	'Phát triển kinh tế tập thể',
	'Chuyển đổi cơ cấu cây trồng',
	'Quản lý đất đai',
	'Xây dựng xã hội học tập',
	'Phát triển văn hóa đọc',
	'Bảo đảm an ninh trật tự dịp Tết',
	'Hỗ trợ doanh nghiệp nhỏ và vừa',
	'Giảm nghèo bền vững',
	'Phát triển hợp tác xã',
	'Nâng cao chất lượng giáo dục mầm non',
	'Thu hút đầu tư',
	'Quản lý chợ truyền thống',
	'Công tác thi đua, khen thưởng',
	'Phát triển thể dục thể thao quần chúng',
	'Ứng phó biến đổi khí hậu',
	'Chỉnh trang đô thị',
];
SUBJECTS.forEach((subject, i) => {
	const [type, code] = TYPES[i % TYPES.length]!;
	const year = 2019 + (i % 7);
	const state = i % 3 === 0;
	const n = 100 + i * 7;
	const number = state ? `${n}/${code}-UBND` : `${n}-${code}/TU`;
	const month = String((i % 12) + 1).padStart(2, '0');
	docs.push({
		file: `${year}/${n}-${code.toLowerCase()}-${state ? 'ubnd' : 'tu'}.mdx`,
		type,
		number,
		issuedAt: `${year}-${month}-0${(i % 9) + 1}`,
		issuer: state ? 'ubnd-tinh' : i % 2 ? 'tinh-uy' : 'ban-thuong-vu-tinh-uy',
		title: subject,
		status: ['chua-ro', 'con-hieu-luc', 'het-hieu-luc'][i % 3]!,
		// Every fifth also cites 307-NQ/TU.
		body: `${subject}. ${filler(i)}${i % 5 === 0 ? ` Thực hiện ${cite('Nghị quyết số 307-NQ/TU', '307-NQ/TU', null, 'thực hiện')} của Tỉnh ủy.` : ''}`,
	});
});

const yamlString = (v: string | null) => (v === null ? 'null' : JSON.stringify(v));

function mdx(doc: Doc): string {
	return [
		'---',
		`type: ${doc.type}`,
		`number: ${yamlString(doc.number)}`,
		`issuedAt: ${yamlString(doc.issuedAt)}`,
		...(doc.issuedAt === null && doc.year ? [`year: ${doc.year}`] : []),
		'place: null',
		`issuer: ${yamlString(doc.issuer)}`,
		`title: ${yamlString(doc.title)}`,
		'signer:',
		'  authority: null',
		'  title: null',
		'  name: null',
		`status: ${doc.status ?? 'chua-ro'}`,
		'---',
		'',
		doc.body,
		'',
	].join('\n');
}

const BCSD_ISSUER = `- id: ban-can-su-dang-ubnd
  name: Ban cán sự đảng Ủy ban nhân dân tỉnh
  shortName: BCSĐ UBND tỉnh
  symbol: BCSĐ
  system: dang
  province: null
  superior: null
  recognise:
    signedFor: [BAN CÁN SỰ ĐẢNG]
`;

rmSync(OUT, { recursive: true, force: true });
mkdirSync(join(OUT, 'directives'), { recursive: true });
const issuers = readFileSync(join(ROOT, 'content', 'issuers.yaml'), 'utf8');
writeFileSync(join(OUT, 'issuers.yaml'), `${issuers.trimEnd()}\n${BCSD_ISSUER}`);
for (const doc of docs) {
	const path = join(OUT, 'directives', doc.file);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, mdx(doc));
}
console.log(`search fixture: ${docs.length} documents in ${OUT}`);
