/**
 * The peers a developer would pick instead, built over the same corpus in the
 * same run: Hugo (Debian's `hugo`) with minimal templates plus the Pagefind CLI,
 * and the plain Astro baseline (scripts/bench/baseline.ts) plus the Pagefind CLI.
 * Hugo reads Markdown, not MDX: the corpus's files are copied in as .md (the
 * generated bodies are plain Markdown with GFM footnotes), outside the timing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO, runProcess, type BuildRun } from './build.ts';

const PAGEFIND_CLI = join(REPO, 'node_modules', '.bin', 'pagefind');

/** The Hugo site's files, by path relative to its folder: a config and two one-line templates. */
export function hugoFiles(): Record<string, string> {
	const page = (body: string) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>${body}</body></html>\n`;
	return {
		// Only pages: no taxonomies, feeds or sitemap, as little as a Hugo site can build.
		'config.toml': [
			'baseURL = "/"',
			'languageCode = "vi"',
			'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]',
			'[markup.goldmark.renderer]',
			'unsafe = true',
			'',
		].join('\n'),
		'layouts/_default/single.html': page('<main data-pagefind-body>{{ .Content }}</main>'),
		'layouts/_default/list.html': page('<main>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .File.BaseFileName }}</a> {{ end }}</main>'),
	};
}

/** Whether `hugo` is on the PATH; the bench notes its absence and skips the peer. */
export function hugoVersion(): string | null {
	const run = spawnSync('hugo', ['version'], { encoding: 'utf8' });
	return run.status === 0 ? run.stdout.trim() : null;
}

/** Copies every .mdx under `directives` into `content` as .md, keeping the folders. */
export function copyAsMarkdown(directives: string, content: string): number {
	rmSync(content, { recursive: true, force: true });
	let copied = 0;
	for (const name of readdirSync(directives, { recursive: true, encoding: 'utf8' })) {
		if (!name.endsWith('.mdx')) continue;
		const target = join(content, name.replace(/\.mdx$/, '.md'));
		mkdirSync(dirname(target), { recursive: true });
		copyFileSync(join(directives, name), target);
		copied++;
	}
	return copied;
}

export interface PeerRun {
	/** The site generator's run (Hugo), then the Pagefind CLI's over its output. */
	site: BuildRun;
	index: BuildRun | null;
}

/** The Pagefind CLI over a built site, measured like a build. */
export function runPagefindCli(siteDir: string, logFile: string): Promise<BuildRun> {
	return runProcess(process.execPath, [PAGEFIND_CLI, '--site', siteDir], { cwd: REPO, env: process.env, logFile });
}

/** Hugo then the Pagefind CLI; the index is not run when Hugo failed. */
export async function runHugoPeer(directives: string, dir: string, logs: string, suffix: string): Promise<PeerRun> {
	for (const [path, text] of Object.entries(hugoFiles())) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	copyAsMarkdown(directives, join(dir, 'content'));
	const out = join(dir, `public-${suffix}`);
	rmSync(out, { recursive: true, force: true });
	rmSync(join(dir, 'resources'), { recursive: true, force: true });
	const site = await runProcess('hugo', ['--quiet', '--destination', out], { cwd: dir, env: process.env, logFile: join(logs, `hugo-${suffix}.log`) });
	const index = site.exitCode === 0 ? await runPagefindCli(out, join(logs, `hugo-pagefind-${suffix}.log`)) : null;
	return { site, index };
}

/** Wall seconds and the peak of the larger of two runs, or nulls when either failed. */
export function combined(site: BuildRun | null, index: BuildRun | null): { seconds: number | null; peakMB: number | null } {
	if (!site || !index || site.exitCode !== 0 || index.exitCode !== 0) return { seconds: null, peakMB: null };
	const peakKB = Math.max(site.peak?.peakKB ?? 0, index.peak?.peakKB ?? 0);
	return { seconds: site.seconds + index.seconds, peakMB: peakKB ? peakKB / 1024 : null };
}
