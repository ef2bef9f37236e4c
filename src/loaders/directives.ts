/**
 * The directives loader: Astro's glob() over `content/directives/**` with the
 * archive's own checks. Every file is checked before anything fails, and the
 * build then stops with one line per problem (file, field or line, what to do);
 * or, when asked, leaves the bad files out and builds the rest. Classified
 * documents are left out entirely unless the site is built to include their level.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';
import { bodyFacts, storedBody, type StoredBody } from '../lib/storedBody.ts';
import { bodyOf, checkFile, checkFrontmatter, duplicateProblems, linkProblem, readFrontmatter, type CheckContext, type Identity } from '../lib/contentChecks.ts';
import { parseIssuerRegistry } from '../lib/issuers.ts';
import { safeBodyHtml } from '../lib/safeHtml.ts';
import type { Classification } from '../schemas/classification.ts';
import { DirectiveSchema } from '../schemas/directive.ts';

interface EntryInfoInput {
	contents: string;
	fileUrl: URL;
}

interface EntryType {
	getEntryInfo(info: EntryInfoInput): Promise<{ data: Record<string, unknown>; body: string; slug: string; rawData: string }>;
}

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

/*
 * Archive files are data, not code (src/lib/mdxSafety.ts): Markdown, plain HTML tags
 * and escapes, nothing MDX would run. So their bodies are rendered here as Markdown,
 * with the site's own processor, instead of each file being compiled by MDX and
 * bundled by Vite as a module, the cost that dominates a large build; the HTML is
 * stored as src/lib/storedBody.ts describes, in a folder per archive. glob() hands
 * back a new or changed file for rendering (deferredRender); a cached entry keeps its
 * file between builds, and is rendered again if the file is gone.
 */

/** The folder of one archive's body files: one per content folder, so that builds of other archives leave it alone. */
export function bodiesFolder(cacheDir: URL, base: string): string {
	return fileURLToPath(new URL(`kho-van-ban/bodies/${archiveKey(base)}/`, cacheDir));
}

/** Names one archive (content folder) among those built with the same cache folder. */
function archiveKey(base: string): string {
	return createHash('sha256').update(resolve(base)).digest('hex').slice(0, 12);
}

async function renderBodies(context: LoaderContext, base: string, ids: string[]): Promise<void> {
	const folder = bodiesFolder(context.config.cacheDir, base);
	mkdirSync(folder, { recursive: true });
	const entries = ids.map((id) => context.store.get(id)!);
	const pending = entries.filter((entry) => entry.deferredRender === true || !existsSync(storedBody(entry)?.htmlFile ?? ''));
	// One body at a time, its HTML written and dropped at once, so that memory holds
	// no more than one; then every entry is stored in one synchronous pass: the store
	// saves itself whole shortly after each change, so changes spread over the
	// rendering would make it save again and again.
	const stored: StoredBody[] = [];
	for (const entry of pending) {
		// A cached entry whose HTML file is gone has no body in the store: read it again.
		const body = entry.body ?? (entry.filePath ? bodyOf(readFileSync(entry.filePath, 'utf8')) : '');
		const htmlFile = join(folder, `${entry.digest ?? entry.id.replaceAll('/', '_')}.html`);
		writeFileSync(htmlFile, safeBodyHtml((await context.renderMarkdown(body)).html));
		const data = entry.data as { title?: string | null; issuedAt?: string | null };
		stored.push({ body: bodyFacts(body, data.title != null, data.issuedAt ?? null), htmlFile });
	}
	pending.forEach((entry, i) => {
		const { deferredRender: _, body: __, ...plain } = entry;
		context.store.delete(plain.id);
		context.store.set({ ...plain, rendered: { html: '', metadata: { ...stored[i]! } } });
	});
	// Files of bodies that changed or left the archive.
	const kept = new Set(entries.map((entry) => storedBody(context.store.get(entry.id)!)?.htmlFile));
	for (const name of readdirSync(folder)) if (!kept.has(join(folder, name))) rmSync(join(folder, name), { force: true });
}

/**
 * A digest of the code that checks a file's text (src/lib and src/schemas, read
 * from disk), or null where it cannot be read. A file Astro did not parse again
 * passed every check of the last build (a file with a problem never stays in the
 * store), so its text is checked again only when this digest has changed.
 */
function checksFingerprint(): string | null {
	try {
		const src = fileURLToPath(new URL('../', import.meta.url));
		const hash = createHash('sha256');
		for (const dir of ['lib', 'schemas']) {
			for (const name of readdirSync(join(src, dir), { recursive: true, encoding: 'utf8' }).sort()) {
				if (name.endsWith('.ts')) hash.update(name).update('\0').update(readFileSync(join(src, dir, name))).update('\0');
			}
		}
		return hash.digest('hex');
	} catch {
		return null;
	}
}

