/**
 * Deadlines read from a directive's text: "trước ngày 15/3/2024", "chậm nhất
 * ngày …", "hoàn thành trong tháng 8/2026", "trong quý III/2024", "trước 30/6"
 * (the year the document's), "trong thời hạn 15 ngày kể từ ngày ký" (dated from
 * the issue date when it is known), each with the sentence it stands in, the
 * units that sentence names, and its own wording. Nothing is guessed: a deadline
 * that cannot be dated keeps `due: null` and is listed as written.
 */
import { isIsoDate } from './dates.ts';
import { plainText } from './listing.ts';

export type DeadlineKind = 'ngay' | 'thang' | 'quy' | 'thoi-han';

export interface Deadline {
	/** The words that state it, as written: "trước ngày 15/3/2024". */
	text: string;
	/** The last day it allows (ISO); null when the text does not date it. */
	due: string | null;
	/** A day, a month, a quarter, or a time limit counted from an event. */
	kind: DeadlineKind;
	/** The sentence it stands in, as the reader sees it. */
	sentence: string;
	/** The units the sentence gives the task to, as written ("Sở Nội vụ", "các cấp ủy"). */
	units: string[];
}

const DATE_DAY_FIRST = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?`;
const DATE_WORDS = String.raw`(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?`;
const RECURRING = String.raw`\s+h[ằà]ng\s+(?:năm|tháng|quý)`;
/**
 * "trước ngày", "chậm nhất (là) (trước) ngày", "hạn chót (là) ngày", a bare "trước" before a date;
 * a second date may follow ("trước ngày 05/6 và 05/12 hằng năm"). No word boundary before the
 * keyword: a source may glue it to the word before ("nhân dânchậm nhất là ngày 4 tháng 3 năm 2021").
 */
const BY_DAY = new RegExp(
	String.raw`(?:trước\s+ngày|chậm\s+nhất(?:\s+là)?(?:\s+(?:trước|vào))?(?:\s+ngày)?|hạn\s+chót(?:\s+là)?(?:\s+ngày)?|trước)\s+(?:${DATE_DAY_FIRST}|${DATE_WORDS})(?:\s*(?:và|,)\s*(${DATE_DAY_FIRST}))?(${RECURRING})?`,
	'giu',
);
/** A day of every month: "trước ngày 28 hằng tháng", "chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo". */
const DAY_OF_MONTH = /(?:trước|chậm\s+nhất(?:\s+là)?(?:\s+vào)?)\s+ngày\s+\d{1,2}\s+(?:h[ằà]ng\s+tháng|của\s+tháng[^,.;()]{0,40})/giu;
const MONTHS = String.raw`tháng\s+(\d{1,2})(?:\s+(?:và|,)\s+tháng\s+(\d{1,2}))?\s*(?:[/-]\s*|\s+năm\s+)(\d{4})`;
const BY_MONTH = new RegExp(String.raw`(?<![\p{L}])(?:(?:hoàn\s+thành|hoàn\s+tất|xong)\s+)?(trong|trước|ngay\s+trong|đến\s+hết|hết)\s+${MONTHS}`, 'giu');
const BY_QUARTER = new RegExp(String.raw`(?<![\p{L}])(?:(?:hoàn\s+thành|hoàn\s+tất|xong)\s+)?(trong|trước|ngay\s+trong|đến\s+hết|hết)\s+quý\s+(IV|I{1,3}|[1-4])\s*(?:[/-]\s*|\s+năm\s+)(\d{4})`, 'giu');
/** A number of days, in digits or in words ("ba mươi"). */
const NUMBER_WORDS = 'một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|mốt';
const DAYS = String.raw`(\d{1,3}|(?:${NUMBER_WORDS})(?:\s+(?:${NUMBER_WORDS}))*)\s+ngày(\s+làm\s+việc)?`;
const WITHIN = new RegExp(
	String.raw`(?<![\p{L}])(?:trong\s+(?:thời\s+hạn|vòng|thời\s+gian)(?:\s+không\s+quá)?|chậm\s+nhất\s+sau|không\s+quá)\s+${DAYS}(?:,?\s+kể\s+từ\s+(?:ngày\s+)?([^,.;]{1,120}?)(?=\s*[,.;]|$))?`,
	'giu',
);

const QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function iso(y: number, m: number, d: number): string | null {
	const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
	return isIsoDate(text) ? text : null;
}

function lastDayOfMonth(y: number, m: number): string {
	return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function addDays(isoDate: string, days: number): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/** The day before an ISO date: "before 1 August" allows 31 July. */
function dayBefore(isoDate: string): string {
	return addDays(isoDate, -1);
}

/** The sentences of a text: split after . ! ? before a capital, a digit or an opening mark; not after a list's "2.". */
export function sentencesOf(text: string): string[] {
	return text
		.split(/(?<=[.!?…])(?<!(?:^|\s)\d{1,3}\.)\s+(?=[\p{Lu}\d“"(])/u)
		.map((s) => s.trim())
		.filter(Boolean);
}

/** Verbs that end the name of a unit given a task: "Giao Sở Nội vụ | theo dõi". */
const TASK_VERBS =
	'chủ trì|phối hợp|theo dõi|tổ chức|thực hiện|triển khai|xây dựng|báo cáo|tham mưu|rà soát|khẩn trương|tiếp tục|nghiêm túc|quán triệt|chỉ đạo|hướng dẫn|kiểm tra|tổng hợp|hoàn thành|gửi|nộp|căn cứ|chịu trách nhiệm|có trách nhiệm|lãnh đạo|khắc phục|đôn đốc|cụ thể hóa|ban hành|lập|sớm|kịp thời|điều chỉnh|đề xuất|trình|bổ sung|cung cấp|quản lý|phổ biến|tuyên truyền|hỗ trợ|bố trí|thẩm định|nghiên cứu|xem xét|giải quyết|cập nhật|thông báo|chuẩn bị|đánh giá|tập trung|có văn bản|có công văn|phải|cần|khen thưởng';
/** A unit's name: a capital, or "các …", or a head of one ("giám đốc các sở"); a list sharing one "các" stays whole ("các sở, ban, ngành"). */
const UNIT_NAME = String.raw`(?:(?:giám\s+đốc|thủ\s+trưởng|chủ\s+tịch|người\s+đứng\s+đầu)\s+)?(?:các\s+[^,;:.()]{1,60}?(?:,\s*(?!(?:${TASK_VERBS})(?![\p{L}]))\p{Ll}[\p{Ll} ]{0,20}?(?=,|\s+(?:${TASK_VERBS})(?![\p{L}])|\s*[;:.()]|$))*|\p{Lu}[^,;:.()]{1,80}?)`;
const UNIT_AFTER_VERB = new RegExp(String.raw`(?<![\p{L}])(?:[Gg]iao(?:\s+cho)?|[Đđ]ề\s+nghị|[Yy]êu\s+cầu)\s+(${UNIT_NAME})(?=\s+(?:${TASK_VERBS})(?![\p{L}])|\s*[,;:.()]|$)`, 'gu');
const UNIT_LEADING = new RegExp(String.raw`(?:^|[,;:]\s*|\d\.\s+)((?:Các|Sở|Ban|Ủy ban|UBND|Văn phòng|Thường trực|Đảng ủy|Huyện ủy|Thành ủy|Tỉnh ủy|Công an|Bộ chỉ huy)\s[^,;:.()]{1,80}?)\s+(?:${TASK_VERBS})(?![\p{L}])`, 'gu');

/** "Các cấp ủy, tổ chức đảng, … tiếp tục …": the first unit of a list opening the sentence. */
const UNIT_OPENING = /^(Các\s[^,;:.()]{1,60}?)(?=,)/u;

/** The units a sentence gives a task to: after Giao / Đề nghị / Yêu cầu, or a unit opening a clause before its verb. */
export function unitsOf(sentence: string): string[] {
	const units: string[] = [];
	for (const m of sentence.matchAll(UNIT_AFTER_VERB)) units.push(m[1]!.trim());
	// A clause's subject that itself asks someone else ("UBND tỉnh đề nghị Sở …") is not given the task.
	for (const m of sentence.matchAll(UNIT_LEADING)) if (!/(?:^|\s)(?:giao|đề nghị|yêu cầu)\s/u.test(m[1]!)) units.push(m[1]!.trim());
	const opening = UNIT_OPENING.exec(sentence);
	if (opening) units.push(opening[1]!);
	return [...new Set(units)];
}

interface Found {
	at: number;
	text: string;
	due: string | null;
	kind: DeadlineKind;
}

/** The deadlines stated in one sentence, in the order they stand. */
export function deadlinesInSentence(sentence: string, issuedAt: string | null): Found[] {
	const found: Found[] = [];
	const issueYear = issuedAt ? Number(issuedAt.slice(0, 4)) : null;
	/** A day named by the text: its date, null when the text gives no year (or it recurs), undefined when it is no day at all. */
	const dayOf = (day: string, month: string, year: string | undefined, recurring: boolean): string | null | undefined => {
		if (year) return iso(Number(year), Number(month), Number(day)) ?? undefined;
		if (iso(2000, Number(month), Number(day)) === null) return undefined;
		if (recurring || issueYear === null) return null;
		// A day and month alone fall in the document's own year, unless that is already past when it was issued.
		const inYear = iso(issueYear, Number(month), Number(day));
		return inYear && inYear >= issuedAt! ? inYear : null;
	};
	for (const m of sentence.matchAll(BY_DAY)) {
		const [day, month, year] = m[1] !== undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
		const recurring = m[11] !== undefined;
		const due = dayOf(day!, month!, year, recurring);
		if (due === undefined) continue;
		const second = m[7] === undefined ? undefined : dayOf(m[8]!, m[9]!, m[10] ?? year, recurring);
		const first = second === undefined ? m[0] : m[0].slice(0, m[0].indexOf(m[7]!)).replace(/\s*(?:và|,)\s*$/u, '') + (recurring ? m[11]! : '');
		found.push({ at: m.index, text: first.trim(), due, kind: 'ngay' });
		if (second !== undefined) found.push({ at: m.index + m[0].indexOf(m[7]!), text: `${m[7]}${m[11] ?? ''}`.trim(), due: second, kind: 'ngay' });
	}
	for (const m of sentence.matchAll(DAY_OF_MONTH)) found.push({ at: m.index, text: m[0].trim(), due: null, kind: 'ngay' });
	for (const m of sentence.matchAll(BY_MONTH)) {
		// "trong tháng 5 và tháng 6 năm 2025": the later month.
		const [y, mo] = [Number(m[4]), Number(m[3] ?? m[2])];
		if (mo < 1 || mo > 12) continue;
		const before = /^trước/iu.test(m[1]!);
		found.push({ at: m.index, text: m[0].trim(), due: before ? dayBefore(iso(y, mo, 1)!) : lastDayOfMonth(y, mo), kind: 'thang' });
	}
	for (const m of sentence.matchAll(BY_QUARTER)) {
		const q = QUARTERS[m[2]!.toUpperCase()]!;
		const y = Number(m[3]);
		const before = /^trước/iu.test(m[1]!);
		found.push({ at: m.index, text: m[0].trim(), due: before ? dayBefore(iso(y, q * 3 - 2, 1)!) : lastDayOfMonth(y, q * 3), kind: 'quy' });
	}
	for (const m of sentence.matchAll(WITHIN)) {
		const days = Number(m[1]);
		const working = m[2] !== undefined;
		// Counted from the signing or issue: a date when the issue date is known and the days are calendar days in digits.
		const fromIssue = m[3] !== undefined && /^(?:ký|ban hành|ký ban hành)$/iu.test(m[3].trim());
		const due = fromIssue && !working && issuedAt && Number.isInteger(days) ? addDays(issuedAt, days) : null;
		found.push({ at: m.index, text: m[0].trim(), due, kind: 'thoi-han' });
	}
	return found.sort((a, b) => a.at - b.at);
}

/** Every deadline of an MDX body, paragraph by paragraph, sentence by sentence. */
export function findDeadlines(body: string, issuedAt: string | null): Deadline[] {
	const deadlines: Deadline[] = [];
	for (const paragraph of body.split(/\n\s*\n/)) {
		for (const sentence of sentencesOf(plainText(paragraph))) {
			const found = deadlinesInSentence(sentence, issuedAt);
			if (found.length === 0) continue;
			const units = unitsOf(sentence);
			for (const f of found) deadlines.push({ text: f.text, due: f.due, kind: f.kind, sentence, units });
		}
	}
	return deadlines;
}
