import { z } from 'astro/zod';
import { isIsoDate } from '../lib/dates.ts';
import { isCanonicalNumber } from '../lib/numbers.ts';

/** "280-KH/TU" or "280-KH/TU@2024-03-04": a document by number, and date when known. */
const ReferenceSchema = z.string().refine(
	(ref) => {
		const [number, date, extra] = ref.split('@');
		return extra === undefined && isCanonicalNumber(number!) && (date === undefined || isIsoDate(date));
	},
	{ error: 'expected a number, or number@date, e.g. "280-KH/TU@2024-03-04"' },
);

/**
 * Relations the archivist states, beside those read from the text: the
 * documents this one implements (thực hiện), amends (sửa đổi, bổ sung) or replaces (thay thế).
 */
export const RelationsSchema = {
	implements: z.array(ReferenceSchema).default([]),
	amends: z.array(ReferenceSchema).default([]),
	replaces: z.array(ReferenceSchema).default([]),
};
