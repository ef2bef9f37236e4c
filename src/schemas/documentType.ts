import { z } from 'astro/zod';
import { DOCUMENT_TYPE_SLUGS } from '../lib/documentTypes.ts';

/** The type of a document; null while unknown (the key itself is required, as for number and date). */
export const DocumentTypeSchema = z.enum(DOCUMENT_TYPE_SLUGS, {
	error: `expected one of ${DOCUMENT_TYPE_SLUGS.join(', ')}, or null if unknown`,
}).nullable();
