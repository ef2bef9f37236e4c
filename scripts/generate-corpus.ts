/**
 * Writes a synthetic archive for benchmarks and scale tests: an issuers.yaml and
 * N directives as MDX under directives/<year>/ (or directives/chua-ro-nam/ when
 * the number or date is unknown), shaped like the real documents.
 *
 *   node scripts/generate-corpus.ts --docs N [--seed S] [--out DIR]
 *
 * DIR defaults to tests/.output/corpus-N (never inside content/). The same N and
 * seed give byte-identical files: everything comes from one seeded PRNG
 * (mulberry32), and nothing from the clock.
 *
 * What it writes, on purpose:
 * - all document types of src/lib/documentTypes.ts (every type within the first
 *   170 documents), Party numbers (307-NQ/TU, 12-CV/BTGTU) numbered per term and
 *   State numbers (68/KH-UBND, 01/2024/QĐ-UBND, 1407/UBND-NNMT) numbered per
 *   year, so the same number recurs in different years;
 * - citation chains: a root (nghị quyết, chỉ thị, quyết định…) → a kế hoạch or
 *   hướng dẫn implementing it → công văn, thông báo, báo cáo citing both, with
 *   dates, so that every chain citation resolves; a few undated ones where the
 *   archive's rule (the latest earlier document with that number) picks the
 *   right one; citations of central documents the archive does not hold;
 * - footnotes, GFM tables, bold headings, Kính gửi / Nơi nhận / signer;
 * - about 5 % of documents without number or date (some without issuer either)
 *   in chua-ro-nam/, named like the imported seeds (cong-van-<8 hex>.mdx).
 * Bodies run 300–3,000 words (mean about 800). Files are written one at a time:
 * memory stays small for N = 50,000.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { DOCUMENT_TYPES, type DocumentTypeSlug } from '../src/lib/documentTypes.ts';
import { numberSlug } from '../src/lib/numbers.ts';

export const GENERATOR_VERSION = 1;

// ---------------------------------------------------------------- randomness

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A bijection on 32-bit integers (murmur3's finaliser): distinct inputs give distinct outputs. */
function mix32(x: number): number {
	let h = x >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
	return (h ^ (h >>> 16)) >>> 0;
}

class Random {
	readonly next: () => number;
	constructor(seed: number) {
		this.next = mulberry32(seed);
	}
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}
	chance(p: number): boolean {
		return this.next() < p;
	}
	pick<T>(list: readonly T[]): T {
		return list[Math.floor(this.next() * list.length)]!;
	}
	weighted<T>(list: readonly (readonly [T, number])[]): T {
		let total = 0;
		for (const [, w] of list) total += w;
		let r = this.next() * total;
		for (const [value, w] of list) {
			r -= w;
			if (r < 0) return value;
		}
		return list[list.length - 1]![0];
	}
	normal(): number {
		const u = 1 - this.next();
		const v = this.next();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}
}

// ---------------------------------------------------------------- issuers

