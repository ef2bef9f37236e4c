/**
 * Every URL of the site, built from the base path the site is served under
 * (`import.meta.env.BASE_URL`: "/" or e.g. "/kho-van-ban/"). All paths end in
 * "/" because the site is built with trailingSlash: 'always'.
 */

/** The browse-page slug for documents whose type, year or issuer is not known. */
export const UNKNOWN_SLUG = 'chua-ro';

/** "/kho-van-ban" or "/kho-van-ban/" → "/kho-van-ban/"; "" or "/" → "/". */
export function normaliseBase(base: string): string {
	const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Joins path segments under the base, encoding each segment, with a trailing slash. */
export function joinUnder(base: string, ...segments: string[]): string {
	const parts = segments
		.flatMap((s) => s.split('/'))
		.filter((s) => s !== '')
		.map((s) => encodeURIComponent(s));
	const root = normaliseBase(base);
	return parts.length === 0 ? root : `${root}${parts.join('/')}/`;
}

export interface SiteUrls {
	home: string;
	types: string;
	/** A type's page, or the page of documents whose type is unknown (null); `page` 2 and on for its later pages. */
	type(slug: string | null, page?: number): string;
	/** A type's documents of one year (or of an unknown year). */
	typeYear(slug: string | null, year: number | null, page?: number): string;
	years: string;
	/** A year's page, or the page of documents whose year is unknown (null). */
	year(year: number | null, page?: number): string;
	issuers: string;
	/** An issuer's page, or the page of documents whose issuer is unknown (null). */
	issuer(id: string | null, page?: number): string;
	/** The page of one document, by its collection id ("chua-ro-nam/cong-van-786b4cec"). */
	document(id: string): string;
	/** The page of a cited document the archive does not hold, by its stub slug ("280-kh-tu-2024-03-04"). */
	stub(slug: string): string;
	/** The list of cited documents the archive does not hold. */
	stubs: string;
	/** The Atom feed of the newest documents: of the archive, of a type, or of an issuer (null: unknown). */
	feed(scope?: { type: string | null } | { issuer: string | null }): string;
	/** The data file of one document (its frontmatter, citations, cited-by and deadlines as JSON). */
	data(id: string): string;
	/** The deadline page, and its calendar file. */
	deadlines: string;
	/** One month's deadlines ("2024-03", or "chua-ro-ngay" for those not dated), `page` 2 and on for its later pages. */
	deadlineMonth(month: string, page?: number): string;
	deadlineCalendar: string;
	/** A file in public/, e.g. "favicon.svg" (no trailing slash). */
	asset(path: string): string;
	/** The original of a document, kept beside its MDX file: ("2024/307-nq-tu", "307-nq-tu.docx"). */
	original(id: string, fileName: string): string;
}

/** The folder of the originals (Word, PDF, text) the documents were imported from. */
export const ORIGINALS_FOLDER = 'van-ban-goc';

/** An original's path under ORIGINALS_FOLDER: beside the document's id, "2024/307-nq-tu.docx". */
export function originalPath(id: string, fileName: string): string {
	const folder = id.includes('/') ? id.slice(0, id.lastIndexOf('/') + 1) : '';
	return folder + fileName;
}

/** The folder of the documents' data files. */
export const DATA_FOLDER = 'du-lieu';

/** The deadline page's folder; its calendar is the file of the same name with .ics. */
export const DEADLINES_FOLDER = 'han-thuc-hien';

/** The folder of pages for cited documents the archive does not hold. */
export const STUB_FOLDER = 'chua-co-trong-kho';

/** A list's page in its route's `[...page]` parameter: none for the first page, then "2", "3"… */
export function pageParam(page: number | undefined): string | undefined {
	return page !== undefined && page > 1 ? String(page) : undefined;
}

function pageSegment(page: number | undefined): string {
	return pageParam(page) ?? '';
}

export function siteUrls(base: string): SiteUrls {
	return {
		home: normaliseBase(base),
		types: joinUnder(base, 'loai'),
		type: (slug, page) => joinUnder(base, 'loai', slug ?? UNKNOWN_SLUG, pageSegment(page)),
		typeYear: (slug, year, page) => joinUnder(base, 'loai', slug ?? UNKNOWN_SLUG, 'nam', year === null ? UNKNOWN_SLUG : String(year), pageSegment(page)),
		years: joinUnder(base, 'nam'),
		year: (year, page) => joinUnder(base, 'nam', year === null ? UNKNOWN_SLUG : String(year), pageSegment(page)),
		issuers: joinUnder(base, 'co-quan'),
		issuer: (id, page) => joinUnder(base, 'co-quan', id ?? UNKNOWN_SLUG, pageSegment(page)),
		document: (id) => joinUnder(base, 'van-ban', id),
		stub: (slug) => joinUnder(base, STUB_FOLDER, slug),
		stubs: joinUnder(base, STUB_FOLDER),
		feed: (scope) => {
			const folder = !scope ? [] : 'type' in scope ? ['loai', scope.type ?? UNKNOWN_SLUG] : ['co-quan', scope.issuer ?? UNKNOWN_SLUG];
			return joinUnder(base, ...folder, 'atom.xml').replace(/\/$/, '');
		},
		data: (id) => joinUnder(base, DATA_FOLDER, `${id}.json`).replace(/\/$/, ''),
		deadlines: joinUnder(base, DEADLINES_FOLDER),
		deadlineMonth: (month, page) => joinUnder(base, DEADLINES_FOLDER, month, pageSegment(page)),
		deadlineCalendar: joinUnder(base, `${DEADLINES_FOLDER}.ics`).replace(/\/$/, ''),
		asset: (path) => joinUnder(base, path).replace(/\/$/, ''),
		original: (id, fileName) => joinUnder(base, ORIGINALS_FOLDER, originalPath(id, fileName)).replace(/\/$/, ''),
	};
}
