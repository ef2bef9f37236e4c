/**
 * "/" focuses the search box (the search page's own box when there is one),
 * unless the reader is typing in a field.
 */
function typingInField(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	return target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null;
}

document.addEventListener('keydown', (event) => {
	if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
	if (typingInField(event.target)) return;
	const box = document.querySelector<HTMLInputElement>('[data-search-primary]') ?? document.querySelector<HTMLInputElement>('[data-search-box]');
	if (!box) return;
	event.preventDefault();
	box.focus();
	box.select();
});
