/**
 * The search page (/tim-kiem/). Reads the query, filters and sort from the URL
 * and writes them back; loads Pagefind only once the reader searches (a query
 * in the URL, or focus in the box). A number in any spelling lists the documents
 * with that number and those citing it from /tra-cuu/so-hieu/, without loading
 * the index; a button searches the documents' text for it as well. Text goes to
 * the index's shards newest first (src/lib/search/engine.ts); once a page of
 * results is found, the page says which years it has searched and offers the rest.
 */
import { formatDate } from '../lib/dates.ts';
import { splitMarked } from '../lib/search/highlight.ts';
import { coveredShards, filterCounts, find, loadData, numberLookup, remainingShards, searchMore, type Found, type Hit, type SearchDeps } from '../lib/search/engine.ts';
import { holdsYear, yearsLabel, type Shard } from '../lib/search/shards.ts';
import type { CitingEntry, NumberEntry } from '../lib/search/numbers.ts';
import { FILTER_LABELS, type FilterName } from '../lib/search/record.ts';
import { fromIndexText } from '../lib/search/text.ts';
import { countText, withHighlight } from '../lib/search/order.ts';
import {
	FILTER_NAMES,
	emptyFilters,
	hasFilters,
	readSearchState,
	writeSearchState,
	type SearchState,
	type SortKey,
} from '../lib/search/url.ts';
import { joinUnder, siteUrls } from '../lib/urls.ts';
import type { FilterCounts } from '../lib/search/pagefind.ts';
import { loadManifest, loadShard, loadWordPart } from './pagefind.ts';

const BASE = import.meta.env.BASE_URL;
const urls = siteUrls(BASE);
/** Results shown at once; "Xem thêm" shows as many more. */
const PAGE_SIZE = 20;
const TYPING_DELAY = 300;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-q')!;
const app = document.querySelector<HTMLElement>('#search-app')!;
const groups = document.querySelector<HTMLElement>('#filter-groups')!;
const filtersSection = document.querySelector<HTMLElement>('.search-filters')!;
const clearFilters = document.querySelector<HTMLButtonElement>('#clear-filters')!;
const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const output = document.querySelector<HTMLElement>('#search-output')!;

let state: SearchState = readSearchState(new URLSearchParams(location.search));
let generation = 0;
/** Each rendering's number: a rendering still loading results stops once a newer one began. */
let rendering = 0;
let typingTimer: number | undefined;
/** Every filter value of the archive with its count, once the index's manifest is loaded. */
let allFilters: FilterCounts | null = null;

// ---------------------------------------------------------------- DOM helpers

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

/** Text with the reader's words marked (compared folded). */
function marked(text: string, terms: readonly string[]): DocumentFragment {
	const fragment = document.createDocumentFragment();
	for (const piece of splitMarked(text, terms)) fragment.append(piece.marked ? el('mark', {}, piece.text) : piece.text);
	return fragment;
}

/** Pagefind's excerpt (HTML with <mark>) as nodes: only its text and its marks, nothing else. */
function excerptNodes(html: string): DocumentFragment {
	const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
	const fragment = document.createDocumentFragment();
	for (const node of parsed.childNodes) {
		if (node.nodeName === 'MARK') fragment.append(el('mark', {}, node.textContent ?? ''));
		else fragment.append(node.textContent ?? '');
	}
	return fragment;
}

function unknown(text: string): HTMLElement {
	return el('span', { class: 'unknown' }, text);
}

function metaLine(type: string | null, number: string | null, date: string | null): HTMLElement {
	const sep = () => el('span', { class: 'sep', 'aria-hidden': 'true' }, '·');
	return el(
		'p',
		{ class: 'doc-meta' },
		el('span', { class: 'doc-type' }, type ?? 'Văn bản'),
		sep(),
		number ? el('span', { class: 'doc-number' }, `Số ${number}`) : unknown('chưa rõ số'),
		sep(),
		date ? el('span', { class: 'doc-date' }, `ngày ${date}`) : unknown('chưa rõ ngày'),
	);
}

// ---------------------------------------------------------------- what a search finds

// Each lookup file is fetched once: typing "307-NQ/TU" twice asks for 307.json once.
const lookUpNumber = numberLookup(async (path) => {
	const response = await fetch(joinUnder(BASE, 'tra-cuu', 'so-hieu', ...path).replace(/\/$/, ''));
	if (!response.ok) throw new Error(`number lookup: ${response.status} ${response.url}`);
	return (await response.json()) as unknown;
});

