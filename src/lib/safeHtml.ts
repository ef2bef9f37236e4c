/**
 * The HTML a document's body may publish, whatever its file holds: an allowlist of
 * the elements and attributes the site's Markdown makes (paragraphs, headings, lists,
 * tables, emphasis, links, footnotes, superscripts), applied to the HTML tree by
 * sanitize-html (the maintained allowlist sanitiser, on htmlparser2), once per body
 * when the loader renders it. Event and style attributes, scripts, comments ("ghi
 * chú nội bộ") and links to any scheme but the web's, mail and the archive's own
 * `vb:` never reach a page; the page's Content Security Policy is a second line, not
 * the only one.
 */
import sanitizeHtml from 'sanitize-html';

const BLOCKS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr', 'br', 'section', 'div'];
const TABLES = ['table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'colgroup', 'col'];
const INLINE = ['a', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'sub', 'sup', 'code', 'span', 'mark', 'small', 'abbr'];

const OPTIONS: sanitizeHtml.IOptions = {
	allowedTags: [...BLOCKS, ...TABLES, ...INLINE],
	allowedAttributes: {
		'*': ['id', 'class', 'title', 'lang', 'aria-label', 'aria-describedby', 'data-footnotes', 'data-footnote-ref', 'data-footnote-backref'],
		a: ['href'],
		th: ['align', 'colspan', 'rowspan', 'scope'],
		td: ['align', 'colspan', 'rowspan'],
		ol: ['start'],
	},
	allowedSchemes: ['http', 'https', 'mailto', 'vb'],
	allowProtocolRelative: false,
	// Text of an element not on the list is kept (no word is lost); a script's or a style's is not text.
	disallowedTagsMode: 'discard',
	nonTextTags: ['script', 'style', 'textarea', 'noscript'],
};

export function safeBodyHtml(html: string): string {
	return sanitizeHtml(html, OPTIONS);
}
