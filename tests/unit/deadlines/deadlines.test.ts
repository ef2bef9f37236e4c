import { describe, expect, it } from 'vitest';
import { deadlinesInSentence, findDeadlines, sentencesOf, unitsOf } from '../../../src/lib/deadlines.ts';
import { importSeed } from '../seeds.ts';

const read = (sentence: string, issuedAt: string | null = null) => deadlinesInSentence(sentence, issuedAt).map((d) => [d.text, d.due, d.kind]);

describe('the seeds\' deadlines', () => {
	it('reads the two report deadlines of seed 004 and the month of seed 003, with their sentences and units', () => {
		const cv = importSeed('004');
		const kl = importSeed('003');
		expect(cv.frontmatter.deadlines?.map((d) => [d.text, d.due, d.units])).toEqual([
			['trước ngày 15/3/2024', '2024-03-15', []],
			['trước ngày 20/3/2024', '2024-03-20', ['Sở Nội vụ']],
		]);
		expect(cv.frontmatter.deadlines![0]!.sentence).toMatch(/^Kịp thời tiến hành rà soát, .* gửi về Ban Tổ chức Tỉnh ủy và Sở Nội vụ trước ngày 15\/3\/2024 để tổng hợp\.$/);
		expect(cv.warnings).toContain('read 2 deadline(s): "trước ngày 15/3/2024", "trước ngày 20/3/2024"; check them in the frontmatter');
		expect(kl.frontmatter.deadlines?.map((d) => [d.text, d.due, d.kind, d.units])).toEqual([['hoàn thành trong tháng 8/2026', '2026-08-31', 'thang', ['Các cấp ủy']]]);
	});

	it('records none for a document that states none, leaving the field to the build', () => {
		expect(importSeed('001').frontmatter.deadlines).toBeUndefined();
	});
});

describe('deadlinesInSentence', () => {
	it('reads a day in each way it is written', () => {
		expect(read('Báo cáo gửi về Văn phòng Tỉnh ủy trước ngày 15 tháng 3 năm 2024.')).toEqual([['trước ngày 15 tháng 3 năm 2024', '2024-03-15', 'ngay']]);
		expect(read('Các đơn vị báo cáo kết quả chậm nhất ngày 05-12-2024.')).toEqual([['chậm nhất ngày 05-12-2024', '2024-12-05', 'ngay']]);
		expect(read('Hồ sơ gửi chậm nhất là trước ngày 31.01.2010.')).toEqual([['chậm nhất là trước ngày 31.01.2010', '2010-01-31', 'ngay']]);
		expect(read('Hồ sơ đề nghị khen thưởng gửi về các cơ quan liên quan trước ngày 31/01/2010.')).toEqual([['trước ngày 31/01/2010', '2010-01-31', 'ngay']]);
	});

	it('dates a day without its year by the document\'s year, and leaves it undated when the year is unknown or it recurs', () => {
		expect(read('Báo cáo sơ kết gửi trước 30/6.', '2024-03-04')).toEqual([['trước 30/6', '2024-06-30', 'ngay']]);
		expect(read('Báo cáo sơ kết gửi trước 30/6.', null)).toEqual([['trước 30/6', null, 'ngay']]);
		// Issued after 30 June: which 30 June is meant the text does not say.
		expect(read('Báo cáo sơ kết gửi trước 30/6.', '2024-08-01')).toEqual([['trước 30/6', null, 'ngay']]);
		expect(read('Định kỳ báo cáo trước ngày 15/12 hằng năm.', '2024-03-04')).toEqual([['trước ngày 15/12 hằng năm', null, 'ngay']]);
	});

	it('reads months and quarters to their last day, "trước" a month or quarter to the day before it', () => {
		expect(read('Hoàn thành trong tháng 8/2026.')).toEqual([['Hoàn thành trong tháng 8/2026', '2026-08-31', 'thang']]);
		expect(read('Tổ chức sơ kết trong tháng 02 năm 2024.')).toEqual([['trong tháng 02 năm 2024', '2024-02-29', 'thang']]);
		expect(read('Trình Ủy ban nhân dân tỉnh trong quý III/2024.')).toEqual([['trong quý III/2024', '2024-09-30', 'quy']]);
		expect(read('Hoàn thành trước quý IV năm 2025.')).toEqual([['Hoàn thành trước quý IV năm 2025', '2025-09-30', 'quy']]);
		expect(read('Ban hành trước tháng 7/2025.')).toEqual([['trước tháng 7/2025', '2025-06-30', 'thang']]);
	});

	it('counts a time limit from the signing when the issue date is known, and keeps any other as written', () => {
		expect(read('Các cơ quan báo cáo trong thời hạn 15 ngày kể từ ngày ký.', '2024-03-04')).toEqual([['trong thời hạn 15 ngày kể từ ngày ký', '2024-03-19', 'thoi-han']]);
		expect(read('Các cơ quan báo cáo trong thời hạn 15 ngày kể từ ngày ký.', null)).toEqual([['trong thời hạn 15 ngày kể từ ngày ký', null, 'thoi-han']]);
		expect(read('Trả lời trong vòng 30 ngày kể từ ngày nhận được văn bản.', '2024-03-04')).toEqual([['trong vòng 30 ngày kể từ ngày nhận được văn bản', null, 'thoi-han']]);
		expect(read('Giải quyết trong thời hạn 05 ngày làm việc kể từ ngày ký.', '2024-03-04')).toEqual([['trong thời hạn 05 ngày làm việc kể từ ngày ký', null, 'thoi-han']]);
	});

	it('takes no period, effect or citation date for a deadline', () => {
		expect(read('Số liệu trong giai đoạn từ ngày 01/11/2021 đến ngày 31/12/2023.')).toEqual([]);
		expect(read('Quyết định này có hiệu lực thi hành kể từ ngày ký.')).toEqual([]);
		expect(read('Thực hiện Kế hoạch số 280-KH/TU ngày 04/3/2024 của Ban Thường vụ Tỉnh ủy.')).toEqual([]);
		expect(read('Giai đoạn 2021 - 2025, định hướng đến năm 2030.')).toEqual([]);
		expect(read('Báo cáo kết quả quý I/2024.')).toEqual([]);
	});
});

