/**
 * Runs one `astro build` (or another command) as a child process and measures it: wall time, the
 * peak resident memory of the largest process in its tree (scripts/bench/rss.ts),
 * and the stages its log shows (scripts/bench/log.ts). The whole log goes to a
 * file; only the lines worth reading stay in memory.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LineSplitter, isModuleDirectiveWarning, isNoise, parsePagesLine, stagesOf, stripAnsi, type LogLine, type Stages } from './log.ts';
import { watchPeak, type ProcessPeak } from './rss.ts';

export const REPO = join(import.meta.dirname, '..', '..');
export const ASTRO_BIN = join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs');
/**
 * The build's heap limit, as `npm run build` sets it (package.json): Node's default
 * is too small for the largest archives (the README's scale section). The baseline gets the same.
 */
export const BUILD_HEAP_MB = 12288;

export interface BuildRun {
	exitCode: number | null;
	seconds: number;
	peak: ProcessPeak | null;
	/** Every process seen in the tree, largest first (top 5). */
	processes: ProcessPeak[];
	stages: Stages;
	pages: number | null;
	moduleDirectiveWarnings: number;
	/** The last lines worth reading, for a report when the build failed. */
	tail: string[];
	logFile: string;
}

export interface BuildOptions {
	cwd: string;
	args: string[];
	env: NodeJS.ProcessEnv;
	logFile: string;
	/** Called with each line worth showing (stage lines), e.g. to echo progress. */
	onLine?: (text: string) => void;
}

const KEEP = 400;

/** `astro build` with the repository's Astro and the build's heap limit. */
export function runBuild({ args, ...options }: BuildOptions): Promise<BuildRun> {
	return runProcess(process.execPath, [`--max-old-space-size=${BUILD_HEAP_MB}`, ASTRO_BIN, 'build', ...args], options);
}

/** Sectors read, written and discarded by every disk so far (Linux), or null where /proc/diskstats is not there. */
function diskSectors(): number | null {
	try {
		// Fields: major minor name, reads merged sectors ms, writes merged sectors ms, in-flight ms ms, discards merged sectors …
		return readFileSync('/proc/diskstats', 'utf8')
			.split('\n')
			.map((line) => line.trim().split(/\s+/))
			.filter((f) => f.length > 9)
			.reduce((sum, f) => sum + Number(f[5]) + Number(f[9]) + Number(f[16] ?? 0), 0);
	} catch {
		return null;
	}
}

/**
 * Waits until the disks are quiet (at most a minute): what a previous run wrote, or
 * deleted (on a file system mounted with discard, freed blocks are trimmed after the
 * files are gone), otherwise lands on the next timed run. Seen here: the same cold
 * build at 10,000 documents took 117 s right after the bench deleted the last run's
 * 900 MB of output and cache, 85 s once the disk was quiet.
 */
export function settleDisk(): void {
	spawnSync('sync');
	let last = diskSectors();
	if (last === null) return;
	for (let quiet = 0, waited = 0; quiet < 2 && waited < 60; waited++) {
		Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
		const now = diskSectors()!;
		quiet = now - last < 2048 ? quiet + 1 : 0;
		last = now;
	}
}

/** Any command (Hugo, the Pagefind CLI), measured the same way as a build, on a quiet disk. */
export function runProcess(command: string, args: string[], { cwd, env, logFile, onLine }: Omit<BuildOptions, 'args'>): Promise<BuildRun> {
	settleDisk();
	mkdirSync(dirname(logFile), { recursive: true });
	const log = createWriteStream(logFile);
	const kept: LogLine[] = [];
	let warnings = 0;
	let pages: number | null = null;
	const started = performance.now();
	const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
	const watch = watchPeak(child.pid!, 100);
	const take = (text: string) => {
		const atMs = performance.now();
		log.write(`${((atMs - started) / 1000).toFixed(3).padStart(9)} ${text}\n`);
		if (isModuleDirectiveWarning(text)) {
			warnings++;
			return;
		}
		if (isNoise(text)) return;
		const clean = stripAnsi(text);
		kept.push({ atMs, text: clean });
		if (kept.length > KEEP) kept.splice(0, kept.length - KEEP);
		pages = parsePagesLine(clean)?.pages ?? pages;
		onLine?.(clean);
	};
	for (const stream of [child.stdout, child.stderr]) {
		const lines = new LineSplitter();
		stream.setEncoding('utf8');
		stream.on('data', (chunk: string) => lines.push(chunk).forEach(take));
		stream.on('end', () => lines.end().forEach(take));
	}
	return new Promise((resolve, reject) => {
		child.on('error', (error) => {
			watch.stop();
			log.end();
			reject(error);
		});
		child.on('close', (code) => {
			const ended = performance.now();
			const tracker = watch.stop();
			log.end();
			resolve({
				exitCode: code,
				seconds: (ended - started) / 1000,
				peak: tracker.peak(),
				processes: tracker.processes().slice(0, 5),
				stages: stagesOf(started, ended, kept),
				pages,
				moduleDirectiveWarnings: warnings,
				tail: kept.slice(-30).map((l) => l.text),
				logFile,
			});
		});
	});
}

/** Total bytes and number of files under `dir` whose path passes `keep`. */
export function dirStats(dir: string, keep: (path: string) => boolean = () => true): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	let names: string[];
	try {
		names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
	} catch {
		return { bytes: 0, files: 0 };
	}
	for (const name of names) {
		if (!keep(name)) continue;
		const stat = statSync(join(dir, name));
		if (!stat.isFile()) continue;
		bytes += stat.size;
		files++;
	}
	return { bytes, files };
}

/** The largest file under `dir` whose path passes `keep`, in bytes. */
export function largestFile(dir: string, keep: (path: string) => boolean = () => true): number {
	let largest = 0;
	try {
		for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
			if (!keep(name)) continue;
			const stat = statSync(join(dir, name));
			if (stat.isFile()) largest = Math.max(largest, stat.size);
		}
	} catch {
		return 0;
	}
	return largest;
}
