/** Builds the site over a small content folder of its own, for tests of the build. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export function writeArchive(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'archive-content-'));
	copyFileSync('content/issuers.yaml', join(root, 'issuers.yaml'));
	writeDirectives(root, files);
	return root;
}

export function writeDirectives(root: string, files: Record<string, string>): void {
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(join(root, 'directives', name, '..'), { recursive: true });
		writeFileSync(join(root, 'directives', name), text);
	}
}

/** `astro build` over the archive in `root`, into root/dist. */
export function buildArchive(root: string, env: Record<string, string> = {}) {
	const outDir = join(root, 'dist');
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
		encoding: 'utf8',
		env: { ...process.env, ARCHIVE_CONTENT: root, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
	});
	const file = (name: string) => relative(process.cwd(), join(root, 'directives', name));
	return { code: result.status, output: result.stdout + result.stderr, root, outDir, file };
}

export function buildWith(files: Record<string, string>, env: Record<string, string> = {}) {
	return buildArchive(writeArchive(files), env);
}
