/**
 * Loads the Pagefind bundle the build wrote to <base>/pagefind/, once, and only
 * when called: nothing is fetched until the reader starts searching.
 */
import type { Pagefind } from '../lib/search/pagefind.ts';

let loading: Promise<Pagefind> | null = null;

export function loadPagefind(): Promise<Pagefind> {
	loading ??= (async () => {
		const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		// The index holds full paths already (<base>van-ban/…): no base to prepend.
		await pagefind.options({ baseUrl: '/', excerptLength: 24 });
		await pagefind.init();
		return pagefind;
	})();
	loading.catch(() => {
		loading = null;
	});
	return loading;
}
