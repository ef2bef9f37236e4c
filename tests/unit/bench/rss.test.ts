import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PeakTracker, parseStat, parseStatus, readProcTree, treeOf, type ProcSample } from '../../../scripts/bench/rss.ts';

const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const STAT = (pid: number, comm: string, ppid: number, start = 1000) =>
	`${pid} (${comm}) S ${ppid} ${pid} ${pid} 0 -1 4194560 100 0 0 0 5 1 0 0 20 0 7 0 ${start} 123456 789 18446744073709551615\n`;
const STATUS = (hwm: number | null, rss: number | null) =>
	`Name:\tnode\nState:\tS (sleeping)\n${hwm === null ? '' : `VmHWM:\t  ${hwm} kB\n`}${rss === null ? '' : `VmRSS:\t  ${rss} kB\n`}Threads:\t7\n`;

describe('peak memory from /proc', () => {
	it('parses stat lines, command names with spaces and parentheses included', () => {
		expect(parseStat(STAT(42, 'node', 1, 555))).toEqual({ pid: 42, ppid: 1, comm: 'node', start: '555' });
		expect(parseStat(STAT(43, 'Web Content (x)', 42))).toMatchObject({ pid: 43, ppid: 42, comm: 'Web Content (x)' });
		expect(parseStat('garbage')).toBeNull();
	});

	it('reads VmHWM and VmRSS in kB, null when absent (kernel threads)', () => {
		expect(parseStatus(STATUS(2_000_000, 1_500_000))).toEqual({ hwmKB: 2_000_000, rssKB: 1_500_000 });
		expect(parseStatus(STATUS(null, null))).toEqual({ hwmKB: null, rssKB: null });
	});

	it('finds a process tree: the root and every descendant, nothing else', () => {
		const procs = [
			{ pid: 1, ppid: 0 },
			{ pid: 10, ppid: 1 },
			{ pid: 11, ppid: 10 },
			{ pid: 12, ppid: 11 },
			{ pid: 13, ppid: 10 },
			{ pid: 20, ppid: 1 },
		];
		expect([...treeOf(10, procs)].sort((a, b) => a - b)).toEqual([10, 11, 12, 13]);
		expect([...treeOf(99, procs)]).toEqual([99]);
	});

	it('keeps the largest reading per process, tells reused pids apart, and reports the largest single process', () => {
		const sample = (pid: number, comm: string, hwm: number | null, rss: number | null, start = '1'): ProcSample => ({ pid, ppid: 1, comm, start, hwmKB: hwm, rssKB: rss });
		const tracker = new PeakTracker();
		expect(tracker.peak()).toBeNull();
		tracker.update([sample(10, 'node', 500_000, 400_000), sample(11, 'pagefind', 100_000, 100_000)]);
		tracker.update([sample(10, 'node', 900_000, 300_000), sample(11, 'pagefind', 1_200_000, 1_200_000)]);
		// pid 11 ended; a new process got its pid: another process, not a larger reading of the old one.
		tracker.update([sample(10, 'node', 800_000, 200_000), sample(11, 'esbuild', 1_300_000, 0, '2')]);
		expect(tracker.samples).toBe(3);
		expect(tracker.peak()).toEqual({ pid: 11, comm: 'esbuild', peakKB: 1_300_000 });
		expect(tracker.processes().map((p) => [p.comm, p.peakKB])).toEqual([
			['esbuild', 1_300_000],
			['pagefind', 1_200_000],
			['node', 900_000],
		]);
		// Without VmHWM (some kernels), VmRSS counts.
		const only = new PeakTracker();
		only.update([sample(5, 'x', null, 1234)]);
		expect(only.peak()!.peakKB).toBe(1234);
	});

	it('reads a tree from a /proc folder', () => {
		const proc = mkdtempSync(join(tmpdir(), 'proc-'));
		made.push(proc);
		const add = (pid: number, comm: string, ppid: number, hwm: number) => {
			mkdirSync(join(proc, String(pid)));
			writeFileSync(join(proc, String(pid), 'stat'), STAT(pid, comm, ppid));
			writeFileSync(join(proc, String(pid), 'status'), STATUS(hwm, hwm));
		};
		add(1, 'init', 0, 10);
		add(100, 'node', 1, 700_000);
		add(101, 'pagefind', 100, 300_000);
		add(200, 'other', 1, 9_000_000);
		mkdirSync(join(proc, 'self'));
		mkdirSync(join(proc, '102')); // vanished while read: no stat file
		const tree = readProcTree(100, proc);
		expect(tree.map((p) => [p.comm, p.hwmKB]).sort()).toEqual([
			['node', 700_000],
			['pagefind', 300_000],
		]);
	});

	it('reads this very process from the real /proc', () => {
		const tree = readProcTree(process.pid);
		const self = tree.find((p) => p.pid === process.pid);
		expect(self?.hwmKB).toBeGreaterThan(10_000);
	});
});
