import { z } from 'astro/zod';
import { canonicalNumber, isCanonicalNumber } from '../lib/numbers.ts';

/** The document number, or null while it is unknown ("chưa rõ"). The key itself is required. */
export const NumberSchema = z
	.string({ error: 'expected the document number, e.g. "307-NQ/TU" or "68/KH-UBND", or null if unknown' })
	.superRefine((value, ctx) => {
		if (!isCanonicalNumber(value)) {
			const fixed = canonicalNumber(value);
			ctx.addIssue({
				code: 'custom',
				message: isCanonicalNumber(fixed)
					? `write the number as "${fixed}"`
					: `"${value}" is not a document number like "307-NQ/TU" or "68/KH-UBND"`,
			});
		}
	})
	.nullable();
