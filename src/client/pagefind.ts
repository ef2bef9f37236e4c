/**
 * Loads the search index's files from <base>pagefind/: shards.json, the word
 * map's parts, and each shard's Pagefind bundle, each once and only when asked:
 * nothing is fetched until the reader starts searching. Each shard's pagefind.js
 * is a module of its own URL, so each keeps its own index.
 */
import type { Pagefind } from '../lib/search/pagefind.ts';
import { onceEach as once } from '../lib/search/engine.ts';
import type { SearchManifest, WordMapPart } from '../lib/search/shards.ts';

const ROOT = `${import.meta.env.BASE_URL}pagefind/`;

async function json<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`search index: ${response.status} ${url}`);
	return (await response.json()) as T;
}

const manifest = once(() => json<SearchManifest>(`${ROOT}shards.json`));

export const loadManifest = (): Promise<SearchManifest> => manifest('');

export const loadWordPart = once((part) => json<WordMapPart>(`${ROOT}tu/${part}.json`));

export const loadShard = once(async (id) => {
	const pagefind = (await import(/* @vite-ignore */ `${ROOT}${id}/pagefind.js`)) as Pagefind;
	// The index holds full paths already (<base>van-ban/…): no base to prepend.
	await pagefind.options({ baseUrl: '/', excerptLength: 24 });
	await pagefind.init();
	return pagefind;
});
