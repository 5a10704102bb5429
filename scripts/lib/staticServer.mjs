// The server of `npm start`: `serve-handler` (the engine of the `serve` command) behind
// `compression` (gzip, with Vary and q-values), both maintained npm packages, applying a serve.json
// that the build writes from lib/http/ (deploy/serve.json): the same headers, redirects and 404 page
// as nginx. The `serve` command itself reads the same format but refuses more than 50 header rules,
// which the download names (Content-Disposition) of every indicator's files exceed.
import { lstat } from "node:fs/promises";
import http from "node:http";
import compression from "compression";
import onHeaders from "on-headers";
import serveHandler from "serve-handler";

// serve-handler answers 500 to any file-system error but "not found". An address no file can have
// (a segment longer than a file name, a NUL byte) is simply not there: it gets the 404 page.
const NOT_A_FILE = new Set(["ENAMETOOLONG", "ERR_INVALID_ARG_VALUE", "ERR_INVALID_ARG_TYPE", "EINVAL", "EILSEQ"]);
const methods = {
  lstat: (file) =>
    lstat(file).catch((error) => {
      if (NOT_A_FILE.has(error.code)) error.code = "ENOENT";
      throw error;
    }),
};

/**
 * serve-handler's redirects drop the query; a renamed indicator's `?view=table` link must keep its
 * view, as nginx keeps it. The query is the client's own, still percent-encoded.
 */
function keepQueryOnRedirect(request, response) {
  const at = request.url.indexOf("?");
  if (at < 0) return;
  const writeHead = response.writeHead;
  response.writeHead = function (status, headers, ...rest) {
    if (status === 301 && headers?.Location && !headers.Location.includes("?")) headers = { ...headers, Location: headers.Location + request.url.slice(at) };
    return writeHead.call(this, status, headers, ...rest);
  };
}

/**
 * serve-handler's ETag is the file's; a gzipped response is another representation and needs
 * another ETag, or a cache could answer one encoding's request with the other's bytes. The gzipped
 * one gets "-gzip" inside its quotes, and a request naming it is compared with the file's own.
 * Registered before compression, so it runs after compression has chosen the encoding.
 */
function etagPerEncoding(request, response) {
  const asked = request.headers["if-none-match"];
  if (asked) request.headers["if-none-match"] = asked.replace(/-gzip"/g, '"');
  onHeaders(response, function () {
    const etag = this.getHeader("ETag");
    if (etag && this.getHeader("Content-Encoding") === "gzip") this.setHeader("ETag", etag.replace(/"$/, '-gzip"'));
  });
}

/**
 * serve-handler tries every header rule on every response, compiling each glob anew: with one rule
 * per download file (over 500) that was 50 ms a request. The rules are disjoint by construction
 * (lib/http/headerRules.ts), so each request is handed only those that can apply to it: the folder
 * rules whose folder holds the address, and the file rules of the files it can be served from.
 * serve-handler still matches and applies them.
 */
function rulesIndex(headers = []) {
  const folders = [];
  const files = new Map();
  for (const rule of headers) {
    if (rule.source.endsWith("**")) folders.push({ prefix: rule.source.slice(0, -2), rule });
    else files.set(rule.source.replace(/\\(.)/g, "$1"), rule);
  }
  return (url) => {
    let pathname = url.split("?")[0];
    try {
      pathname = decodeURIComponent(pathname);
    } catch {
      // serve-handler answers a malformed address with 400 before it needs any rule.
    }
    const bare = pathname.replace(/\/+$/, "");
    const candidates = [pathname, `${bare}.html`, `${bare}/index.html`, "/index.html", "/404.html"];
    return [
      ...folders.filter(({ prefix }) => pathname.startsWith(prefix)).map(({ rule }) => rule),
      ...candidates.map((c) => files.get(c)).filter(Boolean),
    ];
  };
}

/** An HTTP server (not yet listening) for the folder `root` with a serve.json `config`. */
export function createStaticServer(root, config) {
  const settings = { ...config, public: root };
  const rulesFor = rulesIndex(config.headers);
  const compress = compression();
  return http.createServer((request, response) => {
    etagPerEncoding(request, response);
    compress(request, response, () => {
      keepQueryOnRedirect(request, response);
      serveHandler(request, response, { ...settings, headers: rulesFor(request.url) }, methods).catch(() => {
        // Nothing above should throw; if it does, the reader still gets a 4xx, never a stack trace.
        if (!response.headersSent) response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
        response.end("Bad request\n");
      });
    });
  });
}
