import { z } from 'astro/zod';
import { DOCUMENT_TYPE_SLUGS } from '../lib/documentTypes.ts';

export const DocumentTypeSchema = z.enum(DOCUMENT_TYPE_SLUGS, {
	error: `expected one of ${DOCUMENT_TYPE_SLUGS.join(', ')}`,
});
