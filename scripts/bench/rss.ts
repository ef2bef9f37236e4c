/**
 * Peak memory of a process tree, from /proc: every ~100 ms the tree under a
 * root pid is listed and each process's VmHWM (its own resident high-water
 * mark) read; the peak of the tree is the largest VmHWM of any single process.
 * The parsing and the bookkeeping are pure; readProcTree and watchPeak read /proc.
 */
import { readFileSync, readdirSync } from 'node:fs';

export interface ProcStat {
	pid: number;
	ppid: number;
	/** Command name, as /proc/<pid>/stat gives it (up to 15 characters). */
	comm: string;
	/** Start time in clock ticks since boot: with the pid, names a process even when pids are reused. */
	start: string;
}

export interface ProcSample extends ProcStat {
	/** Peak resident set size so far (VmHWM), in kB; null for kernel threads and zombies. */
	hwmKB: number | null;
	rssKB: number | null;
}

/** Parses /proc/<pid>/stat. The command name may hold spaces and parentheses: it ends at the last ")". */
export function parseStat(text: string): ProcStat | null {
	const open = text.indexOf('(');
	const close = text.lastIndexOf(')');
	if (open < 0 || close < open) return null;
	const pid = Number(text.slice(0, open).trim());
	// After ")": state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime
	// priority nice num_threads itrealvalue starttime …
	const fields = text.slice(close + 2).trim().split(/\s+/);
	const ppid = Number(fields[1]);
	const start = fields[19];
	if (!Number.isInteger(pid) || !Number.isInteger(ppid) || start === undefined) return null;
	return { pid, ppid, comm: text.slice(open + 1, close), start };
}

/** Reads VmHWM and VmRSS (kB) from /proc/<pid>/status. */
export function parseStatus(text: string): { hwmKB: number | null; rssKB: number | null } {
	const field = (name: string) => {
		const m = new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'm').exec(text);
		return m ? Number(m[1]) : null;
	};
	return { hwmKB: field('VmHWM'), rssKB: field('VmRSS') };
}

/** The pids of `root` and all its descendants among `procs`. */
export function treeOf(root: number, procs: readonly Pick<ProcStat, 'pid' | 'ppid'>[]): Set<number> {
	const children = new Map<number, number[]>();
	for (const p of procs) {
		const list = children.get(p.ppid);
		if (list) list.push(p.pid);
		else children.set(p.ppid, [p.pid]);
	}
	const tree = new Set<number>();
	const todo = [root];
	while (todo.length > 0) {
		const pid = todo.pop()!;
		if (tree.has(pid)) continue;
		tree.add(pid);
		todo.push(...(children.get(pid) ?? []));
	}
	return tree;
}

export interface ProcessPeak {
	pid: number;
	comm: string;
	peakKB: number;
}

/** Keeps, for every process ever seen in the tree, the largest VmHWM (or VmRSS) read. */
export class PeakTracker {
	readonly #peaks = new Map<string, ProcessPeak>();
	samples = 0;

	update(samples: readonly ProcSample[]): void {
		this.samples++;
		for (const s of samples) {
			const kb = Math.max(s.hwmKB ?? 0, s.rssKB ?? 0);
			if (kb === 0) continue;
			const key = `${s.pid}@${s.start}`;
			const known = this.#peaks.get(key);
			if (!known) this.#peaks.set(key, { pid: s.pid, comm: s.comm, peakKB: kb });
			else if (kb > known.peakKB) known.peakKB = kb;
		}
	}

	/** Every process seen, largest first. */
	processes(): ProcessPeak[] {
		return [...this.#peaks.values()].sort((a, b) => b.peakKB - a.peakKB);
	}

	/** The largest single process, or null if none was seen. */
	peak(): ProcessPeak | null {
		return this.processes()[0] ?? null;
	}
}

/** Reads the tree under `root` from /proc now. Processes that vanish while being read are skipped. */
export function readProcTree(root: number, proc = '/proc'): ProcSample[] {
	const stats: ProcStat[] = [];
	for (const name of readdirSync(proc)) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = parseStat(readFileSync(`${proc}/${name}/stat`, 'utf8'));
			if (stat) stats.push(stat);
		} catch {
			// Exited meanwhile.
		}
	}
	const tree = treeOf(root, stats);
	const samples: ProcSample[] = [];
	for (const stat of stats) {
		if (!tree.has(stat.pid)) continue;
		try {
			samples.push({ ...stat, ...parseStatus(readFileSync(`${proc}/${stat.pid}/status`, 'utf8')) });
		} catch {
			// Exited meanwhile.
		}
	}
	return samples;
}

/** Polls the tree under `root` every `intervalMs` until stop() is called; stop() takes a last sample. */
export function watchPeak(root: number, intervalMs = 100): { stop(): PeakTracker; tracker: PeakTracker } {
	const tracker = new PeakTracker();
	const sample = () => {
		try {
			tracker.update(readProcTree(root));
		} catch {
			// /proc unreadable: the tracker stays empty and the report says so.
		}
	};
	sample();
	const timer = setInterval(sample, intervalMs);
	return {
		tracker,
		stop() {
			clearInterval(timer);
			sample();
			return tracker;
		},
	};
}
