/**
 * The directives loader: Astro's glob() over `content/directives/**` with the
 * archive's own checks. Every file is checked before anything fails, and the
 * build then stops with one line per problem (file, field, what to write).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';
import { checkFrontmatter } from '../lib/contentChecks.ts';
import { parseIssuerRegistry } from '../lib/issuers.ts';
import { DirectiveSchema } from '../schemas/directive.ts';

interface DirectivesLoaderOptions {
	/** Folder of the MDX files, relative to the project root. */
	base: string;
	/** The registry of issuing bodies, relative to the project root. */
	issuersFile: string;
}

/**
 * Astro keeps parsed entries between builds and re-parses a file only when its
 * text changes. Mixing the schema's shape into each digest makes a schema change
 * (a new field with a default) re-parse every file instead of serving stale data.
 */
const SCHEMA_FINGERPRINT = JSON.stringify(z.toJSONSchema(DirectiveSchema, { unrepresentable: 'any', io: 'input' }));

export function directivesLoader({ base, issuersFile }: DirectivesLoaderOptions): Loader {
	const files = glob({ pattern: '**/*.{md,mdx}', base });
	return {
		name: 'directives-loader',
		load: async (context) => {
			const problems: string[] = [];
			const issuerIds = new Set(
				parseIssuerRegistry(readFileSync(issuersFile, 'utf8'), issuersFile).map((i) => i.id),
			);
			await files.load({
				...context,
				generateDigest: (data) =>
					context.generateDigest(typeof data === 'string' ? SCHEMA_FINGERPRINT + data : { ...data, schema: SCHEMA_FINGERPRINT }),
				parseData: async (entry) => {
					const file = relative(process.cwd(), entry.filePath ?? entry.id);
					const found = checkFrontmatter(file, entry.data, issuerIds, issuersFile);
					if (found.length > 0) {
						problems.push(...found);
						return entry.data;
					}
					return context.parseData(entry);
				},
			});
			if (problems.length > 0) {
				for (const problem of problems) context.logger.error(problem);
				// The lines above say everything; a stack trace would only hide them.
				const error = new AstroError(
					`${problems.length} content problem${problems.length > 1 ? 's' : ''} (listed above): fix each named field, then build again.`,
				);
				error.stack = '';
				throw error;
			}
		},
	};
}