interface IssuerDef {
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

type TypeSlug = DocumentTypeSlug;

/** Name and number code of each type, from src/lib/documentTypes.ts. */
export const TYPES = Object.fromEntries(DOCUMENT_TYPES.map((t) => [t.slug, { name: t.name, code: t.code }])) as Record<TypeSlug, { name: string; code: string }>;
const TYPE_SLUGS = Object.keys(TYPES) as TypeSlug[];

/** How common each type is in a provincial archive. */
const TYPE_WEIGHTS: Record<TypeSlug, number> = {
	'cong-van': 24, 'thong-bao': 14, 'ke-hoach': 12, 'quyet-dinh': 10, 'bao-cao': 8, 'huong-dan': 5, 'nghi-quyet': 5,
	'ket-luan': 4, 'to-trinh': 4, 'chi-thi': 3, 'chuong-trinh': 3, 'quy-dinh': 2, 'quy-che': 2, 'de-an': 1.5,
	'phuong-an': 1.5, 'thong-tri': 1, 'bien-ban': 1,
};

/** Median body length in words, by type. */
const TYPE_WORDS: Record<TypeSlug, number> = {
	'cong-van': 400, 'thong-bao': 590, 'ke-hoach': 780, 'quyet-dinh': 450, 'bao-cao': 1100, 'huong-dan': 900,
	'nghi-quyet': 950, 'ket-luan': 660, 'to-trinh': 590, 'chi-thi': 590, 'chuong-trinh': 1000, 'quy-dinh': 1180,
	'quy-che': 1080, 'de-an': 1600, 'phuong-an': 950, 'thong-tri': 500, 'bien-ban': 500,
};

const ROOT_TYPES = new Set<TypeSlug>(['nghi-quyet', 'chi-thi', 'ket-luan', 'quy-dinh', 'de-an', 'quyet-dinh']);
const IMPLEMENTING_TYPES = new Set<TypeSlug>(['ke-hoach', 'chuong-trinh', 'huong-dan', 'phuong-an', 'quy-che']);

const PARTY_ARCHIVE = 'Lưu Văn phòng Tỉnh ủy.';

/** The three issuers of content/issuers.yaml, written as that file writes them. */
const CONTENT_ISSUERS_YAML = `- id: ban-thuong-vu-tinh-uy
  name: Ban Thường vụ Tỉnh ủy
  shortName: BTV Tỉnh ủy
  printedAs: Tỉnh ủy
  symbol: TU
  system: dang
  province: null
  superior: null
  recognise:
    signedFor: [BAN THƯỜNG VỤ]
- id: tinh-uy
  name: Tỉnh ủy
  shortName: Tỉnh ủy
  symbol: TU
  system: dang
  province: null
  superior: null
  recognise:
    signedFor: [TỈNH ỦY]
- id: ubnd-tinh
  name: Ủy ban nhân dân tỉnh
  shortName: UBND tỉnh
  symbol: UBND
  system: nha-nuoc
  province: null
  superior: null
  recognise:
    signedFor: [ỦY BAN NHÂN DÂN]
    phrases: [Chủ tịch Ủy ban nhân dân tỉnh yêu cầu]
`;

export const ISSUERS: IssuerDef[] = [
	{
		id: 'ban-thuong-vu-tinh-uy', name: 'Ban Thường vụ Tỉnh ủy', shortName: 'BTV Tỉnh ủy', symbol: 'TU', system: 'dang',
		types: { 'chi-thi': 3, 'quyet-dinh': 3, 'ke-hoach': 4, 'thong-bao': 4, 'cong-van': 4, 'huong-dan': 2, 'ket-luan': 2, 'thong-tri': 1, 'bao-cao': 1, 'bien-ban': 1, 'de-an': 1, 'phuong-an': 1, 'quy-dinh': 1, 'quy-che': 1, 'to-trinh': 1 },
		signer: { authority: 'T/M BAN THƯỜNG VỤ', titles: ['BÍ THƯ', 'PHÓ BÍ THƯ', 'PHÓ BÍ THƯ THƯỜNG TRỰC'] }, archive: PARTY_ARCHIVE,
	},
	{
		id: 'tinh-uy', name: 'Tỉnh ủy', shortName: 'Tỉnh ủy', symbol: 'TU', system: 'dang',
		types: { 'nghi-quyet': 5, 'ket-luan': 2, 'quy-dinh': 1, 'quy-che': 1, 'thong-bao': 2, 'bao-cao': 2, 'chuong-trinh': 3, 'de-an': 1 },
		signer: { authority: 'T/M TỈNH ỦY', titles: ['BÍ THƯ', 'PHÓ BÍ THƯ'] }, archive: PARTY_ARCHIVE,
	},
	{
		id: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh', shortName: 'UBND tỉnh', symbol: 'UBND', system: 'nha-nuoc',
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

const EXTRA_ISSUER_YAML: Record<string, string> = {
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

export function issuersYaml(): string {
	const extra = ISSUERS.filter((i) => i.id in EXTRA_ISSUER_YAML).map(
		(i) =>
			`- id: ${i.id}\n  name: ${i.name}\n  shortName: ${i.shortName}\n  symbol: ${i.symbol}\n  system: ${i.system}\n` +
			`  province: null\n  superior: null\n  recognise:\n    ${EXTRA_ISSUER_YAML[i.id]}\n`,
	);
	return `# Issuing bodies of a generated corpus (scripts/generate-corpus.ts).\n${CONTENT_ISSUERS_YAML}${extra.join('')}`;
}

const ISSUERS_BY_TYPE = new Map<TypeSlug, (readonly [IssuerDef, number])[]>(
	TYPE_SLUGS.map((t) => [t, ISSUERS.filter((i) => i.types[t]).map((i) => [i, i.types[t]!] as const)]),
);

// ---------------------------------------------------------------- dates, terms, numbers

const FIRST_DAY = Date.UTC(2006, 0, 2) / 86_400_000;
const LAST_DAY = Date.UTC(2026, 5, 30) / 86_400_000;
/** Party terms (nhiệm kỳ) start at the provincial congress: numbering restarts there. */
const TERM_STARTS = ['2005-10-10', '2010-10-15', '2015-10-14', '2020-10-15', '2025-10-01'];
const TERM_NAMES = ['XVII', 'XVIII', 'XIX', 'XX', 'XXI'];

function isoOfDay(day: number): string {
	return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The working day on or after `day` (Saturday and Sunday move to Monday). */
function workingDay(day: number): number {
	const weekday = new Date(day * 86_400_000).getUTCDay();
	return weekday === 6 ? day + 2 : weekday === 0 ? day + 1 : day;
}

function termOf(iso: string): number {
	let term = 0;
	for (let i = 0; i < TERM_STARTS.length; i++) if (iso >= TERM_STARTS[i]!) term = i;
	return term;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "2024-05-03" → "03/5/2024", "03-5-2024" or "ngày 03 tháng 5 năm 2024" (without "ngày"). */
function spokenDate(iso: string, style: number): string {
	const [y, m, d] = iso.split('-');
	const month = String(Number(m));
	if (style === 1) return `${d}-${month}-${y}`;
	if (style === 2) return `${d} tháng ${m} năm ${y}`;
	return `${d}/${month}/${y}`;
}

// ---------------------------------------------------------------- text pools

const TOPICS = [
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

const AGENCIES = [
	'Văn phòng Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy', 'Ban Dân vận Tỉnh ủy',
	'Ban Nội chính Tỉnh ủy', 'Ban cán sự đảng Ủy ban nhân dân tỉnh', 'Sở Nội vụ', 'Sở Tài chính', 'Sở Kế hoạch và Đầu tư',
	'Sở Nông nghiệp và Môi trường', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Công an tỉnh',
	'Bộ Chỉ huy Quân sự tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Đảng ủy Khối các cơ quan tỉnh', 'Sở Xây dựng', 'Sở Công Thương',
];

const PLACES = [
	'huyện Văn Lâm', 'huyện Khoái Châu', 'huyện Tiên Lữ', 'thị xã Mỹ Hào', 'thành phố Hưng Yên', 'huyện Ân Thi', 'huyện Kim Động',
	'huyện Phù Cừ', 'huyện Văn Giang', 'huyện Yên Mỹ', 'xã Nghĩa Dân', 'xã Tân Tiến', 'phường Lam Sơn', 'xã Đồng Thanh',
];

const NAMES = [
	'Nguyễn Văn An', 'Trần Quốc Toàn', 'Lê Thị Thu Hồng', 'Đặng Ngọc Huy', 'A Pót', 'Phạm Minh Đức', 'Hoàng Thị Lan',
	'Vũ Đức Thắng', 'Bùi Văn Hải', 'Đỗ Thị Mai', 'Ngô Quang Vinh', 'Dương Văn Sơn', 'Trịnh Thị Hạnh', 'Lý Văn Bình',
	'Phan Thanh Tùng', 'Hồ Sỹ Nam', 'Mai Xuân Trường', 'Tạ Thị Nga', 'Đinh Công Sứ', 'Nguyễn Hữu Nghĩa',
];

const RECIPIENTS_PARTY = [
	'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy,', 'Các ban cán sự đảng, đảng đoàn,',
	'Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy,', 'Các sở, ban, ngành, đoàn thể cấp tỉnh,',
	'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh,', 'Các đơn vị sự nghiệp trực thuộc Tỉnh ủy,',
];
const RECIPIENTS_STATE = [
	'Các sở, ban, ngành tỉnh;', 'Ủy ban nhân dân các huyện, thị xã, thành phố;', 'Các đơn vị sự nghiệp trực thuộc Ủy ban nhân dân tỉnh;',
	'Công an tỉnh;', 'Bộ Chỉ huy Quân sự tỉnh;', 'Kho bạc Nhà nước tỉnh;',
];
const DISTRIBUTION_PARTY = [
	'Ban Bí thư Trung ương Đảng (b/c),', 'Văn phòng Trung ương Đảng,', 'Thường trực Tỉnh ủy,', 'Các đồng chí Tỉnh ủy viên,',
	'Các đồng chí UVBTV Tỉnh ủy,', 'Các ban đảng, VPTU,', 'Các huyện ủy, thị ủy, thành ủy,', '"VPTU: CVP, PCVP, P.TH,"',
];
const DISTRIBUTION_STATE = [
	'TT Tỉnh ủy (b/c);', 'TT HĐND tỉnh;', 'CT, các PCT UBND tỉnh;', 'Các sở, ban, ngành tỉnh;', 'UBND các huyện, thị xã, thành phố;',
	'Cổng thông tin điện tử tỉnh;', 'Như Điều 3;',
];

/**
 * Sentences of the body. Placeholders: @T topic, @A agency, @Y year, @P percent, @N count, @M money,
 * @F a part of a whole (8.793/9.500), @G a count out of 40, @D place, @Q quarter, @K congress, @Z term years,
 * @R anniversary years.
 */
const SENTENCES = [
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
];

const CLOSINGS: Record<'dang' | 'nha-nuoc', string[]> = {
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

const HEADINGS: Partial<Record<TypeSlug, string[]>> = {
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
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/** Central documents cited by provincial ones, which the corpus never holds. */
const OUTSIDE: { text: string; number: string; date: string }[] = [
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

// ---------------------------------------------------------------- the documents

interface Known {
	type: TypeSlug;
	number: string;
	date: string;
	issuer: IssuerDef;
	topic: string;
	/** For an implementing document: the root it implements. */
	root: Known | null;
}

export interface GeneratedDocument {
	/** Path under the archive folder: "directives/2024/307-nq-tu.mdx". */
	path: string;
	text: string;
	type: TypeSlug;
	number: string | null;
	issuedAt: string | null;
	issuer: string | null;
	/** Words of the body (whitespace-separated). */
	words: number;
	/** Citations of documents in the corpus, and of documents outside it. */
	chainCitations: number;
	outsideCitations: number;
}

function yamlText(value: string | null): string {
	return value === null ? 'null' : JSON.stringify(value);
}

const RECENT = 48;

/**
 * The documents of a corpus of `docs` documents, one at a time, in the order of
 * their dates (undated ones among them). Pure: the same arguments yield the same
 * documents.
 */
export function* corpusDocuments(docs: number, seed = 1): Generator<GeneratedDocument> {
	const rnd = new Random(mix32(seed ^ 0x9e3779b9));
	const counters = new Map<string, number>();
	/** The latest date seen for each number: an undated citation is written only where it picks the right one. */
	const latestDate = new Map<string, string>();
	const usedPaths = new Set<string>();
	const roots: Known[] = [];
	const implementations: Known[] = [];
	const span = LAST_DAY - FIRST_DAY;
	// Numbers grow faster in a small corpus, which samples a larger archive: 307-NQ/TU, not 3-NQ/TU.
	const sparsity = Math.max(1, Math.round(24_000 / Math.max(docs, 1)));

	for (let i = 0; i < docs; i++) {
		// Every tenth document takes the next type in turn, so that each type appears early.
		const type: TypeSlug = i % 10 === 3 ? TYPE_SLUGS[Math.floor(i / 10) % TYPE_SLUGS.length]! : rnd.weighted(Object.entries(TYPE_WEIGHTS) as [TypeSlug, number][]);
		const issuer = rnd.weighted(ISSUERS_BY_TYPE.get(type)!);
		const date = isoOfDay(Math.min(LAST_DAY, workingDay(FIRST_DAY + Math.floor((i * span) / docs))));
		const year = Number(date.slice(0, 4));
		const gap = rnd.chance(0.05);
		const gapKind = gap ? (rnd.chance(0.7) ? 'neither' : 'no-date') : null;
		const topic = rnd.pick(TOPICS);

		// ------------------------------------------------------- number
		let number: string | null = null;
		if (gapKind !== 'neither') {
			const code = TYPES[type].code;
			const party = issuer.system === 'dang';
			const regulatory = !party && (type === 'quyet-dinh' || type === 'nghi-quyet' || type === 'chi-thi') && rnd.chance(0.3);
			const period = party ? `t${termOf(date)}` : String(year);
			const stateCv = !party && type === 'cong-van';
			const key = `${issuer.symbol}|${stateCv ? 'CV' : code}|${period}|${regulatory ? 'r' : ''}`;
			const rate = type === 'cong-van' || type === 'thong-bao' ? 3 : type === 'quyet-dinh' || type === 'bao-cao' || type === 'ke-hoach' ? 1.5 : regulatory ? 0.2 : 0.6;
			const step = 1 + Math.floor(rnd.next() * Math.max(1, Math.round(sparsity * rate)));
			const n = (counters.get(key) ?? 0) + step;
			counters.set(key, n);
			if (party) number = `${pad2(n)}-${code}/${issuer.symbol}`;
			else if (stateCv) number = `${n}/${issuer.symbol}-${rnd.pick(issuer.units ?? ['VP'])}`;
			else if (regulatory) number = `${pad2(n)}/${year}/${code}-${issuer.symbol}`;
			else number = `${pad2(n)}/${code}-${issuer.symbol}`;
		}
		const issuedAt = gap ? null : date;
		const issuerId = gap && rnd.chance(0.3) ? null : issuer.id;

		// ------------------------------------------------------- path
		let path: string;
		if (gap) {
			const hex = mix32((i ^ Math.imul(seed, 0x27d4eb2d)) >>> 0).toString(16).padStart(8, '0');
			path = `directives/chua-ro-nam/${type}-${hex}.mdx`;
		} else {
			const base = `directives/${year}/${numberSlug(number!)}`;
			path = `${base}.mdx`;
			if (usedPaths.has(path)) path = `${base}-${date.slice(5, 7)}${date.slice(8, 10)}.mdx`;
		}
		usedPaths.add(path);

		// ------------------------------------------------------- citations
		const links: string[] = [];
		let chainCitations = 0;
		let outsideCitations = 0;
		const cite = (target: Known, relation: string): string => {
			chainCitations++;
			const undated = issuedAt !== null && target.date < issuedAt && latestDate.get(target.number) === target.date && rnd.chance(0.08);
			const style = rnd.weighted([[0, 8], [1, 1], [2, 1]] as const);
			const comma = rnd.chance(0.15) ? ',' : '';
			const words = undated
				? `${TYPES[target.type].name} số ${target.number}`
				: `${TYPES[target.type].name} số ${target.number}${comma} ngày ${spokenDate(target.date, style)}`;
			const of = rnd.chance(0.7) ? ` của ${target.issuer.name}` : '';
			return `[${words}${of}](vb:${target.number}${undated ? '' : `@${target.date}`} "${relation}")`;
		};
		const citeOutside = (): string | null => {
			const earlier = OUTSIDE.filter((o) => issuedAt === null || o.date < issuedAt);
			if (earlier.length === 0) return null;
			const o = rnd.pick(earlier);
			outsideCitations++;
			return `[${o.text}](vb:${o.number}@${o.date} "căn cứ")`;
		};
		// Only earlier documents are cited: an undated document cites none of the corpus.
		const earlierRoots = issuedAt === null ? [] : roots.filter((r) => r.date < issuedAt);
		const earlierImpl = issuedAt === null ? [] : implementations.filter((r) => r.date < issuedAt);
		let implementsRef: string | null = null;
		let replacesRef: string | null = null;
		let implementedRoot: Known | null = null;
		if (rnd.chance(ROOT_TYPES.has(type) ? 0.45 : 0.15)) {
			const outside = citeOutside();
			if (outside) links.push(`Căn cứ ${outside}`);
		}
		if (IMPLEMENTING_TYPES.has(type) && earlierRoots.length > 0 && rnd.chance(0.75)) {
			const root = rnd.pick(earlierRoots.slice(-12));
			implementedRoot = root;
			links.push(`Thực hiện ${cite(root, 'thực hiện')}`);
			if (rnd.chance(0.3)) implementsRef = `${root.number}@${root.date}`;
		} else if (!ROOT_TYPES.has(type) && !IMPLEMENTING_TYPES.has(type)) {
			if (earlierImpl.length > 0 && rnd.chance(0.6)) {
				const impl = rnd.pick(earlierImpl.slice(-16));
				links.push(`Thực hiện ${cite(impl, 'thực hiện')}`);
				if (impl.root) links.push(`${rnd.chance(0.5) ? 'căn cứ' : 'thực hiện'} ${cite(impl.root, 'dẫn chiếu')}`);
			} else if (earlierRoots.length > 0 && rnd.chance(0.3)) {
				links.push(`Thực hiện ${cite(rnd.pick(earlierRoots.slice(-12)), 'thực hiện')}`);
			}
		} else if (ROOT_TYPES.has(type) && earlierRoots.length > 0 && rnd.chance(0.05)) {
			const old = earlierRoots.find((r) => r.type === type && r.issuer === issuer);
			if (old) {
				replacesRef = `${old.number}@${old.date}`;
				links.push(`Thay thế ${cite(old, 'thay thế')}`);
			}
		}

		// ------------------------------------------------------- body
		const target = Math.round(Math.min(2900, Math.max(330, TYPE_WORDS[type] * Math.exp(0.5 * rnd.normal()))));
		const body = writeBody(rnd, { type, issuer, topic, year, links, target });
		const words = countWords(body);

		// ------------------------------------------------------- frontmatter
		const party = issuer.system === 'dang';
		const title = titleOf(rnd, type, topic, year, implementedRoot);
		const recipients =
			type === 'cong-van' || type === 'to-trinh' || (type === 'thong-bao' && rnd.chance(0.3))
				? sample(rnd, party ? RECIPIENTS_PARTY : RECIPIENTS_STATE, rnd.int(1, 4))
				: [];
		const distribution = rnd.chance(0.85)
			? [...(recipients.length > 0 ? [party ? 'Như trên,' : 'Như trên;'] : []), ...sample(rnd, party ? DISTRIBUTION_PARTY : DISTRIBUTION_STATE, rnd.int(1, 4)), issuer.archive]
			: [];
		const signerKnown = rnd.chance(0.92);
		const termIndex = issuedAt ? termOf(issuedAt) : 0;
		const signerTitle = rnd.pick(issuer.signer.titles);
		const [authority, position] = signerTitle.includes('\n') ? signerTitle.split('\n') as [string, string] : [issuer.signer.authority, signerTitle];
		const signerName = NAMES[mix32(ISSUERS.indexOf(issuer) * 31 + termIndex * 7 + issuer.signer.titles.indexOf(signerTitle)) % NAMES.length]!;
		const status = issuedAt === null ? 'chua-ro' : rnd.weighted([['chua-ro', 5], ['con-hieu-luc', 3], ['het-hieu-luc', 2]] as const);
		const place = rnd.chance(0.6) ? 'Hưng Yên' : null;

		const lines = [
			'---',
			`type: ${type}`,
			`number: ${yamlText(number)}`,
			`issuedAt: ${yamlText(issuedAt)}`,
			`place: ${yamlText(place)}`,
			`issuer: ${yamlText(issuerId)}`,
			`title: ${yamlText(gap && rnd.chance(0.5) ? null : title)}`,
		];
		if (recipients.length > 0) lines.push('recipients:', ...recipients.map((r) => `  - ${yamlText(r)}`));
		if (distribution.length > 0) lines.push('distribution:', ...distribution.map((r) => `  - ${r.startsWith('"') ? r : yamlText(r)}`));
		lines.push(
			'signer:',
			`  authority: ${yamlText(signerKnown ? authority : null)}`,
			`  title: ${yamlText(signerKnown ? position : null)}`,
			`  name: ${yamlText(signerKnown ? signerName : null)}`,
			`status: ${status}`,
		);
		if (implementsRef) lines.push('implements:', `  - ${yamlText(implementsRef)}`);
		if (replacesRef) lines.push('replaces:', `  - ${yamlText(replacesRef)}`);
		lines.push('---', '', body);

		// ------------------------------------------------------- remember it for later citations
		if (number !== null && issuedAt !== null) {
			latestDate.set(number, issuedAt);
			const known: Known = { type, number, date: issuedAt, issuer, topic, root: implementedRoot };
			if (ROOT_TYPES.has(type)) push(roots, known);
			else if (IMPLEMENTING_TYPES.has(type)) push(implementations, known);
		}

		yield {
			path,
			text: `${lines.join('\n')}\n`,
			type,
			number,
			issuedAt,
			issuer: issuerId,
			words,
			chainCitations,
			outsideCitations,
		};
	}
}

function push(list: Known[], item: Known): void {
	list.push(item);
	if (list.length > RECENT) list.shift();
}

function sample<T>(rnd: Random, list: readonly T[], n: number): T[] {
	const picked = new Set<number>();
	while (picked.size < Math.min(n, list.length)) picked.add(Math.floor(rnd.next() * list.length));
	return [...picked].sort((a, b) => a - b).map((i) => list[i]!);
}

export function countWords(text: string): number {
	let words = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const space = c === 32 || c === 10 || c === 9 || c === 13;
		if (!space && !inWord) words++;
		inWord = !space;
	}
	return words;
}

function titleOf(rnd: Random, type: TypeSlug, topic: string, year: number, root: Known | null): string {
	if (root && rnd.chance(0.7)) return `Thực hiện ${TYPES[root.type].name} số ${root.number} về ${root.topic}`;
	switch (type) {
		case 'cong-van':
			return `Về việc ${rnd.pick(['tăng cường', 'báo cáo kết quả', 'triển khai', 'đẩy mạnh', 'rà soát'])} ${topic}`;
		case 'thong-bao':
			return rnd.pick([`Kết luận của Ban Thường vụ Tỉnh ủy về ${topic}`, `Ý kiến chỉ đạo về ${topic}`, `Kết quả kiểm tra ${topic} năm ${year}`]);
		case 'bao-cao':
			return `Kết quả ${topic} năm ${year}`;
		case 'nghi-quyet':
		case 'chi-thi':
		case 'de-an':
			return `Về ${topic} giai đoạn ${year + 1} - ${year + 5}, định hướng đến năm ${year + 10}`;
		case 'quyet-dinh':
			return rnd.pick([`Về việc thành lập Đoàn kiểm tra ${topic}`, `Ban hành Quy chế phối hợp về ${topic}`, `Về việc phê duyệt Kế hoạch ${topic} năm ${year}`]);
		case 'bien-ban':
			return `Hội nghị ${topic} năm ${year}`;
		default:
			return `${rnd.pick(['Triển khai', 'Thực hiện', 'Về'])} ${topic} năm ${year}`;
	}
}

function money(rnd: Random): string {
	const whole = rnd.int(1, 99_999);
	return `${whole.toLocaleString('de-DE')}${rnd.chance(0.5) ? `,${rnd.int(1, 9)}` : ''} ${rnd.pick(['tỷ đồng', 'triệu đồng'])}`;
}

function fill(rnd: Random, sentence: string, ctx: { topic: string; year: number }): string {
	return sentence.replace(/@([A-Z])/g, (_, key: string) => {
		switch (key) {
			case 'T': return rnd.chance(0.7) ? ctx.topic : rnd.pick(TOPICS);
			case 'A': return rnd.pick(AGENCIES);
			case 'Y': return String(ctx.year + rnd.int(-1, 1));
			case 'P': return `${rnd.int(12, 99)},${rnd.int(0, 9)}%`;
			case 'N': return rnd.int(2, 9_999).toLocaleString('de-DE');
			case 'F': { const whole = rnd.int(10, 9_999); return `${rnd.int(1, whole).toLocaleString('de-DE')}/${whole.toLocaleString('de-DE')}`; }
			case 'G': return String(rnd.int(20, 40));
			case 'M': return money(rnd);
			case 'D': return rnd.pick(PLACES);
			case 'Q': return `quý ${rnd.pick(['I', 'II', 'III', 'IV'])}/${ctx.year}`;
			case 'K': return TERM_NAMES[Math.min(TERM_NAMES.length - 1, termOf(`${ctx.year}-06-01`))]!;
			case 'Z': { const t = TERM_STARTS[termOf(`${ctx.year}-06-01`)]!.slice(0, 4); return `${t} - ${Number(t) + 5}`; }
			case 'R': { const y = rnd.int(1930, 1990); return `${y} - ${y + 5 * rnd.int(8, 19)}`; }
			default: return key;
		}
	});
}

function paragraph(rnd: Random, ctx: { topic: string; year: number }, sentences: number): string {
	const out: string[] = [];
	let last = -1;
	for (let i = 0; i < sentences; i++) {
		let at = Math.floor(rnd.next() * SENTENCES.length);
		if (at === last) at = (at + 1) % SENTENCES.length;
		last = at;
		out.push(fill(rnd, SENTENCES[at]!, ctx));
	}
	return out.join(' ');
}

function writeBody(
	rnd: Random,
	doc: { type: TypeSlug; issuer: IssuerDef; topic: string; year: number; links: string[]; target: number },
): string {
	const ctx = { topic: doc.topic, year: doc.year };
	const parts: string[] = [];
	let words = 0;
	const add = (text: string) => {
		parts.push(text);
		words += countWords(text);
	};
	const speaker = doc.issuer.name;
	if (doc.links.length > 0) {
		const links = doc.links.map((l, i) => (i === 0 ? l : l.replace(/^\p{Lu}/u, (c) => c.toLowerCase())));
		add(`${links.join('; ')}, ${speaker} ${rnd.pick(['yêu cầu', 'đề nghị', 'hướng dẫn', 'thông báo'])} ${rnd.pick(['như sau:', 'một số nội dung sau:', 'về ' + doc.topic + ' như sau:'])}`);
	} else {
		add(paragraph(rnd, ctx, rnd.int(1, 3)));
	}

	const headings = HEADINGS[doc.type] ?? null;
	const footnotes: string[] = [];
	const wantFootnotes = rnd.chance(0.25) ? rnd.int(1, 4) : 0;
	const wantTable = rnd.chance(doc.type === 'bao-cao' || doc.type === 'ke-hoach' ? 0.5 : 0.1);
	let tableDone = false;
	let section = 0;
	let item = 0;
	let sectionLeft = 0;
	// About 90 words an item: spread the items over the headings.
	const perSection = headings ? Math.max(1, Math.round(doc.target / 90 / headings.length)) : 0;
	// Room for the closing line and the footnotes' texts.
	const goal = () => doc.target - 30 - 35 * footnotes.length;
	while (words < goal()) {
		if (headings && section < headings.length && sectionLeft <= 0) {
			add(`**${ROMAN[section]}. ${headings[section]}**`);
			section++;
			item = 0;
			sectionLeft = Math.max(1, perSection + rnd.int(-1, 1));
			continue;
		}
		sectionLeft--;
		item++;
		if (wantTable && !tableDone && section >= 2 && goal() - words > 120) {
			add(table(rnd, ctx));
			tableDone = true;
			continue;
		}
		let text = paragraph(rnd, ctx, Math.max(1, Math.min(rnd.int(2, 6), Math.ceil((goal() - words) / 27))));
		if (footnotes.length < wantFootnotes && rnd.chance(0.35)) {
			footnotes.push(`Số liệu của ${rnd.pick(AGENCIES)} đến ngày 31/12/${doc.year - 1}; ${fill(rnd, rnd.pick(SENTENCES), ctx).replace(/^\p{Lu}/u, (c) => c.toLowerCase())}`);
			text = text.replace(/\.$/, `[^${footnotes.length}].`);
		}
		const style = rnd.next();
		if (headings && style < 0.35) add(`**${item}. Về ${rnd.chance(0.6) ? doc.topic : rnd.pick(TOPICS)}**\n\n${text}`);
		else if (style < 0.6) add(`${item}\\. ${text}`);
		else if (style < 0.7) add(Array.from({ length: rnd.int(2, 4) }, () => `- ${fill(rnd, rnd.pick(SENTENCES), ctx)}`).join('\n'));
		else add(text);
	}
	const what = TYPES[doc.type].name;
	add(`${fill(rnd, rnd.pick(CLOSINGS[doc.issuer.system]).replace('@W', what), ctx)}/.`.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
	for (let n = 0; n < footnotes.length; n++) parts.push(`[^${n + 1}]: ${footnotes[n]}`);
	return parts.join('\n\n');
}

function table(rnd: Random, ctx: { topic: string; year: number }): string {
	const rows = rnd.int(3, 7);
	const lines = ['| TT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |', '|---|---|---|---|'];
	for (let r = 1; r <= rows; r++) {
		lines.push(`| ${r} | ${rnd.pick(['Triển khai', 'Rà soát', 'Sơ kết', 'Kiểm tra', 'Tổng hợp'])} ${rnd.chance(0.6) ? ctx.topic : rnd.pick(TOPICS)} | ${rnd.pick(AGENCIES)} | Quý ${rnd.pick(['I', 'II', 'III', 'IV'])}/${ctx.year} |`);
	}
	return lines.join('\n');
}

// ---------------------------------------------------------------- writing

export interface CorpusSummary {
	docs: number;
	seed: number;
	out: string;
	words: number;
	bytes: number;
	gaps: number;
	seconds: number;
}

export interface CorpusOptions {
	docs: number;
	seed?: number;
	out: string;
	/** Called after every 1,000 files. */
	onProgress?: (written: number) => void;
}

const REPO = resolve(import.meta.dirname, '..');

/** Refuses an output folder inside the real archive (content/) or the repository root itself. */
export function assertSafeOut(out: string): void {
	const abs = resolve(out);
	const content = join(REPO, 'content');
	if (abs === REPO || abs === content || abs.startsWith(content + sep)) throw new Error(`refusing to write a generated corpus into ${relative(REPO, abs) || '.'}: choose a folder outside content/`);
}

/** Writes the corpus: issuers.yaml, directives/**, and corpus.json (what was generated, for reuse). */
export function generateCorpus({ docs, seed = 1, out, onProgress }: CorpusOptions): CorpusSummary {
	assertSafeOut(out);
	const started = performance.now();
	rmSync(join(out, 'directives'), { recursive: true, force: true });
	rmSync(join(out, 'corpus.json'), { force: true });
	mkdirSync(join(out, 'directives'), { recursive: true });
	writeFileSync(join(out, 'issuers.yaml'), issuersYaml());
	const folders = new Set<string>();
	let written = 0;
	let words = 0;
	let bytes = 0;
	let gaps = 0;
	for (const doc of corpusDocuments(docs, seed)) {
		const path = join(out, doc.path);
		const folder = dirname(path);
		if (!folders.has(folder)) {
			mkdirSync(folder, { recursive: true });
			folders.add(folder);
		}
		writeFileSync(path, doc.text);
		written++;
		words += doc.words;
		bytes += Buffer.byteLength(doc.text);
		if (doc.number === null || doc.issuedAt === null) gaps++;
		if (written % 1000 === 0) onProgress?.(written);
	}
	writeFileSync(join(out, 'corpus.json'), `${JSON.stringify({ generator: GENERATOR_VERSION, docs, seed }, null, 2)}\n`);
	return { docs: written, seed, out, words, bytes, gaps, seconds: (performance.now() - started) / 1000 };
}

/** Whether `out` holds a corpus generated here with the same size and seed (and generator version). */
export function corpusMatches(out: string, docs: number, seed: number): boolean {
	try {
		const meta = JSON.parse(readText(join(out, 'corpus.json'))) as { generator?: number; docs?: number; seed?: number };
		if (meta.generator !== GENERATOR_VERSION || meta.docs !== docs || meta.seed !== seed) return false;
		return countFiles(join(out, 'directives')) === docs;
	} catch {
		return false;
	}
}

function readText(path: string): string {
	return readFileSync(path, 'utf8');
}

function countFiles(dir: string): number {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).length;
}

/**
 * One more document for a corpus (a warm rebuild adds it): a công văn of the
 * Văn phòng Tỉnh ủy at the end of the corpus's span, citing a central document.
 * Its number is beyond anything the corpus numbers.
 */
export function extraDocument(seed = 1, nth = 1): { path: string; text: string } {
	const rnd = new Random(mix32(seed ^ 0x51ed270b ^ nth));
	const issuer = ISSUERS.find((i) => i.id === 'van-phong-tinh-uy')!;
	const number = `${90_000 + nth}-CV/VPTU`;
	const outside = OUTSIDE[rnd.int(0, OUTSIDE.length - 1)]!;
	const body = writeBody(rnd, {
		type: 'cong-van',
		issuer,
		topic: rnd.pick(TOPICS),
		year: 2026,
		links: [`Căn cứ [${outside.text}](vb:${outside.number}@${outside.date} "căn cứ")`],
		target: 800,
	});
	const text = [
		'---',
		'type: cong-van',
		`number: ${yamlText(number)}`,
		'issuedAt: "2026-06-30"',
		'place: null',
		`issuer: ${issuer.id}`,
		`title: ${yamlText('Về việc bổ sung tài liệu lưu trữ')}`,
		'signer:',
		`  authority: ${yamlText(issuer.signer.authority)}`,
		`  title: ${yamlText(issuer.signer.titles[0]!)}`,
		`  name: ${yamlText(NAMES[nth % NAMES.length]!)}`,
		'status: chua-ro',
		'---',
		'',
		body,
		'',
	].join('\n');
	return { path: `directives/2026/${numberSlug(number)}.mdx`, text };
}

// ---------------------------------------------------------------- command line

function main(argv: string[]): number {
	const { values } = parseArgs({
		args: argv,
		options: {
			docs: { type: 'string' },
			seed: { type: 'string', default: '1' },
			out: { type: 'string' },
			help: { type: 'boolean', short: 'h' },
		},
	});
	if (values.help || values.docs === undefined) {
		process.stderr.write('usage: node scripts/generate-corpus.ts --docs N [--seed S] [--out DIR]\n');
		return values.help ? 0 : 2;
	}
	const docs = Number(values.docs);
	const seed = Number(values.seed);
	if (!Number.isInteger(docs) || docs < 1) throw new Error(`--docs: expected a positive whole number, got "${values.docs}"`);
	if (!Number.isInteger(seed)) throw new Error(`--seed: expected a whole number, got "${values.seed}"`);
	const out = resolve(values.out ?? join(REPO, 'tests', '.output', `corpus-${docs}`));
	const summary = generateCorpus({
		docs,
		seed,
		out,
		onProgress: (n) => process.stderr.write(`  ${n.toLocaleString('en')} of ${docs.toLocaleString('en')} files\n`),
	});
	process.stdout.write(
		`generated ${summary.docs} documents (${summary.gaps} without number or date, ${Math.round(summary.words / summary.docs)} words on average, ` +
			`${(summary.bytes / 1e6).toFixed(1)} MB) in ${relative(process.cwd(), out) || '.'} in ${summary.seconds.toFixed(1)} s\n`,
	);
	return 0;
}

if (import.meta.main) {
	try {
		process.exitCode = main(process.argv.slice(2));
	} catch (error) {
		process.stderr.write(`generate-corpus: ${(error as Error).message}\n`);
		process.exitCode = 1;
	}
}
