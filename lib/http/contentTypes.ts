// The content type of every kind of file in the build, for nginx's `types`, for `npm start` and for
// the files whose name does not say their type. Pure.

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
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};

/**
 * Files whose name does not say their type, by a pattern that is both a JavaScript and an nginx (PCRE)
 * regular expression: the API's records (route handlers named like folders) are JSON, the
 * link-preview images Next names `opengraph-image-<hash>` are PNG, and the update feeds are Atom,
 * which feed readers tell from other XML by its type.
 */
export const TYPES_BY_PATH: { pattern: string; type: string }[] = [
  { pattern: "^/api/v1/[^.]*[^./]$", type: CONTENT_TYPES.json },
  { pattern: "/(opengraph|twitter)-image[^/.]*$", type: CONTENT_TYPES.png },
  { pattern: "^(/en)?/updates\\.xml$", type: "application/atom+xml; charset=utf-8" },
];

const byPattern = TYPES_BY_PATH.map(({ pattern, type }) => ({ test: new RegExp(pattern), type }));
const extension = (pathname: string) => /\.([a-z0-9]+)$/i.exec(pathname.slice(pathname.lastIndexOf("/")))?.[1].toLowerCase();

/** The type of a file of the build by its address ("/updates.xml", "/api/v1/sectors"), if the site knows it. */
export function contentTypeFor(pathname: string): string | undefined {
  const byPath = byPattern.find(({ test }) => test.test(pathname))?.type;
  const ext = extension(pathname);
  return byPath ?? (ext ? CONTENT_TYPES[ext] : undefined);
}

/** Whether the file is text worth compressing, which the build compresses once (scripts/postbuild.ts). */
export const isCompressible = (pathname: string) => /^(text\/|application\/(javascript|json|xml|atom\+xml|manifest\+json)|image\/svg)/.test(contentTypeFor(pathname) ?? "");
