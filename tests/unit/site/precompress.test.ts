import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompressDirectory } from '../../../src/integrations/precompress.ts';

describe('precompressDirectory', () => {
	it('writes a gzip copy of each text file worth compressing, and nothing else', () => {
		const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
		mkdirSync(join(dir, 'van-ban'));
		const page = '<!doctype html><p>Đảng viên</p>'.repeat(50);
		writeFileSync(join(dir, 'van-ban/index.html'), page);
		writeFileSync(join(dir, 'tiny.css'), 'a{}');
		writeFileSync(join(dir, 'font.woff2'), Buffer.alloc(4096));
		expect(precompressDirectory(dir).files).toBe(1);
		expect(gunzipSync(readFileSync(join(dir, 'van-ban/index.html.gz'))).toString('utf8')).toBe(page);
		expect(readdirSync(dir).sort()).toEqual(['font.woff2', 'tiny.css', 'van-ban']);
	});
});
