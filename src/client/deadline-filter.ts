/**
 * The deadline page's unit filter (/han-thuc-hien/): shows only the deadlines
 * naming the chosen unit, and keeps the choice in the URL (?don-vi=…). Without
 * JavaScript the filter stays hidden and every deadline shows.
 */

const form = document.querySelector<HTMLFormElement>('[data-deadline-filter]');
const select = form?.querySelector<HTMLSelectElement>('select');
const count = form?.querySelector<HTMLElement>('[data-deadline-count]');
const items = [...document.querySelectorAll<HTMLElement>('.deadline-item')];

function apply(unit: string): void {
	let shown = 0;
	for (const item of items) {
		const visible = unit === '' || (JSON.parse(item.dataset['units'] ?? '[]') as string[]).includes(unit);
		item.hidden = !visible;
		if (visible) shown++;
	}
	// A month or a section with nothing left to show goes too.
	for (const group of document.querySelectorAll<HTMLElement>('main section')) {
		group.hidden = group.querySelector('.deadline-item:not([hidden])') === null && group.querySelector('.deadline-item') !== null;
	}
	if (count) count.textContent = unit === '' ? '' : `${shown} hạn thực hiện của ${unit}.`;
	const params = new URLSearchParams(location.search);
	if (unit) params.set('don-vi', unit);
	else params.delete('don-vi');
	const query = params.toString();
	history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

if (form && select) {
	form.hidden = false;
	form.addEventListener('submit', (event) => event.preventDefault());
	const wanted = new URLSearchParams(location.search).get('don-vi') ?? '';
	if ([...select.options].some((o) => o.value === wanted)) select.value = wanted;
	select.addEventListener('change', () => apply(select.value));
	if (select.value) apply(select.value);
}
