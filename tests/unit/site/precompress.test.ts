import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompressDirectory } from '../../../src/integrations/precompress.ts';

const page = '<!doctype html><p>Đảng viên</p>'.repeat(50);

describe('precompressDirectory', () => {
	it('writes a gzip copy of each text file worth compressing, and nothing else', () => {
		const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
		mkdirSync(join(dir, 'van-ban'));
		writeFileSync(join(dir, 'van-ban/index.html'), page);
		writeFileSync(join(dir, 'tiny.css'), 'a{}');
		writeFileSync(join(dir, 'font.woff2'), Buffer.alloc(4096));
		expect(precompressDirectory(dir).files).toBe(1);
		expect(gunzipSync(readFileSync(join(dir, 'van-ban/index.html.gz'))).toString('utf8')).toBe(page);
		expect(readdirSync(dir).sort()).toEqual(['font.woff2', 'tiny.css', 'van-ban']);
	});

	it("keeps a copy with its file's time, makes one again for a file changed since, and removes one whose file is gone", () => {
		const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
		for (const name of ['same.html', 'changed.html', 'gone.html']) writeFileSync(join(dir, name), page);
		precompressDirectory(dir);
		const changed = `${page}<p>Sửa đổi</p>`;
		writeFileSync(join(dir, 'changed.html'), changed);
		const later = new Date(statSync(join(dir, 'changed.html.gz')).mtimeMs + 5000);
		utimesSync(join(dir, 'changed.html'), later, later);
		unlinkSync(join(dir, 'gone.html'));
		const result = precompressDirectory(dir);
		expect(result).toMatchObject({ files: 1, kept: 1 });
		expect(gunzipSync(readFileSync(join(dir, 'changed.html.gz'))).toString('utf8')).toBe(changed);
		expect(readdirSync(dir).sort()).toEqual(['changed.html', 'changed.html.gz', 'same.html', 'same.html.gz']);
	});
});
