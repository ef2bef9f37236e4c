/**
 * The Content Security Policy every page declares (src/layouts/Base.astro, as a
 * meta element): the site itself and nothing else. No inline script or style
 * (astro.config.mjs writes every script and stylesheet to a file); Pagefind
 * compiles its WebAssembly ('wasm-unsafe-eval') and may start a worker from a blob.
 * `frame-ancestors` cannot be set by a meta element: the server sends it
 * (README, "Security").
 */
export const CSP_DIRECTIVES: readonly string[] = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self' blob:",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
];

export const CSP = CSP_DIRECTIVES.join('; ');
