/** Writing an imported document as an MDX file, and where it goes in `content/directives/`. */
import yaml from 'js-yaml';
import { numberSlug } from '../lib/numbers.ts';
import type { ORIGINAL_EXTENSIONS } from '../schemas/source.ts';
import type { SourceFormat } from './formats/readSource.ts';
import type { Frontmatter } from './importText.ts';

export const UNKNOWN_YEAR_FOLDER = 'chua-ro-nam';

export function toMdxFile(frontmatter: Frontmatter, body: string): string {
	const header = yaml.dump(frontmatter, { lineWidth: -1, noRefs: true, quotingType: '"' });
	return `---\n${header}---\n\n${body}`;
}

/**
 * `2024/307-nq-tu.mdx` when year and number are known; otherwise the type and
 * the first 8 hex digits of the source checksum: `chua-ro-nam/cong-van-786b4cec.mdx`
 * (`van-ban-…` while the type is unknown too).
 */
export function directivePath(frontmatter: Frontmatter): string {
	const folder = frontmatter.year === null ? UNKNOWN_YEAR_FOLDER : String(frontmatter.year);
	const name = frontmatter.number
		? numberSlug(frontmatter.number)
		: `${frontmatter.type ?? 'van-ban'}-${frontmatter.source.sha256.slice(0, 8)}`;
	return `${folder}/${name}.mdx`;
}

const EXTENSIONS: Record<SourceFormat, (typeof ORIGINAL_EXTENSIONS)[number]> = { docx: 'docx', doc: 'doc', pdf: 'pdf', text: 'txt', png: 'png', jpeg: 'jpg', tiff: 'tif' };

/**
 * Where the original is kept: beside the MDX file, with the same name and the
 * extension of its format (a text export becomes .txt, never .md, which would be
 * read as a document): `2024/307-nq-tu.mdx` → `2024/307-nq-tu.docx`.
 */
export function originalPath(mdxPath: string, format: SourceFormat): string {
	return mdxPath.replace(/\.mdx$/, `.${EXTENSIONS[format]}`);
}
