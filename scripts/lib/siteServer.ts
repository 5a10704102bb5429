// The server of `npm start`: sirv, a maintained static file server, serving out/ with the build's own
// .br and .gz copies, and around it only what sirv leaves to its caller, each from lib/http/ as nginx's
// configuration is: the requests refused (400, 405), the CORS preflight, the redirects, the 404 page,
// and every header by address. nginx answers the same (tests/e2e/requests.spec.ts, fuzz.spec.ts).
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import sirv from "sirv";
import type { Redirect } from "../../lib/data/redirects";
import { CONTENT_TYPES, contentTypeFor } from "../../lib/http/contentTypes";
import { ALLOW, isNotPublished, refusal } from "../../lib/http/refusals";
import { headersFor, rejectionHeaders } from "../../lib/http/securityHeaders";
import { movedTo } from "../../lib/http/siteRedirects";

type Headers = Record<string, string>;
const CODINGS = ["br", "gzip"];

/**
 * The codings of an Accept-Encoding that sirv may choose from. sirv looks for the names and reads no
 * q-value, so `gzip;q=0`, which refuses gzip, would get gzip; it is handed only what is accepted.
 */
export function acceptedCodings(header = ""): string {
  return header
    .split(",")
    .map((part) => part.split(";").map((s) => s.trim().toLowerCase()))
    .filter(([name, ...params]) => CODINGS.includes(name) && !params.some((p) => /^q=0(\.0*)?$/.test(p)))
    .map(([name]) => name)
    .join(", ");
}

/** The site's 404 page in each coding the build wrote, read once. */
function notFoundPage(root: string) {
  const file = path.join(root, "404.html");
  const bodies = new Map([["", readFileSync(file)]]);
  for (const [coding, suffix] of [["br", ".br"], ["gzip", ".gz"]]) if (existsSync(file + suffix)) bodies.set(coding, readFileSync(file + suffix));
  return (accepted: string) => {
    const coding = CODINGS.find((c) => accepted.includes(c) && bodies.has(c)) ?? "";
    return { body: bodies.get(coding)!, headers: { "Content-Type": CONTENT_TYPES.html, Vary: "Accept-Encoding", ...(coding ? { "Content-Encoding": coding } : {}) } };
  };
}

function reply(request: http.IncomingMessage, response: http.ServerResponse, status: number, headers: Headers, body: string | Buffer = "") {
  response.writeHead(status, { ...headers, "Content-Length": Buffer.byteLength(body) });
  response.end(request.method === "HEAD" ? undefined : body);
}

/** An HTTP server (not yet listening) for the static export in `root`. */
export function createSiteServer(root: string, redirects: Redirect[]): http.Server {
  const page404 = notFoundPage(root);
  const notFound = (request: http.IncomingMessage, response: http.ServerResponse) => {
    for (const name of response.getHeaderNames()) response.removeHeader(name);
    const { body, headers } = page404(request.headers["accept-encoding"] ?? "");
    reply(request, response, 404, { ...headersFor("/404.html"), ...headers }, body);
  };
  const serve = sirv(root, {
    dev: false,
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ["html"],
    // sirv hands over the address it matched (/indicators/gdp, not the file): an address without an
    // extension that the site types by pattern is an API record or an image, any other is a page.
    setHeaders: (response, pathname) => {
      const type = contentTypeFor(pathname) ?? (/\.[^/]*$/.test(pathname) ? undefined : CONTENT_TYPES.html);
      if (type) response.setHeader("Content-Type", type);
    },
  });

  const server = http.createServer((request, response) => {
    const method = request.method ?? "GET";
    const target = request.url ?? "/";
    const refused = refusal(method, target);
    if (refused)
      return reply(request, response, refused, { ...rejectionHeaders(), ...(refused === 405 ? { Allow: ALLOW } : {}), "Content-Type": CONTENT_TYPES.txt }, `${refused}\n`);
    const raw = target.split("?")[0];
    let pathname = raw;
    try {
      pathname = decodeURI(raw);
    } catch {
      // Not UTF-8 (%ff): sirv reads it as it is, and no file has such a name.
    }
    if (method === "OPTIONS") return reply(request, response, 204, { ...headersFor(pathname), Allow: ALLOW });
    // Before the redirects, as nginx's location for them comes before its trailing-slash one.
    if (isNotPublished(pathname)) return notFound(request, response);
    const location = movedTo(redirects, pathname, target);
    if (location) return reply(request, response, 301, { ...headersFor(pathname), Location: location });
    // Set before sirv runs, so that its 304 carries them as its 200 does.
    for (const [name, value] of Object.entries(headersFor(pathname))) response.setHeader(name, value);
    request.headers["accept-encoding"] = acceptedCodings(request.headers["accept-encoding"]);
    // No byte ranges, as on nginx (max_ranges 0): every file is small.
    delete request.headers.range;
    serve(request, response, () => notFound(request, response));
  });
  // A request Node cannot parse (a header too large, a malformed line) is refused here, with the
  // headers of any refusal rather than Node's bare answer; no body, since it may have been a HEAD.
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
    const headers = Object.entries({ ...rejectionHeaders(), "Content-Length": "0", Connection: "close" });
    socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${headers.map(([k, v]) => `${k}: ${v}\r\n`).join("")}\r\n`);
  });
  return server;
}
