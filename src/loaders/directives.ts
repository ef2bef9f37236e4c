/**
 * The directives loader: Astro's glob() over `content/directives/**` with the
 * archive's own checks. Every file is checked before anything fails, and the
 * build then stops with one line per problem (file, field or line, what to do);
 * or, when asked, leaves the bad files out and builds the rest. Classified
 * documents are left out entirely unless the site is built to include their level.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';
import { duplicateIdentities } from '../lib/citationGraph.ts';
import { bodyFacts, type BodyFacts } from '../lib/bodyFacts.ts';
import { checkFrontmatter, checkOriginal } from '../lib/contentChecks.ts';
import { parseIssuerRegistry } from '../lib/issuers.ts';
import { mdxProblems } from '../lib/mdxSafety.ts';
import type { Classification } from '../schemas/classification.ts';
import { DirectiveSchema } from '../schemas/directive.ts';

interface DirectivesLoaderOptions {
	/** Folder of the MDX files, relative to the project root. */
	base: string;
	/** The registry of issuing bodies, relative to the project root. */
	issuersFile: string;
	/** Classified levels the site includes; every other classified document is left out. */
	includeClassified: ReadonlySet<Classification>;
	/** Leave files with problems out and build the rest, listing what was left out. */
	skipInvalid: boolean;
}

/**
 * Astro keeps parsed entries between builds and re-parses a file only when its
 * text changes. Mixing the schema's shape into each digest makes a schema change
 * (a new field with a default) re-parse every file instead of serving stale data.
 */
const SCHEMA_FINGERPRINT = JSON.stringify(z.toJSONSchema(DirectiveSchema, { unrepresentable: 'any', io: 'input' }));

/**
 * Archive files are data, not code (src/lib/mdxSafety.ts): Markdown, plain HTML tags
 * and escapes, nothing MDX would run. So their bodies are rendered here as Markdown,
 * with the site's own processor, and kept in the content store, instead of each file
 * being compiled by MDX and bundled by Vite as a module: the cost that dominates a
 * large build (../shared/STACK-FACTS.md). The store keeps the HTML and the body's
 * facts (src/lib/bodyFacts.ts), not the body itself: the whole store is read as one
 * string, which 50,000 full bodies and their HTML would overflow. A cached entry keeps
 * its HTML between builds; glob() hands back a changed file for rendering again
 * (deferredRender).
 */
/** The body facts the loader stored beside an entry's HTML. */
export function storedBodyFacts(entry: { rendered?: { metadata?: Record<string, unknown> } }): BodyFacts {
	return (entry.rendered?.metadata?.['body'] as BodyFacts | undefined) ?? { citations: [], lead: '' };
}

async function renderAsMarkdown(context: LoaderContext, ids: string[]): Promise<void> {
	const pending = ids.map((id) => context.store.get(id)).filter((entry) => entry?.deferredRender === true);
	// Render first, then store every entry in one synchronous pass: the store saves
	// itself whole shortly after each change, so changes spread over the rendering
	// would make it save again and again.
	const rendered = await Promise.all(pending.map((entry) => context.renderMarkdown(entry!.body ?? '')));
	pending.forEach((entry, i) => {
		const { deferredRender: _, body, ...plain } = entry!;
		const html = rendered[i]!;
		context.store.delete(plain.id);
		context.store.set({ ...plain, rendered: { ...html, metadata: { ...html.metadata, body: bodyFacts(body ?? '') } } });
	});
}

export function directivesLoader({ base, issuersFile, includeClassified, skipInvalid }: DirectivesLoaderOptions): Loader {
	const files = glob({ pattern: '**/*.{md,mdx}', base });
	return {
		name: 'directives-loader',
		load: async (context) => {
			/** Problems by entry id; each line names the file. */
			const problems = new Map<string, string[]>();
			const report = (id: string, lines: string[]) => problems.set(id, [...(problems.get(id) ?? []), ...lines]);
			const issuerIds = new Set(parseIssuerRegistry(readFileSync(issuersFile, 'utf8'), issuersFile).map((i) => i.id));
			await files.load({
				...context,
				generateDigest: (data) =>
					context.generateDigest(typeof data === 'string' ? SCHEMA_FINGERPRINT + data : { ...data, schema: SCHEMA_FINGERPRINT }),
				parseData: async (entry) => {
					const file = relative(process.cwd(), entry.filePath ?? entry.id);
					const found = checkFrontmatter(file, entry.data, issuerIds, issuersFile);
					if (found.length > 0) {
						report(entry.id, found);
						return entry.data;
					}
					return context.parseData(entry);
				},
			});

			// Checked on every entry, cached or not: classification, the body, identities.
			let classified = 0;
			const kept: { id: string; number: string | null; issuedAt: string | null; issuer: string | null; file: string }[] = [];
			for (const [id, entry] of context.store.entries()) {
				const data = entry.data as { classification?: Classification; number?: string | null; issuedAt?: string | null; issuer?: string | null };
				if (data.classification && data.classification !== 'none' && !includeClassified.has(data.classification)) {
					context.store.delete(id);
					problems.delete(id);
					classified++;
					continue;
				}
				const file = relative(process.cwd(), entry.filePath ?? id);
				// A new or changed entry has its body; one kept from the last build, its HTML.
				if (!(entry.body ?? entry.rendered?.html ?? '').trim()) report(id, [`${file}: the document has no text; paste its text below the frontmatter`]);
				const text = entry.filePath ? readFileSync(entry.filePath, 'utf8') : '';
				report(id, mdxProblems(text).map((p) => `${file}:${p.line}: ${p.problem}`));
				report(id, checkOriginal(file, entry.data));
				if (!problems.has(id) || problems.get(id)!.length === 0) {
					problems.delete(id);
					kept.push({ id, number: data.number ?? null, issuedAt: data.issuedAt ?? null, issuer: data.issuer ?? null, file });
				}
			}
			kept.sort((a, b) => a.file.localeCompare(b.file));
			const fileOf = new Map(kept.map((k) => [k.id, k.file]));
			for (const ids of duplicateIdentities(kept)) {
				const names = ids.map((id) => fileOf.get(id)).join(', ');
				for (const id of ids.slice(1)) report(id, [`${fileOf.get(id)}: the same issuer, number and date as another document (${names}); keep one, or correct the number or date`]);
			}
			if (classified > 0) context.logger.info(`left out ${classified} classified document(s)`);
			await renderAsMarkdown(context, kept.filter((k) => !problems.has(k.id)).map((k) => k.id));
			if (problems.size === 0) return;

			const lines = [...problems.values()].flat();
			if (skipInvalid) {
				for (const id of problems.keys()) context.store.delete(id);
				for (const line of lines) context.logger.warn(`left out: ${line}`);
				context.logger.warn(`${problems.size} document(s) left out of this build (listed above)`);
				return;
			}
			for (const line of lines) context.logger.error(line);
			// The lines above say everything; a stack trace would only hide them.
			const error = new AstroError(
				`${lines.length} content problem${lines.length > 1 ? 's' : ''} (listed above): fix each one, then build again, or build the rest with ARCHIVE_SKIP_INVALID=1.`,
			);
			error.stack = '';
			throw error;
		},
	};
}
