/** The five real seed documents (tests/fixtures/seeds), imported as the importer would. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importText } from '../../src/import/importText.ts';
import { parseIssuerRegistry } from '../../src/lib/issuers.ts';

export const SEEDS_DIR = join(import.meta.dirname, '../fixtures/seeds');
export const registry = parseIssuerRegistry(readFileSync('content/issuers.yaml', 'utf8'), 'content/issuers.yaml');

export function seedFile(prefix: string): string {
	const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix));
	if (!name) throw new Error(`no seed ${prefix}`);
	return join(SEEDS_DIR, name);
}

export function seedText(prefix: string): string {
	return readFileSync(seedFile(prefix), 'utf8');
}

export function importSeed(prefix: string) {
	return importText(seedText(prefix), { file: `${prefix}.txt`, importedAt: '2026-11-23', registry });
}
