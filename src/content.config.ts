import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { directivesLoader } from './loaders/directives.ts';
import { DirectiveSchema } from './schemas/directive.ts';
import { IssuerSchema } from './schemas/issuer.ts';

const ISSUERS_FILE = 'content/issuers.yaml';

export const collections = {
	directives: defineCollection({
		loader: directivesLoader({ base: './content/directives', issuersFile: ISSUERS_FILE }),
		schema: DirectiveSchema,
	}),
	issuers: defineCollection({
		loader: file(ISSUERS_FILE),
		schema: IssuerSchema,
	}),
};
