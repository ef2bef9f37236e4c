/**
 * How the search page combines several Pagefind searches into one list.
 * Pagefind ranks unquoted queries but not quoted ones (every hit of an exact
 * phrase scores alike), so a quoted query takes its set from the exact search
 * and its order from the ranked one.
 */

/** The items of `set` in the order of `order`; those `order` lacks keep their own order after. */
export function inOrderOf<T>(set: readonly T[], order: readonly T[], key: (item: T) => string = String): T[] {
	const position = new Map<string, number>();
	order.forEach((item, i) => {
		const k = key(item);
		if (!position.has(k)) position.set(k, i);
	});
	const ranked = set.filter((item) => position.has(key(item))).sort((a, b) => position.get(key(a))! - position.get(key(b))!);
	const rest = set.filter((item) => !position.has(key(item)));
	return [...ranked, ...rest];
}

/** The items whose key is not in `seen`, each key once; adds their keys to `seen`. */
export function unseen<T>(items: readonly T[], seen: Set<string>, key: (item: T) => string): T[] {
	const out: T[] = [];
	for (const item of items) {
		const k = key(item);
		if (seen.has(k)) continue;
		seen.add(k);
		out.push(item);
	}
	return out;
}

/** A result page's URL with the words to highlight there: "/van-ban/x/?tim=đảng&tim=viên". */
export function withHighlight(url: string, terms: readonly string[], param = 'tim'): string {
	const clean = terms.map((t) => t.trim()).filter(Boolean);
	if (clean.length === 0) return url;
	const hash = url.indexOf('#');
	const path = hash < 0 ? url : url.slice(0, hash);
	const fragment = hash < 0 ? '' : url.slice(hash);
	const params = new URLSearchParams(path.includes('?') ? path.slice(path.indexOf('?') + 1) : '');
	for (const t of clean) params.append(param, t);
	const bare = path.includes('?') ? path.slice(0, path.indexOf('?')) : path;
	return `${bare}?${params.toString()}${fragment}`;
}

/** "12 văn bản" with the number in Vietnamese grouping. */
export function countText(n: number): string {
	return `${n.toLocaleString('vi-VN')} văn bản`;
}

