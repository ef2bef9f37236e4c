import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyFolder, outputIsTrusted, readMarker, removeStaleFiles, writeMarker } from '../../../src/integrations/keptOutput.ts';

function file(dir: string, path: string, ageSeconds = 0): string {
	const full = join(dir, path);
	mkdirSync(join(full, '..'), { recursive: true });
	writeFileSync(full, path);
	const time = new Date(Date.now() - ageSeconds * 1000);
	utimesSync(full, time, time);
	return full;
}

describe('kept output', () => {
	it('trusts the folder only after a finished build that wrote to it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kept-'));
		const marker = join(dir, 'cache/kho-van-ban/output.json');
		expect(outputIsTrusted(readMarker(marker), '/site/dist/')).toBe(false);
		writeMarker(marker, { outDir: '/site/dist/', finished: false });
		expect(outputIsTrusted(readMarker(marker), '/site/dist/')).toBe(false);
		writeMarker(marker, { outDir: '/site/dist/', finished: true });
		expect(outputIsTrusted(readMarker(marker), '/site/dist/')).toBe(true);
		expect(outputIsTrusted(readMarker(marker), '/site/other/')).toBe(false);
		writeFileSync(marker, '{"outDir": 3');
		expect(readMarker(marker)).toBeNull();
	});

	it('removes the old files the build did not make, and keeps what it made or reused, the gzip copies and the index', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kept-'));
		const reused = file(dir, 'van-ban/2024/1-nq-tu/index.html', 3600);
		file(dir, 'van-ban/2024/2-nq-tu/index.html', 3600);
		file(dir, 'van-ban/2024/2-nq-tu/index.html.gz', 3600);
		file(dir, '_astro/old.B1.js', 3600);
		file(dir, '_astro/new.C2.js');
		file(dir, 'pagefind/2024/pagefind.js', 3600);
		file(dir, 'gone/only/index.html', 3600);
		const since = Date.now() - 60_000;
		expect(removeStaleFiles(dir, new Set([reused]), since).sort()).toEqual(['_astro/old.B1.js', 'gone/only/index.html', 'van-ban/2024/2-nq-tu/index.html']);
		expect(existsSync(reused)).toBe(true);
		expect(readdirSync(join(dir, '_astro'))).toEqual(['new.C2.js']);
		expect(existsSync(join(dir, 'van-ban/2024/2-nq-tu/index.html.gz'))).toBe(true);
		expect(existsSync(join(dir, 'pagefind/2024/pagefind.js'))).toBe(true);
		expect(existsSync(join(dir, 'gone'))).toBe(false);
	});

	it('empties a folder it cannot trust, but for .git', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kept-'));
		file(dir, 'index.html');
		file(dir, '.git/HEAD');
		emptyFolder(dir);
		expect(readdirSync(dir)).toEqual(['.git']);
	});
});
