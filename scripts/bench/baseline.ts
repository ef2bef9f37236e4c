/**
 * The baseline: a plain Astro site over the same MDX files (only @astrojs/mdx,
 * a glob() collection with a schema that accepts anything, one page rendering
 * <Content /> in a minimal HTML shell). Written inside the repository so that
 * it resolves astro and @astrojs/mdx from the repository's node_modules.
 */

/** The baseline project's files, by path relative to its folder. */
export function baselineFiles(directives: string, cacheDir: string): Record<string, string> {
	return {
		'package.json': `${JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2)}\n`,
		'astro.config.mjs': [
			"import { defineConfig } from 'astro/config';",
			"import mdx from '@astrojs/mdx';",
			'',
			`export default defineConfig({ integrations: [mdx()], cacheDir: ${JSON.stringify(cacheDir)}, devToolbar: { enabled: false } });`,
			'',
		].join('\n'),
		'src/content.config.ts': [
			"import { defineCollection } from 'astro:content';",
			"import { glob } from 'astro/loaders';",
			"import { z } from 'astro/zod';",
			'',
			'export const collections = {',
			'\tdirectives: defineCollection({',
			`\t\tloader: glob({ pattern: '**/*.{md,mdx}', base: ${JSON.stringify(directives)} }),`,
			'\t\tschema: z.looseObject({}),',
			'\t}),',
			'};',
			'',
		].join('\n'),
		'src/pages/[...id].astro': [
			'---',
			"import { getCollection, render } from 'astro:content';",
			'',
			'export async function getStaticPaths() {',
			"\tconst entries = await getCollection('directives');",
			'\treturn entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));',
			'}',
			'',
			'const { entry } = Astro.props;',
			'const { Content } = await render(entry);',
			'---',
			'<!doctype html>',
			'<html lang="vi">',
			'\t<head>',
			'\t\t<meta charset="utf-8" />',
			'\t\t<title>{entry.id}</title>',
			'\t</head>',
			'\t<body>',
			'\t\t<main><Content /></main>',
			'\t</body>',
			'</html>',
			'',
		].join('\n'),
	};
}
