// The content type of every kind of file in the build, for nginx's `types` and for the files that
// have no extension. Pure.

/** By extension. Text types say UTF-8: the CSV downloads and the API hold Chinese. */
export const CONTENT_TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "application/javascript; charset=utf-8",
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  xml: "application/xml; charset=utf-8",
  svg: "image/svg+xml; charset=utf-8",
  png: "image/png",
  ico: "image/x-icon",
  woff2: "font/woff2",
  webmanifest: "application/manifest+json; charset=utf-8",
};

/**
 * Files the build writes with no extension, by a pattern that is both a JavaScript and an nginx
 * (PCRE) regular expression: the API's records (route handlers named like folders) are JSON, the
 * link-preview images Next names `opengraph-image-<hash>` are PNG.
 */
export const EXTENSIONLESS: { pattern: string; type: string }[] = [
  { pattern: "^/api/v1/[^.]*[^./]$", type: CONTENT_TYPES.json },
  { pattern: "/(opengraph|twitter)-image[^/.]*$", type: CONTENT_TYPES.png },
];

export function extensionlessType(pathname: string): string | undefined {
  return EXTENSIONLESS.find(({ pattern }) => new RegExp(pattern).test(pathname))?.type;
}

export const hasExtension = (pathname: string) => /\.[a-z0-9]+$/i.test(pathname.slice(pathname.lastIndexOf("/")));

/** What is worth sending gzipped (and so pre-compressed by the build). */
export const COMPRESSIBLE = ["html", "css", "js", "json", "csv", "txt", "xml", "svg", "webmanifest"];
