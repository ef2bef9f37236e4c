import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { directivesLoader } from './loaders/directives.ts';
import { CLASSIFICATIONS, type Classification } from './schemas/classification.ts';
import { DirectiveSchema } from './schemas/directive.ts';
import { IssuerSchema } from './schemas/issuer.ts';

// The archive's content folder: `content/` unless ARCHIVE_CONTENT names another
// (a generated corpus for benchmarks, a test fixture).
const CONTENT = (process.env['ARCHIVE_CONTENT'] ?? 'content').replace(/\/+$/, '');
const ISSUERS_FILE = `${CONTENT}/issuers.yaml`;

// Classified documents (mat, toi-mat, tuyet-mat) are left out of the site unless
// ARCHIVE_INCLUDE_CLASSIFIED names their levels, e.g. "mat,toi-mat".
const INCLUDE_CLASSIFIED = new Set(
	(process.env['ARCHIVE_INCLUDE_CLASSIFIED'] ?? '')
		.split(',')
		.map((level) => level.trim())
		.filter(Boolean)
		.map((level) => {
			if (!(level in CLASSIFICATIONS) || level === 'none') {
				throw new Error(`ARCHIVE_INCLUDE_CLASSIFIED: "${level}" is not one of mat, toi-mat, tuyet-mat`);
			}
			return level as Classification;
		}),
);

export const collections = {
	directives: defineCollection({
		loader: directivesLoader({
			base: `${CONTENT}/directives`,
			issuersFile: ISSUERS_FILE,
			includeClassified: INCLUDE_CLASSIFIED,
			skipInvalid: process.env['ARCHIVE_SKIP_INVALID'] === '1',
		}),
		schema: DirectiveSchema,
	}),
	issuers: defineCollection({
		loader: file(ISSUERS_FILE),
		schema: IssuerSchema,
	}),
};