const deps: SearchDeps = {
	lookUpNumber,
	manifest: async () => {
		const manifest = await loadManifest();
		allFilters ??= manifest.filters;
		return manifest;
	},
	wordPart: loadWordPart,
	shard: loadShard,
};

// ---------------------------------------------------------------- rendering

function numberItem(entry: NumberEntry): HTMLElement {
	const date = entry.date ? formatDate(entry.date) : null;
	const href = entry.kind === 'document' ? withHighlight(entry.url, [entry.number]) : entry.url;
	const label =
		entry.kind === 'stub'
			? el('span', {}, el('span', { class: 'badge' }, 'Chưa có trong kho'), ' ', `Văn bản số ${entry.number}: xem nơi dẫn chiếu`)
			: el('span', {}, entry.title ?? `${entry.type ?? 'Văn bản'} số ${entry.number}`);
	return el(
		'li',
		{ class: `doc-item result${entry.kind === 'stub' ? ' result-stub' : ''}` },
		metaLine(entry.type, entry.number, date),
		el('p', { class: 'doc-title' }, el('a', { href, class: 'result-link' }, label)),
	);
}

function hitItem(hit: Hit, terms: readonly string[]): HTMLElement {
	const data = hit.data!;
	const meta = (name: string) => fromIndexText(data.meta[name] ?? '').trim();
	const known = (value: string) => (value === '' || value === 'chưa rõ' ? null : value);
	const title = meta('trich_yeu') || meta('title');
	const item = el(
		'li',
		{ class: 'doc-item result' },
		metaLine(known(meta('loai')), known(meta('so_hieu')), known(meta('ngay'))),
		el('p', { class: 'doc-title' }, el('a', { href: withHighlight(data.url, terms), class: 'result-link' }, marked(title, terms))),
	);
	const excerpt = fromIndexText(data.excerpt).trim();
	if (excerpt) item.append(el('p', { class: 'result-excerpt' }, '… ', excerptNodes(excerpt), ' …'));
	return item;
}

/** A document citing the number: its title, and the citation as it writes it, the number marked. */
function citingItem(citing: CitingEntry, numbers: readonly string[]): HTMLElement {
	const date = citing.date ? formatDate(citing.date) : null;
	return el(
		'li',
		{ class: 'doc-item result' },
		metaLine(citing.type, citing.number, date),
		el('p', { class: 'doc-title' }, el('a', { href: withHighlight(citing.url, numbers), class: 'result-link' }, citing.title || `${citing.type} số ${citing.number ?? '(chưa rõ số)'}`)),
		el('p', { class: 'result-excerpt' }, '… ', marked(citing.cited, numbers), ' …'),
	);
}

/** When a number has more citing documents than the lookup lists: links to the pages that list them all. */
function moreCitingNote(numbers: readonly NumberEntry[]): HTMLElement | null {
	const more = numbers.filter((e) => e.citedByCount > e.citedBy.length);
	if (more.length === 0) return null;
	const links = more.flatMap((e, i) => [i > 0 ? ', ' : '', el('a', { href: e.url }, `trang của số ${e.number}${e.date ? ` ngày ${formatDate(e.date)}` : ''}`)]);
	const most = Math.max(...more.map((e) => e.citedByCount));
	return el('p', { class: 'note' }, 'Đây là các văn bản mới nhất; ', ...links, ' liệt kê đủ ', countText(most), ' dẫn chiếu.');
}

function section(id: string, heading: string, ...content: HTMLElement[]): HTMLElement {
	return el('section', { class: 'result-group', 'aria-labelledby': id }, el('h3', { id }, heading), ...content);
}

/** Shows the text results from `from`, a page at a time, with a "Xem thêm" button while more remain. */
async function showTextPage(found: Found, list: HTMLOListElement, from: number, my: number, upTo = from + PAGE_SIZE): Promise<void> {
	const page = found.text.slice(from, upTo);
	await loadData(page);
	if (my !== rendering) return;
	const items = page.map((hit) => hitItem(hit, found.terms));
	list.append(...items);
	list.parentElement?.querySelector('.more')?.remove();
	const next = from + page.length;
	if (next < found.text.length) {
		const rest = found.text.length - next;
		const more = el('button', { type: 'button', class: 'more' }, `Xem thêm ${Math.min(rest, PAGE_SIZE)} kết quả (còn ${rest})`);
		more.addEventListener('click', async () => {
			more.disabled = true;
			await showTextPage(found, list, next, my);
			list.querySelectorAll<HTMLAnchorElement>('a.result-link')[next]?.focus();
		});
		list.after(more);
	}
}

