/**
 * The frontmatter of one directive, composed from the small schemas beside this file.
 * Unknown is first-class: number, date, issuer, title and signer may be null, and the
 * site then shows "chưa rõ".
 */
import { z } from 'astro/zod';
import { yearOf } from '../lib/dates.ts';
import { ClassificationSchema } from './classification.ts';
import { DeadlinesSchema } from './deadline.ts';
import { IssuedAtSchema } from './date.ts';
import { DocumentTypeSchema } from './documentType.ts';
import { NumberSchema } from './number.ts';
import { PrintedHeaderSchema } from './printedHeader.ts';
import { RelationsSchema } from './relations.ts';
import { SignerSchema } from './signer.ts';
import { ProvenanceSchema, SourceSchema } from './source.ts';
import { StatusSchema } from './status.ts';

const optionalText = z.string().trim().min(1, 'expected text, or null if unknown').nullable().default(null);
const listOfLines = z.array(z.string().min(1), { error: 'expected a list of lines' }).default([]);

export const DirectiveSchema = z
	.object({
		type: DocumentTypeSchema,
		number: NumberSchema,
		issuedAt: IssuedAtSchema,
		year: z
			.number({ error: 'expected the year as a number, e.g. 2024, or null if unknown' })
			.int({ error: 'expected a whole year, e.g. 2024' })
			.min(1930, { error: 'expected a year from 1930 to 2100, or null if unknown' })
			.max(2100, { error: 'expected a year from 1930 to 2100, or null if unknown' })
			.nullable()
			.default(null),
		place: optionalText,
		issuer: z
			.string({ error: 'expected the id of an issuing body in content/issuers.yaml, or null if unknown' })
			.nullable()
			.default(null),
		title: optionalText,
		header: PrintedHeaderSchema,
		recipients: listOfLines,
		distribution: listOfLines,
		signer: SignerSchema,
		status: StatusSchema,
		deadlines: DeadlinesSchema,
		classification: ClassificationSchema,
		...RelationsSchema,
		source: SourceSchema,
		provenance: ProvenanceSchema,
	})
	.strict()
	.superRefine((d, ctx) => {
		if (d.issuedAt && d.year !== null && d.year !== yearOf(d.issuedAt)) {
			ctx.addIssue({
				code: 'custom',
				path: ['year'],
				message: `year ${d.year} does not match issuedAt ${d.issuedAt}; remove year or correct one of them`,
			});
		}
	})
	.transform((d) => ({ ...d, year: d.year ?? (d.issuedAt ? yearOf(d.issuedAt) : null) }));

export type Directive = z.output<typeof DirectiveSchema>;
export type DirectiveInput = z.input<typeof DirectiveSchema>;