export function directivesLoader({ base, issuersFile, includeClassified, skipInvalid }: DirectivesLoaderOptions): Loader {
	const files = glob({ pattern: '**/*.{md,mdx}', base });
	return {
		name: 'directives-loader',
		load: async (context) => {
			/** Problems by entry id; each line names the file. */
			const problems = new Map<string, string[]>();
			const report = (id: string, lines: string[]) => problems.set(id, [...new Set([...(problems.get(id) ?? []), ...lines])]);
			const checks: CheckContext = { issuerIds: new Set(parseIssuerRegistry(readFileSync(issuersFile, 'utf8'), issuersFile).map((i) => i.id)), issuersFile };
			// A file whose frontmatter does not parse (a tab, a duplicated key) is one problem like any
			// other, with its line, instead of an exception that stops at the first such file.
			// glob() reads each file through the entry types Astro hands its loaders (not in LoaderContext's
			// public type): each is wrapped so that a parse error is recorded, not thrown.
			const unreadable = new Map<string, string>();
			const given = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes ?? new Map<string, EntryType>();
			const entryTypes = new Map(
				[...given].map(([extension, type]) => [
					extension,
					{
						...type,
						getEntryInfo: async (info: EntryInfoInput) => {
							try {
								return await type.getEntryInfo(info);
							} catch {
								const path = fileURLToPath(info.fileUrl);
								const read = readFrontmatter(relative(process.cwd(), path), info.contents);
								unreadable.set(path, 'problem' in read ? read.problem : `${relative(process.cwd(), path)}: the frontmatter cannot be read`);
								return { data: {}, body: '', slug: '', rawData: '' };
							}
						},
					},
				]),
			);
			// The entries Astro parses in this build: new and changed files. The others passed last time.
			const parsed = new Set<string>();
			const fingerprintFile = fileURLToPath(new URL(`kho-van-ban/checked/${archiveKey(base)}`, context.config.cacheDir));
			const fingerprint = checksFingerprint();
			const checkedBefore = fingerprint !== null && existsSync(fingerprintFile) && readFileSync(fingerprintFile, 'utf8') === fingerprint;
			await files.load({
				...context,
				...({ entryTypes } as object),
				generateDigest: (data) =>
					context.generateDigest(typeof data === 'string' ? SCHEMA_FINGERPRINT + data : { ...data, schema: SCHEMA_FINGERPRINT }),
				parseData: async (entry) => {
					parsed.add(entry.id);
					const file = relative(process.cwd(), entry.filePath ?? entry.id);
					const problem = linkProblem(file) ?? (entry.filePath ? unreadable.get(resolve(entry.filePath)) : undefined);
					if (problem) {
						report(entry.id, [problem]);
						return entry.data;
					}
					const found = checkFrontmatter(file, entry.data, checks);
					if (found.length > 0) {
						report(entry.id, found);
						return entry.data;
					}
					return context.parseData(entry);
				},
			});

			// Checked on every entry, cached or not: classification, the rest of the file, identities.
			let classified = 0;
			const kept: Identity[] = [];
			for (const [id, entry] of context.store.entries()) {
				const data = entry.data as { classification?: Classification; number?: string | null; issuedAt?: string | null; issuer?: string | null };
				if (data.classification && data.classification !== 'none' && !includeClassified.has(data.classification)) {
					context.store.delete(id);
					problems.delete(id);
					classified++;
					continue;
				}
				const file = relative(process.cwd(), entry.filePath ?? id);
				// Nothing more is read of a link, or of a file whose frontmatter did not parse, as in npm run check.
				const link = linkProblem(file);
				if (link) report(id, [link]);
				else if (!(entry.filePath && unreadable.has(resolve(entry.filePath)))) {
					const textChecked = checkedBefore && !parsed.has(id);
					const text = entry.filePath && !textChecked ? readFileSync(entry.filePath, 'utf8') : '';
					report(id, checkFile(file, text, entry.data, checks, { frontmatterChecked: true, textChecked }));
				}
				if (!problems.has(id) || problems.get(id)!.length === 0) {
					problems.delete(id);
					kept.push({ id, number: data.number ?? null, issuedAt: data.issuedAt ?? null, issuer: data.issuer ?? null, file });
				}
			}
			for (const { id, problem } of duplicateProblems(kept)) report(id, [problem]);
			if (classified > 0) context.logger.info(`left out ${classified} classified document(s)`);
			await renderBodies(context, base, kept.filter((k) => !problems.has(k.id)).map((k) => k.id));
			if (fingerprint !== null) {
				mkdirSync(dirname(fingerprintFile), { recursive: true });
				writeFileSync(fingerprintFile, fingerprint);
			}
			if (problems.size === 0) return;

			const lines = [...problems.values()].flat();
			// Never kept between builds: a file with a problem is read and checked again next time.
			for (const id of problems.keys()) context.store.delete(id);
			if (skipInvalid) {
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