function quoted(query: string): string {
	return `“${query.replace(/^["“”„]|["“”]$/gu, '')}”`;
}

/** Where the search has looked, and a button to look in the years left: "Đã tìm trong 2022–2026 · Tìm tiếp các năm trước". */
function shardsNote(found: Found, list: HTMLOListElement | null): HTMLElement | null {
	const rest = remainingShards(found);
	if (rest.length === 0) return null;
	const button = el('button', { type: 'button', class: 'more', id: 'tim-tiep' }, state.sort === 'cu-nhat' ? 'Tìm tiếp các năm sau' : 'Tìm tiếp các năm trước', el('span', { class: 'sr-only' }, ` (${yearsLabel(rest)})`));
	button.addEventListener('click', async () => {
		button.disabled = true;
		const my = generation;
		const shown = list?.querySelectorAll('a.result-link').length ?? 0;
		await searchMore(found, state, deps);
		if (my !== generation) return;
		await showFilterCounts(found, my);
		await render(found, shown + PAGE_SIZE);
		(output.querySelectorAll<HTMLAnchorElement>('a.result-link')[found.numbers.length + found.citing.length + shown] ?? document.querySelector<HTMLElement>('#tim-tiep'))?.focus();
	});
	return el('p', { class: 'shards-note' }, `Đã tìm trong ${yearsLabel(coveredShards(found))}`, el('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '), button);
}

function emptyMessage(found: Found): HTMLElement {
	const hints = el('ul', { class: 'hints' });
	hints.append(
		el('li', {}, 'Kiểm tra chính tả, hoặc gõ không dấu (dang vien).'),
		el('li', {}, 'Dùng ít từ hơn, hoặc bỏ dấu ngoặc kép.'),
		el('li', {}, 'Số hiệu có thể gõ theo nhiều cách: 307-NQ/TU, 307/NQ-TU, 307 NQ TU, nq 307.'),
	);
	if (hasFilters(state)) {
		const button = el('button', { type: 'button', class: 'link-button' }, 'bỏ mọi bộ lọc');
		button.addEventListener('click', () => {
			state.filters = emptyFilters();
			void run();
		});
		hints.append(el('li', {}, 'Đang lọc kết quả: thử ', button, '.'));
	}
	hints.append(
		el('li', {}, 'Hoặc xem văn bản theo ', el('a', { href: urls.types }, 'loại'), ', ', el('a', { href: urls.years }, 'năm'), ' hay ', el('a', { href: urls.issuers }, 'cơ quan ban hành'), '.'),
	);
	return el('div', { class: 'search-empty' }, el('p', { class: 'search-empty-title' }, `Không tìm thấy văn bản nào cho ${quoted(found.query)}.`), el('p', {}, 'Gợi ý:'), hints);
}

