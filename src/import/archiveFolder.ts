/**
 * The archive folder as `npm run import` writes it: what was imported already (by the
 * original's checksum, and by source file for documents without a number), writing a
 * document and its original so that two imports at once never overwrite or mismatch
 * each other, and the temporary files an interrupted import leaves.
 */
import { existsSync, linkSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '../lib/contentChecks.ts';
import { ORIGINAL_EXTENSIONS } from '../schemas/source.ts';
import { ImportError } from './importText.ts';

export interface Imported {
	/** The MDX file of each original's checksum. */
	bySha: Map<string, string>;
	/** The MDX files of documents without a number, by the name of the file they were imported from. */
	unnumbered: Map<string, string[]>;
}

/** What the archive under `out` holds already. */
export function readImported(out: string): Imported {
	const imported: Imported = { bySha: new Map(), unnumbered: new Map() };
	if (!existsSync(out)) return imported;
	for (const name of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
		if (!name.endsWith('.mdx')) continue;
		const path = join(out, name);
		const frontmatter = readFrontmatter(path, readFileSync(path, 'utf8'));
		if (!('data' in frontmatter)) continue;
		const source = frontmatter.data['source'] as { sha256?: unknown; file?: unknown } | null | undefined;
		if (typeof source?.sha256 === 'string') imported.bySha.set(source.sha256, path);
		if (frontmatter.data['number'] === null && typeof source?.file === 'string') {
			imported.unnumbered.set(source.file, [...(imported.unnumbered.get(source.file) ?? []), path]);
		}
	}
	return imported;
}

const temporary = (path: string) => `${path}.${process.pid}.tmp`;
const TEMPORARY = /\.(\d+)\.tmp$/u;

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

const ORIGINAL = new RegExp(String.raw`\.(?:${ORIGINAL_EXTENSIONS.join('|')})$`, 'u');
/** An import links a document's original, then its MDX, at once: an original alone longer than this was left by one that stopped. */
const ORPHAN_AGE_MS = 60_000;

/**
 * What interrupted imports left under `out`: temporary files of imports no longer
 * running, and originals whose document was never placed beside them.
 */
export function leftoverTemporaries(out: string): string[] {
	if (!existsSync(out)) return [];
	const names = readdirSync(out, { recursive: true, encoding: 'utf8' });
	const present = new Set(names);
	return names
		.filter((name) => {
			const pid = TEMPORARY.exec(name)?.[1];
			if (pid !== undefined) return !isRunning(Number(pid));
			if (!ORIGINAL.test(name) || present.has(name.replace(ORIGINAL, '.mdx'))) return false;
			return Date.now() - statSync(join(out, name)).mtimeMs > ORPHAN_AGE_MS;
		})
		.sort()
		.map((name) => join(out, name));
}

/** The line for what an interrupted import left, for the import that removes it and for `npm run check`. */
export function leftoverProblem(file: string): string {
	return TEMPORARY.test(file)
		? `${file}: a temporary file left by an interrupted import; it holds nothing the archive uses (the import removes it)`
		: `${file}: an original without its document beside it, left by an interrupted import (the import removes it; import the file again)`;
}

/**
 * Writes a document's MDX and its original. Both go to temporary names first, so a
 * failure leaves neither half-written; then each is linked into place, which fails
 * when the name is taken (by a file or by another import running at the same time),
 * unless `replace`. The original is placed first, so two imports to one target never
 * leave one's MDX beside the other's original.
 */
export function writeDocument(target: string, original: string, mdx: string, bytes: Uint8Array, replace: boolean): void {
	const error = (e: unknown) => new ImportError(`cannot write ${target} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
	const place = (from: string, to: string) => {
		if (replace) renameSync(from, to);
		else linkSync(from, to);
	};
	try {
		writeFileSync(temporary(original), bytes);
		writeFileSync(temporary(target), mdx);
	} catch (e) {
		rmSync(temporary(original), { force: true });
		rmSync(temporary(target), { force: true });
		throw error(e);
	}
	let placed = false;
	try {
		place(temporary(original), original);
		placed = true;
		place(temporary(target), target);
	} catch (e) {
		if (placed && !replace) rmSync(original, { force: true });
		if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new ImportError(`${existsSync(target) ? target : original} exists already; pass --force to overwrite it`);
		throw error(e);
	} finally {
		rmSync(temporary(original), { force: true });
		rmSync(temporary(target), { force: true });
	}
}
