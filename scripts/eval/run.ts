/** Runs the importer over the annotated corpus, as `npm run eval` and its unit test do. */
import { join } from 'node:path';
import { UnreadableSource } from '../../src/import/extracted.ts';
import { citationsInFile, importFile } from '../../src/import/importFile.ts';
import { ImportError } from '../../src/import/importText.ts';
import type { Issuer } from '../../src/schemas/issuer.ts';
import { loadCorpus, score, type Annotation, type Outcome, type Score } from './score.ts';

/** What the importer makes of one corpus file: its fields, and the citations of the whole file. */
export async function outcomeOf(path: string, registry: readonly Issuer[]): Promise<Outcome> {
	const { citations } = await citationsInFile(path, registry);
	try {
		const imported = await importFile(path, { registry, importedAt: '2026-12-01' });
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
			citations,
		};
	} catch (error) {
		if (!(error instanceof ImportError || error instanceof UnreadableSource)) throw error;
		return { fields: { type: null, number: null, issuedAt: null, place: null, issuer: null, signer: null }, citations, refused: error.message };
	}
}

export async function evaluateCorpus(
	dir: string,
	registry: readonly Issuer[],
	progress: (i: number, total: number, file: string) => void = () => {},
): Promise<Score> {
	const annotations = loadCorpus(dir);
	const results: { annotation: Annotation; outcome: Outcome }[] = [];
	for (const [i, annotation] of annotations.entries()) {
		progress(i + 1, annotations.length, annotation.file);
		results.push({ annotation, outcome: await outcomeOf(join(dir, annotation.file), registry) });
	}
	return score(results);
}
