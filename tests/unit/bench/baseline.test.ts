import { describe, expect, it } from 'vitest';
import { baselineFiles } from '../../../scripts/bench/baseline.ts';

describe('baseline project', () => {
	it('is plain Astro with MDX: a glob over the corpus, any frontmatter, one page rendering <Content />', () => {
		const files = baselineFiles('/work/x/corpus/directives', './cache');
		expect(Object.keys(files).sort()).toEqual(['astro.config.mjs', 'package.json', 'src/content.config.ts', 'src/pages/[...id].astro']);
		expect(files['astro.config.mjs']).toContain('integrations: [mdx()]');
		expect(files['astro.config.mjs']).toContain('cacheDir: "./cache"');
		expect(files['src/content.config.ts']).toContain('base: "/work/x/corpus/directives"');
		expect(files['src/content.config.ts']).toContain('z.looseObject({})');
		expect(files['src/pages/[...id].astro']).toContain('<main><Content /></main>');
	});
});
