// The production server: Next.js's own request handler, with a fast path in front of it for what
// the build already prerendered (every public page and the static assets).
//
// Why: `next start` re-checks routing, caches and headers for every request and served a
// prerendered page here at a small fraction of what the machine can send (see bench/). A news
// story linking one figure can bring thousands of phone readers in minutes. The fast path sends the
// very bytes `next build` wrote, precompressed, with the same headers (lib/http/securityHeaders.ts);
// everything else (404s, redirects, client navigation (RSC) requests, route handlers) goes to
// Next unchanged.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import next from "next";
import { headersFor } from "../lib/http/securityHeaders";

interface Prepared {
  body: Buffer;
  gzip?: Buffer;
  br?: Buffer;
  etag: string;
  headers: Record<string, string>;
}

/** A file the fast path may send: read and compressed on its first request, then kept. */
interface Servable {
  file: string;
  headers: Record<string, string>;
  prepared?: Prepared;
}

const root = process.cwd();
const buildDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";

// Next answers differently to client-navigation requests on the same URL, so caches must vary on these.
const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

function prepared(item: Servable): Prepared {
  if (!item.prepared) {
    const body = readFileSync(item.file);
    item.prepared = { body, etag: `"${createHash("sha1").update(body).digest("base64url").slice(0, 16)}"`, headers: item.headers };
  }
  return item.prepared;
}

/** Every prerendered page, by its URL path. */
function prerenderedPages(): Map<string, Servable> {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, "prerender-manifest.json"), "utf8")) as {
    routes: Record<string, { initialStatus?: number; routeType?: string }>;
  };
  const pages = new Map<string, Servable>();
  for (const [route, info] of Object.entries(manifest.routes)) {
    if (info.initialStatus || info.routeType !== "page" || route.startsWith("/_")) continue;
    const file = path.join(buildDir, "server", "app", `${route === "/" ? "index" : route.slice(1)}.html`);
    if (!existsSync(file)) continue;
    pages.set(route, {
      file,
      headers: { ...headersFor(route), "Content-Type": "text/html; charset=utf-8", "Cache-Control": "s-maxage=31536000", Vary: VARY },
    });
  }
  return pages;
}

const CONTENT_TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
};

/** The hashed, immutable build assets under /_next/static/. */
function staticAssets(): Map<string, Servable> {
  const assets = new Map<string, Servable>();
  const dir = path.join(buildDir, "static");
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const file = path.join(d, name);
      if (statSync(file).isDirectory()) walk(file);
      else {
        const type = CONTENT_TYPES[path.extname(name)];
        if (!type) continue;
        const url = `/_next/static/${path.relative(dir, file).split(path.sep).join("/")}`;
        assets.set(url, { file, headers: { ...headersFor(url), "Content-Type": type, "Cache-Control": "public, max-age=31536000, immutable" } });
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return assets;
}

function send(req: http.IncomingMessage, res: http.ServerResponse, servable: Servable): void {
  const item = prepared(servable);
  const accept = String(req.headers["accept-encoding"] ?? "");
  let encoding: "br" | "gzip" | null = null;
  let body = item.body;
  if (/\bbr\b/.test(accept)) {
    encoding = "br";
    body = item.br ??= brotliCompressSync(item.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
  } else if (/\bgzip\b/.test(accept)) {
    encoding = "gzip";
    body = item.gzip ??= gzipSync(item.body, { level: 9 });
  }
  res.setHeader("ETag", item.etag);
  for (const [k, v] of Object.entries(item.headers)) res.setHeader(k, v);
  if (req.headers["if-none-match"] === item.etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  if (encoding) res.setHeader("Content-Encoding", encoding);
  res.setHeader("Content-Length", body.length);
  res.statusCode = 200;
  res.end(req.method === "HEAD" ? undefined : body);
}

const app = next({ dev: false, dir: root, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const started = performance.now();
const fast = new Map([...prerenderedPages(), ...staticAssets()]);
console.log(`Found ${fast.size} prerendered pages and assets in ${Math.round(performance.now() - started)} ms.`);

const server = http.createServer((req, res) => {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const pathname = q === -1 ? url : url.slice(0, q);
  const navigation = req.headers["rsc"] !== undefined || req.headers["next-router-prefetch"] !== undefined || url.includes("_rsc=");
  const item = (req.method === "GET" || req.method === "HEAD") && !navigation ? fast.get(pathname) : undefined;
  if (item) send(req, res, item);
  else void handle(req, res);
});
server.listen(port, hostname, () => console.log(`Serving on http://localhost:${port}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