/** Renders what has been found, the first `shown` text results (more behind "Xem thêm"). */
async function render(found: Found, shown = PAGE_SIZE): Promise<void> {
	const my = ++rendering;
	const total = found.numbers.length + found.citing.length + found.text.length;
	const parts: HTMLElement[] = [];
	const partial = remainingShards(found).length > 0;
	if (total === 0 && !partial) {
		output.replaceChildren(emptyMessage(found));
		setStatus(found.query ? `Không tìm thấy văn bản nào cho ${quoted(found.query)}.` : 'Không có văn bản nào khớp với bộ lọc.', false);
		return;
	}
	if (found.numbers.length > 0) {
		const list = el('ol', { class: 'doc-list result-list' });
		list.append(...found.numbers.map(numberItem));
		parts.push(section('ket-qua-so-hieu', 'Văn bản có số hiệu này', list));
		if (found.citing.length > 0) {
			const citing = el('ol', { class: 'doc-list result-list' });
			citing.append(...found.citing.map((c) => citingItem(c, found.terms)));
			const note = moreCitingNote(found.numbers);
			parts.push(section('ket-qua-dan-chieu', 'Văn bản dẫn chiếu số hiệu này', citing, ...(note ? [note] : [])));
		} else {
			parts.push(section('ket-qua-dan-chieu', 'Văn bản dẫn chiếu số hiệu này', el('p', { class: 'note' }, 'Chưa có văn bản nào trong kho dẫn chiếu số hiệu này.')));
		}
		if (found.textLeftOut) {
			const button = el('button', { type: 'button', class: 'more' }, `Tìm “${found.query}” trong nội dung các văn bản khác`);
			button.addEventListener('click', () => {
				button.disabled = true;
				void run(true);
			});
			parts.push(el('section', { class: 'result-group', 'aria-label': 'Tìm trong nội dung' }, button));
		}
	}
	let textList: HTMLOListElement | null = null;
	if (found.text.length > 0) {
		textList = el('ol', { class: 'doc-list result-list' });
		const heading = found.numbers.length > 0 ? 'Kết quả khác' : found.query ? 'Văn bản có từ khóa' : 'Văn bản theo bộ lọc';
		parts.push(section('ket-qua-noi-dung', heading, textList));
	}
	const note = shardsNote(found, textList);
	if (note) parts.push(note);
	output.replaceChildren(...parts);
	if (textList) await showTextPage(found, textList, 0, my, Math.max(shown, PAGE_SIZE));
	if (my !== rendering) return;
	const what = `${found.query ? ` cho ${quoted(found.query)}` : ''}${partial ? ` trong ${yearsLabel(coveredShards(found))}` : ''}`;
	const filtered = hasFilters(state) ? ' (đã lọc)' : '';
	const numberNote =
		found.numbers.length > 0 ? ` ${found.numbers.length} văn bản có đúng số hiệu này, ${found.citing.length} văn bản dẫn chiếu.` : '';
	setStatus(`Tìm thấy ${countText(total)}${what}${filtered}.${numberNote}`);
}

function setStatus(text: string, visible = true): void {
	if (status.textContent !== text) status.textContent = text;
	// When a box below says the same, the status stays for screen readers only.
	status.classList.toggle('sr-only', !visible);
}

// ---------------------------------------------------------------- filters

function filterValues(name: FilterName): string[] {
	const values = Object.keys(allFilters?.[name] ?? {});
	for (const v of state.filters[name]) if (!values.includes(v)) values.push(v);
	const last = (v: string) => (v === 'Chưa rõ' ? 1 : 0);
	if (name === 'nam') return values.sort((a, b) => last(a) - last(b) || b.localeCompare(a));
	return values.sort((a, b) => last(a) - last(b) || a.localeCompare(b, 'vi'));
}

/**
 * The filter list: every value of the archive, with its count in what has been
 * found (`counts`), or in the archive before a search. A year no searched shard
 * holds has not been counted, and shows no count.
 */
function renderFilters(counts: FilterCounts | null, searched: readonly Shard[] = []): void {
	if (!allFilters) return;
	const focused = document.activeElement instanceof HTMLInputElement && groups.contains(document.activeElement) ? document.activeElement.id : null;
	const fieldsets = FILTER_NAMES.map((name) => {
		const values = filterValues(name);
		if (values.length === 0) return null;
		const list = el('ul', { class: 'filter-list' });
		values.forEach((value, i) => {
			const id = `loc-${name}-${i}`;
			const counted = !counts || name !== 'nam' || searched.some((shard) => holdsYear(shard, value));
			const count = counts ? (counts[name]?.[value] ?? 0) : (allFilters![name]?.[value] ?? 0);
			const box = el('input', { type: 'checkbox', id, name, value });
			box.checked = state.filters[name].includes(value);
			const label = el('label', { for: id }, el('span', { class: 'filter-value' }, value));
			if (counted) label.append(' ', el('span', { class: 'count' }, `(${count})`));
			list.append(el('li', { class: counted && count === 0 && !box.checked ? 'filter-empty' : '' }, box, label));
		});
		return el('fieldset', { class: 'filter-group' }, el('legend', {}, FILTER_LABELS[name]), list);
	}).filter((f): f is HTMLFieldSetElement => f !== null);
	groups.replaceChildren(...fieldsets);
	clearFilters.hidden = !hasFilters(state);
	if (focused) document.getElementById(focused)?.focus();
}

groups.addEventListener('change', (event) => {
	const box = event.target;
	if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
	const name = box.name as FilterName;
	const values = new Set(state.filters[name]);
	if (box.checked) values.add(box.value);
	else values.delete(box.value);
	state.filters[name] = [...values];
	void run();
});

