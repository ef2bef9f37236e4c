/**
 * On a document page reached from a search result (?tim=đảng&tim=viên): loads
 * the marker (./mark-terms.ts) only when the parameter is there.
 */
const terms = new URLSearchParams(location.search)
	.getAll('tim')
	.map((t) => t.trim())
	.filter(Boolean);
if (terms.length > 0) {
	void import('./mark-terms.ts').then(({ markTerms }) => markTerms(terms));
}