describe('units and sentences', () => {
	it('names the units a sentence gives the task to', () => {
		expect(unitsOf('Giao Sở Nội vụ theo dõi, đôn đốc các cơ quan.')).toEqual(['Sở Nội vụ']);
		expect(unitsOf('Đề nghị các cấp ủy, tổ chức đảng báo cáo trước ngày 15/3/2024.')).toEqual(['các cấp ủy']);
		expect(unitsOf('Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính tham mưu.')).toEqual(['Sở Kế hoạch và Đầu tư']);
		expect(unitsOf('Kịp thời tiến hành rà soát, báo cáo sơ kết.')).toEqual([]);
	});

	it('splits a text into sentences without breaking numbers and dates', () => {
		expect(sentencesOf('Thực hiện Nghị quyết số 07-NQ/TU ngày 29/10/2021. Giao Sở Nội vụ theo dõi. 2. Đề nghị các cấp ủy báo cáo.')).toEqual([
			'Thực hiện Nghị quyết số 07-NQ/TU ngày 29/10/2021.',
			'Giao Sở Nội vụ theo dõi.',
			'2. Đề nghị các cấp ủy báo cáo.',
		]);
	});

	it('reads an MDX body paragraph by paragraph, the sentence as the reader sees it (no link markup)', () => {
		const body = 'Căn cứ [Kế hoạch số 280-KH/TU](vb:280-KH/TU "căn cứ"), đề nghị các cơ quan báo cáo trước ngày 15/3/2024.\n\nGiao **Sở Nội vụ** tổng hợp trước ngày 20/3/2024.\n';
		expect(findDeadlines(body, null).map((d) => [d.sentence, d.units])).toEqual([
			['Căn cứ Kế hoạch số 280-KH/TU, đề nghị các cơ quan báo cáo trước ngày 15/3/2024.', ['các cơ quan']],
			['Giao Sở Nội vụ tổng hợp trước ngày 20/3/2024.', ['Sở Nội vụ']],
		]);
	});
});