clearFilters.addEventListener('click', () => {
	state.filters = emptyFilters();
	input.focus();
	void run();
});

// ---------------------------------------------------------------- running a search

function writeUrl(): void {
	const params = writeSearchState(state).toString();
	const url = `${location.pathname}${params ? `?${params}` : ''}`;
	if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
}

/** Runs the search the state describes; `withText`: a number's text results too (the reader asked). */
async function run(withText = false): Promise<void> {
	const my = ++generation;
	window.clearTimeout(typingTimer);
	writeUrl();
	sortSelect.value = state.sort;
	if (!state.q && !hasFilters(state)) {
		filtersSection.hidden = false;
		output.replaceChildren();
		setStatus('Nhập số hiệu hoặc từ khóa để tìm.');
		renderFilters(null);
		return;
	}
	output.setAttribute('aria-busy', 'true');
	try {
		// Results appear shard by shard as they arrive; the filter counts follow once the round is done.
		const found = await find(state, withText, deps, {
			onShard: (partial) => {
				if (my === generation && partial.text.length > 0) void render(partial);
			},
		});
		if (found.textSearched) await showFilterCounts(found, my);
		if (my !== generation) return;
		// Filters narrow the index's results only; with nothing found and nothing filtered, no filter can help.
		filtersSection.hidden = !found.textSearched || (found.numbers.length + found.citing.length + found.text.length === 0 && !hasFilters(state));
		await render(found);
	} catch (error) {
		if (my !== generation) return;
		console.error(error);
		output.replaceChildren(el('p', { class: 'search-error' }, 'Không tải được bộ tìm kiếm. Hãy tải lại trang, hoặc xem văn bản theo loại, năm hay cơ quan ban hành.'));
		setStatus('Không tải được bộ tìm kiếm.');
	} finally {
		if (my === generation) output.removeAttribute('aria-busy');
	}
}

/** The filter counts of what has been found, once the search's round is done. */
async function showFilterCounts(found: Found, my: number): Promise<void> {
	const counts = await filterCounts(found, state, deps);
	if (my === generation) renderFilters(counts, coveredShards(found));
}

/** Loads the filter list and the newest shard as soon as the reader turns to the box. */
async function warm(): Promise<void> {
	try {
		const manifest = await deps.manifest();
		if (!state.q && !hasFilters(state)) renderFilters(null);
		if (manifest.shards[0]) await loadShard(manifest.shards[0].id);
	} catch {
		// run() reports it when the reader searches.
	}
}

input.addEventListener('focus', () => void warm(), { once: true });
input.addEventListener('input', () => {
	window.clearTimeout(typingTimer);
	typingTimer = window.setTimeout(() => {
		state.q = input.value.trim();
		void run();
	}, TYPING_DELAY);
});
form.addEventListener('submit', (event) => {
	event.preventDefault();
	state.q = input.value.trim();
	void run();
});
sortSelect.addEventListener('change', () => {
	state.sort = sortSelect.value as SortKey;
	void run();
});

// ---------------------------------------------------------------- keyboard: arrows through the results

function resultLinks(): HTMLAnchorElement[] {
	return [...output.querySelectorAll<HTMLAnchorElement>('a.result-link')];
}

input.addEventListener('keydown', (event) => {
	if (event.key !== 'ArrowDown') return;
	const first = resultLinks()[0];
	if (!first) return;
	event.preventDefault();
	first.focus();
});

output.addEventListener('keydown', (event) => {
	const target = event.target;
	if (!(target instanceof HTMLAnchorElement) || !target.classList.contains('result-link')) return;
	const links = resultLinks();
	const at = links.indexOf(target);
	let next: HTMLElement | undefined;
	if (event.key === 'ArrowDown') next = links[at + 1];
	else if (event.key === 'ArrowUp') next = at === 0 ? input : links[at - 1];
	else if (event.key === 'Home') next = links[0];
	else if (event.key === 'End') next = links.at(-1);
	else if (event.key === 'Escape') next = input;
	else return;
	event.preventDefault();
	next?.focus();
});

// ---------------------------------------------------------------- start

document.querySelector<HTMLElement>('#search-nojs')!.hidden = true;
app.hidden = false;
input.value = state.q;
sortSelect.value = state.sort;
if (state.q || hasFilters(state)) void run();
else setStatus('Nhập số hiệu hoặc từ khóa để tìm.');
