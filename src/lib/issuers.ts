/** The registry of issuing bodies (`content/issuers.yaml`), read outside Astro too (by the importer). */
import yaml from 'js-yaml';
import { describeIssues } from './frontmatterErrors.ts';
import { IssuerSchema, type Issuer } from '../schemas/issuer.ts';
import { z } from 'astro/zod';

/** Parses and checks the registry; throws one readable message listing every problem. */
export function parseIssuerRegistry(text: string, file: string): Issuer[] {
	let data: unknown;
	try {
		data = yaml.load(text);
	} catch (error) {
		throw new Error(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
	}
	const result = z.array(IssuerSchema, { error: 'expected a list of issuing bodies' }).safeParse(data);
	if (!result.success) throw new Error(describeIssues(file, result.error.issues).join('\n'));
	const seen = new Set<string>();
	for (const issuer of result.data) {
		if (seen.has(issuer.id)) throw new Error(`${file}: id "${issuer.id}" appears twice; each issuer needs its own id`);
		seen.add(issuer.id);
	}
	return result.data;
}
