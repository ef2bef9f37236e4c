import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { directivesLoader } from './loaders/directives.ts';
import { DirectiveSchema } from './schemas/directive.ts';
import { IssuerSchema } from './schemas/issuer.ts';

// The archive's content folder: `content/` unless ARCHIVE_CONTENT names another
// (a generated corpus for benchmarks, a test fixture).
const CONTENT = (process.env['ARCHIVE_CONTENT'] ?? 'content').replace(/\/+$/, '');
const ISSUERS_FILE = `${CONTENT}/issuers.yaml`;

export const collections = {
	directives: defineCollection({
		loader: directivesLoader({ base: `${CONTENT}/directives`, issuersFile: ISSUERS_FILE }),
		schema: DirectiveSchema,
	}),
	issuers: defineCollection({
		loader: file(ISSUERS_FILE),
		schema: IssuerSchema,
	}),
};
