// The requests the site refuses, the same way on every server: nginx's configuration is written from
// these patterns (lib/http/nginxConfig.ts) and `npm start` calls refusal() (scripts/lib/siteServer.ts).
// Pure. The patterns are both JavaScript and nginx (PCRE) regular expressions.

/**
 * An address spelt other than in its one normal form: in its path, doubled slashes, backslashes, dot
 * segments, encoded slashes, backslashes or NUL, a malformed escape, or no leading slash; anywhere, a
 * character a browser always escapes (" < > ` { } and any byte beyond ASCII). Servers resolve such
 * spellings each in their own way (nginx decodes %2F and then resolves `..`; a Node server may not),
 * `//host` or `/\host` in a Location is a link off the site, and a redirect copies the query into its
 * Location as it came. No link of the site is spelt so, so they are refused with 400 rather than
 * resolved. Case-insensitive.
 */
export const ODD_SPELLING = '^(?!/)|^[^?]*(//|\\\\|%2f|%5c|%00|/(\\.|%2e){1,2}(/|\\?|$)|%(?![0-9a-f]{2}))|["<>`{}]|[^\\x00-\\x7f]';

/** Files of out/ that are not pages of the site: the host files, and Next's own copy of the 404 page. */
export const NOT_PUBLISHED = "^/(_headers|_redirects|_not-found)([./]|$)";

/** What the site answers to: it is read-only. OPTIONS answers a CORS preflight on the API. */
export const ALLOWED_METHODS = ["GET", "HEAD", "OPTIONS"];

/** The Allow header of a 405 and of an OPTIONS answer. */
export const ALLOW = ALLOWED_METHODS.join(", ");

const oddSpelling = new RegExp(ODD_SPELLING, "i");

/**
 * The status that refuses a request before any file is looked for, or undefined. `target` is the
 * request target as sent (still percent-encoded, with its query). The spelling is read first, as
 * nginx reads it.
 */
export function refusal(method: string, target: string): 400 | 405 | undefined {
  if (oddSpelling.test(target)) return 400;
  if (!ALLOWED_METHODS.includes(method)) return 405;
  return undefined;
}

const notPublished = new RegExp(NOT_PUBLISHED);

/** Whether a decoded path names a file of out/ that is not published (a 404). */
export const isNotPublished = (pathname: string) => notPublished.test(pathname);
