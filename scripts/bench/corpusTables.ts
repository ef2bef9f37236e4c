/**
 * The generated corpus's tables (scripts/generate-corpus.ts): the bodies that issue
 * documents and what they issue, how common and how long each type is, and the
 * words, names and sentences the documents are made of. The issuers that
 * content/issuers.yaml holds take their names from it; the others are the
 * generator's own, with the YAML the generated registry gives them.
 */
import type { DocumentTypeSlug } from '../../src/lib/documentTypes.ts';

type TypeSlug = DocumentTypeSlug;

/** An issuer of the generated corpus: its name and code, with what the generator needs to write its documents. */
export interface IssuerDef {
	id: string;
	name: string;
	shortName: string;
	symbol: string;
	system: 'dang' | 'nha-nuoc';
	/** Types it issues, with weights. */
	types: Partial<Record<TypeSlug, number>>;
	signer: { authority: string; titles: string[] };
	/** The last line of Nơi nhận. */
	archive: string;
	/** Drafting units of its công văn (state style 1407/UBND-NNMT). */
	units?: string[];
}

/** How common each type is in a provincial archive. */
export const TYPE_WEIGHTS: Record<TypeSlug, number> = {
	'cong-van': 24, 'thong-bao': 14, 'ke-hoach': 12, 'quyet-dinh': 10, 'bao-cao': 8, 'huong-dan': 5, 'nghi-quyet': 5,
	'ket-luan': 4, 'to-trinh': 4, 'chi-thi': 3, 'chuong-trinh': 3, 'quy-dinh': 2, 'quy-che': 2, 'de-an': 1.5,
	'phuong-an': 1.5, 'thong-tri': 1, 'bien-ban': 1,
};

/** Median body length in words, by type. */
export const TYPE_WORDS: Record<TypeSlug, number> = {
	'cong-van': 400, 'thong-bao': 590, 'ke-hoach': 780, 'quyet-dinh': 450, 'bao-cao': 1100, 'huong-dan': 900,
	'nghi-quyet': 950, 'ket-luan': 660, 'to-trinh': 590, 'chi-thi': 590, 'chuong-trinh': 1000, 'quy-dinh': 1180,
	'quy-che': 1080, 'de-an': 1600, 'phuong-an': 950, 'thong-tri': 500, 'bien-ban': 500,
};

const PARTY_ARCHIVE = 'Lưu Văn phòng Tỉnh ủy.';

/**
 * What the generator needs of each issuer; those of content/issuers.yaml (no name here)
 * take their name, short name, code and system from it.
 */
