// Every header the site sends, as a function of the address: the one source of truth that `npm start`
// reads (scripts/lib/siteServer.ts) and from which scripts/postbuild.ts writes deploy/nginx.conf and
// out/_headers (for static hosts and CDNs). Pure: no imports from Next, no I/O.

/** Pages that other sites may put in an iframe, in Chinese and English. Every other address refuses framing. */
export const isEmbed = (pathname: string) => pathname.startsWith("/embed/") || pathname.startsWith("/en/embed/");

/** Hashed build assets: their names change whenever their bytes do. */
export const isImmutable = (pathname: string) => pathname.startsWith("/_next/static/");

export const isOpenData = (pathname: string) => pathname.startsWith("/api/v1/");

/**
 * What other sites load: the embeds, the API, the downloads, and everything in an indicator's folder
 * (its data files, chart images and link-preview images, beside the page's navigation payloads, none
 * of which says more than the page). By folder rather than by file, so that a CDN's 100 header rules
 * can hold it (lib/http/headerRules.ts).
 */
export const isSharedAcrossSites = (pathname: string) =>
  isEmbed(pathname) || isOpenData(pathname) || pathname.startsWith("/downloads/") || /^(\/en)?\/indicators\/[^/]+\//.test(pathname);

// The policy is split in two because the static files cannot know in advance which inline scripts a
// page carries. The header holds what is the same for every page and what only a header can say
// (frame-ancestors); each HTML page then carries a <meta> policy (pagePolicy) that allows exactly its
// own inline scripts by their sha256 hashes, computed after the build (lib/http/inlineScripts.ts).
// A browser enforces both, so the header must not name script-src or default-src (either would
// forbid the page's hashed scripts): the meta policy is the one that restricts scripts.
// style-src keeps 'unsafe-inline': React writes style attributes (chart sizes, Recharts tooltips),
// and a style cannot run code.
const SHARED_DIRECTIVES = [
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The Content-Security-Policy header for an address. */
export function headerPolicy(pathname: string): string {
  return [...SHARED_DIRECTIVES, `frame-ancestors ${isEmbed(pathname) ? "*" : "'none'"}`].join("; ");
}

/** The <meta> policy of one HTML page: scripts from the site itself, plus its inline scripts by hash. */
export function pagePolicy(scriptHashes: string[]): string {
  const hashes = [...new Set(scriptHashes)].map((h) => ` 'sha256-${h}'`).join("");
  return ["default-src 'self'", `script-src 'self'${hashes}`, ...SHARED_DIRECTIVES].join("; ");
}

/**
 * Every header a response for `pathname` carries besides its content type and validators (ETag,
 * Last-Modified, which the servers add). `pathname` is the address of a file in out/ as served,
 * `.html` included, or a redirect's source.
 */
export function headersFor(pathname: string): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": headerPolicy(pathname),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    // Browsers ignore HSTS over plain HTTP, so it is safe to send always and takes effect under HTTPS.
    "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
    // A hashed asset never changes; everything else (HTML, data, images) changes with a data update,
    // so a browser or CDN may keep it but must ask again (ETag / Last-Modified) before using it.
    "Cache-Control": isImmutable(pathname) ? "public, max-age=31536000, immutable" : "no-cache",
    // A page opened from another site cannot reach back into it, nor it into the page.
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": isSharedAcrossSites(pathname) ? "cross-origin" : "same-origin",
  };
  if (!isEmbed(pathname)) headers["X-Frame-Options"] = "DENY";
  if (isOpenData(pathname)) {
    // The open data API is read-only and public: any site may read it.
    headers["Access-Control-Allow-Origin"] = "*";
    headers["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS";
  }
  const download = downloadName(pathname);
  if (download) headers["Content-Disposition"] = `attachment; filename="${download}"`;
  return headers;
}

/**
 * A header value that may be sent only for the files the build wrote, never for a whole folder: an
 * unknown /_next/static/ address is a 404, and a 404 kept a year would outlive the next deploy.
 */
export const onlyForBuiltFiles = (name: string, value: string) => name === "Cache-Control" && value.includes("immutable");

/** The headers of an answer that serves no file (400, 405): those of the site's own 404 page. */
export const rejectionHeaders = () => headersFor("/404.html");

/** The name a browser saves a download under, for the files that are downloads rather than pages. */
export function downloadName(pathname: string): string | undefined {
  // The English files say so in their name, so both languages' files can sit in one folder.
  const file = /^(\/en)?\/indicators\/([a-z0-9-]+)\/(data\.csv|data\.json|chart\.png|chart\.svg|slide\.pptx)$/.exec(pathname);
  if (file) return `pingcheng-${file[2]}${file[1] ? "-en" : ""}.${file[3].split(".")[1]}`;
  const dataset = /^\/downloads\/(pingcheng-[a-z]+\.(?:csv|json))$/.exec(pathname);
  if (dataset) return dataset[1];
  const deck = /^(\/en)?\/present\/pingcheng-deck\.pptx$/.exec(pathname);
  return deck ? `pingcheng-deck${deck[1] ? "-en" : ""}.pptx` : undefined;
}
