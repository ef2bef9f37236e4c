/**
 * Marks the words the reader searched for in the document (<mark>, compared
 * folded, as in the result list), says how many were found, offers to remove
 * the marks, and brings the first one in the body into view.
 */
import { matchRanges } from '../lib/search/highlight.ts';
import { fromIndexText } from '../lib/search/text.ts';

const SKIP = 'script, style, [hidden], [aria-hidden="true"], .highlight-note';

function markIn(root: Element, terms: readonly string[]): HTMLElement[] {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	const nodes: Text[] = [];
	for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
	const marks: HTMLElement[] = [];
	for (const node of nodes) {
		const text = node.data;
		const ranges = matchRanges(text, terms);
		if (ranges.length === 0) continue;
		const fragment = document.createDocumentFragment();
		let at = 0;
		for (const [start, end] of ranges) {
			if (start > at) fragment.append(text.slice(at, start));
			const mark = document.createElement('mark');
			mark.className = 'search-hit';
			mark.textContent = text.slice(start, end);
			fragment.append(mark);
			marks.push(mark);
			at = end;
		}
		if (at < text.length) fragment.append(text.slice(at));
		node.replaceWith(fragment);
	}
	return marks;
}

function unmark(root: Element): void {
	for (const mark of root.querySelectorAll('mark.search-hit')) mark.replaceWith(mark.textContent ?? '');
	root.normalize();
}

export function markTerms(rawTerms: readonly string[]): void {
	const article = document.querySelector('article[data-pagefind-body]');
	if (!article) return;
	const terms = rawTerms.map(fromIndexText);
	const marks = markIn(article, terms);
	const list = terms.map((t) => `“${t}”`).join(', ');
	const note = document.createElement('p');
	note.className = 'highlight-note';
	note.setAttribute('role', 'status');
	note.append(
		marks.length > 0 ? `Đã tô sáng ${marks.length} chỗ khớp với ${list}. ` : `Không thấy ${list} trong văn bản này. `,
	);
	const clear = document.createElement('button');
	clear.type = 'button';
	clear.className = 'link-button';
	clear.textContent = 'Bỏ tô sáng';
	clear.addEventListener('click', () => {
		unmark(article);
		note.remove();
		const url = new URL(location.href);
		url.searchParams.delete('tim');
		history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
	});
	if (marks.length > 0) note.append(clear);
	article.before(note);
	if (!location.hash) (article.querySelector('.notice-body mark.search-hit') ?? marks[0])?.scrollIntoView({ block: 'center' });
}
