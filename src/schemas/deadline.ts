import { z } from 'astro/zod';
import { IssuedAtSchema } from './date.ts';

/**
 * A deadline of the document, as the importer read it from the text
 * (src/lib/deadlines.ts) or an archivist corrected it. `due` stays null when
 * the text does not date it ("trong thời hạn 15 ngày kể từ ngày nhận được").
 */
export const DeadlineSchema = z
	.object(
		{
			text: z.string({ error: 'expected the words that state the deadline, e.g. "trước ngày 15/3/2024"' }).trim().min(1, 'expected the words that state the deadline'),
			due: IssuedAtSchema.default(null),
			kind: z.enum(['ngay', 'thang', 'quy', 'thoi-han'], { error: 'expected ngay, thang, quy or thoi-han' }).default('ngay'),
			sentence: z.string({ error: 'expected the sentence the deadline stands in' }).trim().min(1, 'expected the sentence the deadline stands in'),
			units: z.array(z.string().trim().min(1), { error: 'expected a list of the units given the task' }).default([]),
		},
		{ error: 'expected a deadline: text, due, sentence and units' },
	)
	.strict();

/** The document's deadlines; null (or absent): read them from the text at build time. */
export const DeadlinesSchema = z
	.array(DeadlineSchema, { error: 'expected a list of deadlines, or null to read them from the text' })
	.nullable()
	.default(null);
