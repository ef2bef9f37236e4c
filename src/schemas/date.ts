import { z } from 'astro/zod';
import { isIsoDate } from '../lib/dates.ts';

/**
 * An issue date as ISO text, or null while unknown. YAML turns an unquoted
 * 2024-05-03 into a Date; both forms are accepted and stored as "2024-05-03".
 */
export const IssuedAtSchema = z
	.union([z.date(), z.string()], { error: 'expected a date such as "2024-05-03", or null if unknown' })
	.transform((value, ctx) => {
		const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value;
		if (!isIsoDate(iso)) {
			ctx.addIssue({ code: 'custom', message: `"${iso}" is not a real date written as YYYY-MM-DD` });
			return z.NEVER;
		}
		return iso;
	})
	.nullable();