export const ISSUER_FACTS: (Omit<IssuerDef, 'name' | 'shortName' | 'symbol' | 'system'> & Partial<IssuerDef>)[] = [
	{
		id: 'ban-thuong-vu-tinh-uy',
		types: { 'chi-thi': 3, 'quyet-dinh': 3, 'ke-hoach': 4, 'thong-bao': 4, 'cong-van': 4, 'huong-dan': 2, 'ket-luan': 2, 'thong-tri': 1, 'bao-cao': 1, 'bien-ban': 1, 'de-an': 1, 'phuong-an': 1, 'quy-dinh': 1, 'quy-che': 1, 'to-trinh': 1 },
		signer: { authority: 'T/M BAN THƯỜNG VỤ', titles: ['BÍ THƯ', 'PHÓ BÍ THƯ', 'PHÓ BÍ THƯ THƯỜNG TRỰC'] }, archive: PARTY_ARCHIVE,
	},
	{
		id: 'tinh-uy',
		types: { 'nghi-quyet': 5, 'ket-luan': 2, 'quy-dinh': 1, 'quy-che': 1, 'thong-bao': 2, 'bao-cao': 2, 'chuong-trinh': 3, 'de-an': 1 },
		signer: { authority: 'T/M TỈNH ỦY', titles: ['BÍ THƯ', 'PHÓ BÍ THƯ'] }, archive: PARTY_ARCHIVE,
	},
	{
		id: 'ubnd-tinh',
		types: { 'quyet-dinh': 6, 'chi-thi': 1, 'ke-hoach': 5, 'thong-bao': 2, 'bao-cao': 3, 'to-trinh': 2, 'cong-van': 8, 'chuong-trinh': 1, 'de-an': 1, 'phuong-an': 1, 'huong-dan': 1, 'quy-che': 1, 'bien-ban': 1 },
		signer: { authority: 'TM. ỦY BAN NHÂN DÂN', titles: ['CHỦ TỊCH', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH'] }, archive: 'Lưu: VT, TH.',
		units: ['NNMT', 'KTTH', 'VX', 'NC', 'TH', 'XD', 'KGVX', 'TCD'],
	},
	{
		id: 'thuong-truc-tinh-uy', name: 'Thường trực Tỉnh ủy', shortName: 'TT Tỉnh ủy', symbol: 'TU', system: 'dang',
		types: { 'cong-van': 3, 'thong-bao': 3 },
		signer: { authority: 'T/M THƯỜNG TRỰC', titles: ['BÍ THƯ', 'PHÓ BÍ THƯ THƯỜNG TRỰC'] }, archive: PARTY_ARCHIVE,
	},
	{
		id: 'van-phong-tinh-uy', name: 'Văn phòng Tỉnh ủy', shortName: 'VPTU', symbol: 'VPTU', system: 'dang',
		types: { 'cong-van': 4, 'thong-bao': 2, 'huong-dan': 1, 'bao-cao': 1, 'ke-hoach': 1 },
		signer: { authority: 'K/T CHÁNH VĂN PHÒNG', titles: ['PHÓ CHÁNH VĂN PHÒNG'] }, archive: 'Lưu VPTU.',
	},
	{
		id: 'ban-tuyen-giao-tinh-uy', name: 'Ban Tuyên giáo Tỉnh ủy', shortName: 'BTG Tỉnh ủy', symbol: 'BTGTU', system: 'dang',
		types: { 'cong-van': 4, 'huong-dan': 2, 'ke-hoach': 2, 'bao-cao': 1, 'thong-bao': 1 },
		signer: { authority: 'K/T TRƯỞNG BAN', titles: ['PHÓ TRƯỞNG BAN'] }, archive: 'Lưu Ban Tuyên giáo.',
	},
	{
		id: 'ban-to-chuc-tinh-uy', name: 'Ban Tổ chức Tỉnh ủy', shortName: 'BTC Tỉnh ủy', symbol: 'BTCTU', system: 'dang',
		types: { 'cong-van': 4, 'huong-dan': 2, 'thong-bao': 1, 'bao-cao': 1, 'ke-hoach': 1, 'to-trinh': 2 },
		signer: { authority: 'K/T TRƯỞNG BAN', titles: ['PHÓ TRƯỞNG BAN'] }, archive: 'Lưu Ban Tổ chức.',
	},
	{
		id: 'uy-ban-kiem-tra-tinh-uy', name: 'Ủy ban Kiểm tra Tỉnh ủy', shortName: 'UBKT Tỉnh ủy', symbol: 'UBKTTU', system: 'dang',
		types: { 'cong-van': 2, 'thong-bao': 2, 'ke-hoach': 1, 'bao-cao': 1, 'quyet-dinh': 2 },
		signer: { authority: 'T/M ỦY BAN KIỂM TRA', titles: ['CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM'] }, archive: 'Lưu UBKT.',
	},
	{
		id: 'ban-can-su-dang-ubnd', name: 'Ban cán sự đảng Ủy ban nhân dân tỉnh', shortName: 'BCSĐ UBND tỉnh', symbol: 'BCSĐ', system: 'dang',
		types: { 'cong-van': 2, 'to-trinh': 2, 'bao-cao': 1, 'ke-hoach': 1, 'quyet-dinh': 1 },
		signer: { authority: 'T/M BAN CÁN SỰ ĐẢNG', titles: ['BÍ THƯ', 'PHÓ BÍ THƯ'] }, archive: 'Lưu BCSĐ.',
	},
	{
		id: 'dang-uy-khoi-co-quan', name: 'Đảng ủy Khối các cơ quan tỉnh', shortName: 'ĐU Khối CCQ', symbol: 'ĐU', system: 'dang',
		types: { 'cong-van': 2, 'ke-hoach': 1, 'nghi-quyet': 1, 'thong-bao': 1, 'bao-cao': 1 },
		signer: { authority: 'T/M BAN THƯỜNG VỤ', titles: ['BÍ THƯ', 'PHÓ BÍ THƯ'] }, archive: 'Lưu VP Đảng ủy.',
	},
	{
		id: 'hdnd-tinh', name: 'Hội đồng nhân dân tỉnh', shortName: 'HĐND tỉnh', symbol: 'HĐND', system: 'nha-nuoc',
		types: { 'nghi-quyet': 3, 'thong-bao': 1, 'bao-cao': 1, 'ke-hoach': 1, 'cong-van': 1, 'bien-ban': 1 },
		signer: { authority: 'TM. HỘI ĐỒNG NHÂN DÂN', titles: ['CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] }, archive: 'Lưu: VT, CTHĐND.',
		units: ['CTHĐND', 'VP'],
	},
	{
		id: 'so-noi-vu', name: 'Sở Nội vụ', shortName: 'Sở Nội vụ', symbol: 'SNV', system: 'nha-nuoc',
		types: { 'cong-van': 4, 'huong-dan': 1, 'ke-hoach': 1, 'bao-cao': 1, 'to-trinh': 1, 'quyet-dinh': 1 },
		signer: { authority: 'KT. GIÁM ĐỐC', titles: ['PHÓ GIÁM ĐỐC'] }, archive: 'Lưu: VT, VP.',
		units: ['TCBC', 'CCVC', 'VP', 'TĐKT'],
	},
	{
		id: 'so-tai-chinh', name: 'Sở Tài chính', shortName: 'Sở Tài chính', symbol: 'STC', system: 'nha-nuoc',
		types: { 'cong-van': 4, 'huong-dan': 1, 'bao-cao': 1, 'to-trinh': 2, 'quyet-dinh': 1 },
		signer: { authority: 'KT. GIÁM ĐỐC', titles: ['PHÓ GIÁM ĐỐC'] }, archive: 'Lưu: VT, QLNS.',
		units: ['QLNS', 'TCĐT', 'QLG', 'VP'],
	},
];

/** How the generated registry recognises the issuers content/issuers.yaml does not hold. */
export const EXTRA_ISSUER_YAML: Record<string, string> = {
	'thuong-truc-tinh-uy': 'signedFor: [THƯỜNG TRỰC]',
	'van-phong-tinh-uy': 'signedFor: [VĂN PHÒNG TỈNH ỦY]',
	'ban-tuyen-giao-tinh-uy': 'signedFor: [BAN TUYÊN GIÁO]',
	'ban-to-chuc-tinh-uy': 'signedFor: [BAN TỔ CHỨC]',
	'uy-ban-kiem-tra-tinh-uy': 'signedFor: [ỦY BAN KIỂM TRA]',
	'ban-can-su-dang-ubnd': 'signedFor: [BAN CÁN SỰ ĐẢNG]',
	'dang-uy-khoi-co-quan': 'signedFor: [ĐẢNG ỦY KHỐI]',
	'hdnd-tinh': 'signedFor: [HỘI ĐỒNG NHÂN DÂN]',
	'so-noi-vu': 'signedFor: [SỞ NỘI VỤ]',
	'so-tai-chinh': 'signedFor: [SỞ TÀI CHÍNH]',
};

export const TOPICS = [
	'chuyển đổi số', 'xây dựng nông thôn mới', 'cải cách hành chính', 'phát triển du lịch', 'công tác cán bộ',
	'phòng, chống tham nhũng, lãng phí, tiêu cực', 'bảo vệ môi trường', 'giảm nghèo bền vững', 'phát triển kinh tế tập thể',
	'công tác dân vận', 'xây dựng tổ chức cơ sở đảng', 'công tác kiểm tra, giám sát', 'phát triển đảng viên', 'công tác tư tưởng',
	'bảo đảm an ninh, trật tự', 'phòng, chống thiên tai', 'đổi mới giáo dục và đào tạo', 'nâng cao chất lượng y tế cơ sở',
	'phát triển công nghiệp hỗ trợ', 'thu hút đầu tư', 'quản lý, sử dụng đất đai', 'phát triển văn hóa, con người',
	'bảo vệ nền tảng tư tưởng của Đảng', 'học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
	'sắp xếp tổ chức bộ máy', 'tinh giản biên chế', 'phát triển hạ tầng giao thông', 'quản lý tài nguyên nước',
	'phát triển nông nghiệp công nghệ cao', 'xây dựng xã hội học tập', 'công tác thi đua, khen thưởng', 'phòng cháy, chữa cháy',
	'phát triển kinh tế tư nhân', 'đào tạo nghề cho lao động nông thôn', 'chăm sóc sức khỏe nhân dân', 'công tác bảo vệ chính trị nội bộ',
	'thực hành tiết kiệm, chống lãng phí', 'phát triển thể dục, thể thao', 'quản lý trật tự xây dựng đô thị', 'ứng phó với biến đổi khí hậu',
];

export const AGENCIES = [
	'Văn phòng Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy', 'Ban Dân vận Tỉnh ủy',
	'Ban Nội chính Tỉnh ủy', 'Ban cán sự đảng Ủy ban nhân dân tỉnh', 'Sở Nội vụ', 'Sở Tài chính', 'Sở Kế hoạch và Đầu tư',
	'Sở Nông nghiệp và Môi trường', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Công an tỉnh',
	'Bộ Chỉ huy Quân sự tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Đảng ủy Khối các cơ quan tỉnh', 'Sở Xây dựng', 'Sở Công Thương',
];

export const PLACES = [
	'huyện Văn Lâm', 'huyện Khoái Châu', 'huyện Tiên Lữ', 'thị xã Mỹ Hào', 'thành phố Hưng Yên', 'huyện Ân Thi', 'huyện Kim Động',
	'huyện Phù Cừ', 'huyện Văn Giang', 'huyện Yên Mỹ', 'xã Nghĩa Dân', 'xã Tân Tiến', 'phường Lam Sơn', 'xã Đồng Thanh',
];

export const NAMES = [
	'Nguyễn Văn An', 'Trần Quốc Toàn', 'Lê Thị Thu Hồng', 'Đặng Ngọc Huy', 'A Pót', 'Phạm Minh Đức', 'Hoàng Thị Lan',
	'Vũ Đức Thắng', 'Bùi Văn Hải', 'Đỗ Thị Mai', 'Ngô Quang Vinh', 'Dương Văn Sơn', 'Trịnh Thị Hạnh', 'Lý Văn Bình',
	'Phan Thanh Tùng', 'Hồ Sỹ Nam', 'Mai Xuân Trường', 'Tạ Thị Nga', 'Đinh Công Sứ', 'Nguyễn Hữu Nghĩa',
];

export const RECIPIENTS_PARTY = [
	'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy,', 'Các ban cán sự đảng, đảng đoàn,',
	'Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy,', 'Các sở, ban, ngành, đoàn thể cấp tỉnh,',
	'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh,', 'Các đơn vị sự nghiệp trực thuộc Tỉnh ủy,',
];
export const RECIPIENTS_STATE = [
	'Các sở, ban, ngành tỉnh;', 'Ủy ban nhân dân các huyện, thị xã, thành phố;', 'Các đơn vị sự nghiệp trực thuộc Ủy ban nhân dân tỉnh;',
	'Công an tỉnh;', 'Bộ Chỉ huy Quân sự tỉnh;', 'Kho bạc Nhà nước tỉnh;',
];
export const DISTRIBUTION_PARTY = [
	'Ban Bí thư Trung ương Đảng (b/c),', 'Văn phòng Trung ương Đảng,', 'Thường trực Tỉnh ủy,', 'Các đồng chí Tỉnh ủy viên,',
	'Các đồng chí UVBTV Tỉnh ủy,', 'Các ban đảng, VPTU,', 'Các huyện ủy, thị ủy, thành ủy,', '"VPTU: CVP, PCVP, P.TH,"',
];
export const DISTRIBUTION_STATE = [
	'TT Tỉnh ủy (b/c);', 'TT HĐND tỉnh;', 'CT, các PCT UBND tỉnh;', 'Các sở, ban, ngành tỉnh;', 'UBND các huyện, thị xã, thành phố;',
	'Cổng thông tin điện tử tỉnh;', 'Như Điều 3;',
];

/**
 * Sentences of the body. Placeholders: @T topic, @A agency, @Y year, @P percent, @N count, @M money,
 * @F a part of a whole (8.793/9.500), @G a count out of 40, @D place, @Q quarter, @K congress, @Z term years,
 * @R anniversary years, @L a name from the long tail.
 */
export const SENTENCES = [
	'Các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội từ tỉnh đến cơ sở tiếp tục quán triệt sâu sắc quan điểm, mục tiêu về @T, tạo sự thống nhất cao trong nhận thức và hành động.',
	'Giao @A chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc, kiểm tra việc thực hiện; định kỳ báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước ngày 15 tháng 12 năm @Y.',
	'Năm @Y, toàn tỉnh đã tổ chức @N hội nghị quán triệt, thu hút @N lượt cán bộ, đảng viên tham gia, đạt @P so với kế hoạch.',
	'Tuy nhiên, việc triển khai ở một số địa phương, đơn vị còn chậm, chưa đồng bộ; công tác phối hợp giữa các cơ quan có lúc thiếu chặt chẽ, hiệu quả chưa cao.',
	'Nguyên nhân chủ yếu là do một số cấp ủy, người đứng đầu chưa thật sự quan tâm lãnh đạo, chỉ đạo; công tác kiểm tra, giám sát chưa thường xuyên.',
	'Tổng vốn đầu tư thực hiện năm @Y đạt @M, bằng @P kế hoạch, tăng @P so với cùng kỳ.',
	'Đến nay, @F xã đạt chuẩn nông thôn mới, @N xã đạt chuẩn nông thôn mới nâng cao, @N xã đạt chuẩn nông thôn mới kiểu mẫu.',
	'Phát huy vai trò nêu gương của cán bộ, đảng viên, trước hết là người đứng đầu cấp ủy, chính quyền các cấp trong thực hiện nhiệm vụ được giao.',
	'Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của các cơ quan đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể.',
	'Tăng cường công tác kiểm tra, giám sát việc thực hiện @T; kịp thời phát hiện, biểu dương những tập thể, cá nhân làm tốt, chấn chỉnh những hạn chế, thiếu sót.',
	'Ủy ban nhân dân tỉnh chỉ đạo các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng kế hoạch cụ thể để tổ chức thực hiện.',
	'Bố trí kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành và các nguồn huy động hợp pháp khác.',
	'Tại @D, tỷ lệ hộ nghèo giảm còn @P, thu nhập bình quân đầu người đạt @N triệu đồng/năm.',
	'Công tác tuyên truyền được đổi mới về nội dung và hình thức, bám sát các nhiệm vụ chính trị của địa phương, tạo sự đồng thuận trong xã hội.',
	'Kết quả kiểm điểm, đánh giá, xếp loại chất lượng năm @Y: @N tổ chức đảng hoàn thành xuất sắc nhiệm vụ, @N đảng viên hoàn thành tốt nhiệm vụ.',
	'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về @A để tổng hợp, báo cáo cấp có thẩm quyền xem xét, giải quyết.',
	'Chú trọng công tác đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ, bản lĩnh chính trị cho đội ngũ cán bộ, công chức, viên chức.',
	'Rà soát, sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả; thực hiện tinh giản biên chế gắn với cơ cấu lại đội ngũ cán bộ.',
	'Trong @Q, các địa phương đã giải ngân @M vốn đầu tư công, đạt @P kế hoạch vốn được giao.',
	'Giá trị sản xuất nông nghiệp ước đạt @M, tăng @P so với năm trước; sản lượng lương thực đạt @N tấn.',
	'Kết nạp @N đảng viên mới, đạt @P chỉ tiêu; toàn Đảng bộ có @N tổ chức cơ sở đảng với @N đảng viên.',
	'Đề nghị các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy phụ trách địa bàn quan tâm theo dõi, chỉ đạo, kịp thời tháo gỡ khó khăn cho cơ sở.',
	'Thường trực Tỉnh ủy đánh giá cao sự chủ động, tích cực của các cơ quan, đơn vị trong tham mưu thực hiện nhiệm vụ về @T.',
	'Nâng cao chất lượng sinh hoạt chi bộ, bảo đảm tính lãnh đạo, tính giáo dục, tính chiến đấu; thực hiện nghiêm nguyên tắc tập trung dân chủ.',
	'Thực hiện tốt công tác dân vận, phát huy quyền làm chủ của nhân dân, củng cố vững chắc khối đại đoàn kết toàn dân tộc.',
	'Bảo đảm quốc phòng, an ninh, giữ vững ổn định chính trị, trật tự, an toàn xã hội trên địa bàn tỉnh, không để bị động, bất ngờ.',
	'Hoàn thành @G/40 chỉ tiêu chủ yếu, trong đó @N chỉ tiêu vượt kế hoạch đề ra.',
	'Thu ngân sách nhà nước trên địa bàn đạt @M, tương đương @P dự toán Hội đồng nhân dân tỉnh giao.',
	'Xây dựng và triển khai hiệu quả các chương trình, đề án về @T; lồng ghép với các chương trình mục tiêu quốc gia trên địa bàn.',
	'Quan tâm giải quyết kịp thời đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh của công dân; không để phát sinh điểm nóng.',
	'Thực hiện nghiêm chế độ thông tin, báo cáo; chậm nhất ngày 20 hằng tháng gửi báo cáo kết quả về @A để tổng hợp.',
	'Năm @Y, tổng số lượt khách du lịch đến tỉnh đạt @N lượt, tổng doanh thu từ du lịch đạt @M.',
	'Tiếp tục cải thiện môi trường đầu tư kinh doanh, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh và chỉ số cải cách hành chính.',
	'Kịp thời tháo gỡ khó khăn, vướng mắc trong công tác bồi thường, giải phóng mặt bằng các dự án trọng điểm của tỉnh.',
	'Chỉ đạo thực hiện tốt công tác phòng, chống thiên tai, tìm kiếm cứu nạn; chủ động phương án ứng phó với mưa lũ, bảo đảm an toàn tính mạng, tài sản của nhân dân.',
	'Phối hợp chặt chẽ với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội trong giám sát, phản biện xã hội.',
	'Qua kiểm tra, giám sát đã kịp thời phát hiện và chấn chỉnh những sai sót của @N tổ chức đảng và @N đảng viên.',
	'Các cấp ủy, tổ chức đảng thực hiện nghiêm túc việc tự phê bình và phê bình gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
	'Tổ chức các hoạt động kỷ niệm (@R) trang trọng, thiết thực, tiết kiệm, gắn với tuyên truyền truyền thống lịch sử, văn hóa của quê hương.',
	'Tổng kinh phí thực hiện là @M (trong đó ngân sách tỉnh @M, ngân sách cấp huyện @M).',
	'Tỷ lệ cán bộ, đảng viên được học tập, quán triệt đạt @P; @F đảng viên viết bài thu hoạch đạt yêu cầu.',
	'Đồng chí bí thư các huyện ủy, thị ủy, thành ủy chịu trách nhiệm trước Ban Thường vụ Tỉnh ủy về kết quả thực hiện tại địa phương.',
	'Về lâu dài, cần nghiên cứu, đề xuất cơ chế, chính sách đặc thù nhằm thu hút nguồn lực đầu tư cho @T.',
	'Giao Văn phòng Tỉnh ủy theo dõi, tổng hợp tình hình và kết quả thực hiện, báo cáo Thường trực Tỉnh ủy theo quy định.',
	'Đoàn kiểm tra đã làm việc với @N cấp ủy trực thuộc, kiểm tra @N hồ sơ, tài liệu liên quan đến @T.',
	'Mỗi cán bộ, đảng viên phải gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước và quy định của địa phương.',
	'Công tác quy hoạch, đào tạo, luân chuyển, bố trí cán bộ được thực hiện đúng quy trình, công khai, minh bạch.',
	'Thực hiện đồng bộ các giải pháp về @T, gắn tăng trưởng kinh tế với bảo vệ môi trường và bảo đảm an sinh xã hội.',
	'Kịp thời biểu dương, khen thưởng những tập thể, cá nhân có thành tích xuất sắc; xử lý nghiêm các trường hợp vi phạm.',
	'Ước cả năm, tốc độ tăng trưởng kinh tế (GRDP) đạt @P, cơ cấu kinh tế tiếp tục chuyển dịch theo hướng tích cực.',
	'Toàn tỉnh có @F đảng viên tham gia sinh hoạt chuyên đề, đạt @P.',
	'Tiếp tục thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ @K, nhiệm kỳ @Z, gắn với @T.',
	'Huy động @M từ các nguồn xã hội hóa để xây dựng @N công trình phúc lợi ở cơ sở.',
	'Một số chỉ tiêu đạt thấp như tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ, tỷ lệ thu gom rác thải ở nông thôn.',
	'Việc cụ thể hóa chủ trương của cấp trên ở một số nơi còn chậm, nội dung chưa sát với thực tiễn, thiếu giải pháp mang tính đột phá.',
	'Tổng dự toán được phê duyệt là @M/@M, phần còn lại chuyển sang thực hiện trong năm @Y.',
	'Tập trung lãnh đạo, chỉ đạo hoàn thành các mục tiêu, nhiệm vụ về @T trong năm @Y và những năm tiếp theo.',
	'Công tác phối hợp giữa @A và các địa phương được duy trì thường xuyên, bảo đảm thống nhất, kịp thời.',
	'Các đơn vị được giao nhiệm vụ chủ động xây dựng lộ trình, phân công cụ thể cán bộ phụ trách, xác định rõ thời hạn hoàn thành.',
	'Tình hình an ninh chính trị, trật tự an toàn xã hội cơ bản ổn định; tai nạn giao thông giảm cả ba tiêu chí.',
	'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt @P, tỷ lệ hồ sơ trực tuyến toàn trình đạt @P.',
	'Đời sống vật chất, tinh thần của nhân dân từng bước được nâng lên; các chính sách an sinh xã hội được thực hiện đầy đủ, kịp thời.',
	'Quy mô đào tạo tăng @P so với cùng kỳ; @N học sinh đạt giải trong kỳ thi học sinh giỏi cấp quốc gia.',
	'Lấy kết quả thực hiện nhiệm vụ này làm tiêu chí đánh giá, xếp loại tổ chức đảng, đảng viên và người đứng đầu hằng năm.',
	'Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng quán triệt nghiêm túc, tổ chức thực hiện có hiệu quả các nội dung nêu trên.',
	'Hằng năm, tổ chức sơ kết, rút kinh nghiệm; kết thúc giai đoạn tổ chức tổng kết, đánh giá toàn diện kết quả thực hiện.',
	'Giao @A hướng dẫn, kiểm tra, đôn đốc việc thực hiện, tổng hợp những khó khăn, vướng mắc báo cáo Thường trực Tỉnh ủy.',
	// Sentences naming places, people and projects: the corpus's long tail (scripts/bench/vocabulary.ts).
	'Tại thôn @L, xã @L, nhân dân đã hiến @N m² đất để mở rộng đường giao thông nông thôn.',
	'Dự án hồ chứa nước @L và tuyến kênh @L được đẩy nhanh tiến độ, dự kiến hoàn thành trong quý @Q.',
	'Biểu dương đồng chí @L @L, Bí thư Chi bộ thôn @L, có nhiều đóng góp trong phong trào xây dựng nông thôn mới.',
	'Hợp tác xã @L phát triển sản phẩm OCOP đạt 4 sao, tạo việc làm cho @N lao động địa phương.',
	'Khu dân cư @L và cụm công nghiệp @L được điều chỉnh quy hoạch chi tiết, bảo đảm kết nối hạ tầng đồng bộ.',
	'Di tích đình làng @L và lễ hội @L được kiểm kê, đề nghị công nhận di sản văn hóa phi vật thể.',
];

export const CLOSINGS: Record<'dang' | 'nha-nuoc', string[]> = {
	dang: [
		'Đề nghị các cấp ủy, tổ chức đảng, cơ quan, đơn vị quán triệt và thực hiện nghiêm túc @W này.',
		'Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng triển khai thực hiện nghiêm túc, báo cáo kết quả theo quy định.',
		'@W này được phổ biến đến chi bộ và đảng viên.',
	],
	'nha-nuoc': [
		'Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố triển khai thực hiện nghiêm túc @W này.',
		'Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị kịp thời báo cáo Ủy ban nhân dân tỉnh (qua Văn phòng) để xem xét, chỉ đạo.',
		'@W này có hiệu lực kể từ ngày ký.',
	],
};

export const HEADINGS: Partial<Record<TypeSlug, string[]>> = {
	'nghi-quyet': ['TÌNH HÌNH VÀ NGUYÊN NHÂN', 'QUAN ĐIỂM, MỤC TIÊU', 'NHIỆM VỤ, GIẢI PHÁP', 'TỔ CHỨC THỰC HIỆN'],
	'ke-hoach': ['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG, NHIỆM VỤ', 'GIẢI PHÁP THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN'],
	'chuong-trinh': ['MỤC TIÊU', 'NHIỆM VỤ TRỌNG TÂM', 'GIẢI PHÁP', 'TỔ CHỨC THỰC HIỆN'],
	'huong-dan': ['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG HƯỚNG DẪN', 'THỜI GIAN, CÁCH THỨC', 'TỔ CHỨC THỰC HIỆN'],
	'bao-cao': ['KẾT QUẢ THỰC HIỆN', 'HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN', 'PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI', 'ĐỀ XUẤT, KIẾN NGHỊ'],
	'thong-bao': ['ƯU ĐIỂM', 'HẠN CHẾ, KHUYẾT ĐIỂM', 'NHIỆM VỤ THỜI GIAN TỚI'],
	'ket-luan': ['ĐÁNH GIÁ CHUNG', 'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM', 'TỔ CHỨC THỰC HIỆN'],
	'de-an': ['SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN', 'THỰC TRẠNG', 'MỤC TIÊU, NHIỆM VỤ', 'GIẢI PHÁP', 'KINH PHÍ THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN'],
	'phuong-an': ['MỤC ĐÍCH, YÊU CẦU', 'PHƯƠNG ÁN TRIỂN KHAI', 'PHÂN CÔNG NHIỆM VỤ', 'TỔ CHỨC THỰC HIỆN'],
	'chi-thi': ['TÌNH HÌNH', 'NHIỆM VỤ, GIẢI PHÁP', 'TỔ CHỨC THỰC HIỆN'],
	'to-trinh': ['SỰ CẦN THIẾT', 'NỘI DUNG ĐỀ XUẤT', 'KIẾN NGHỊ'],
	'bien-ban': ['THÀNH PHẦN', 'NỘI DUNG', 'KẾT LUẬN'],
};
export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/** Central documents cited by provincial ones, which the corpus never holds. */
export const OUTSIDE: { text: string; number: string; date: string }[] = [
	{ text: 'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị', number: '05-CT/TW', date: '2016-05-15' },
	{ text: 'Quy định số 66-QĐ/TW ngày 06/02/2017 của Ban Chấp hành Trung ương', number: '66-QĐ/TW', date: '2017-02-06' },
	{ text: 'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII', number: '18-NQ/TW', date: '2017-10-25' },
	{ text: 'Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng', number: '36-HD/VPTW', date: '2018-04-03' },
	{ text: 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ', number: '30/2020/NĐ-CP', date: '2020-03-05' },
	{ text: 'Quy định số 08-QĐi/TW ngày 25/10/2021 của Ban Chấp hành Trung ương', number: '08-QĐi/TW', date: '2021-10-25' },
	{ text: 'Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị Trung ương 4 khóa XIII', number: '21-KL/TW', date: '2021-10-25' },
	{ text: 'Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị', number: '35-CT/TW', date: '2024-06-14' },
	{ text: 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị', number: '57-NQ/TW', date: '2024-12-22' },
	{ text: 'Quyết định số 1266/QĐ-TTg ngày 21/10/2008 của Thủ tướng Chính phủ', number: '1266/QĐ-TTg', date: '2008-10-21' },
	{ text: 'Chỉ thị số 15/CT-TTg ngày 22/6/2012 của Thủ tướng Chính phủ', number: '15/CT-TTg', date: '2012-06-22' },
	{ text: 'Nghị quyết số 39-NQ/TW ngày 17/4/2015 của Bộ Chính trị', number: '39-NQ/TW', date: '2015-04-17' },
	{ text: 'Kế hoạch số 115-KH/BCĐ ngày 09/3/2010 của Ban Chỉ đạo', number: '115-KH/BCĐ', date: '2010-03-09' },
	{ text: 'Công văn số 369-CV/HU ngày 11/11/2013 của Huyện ủy', number: '369-CV/HU', date: '2013-11-11' },
	{ text: 'Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương Đảng khóa XII', number: '26-NQ/TW', date: '2018-05-19' },
	{ text: 'Hướng dẫn số 12-HD/BTCTW ngày 16/12/2022 của Ban Tổ chức Trung ương', number: '12-HD/BTCTW', date: '2022-12-16' },
];
