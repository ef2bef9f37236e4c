/**
 * Reading an `astro build` log as it arrives: which lines are noise (one page
 * listed per line, Vite's multi-line warning about each MDX module), and where
 * the site stage ends and the search index begins. The index runs in the
 * build's astro:build:done hook (src/integrations/searchIndex.ts), which logs
 * "search index: N documents in X s" when it is done: the index started X s
 * before that line arrived, and the site stage is everything before.
 */

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

export function stripAnsi(line: string): string {
	return line.replace(ANSI, '');
}

/** A line arriving from the build, with when it arrived (ms, same clock as the build's start). */
export interface LogLine {
	atMs: number;
	text: string;
}

/** Lines not worth keeping: the page list, the frames of Vite's code warnings, blank lines. */
export function isNoise(text: string): boolean {
	const line = stripAnsi(text);
	return (
		line.trim() === '' ||
		/^\d\d:\d\d:\d\d\s+[├└]─/.test(line) ||
		/^\s*[├└]─/.test(line) ||
		/^\s*\d*\s*[│╭╰]/.test(line) ||
		/^\s*─+╯/.test(line) ||
		/^\s*generating static routes\s*$/.test(line)
	);
}

/** Vite's warning about "use astro:head-inject" in an MDX module (one per MDX file, harmless). */
export function isModuleDirectiveWarning(text: string): boolean {
	return stripAnsi(text).includes('[MODULE_LEVEL_DIRECTIVE]');
}

/** The search index's own line: "search index: 200 documents in 1.2 s". */
export function parseIndexLine(text: string): { documents: number; seconds: number } | null {
	const m = /search index: (\d+) documents in ([\d.]+) s\b/.exec(stripAnsi(text));
	return m ? { documents: Number(m[1]), seconds: Number(m[2]) } : null;
}

/** "274 page(s) built in 7.65s": the pages Astro wrote. */
export function parsePagesLine(text: string): { pages: number; seconds: number } | null {
	const m = /(\d+) page\(s\) built in ([\d.]+)s/.exec(stripAnsi(text));
	return m ? { pages: Number(m[1]), seconds: Number(m[2]) } : null;
}

export interface Stages {
	/** From the start of the build to the start of the search index (content sync, bundling, rendering). */
	siteSeconds: number;
	/** The search index, as the integration measured it; null when its line was not seen. */
	indexSeconds: number | null;
	/** What follows the index (the gzip copies) and the process's exit. */
	otherSeconds: number;
}

/**
 * Splits a build's wall time into stages, from when the index line arrived.
 * Without it the whole build counts as the site stage.
 */
export function stagesOf(startMs: number, endMs: number, lines: readonly LogLine[]): Stages {
	const total = (endMs - startMs) / 1000;
	for (const line of lines) {
		const index = parseIndexLine(line.text);
		if (!index) continue;
		const indexEnd = (line.atMs - startMs) / 1000;
		const siteSeconds = Math.max(0, indexEnd - index.seconds);
		return { siteSeconds, indexSeconds: index.seconds, otherSeconds: Math.max(0, total - indexEnd) };
	}
	return { siteSeconds: total, indexSeconds: null, otherSeconds: 0 };
}

/** Splits a stream's chunks into whole lines; the last partial line waits for the next chunk. */
export class LineSplitter {
	#rest = '';
	push(chunk: string): string[] {
		const text = this.#rest + chunk;
		const lines = text.split(/\r?\n/);
		this.#rest = lines.pop()!;
		return lines;
	}
	end(): string[] {
		const rest = this.#rest;
		this.#rest = '';
		return rest ? [rest] : [];
	}
}
