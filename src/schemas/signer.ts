import { z } from 'astro/zod';

const line = z.string().trim().min(1).nullable().default(null);

/**
 * The signature block as printed: authority ("T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"),
 * position ("PHÓ BÍ THƯ") and name. Each part may be unknown.
 */
export const SignerSchema = z
	.object(
		{ authority: line, title: line, name: line },
		{ error: 'expected authority, title and name (each may be null)' },
	)
	.strict()
	.default({ authority: null, title: null, name: null });
