/** Runs the importer over the annotated corpus, as `npm run eval` and its unit test do. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UnreadableSource } from '../../src/import/extracted.ts';
import { citationsInFile, importFile } from '../../src/import/importFile.ts';
import { ImportError } from '../../src/import/importText.ts';
import type { Issuer } from '../../src/schemas/issuer.ts';
import { noticeDocx } from '../../tests/unit/support/docxFixtures.ts';
import { noticePdf } from '../../tests/unit/support/pdfFixtures.ts';
import { noticeOf } from './renditions.ts';
import { FIELDS, loadCorpus, score, type Annotation, type Field, type Outcome, type Score } from './score.ts';

/** The ways a document reaches the importer: the text as gathered, and that text laid out again as Word and as PDF. */
export const LAYOUTS = ['text', 'docx', 'pdf'] as const;
export type Layout = (typeof LAYOUTS)[number];

const NOTHING = Object.fromEntries(FIELDS.map((f) => [f, null])) as Record<Field, string | null>;

/** What the importer makes of one file: its fields, and (for the text) the citations of the whole file. */
export async function outcomeOf(path: string, registry: readonly Issuer[], bytes?: Uint8Array): Promise<Outcome> {
	try {
		const imported = await importFile(path, { registry, importedAt: '2026-12-01', ...(bytes ? { bytes } : {}) });
		const { frontmatter } = imported;
		return {
			fields: {
				type: frontmatter.type,
				number: frontmatter.number,
				issuedAt: frontmatter.issuedAt,
				place: frontmatter.place,
				issuer: imported.printedIssuer,
				signer: frontmatter.signer.name,
			},
			citations: bytes ? [] : (await citationsInFile(path, registry)).citations,
		};
	} catch (error) {
		if (!(error instanceof ImportError || error instanceof UnreadableSource)) throw error;
		return { fields: NOTHING, citations: [], refused: error.message };
	}
}

/**
 * A Word or PDF rendition holds the document alone: what only a lede or the website
 * stated is gone from it, and its citations are measured on the text.
 */
function forRendition(annotation: Annotation): Annotation {
	const expected = { ...annotation.expected };
	for (const field of FIELDS) if (annotation.where[field] === 'lede' || annotation.where[field] === 'site') expected[field] = null;
	return { ...annotation, expected, citations: [] };
}

export async function evaluateCorpus(
	dir: string,
	registry: readonly Issuer[],
	progress: (i: number, total: number, file: string) => void = () => {},
): Promise<Record<Layout, Score>> {
	const annotations = loadCorpus(dir);
	const results: Record<Layout, { annotation: Annotation; outcome: Outcome }[]> = { text: [], docx: [], pdf: [] };
	for (const [i, annotation] of annotations.entries()) {
		progress(i + 1, annotations.length, annotation.file);
		const path = join(dir, annotation.file);
		results.text.push({ annotation, outcome: await outcomeOf(path, registry) });
		const notice = noticeOf(readFileSync(path, 'utf8'));
		if (!notice) continue;
		const rendition = forRendition(annotation);
		const stem = annotation.file.replace(/\.txt$/, '');
		results.docx.push({ annotation: rendition, outcome: await outcomeOf(`${stem}.docx`, registry, await noticeDocx(notice)) });
		results.pdf.push({ annotation: rendition, outcome: await outcomeOf(`${stem}.pdf`, registry, await noticePdf(notice)) });
	}
	return { text: score(results.text), docx: score(results.docx), pdf: score(results.pdf) };
}
