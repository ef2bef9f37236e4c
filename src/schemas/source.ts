import { z } from 'astro/zod';

/** Where the document came from: the original file and when it was imported. */
export const SourceSchema = z
	.object({
		file: z.string().min(1, 'expected the original file name'),
		sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected the SHA-256 checksum of the original file (64 hex digits)'),
		importedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected the import date as YYYY-MM-DD'),
		importer: z.string().min(1),
		/** The original kept beside the MDX file (same name, the original's extension), linked as "Văn bản gốc". */
		original: z
			.string()
			.regex(/^[^/\\]+\.(?:docx|doc|pdf|txt)$/i, 'expected the file name of the original beside this file, e.g. "307-nq-tu.docx"')
			.optional(),
		/** Text that stood above the document in the original (a website's menus, title or lede): not part of it, kept word for word. */
		textAbove: z.array(z.string(), { error: 'expected a list of lines' }).optional(),
	})
	.strict()
	.nullable()
	.default(null);

/**
 * How each field was found, by field name: "given" when an archivist supplied it,
 * otherwise where in the source it was read ("signature block", "title line").
 */
export const ProvenanceSchema = z.record(z.string(), z.string()).default({});
