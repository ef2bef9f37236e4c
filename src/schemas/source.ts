import { z } from 'astro/zod';

/** The extensions an original is kept with beside its MDX file. */
export const ORIGINAL_EXTENSIONS = ['docx', 'doc', 'pdf', 'txt', 'png', 'jpg', 'tif'] as const;

/** How a scan's text was read: the OCR engine, and Tesseract's mean word confidence on each page it read. */
export const OcrSourceSchema = z
	.object({
		engine: z.string().min(1, 'expected the OCR engine, e.g. "OCRmyPDF 14.0.1, Tesseract 5.3.0"'),
		pages: z.array(
			z
				.object({
					page: z.number({ error: 'expected the page number' }).int().min(1, 'expected a page number from 1'),
					confidence: z.number({ error: 'expected the mean confidence, 0 to 100' }).min(0).max(100, 'expected the mean confidence, 0 to 100'),
				})
				.strict(),
			{ error: 'expected a list of pages with their confidence' },
		),
	})
	.strict();
export type OcrSource = z.infer<typeof OcrSourceSchema>;

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
			.regex(new RegExp(String.raw`^[^/\\]+\.(?:${ORIGINAL_EXTENSIONS.join('|')})$`, 'i'), 'expected the file name of the original beside this file, e.g. "307-nq-tu.docx"')
			.optional(),
		/** Set when the text was read from a scan by OCR: the page says so and links the scan. */
		ocr: OcrSourceSchema.optional(),
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
