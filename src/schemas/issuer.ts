import { z } from 'astro/zod';
import { UNKNOWN_SLUG } from '../lib/urls.ts';

/** One issuing body (cơ quan ban hành) in the registry `content/issuers.yaml`. */
export const IssuerSchema = z
	.object({
		id: z
			.string()
			.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an id in lowercase ASCII with hyphens, e.g. "ban-thuong-vu-tinh-uy"')
			.refine((id) => id !== UNKNOWN_SLUG, `"${UNKNOWN_SLUG}" is the page of documents whose issuer is unknown; choose another id`),
		name: z.string().min(1, 'expected the full name, e.g. "Ban Thường vụ Tỉnh ủy"'),
		shortName: z.string().min(1, 'expected a short name, e.g. "BTV Tỉnh ủy"'),
		/** The issuer code in document numbers: TU in 307-NQ/TU, UBND in 68/KH-UBND. */
		symbol: z.string().min(1, 'expected the issuer code used in numbers, e.g. "TU" or "UBND"'),
		system: z.enum(['dang', 'nha-nuoc'], { error: 'expected "dang" (Party) or "nha-nuoc" (State)' }),
		/** The province or city; null while the archive does not know it. */
		province: z.string().min(1).nullable().default(null),
		/** The name a document header prints, when it is not `name`: documents of the BTV print "Tỉnh ủy". */
		printedAs: z.string().min(1).nullable().default(null),
		/** The superior body printed above the issuer in a Party header, e.g. "ĐẢNG BỘ TỈNH HƯNG YÊN". */
		superior: z.string().min(1).nullable().default(null),
		/** How the importer recognises this issuer in a document's text. */
		recognise: z
			.object({
				/** Signature authorities after T/M, TM. …, e.g. "BAN THƯỜNG VỤ". */
				signedFor: z.array(z.string().min(1)).default([]),
				/** Phrases that name the issuer as the one speaking, e.g. "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu". */
				phrases: z.array(z.string().min(1)).default([]),
			})
			.strict()
			.default({ signedFor: [], phrases: [] }),
	})
	.strict();

export type Issuer = z.infer<typeof IssuerSchema>;
