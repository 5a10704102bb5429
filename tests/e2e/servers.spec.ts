import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, request as requests, test, type APIRequestContext } from "@playwright/test";
import { readRedirects } from "../../lib/data/redirects";
import { rawRequest, SERVERS } from "./servers";
import { E2E_DATA_DIR, E2E_SITE_DIR } from "./site";

// What the rules of lib/http/ (read by `npm start`, written into deploy/nginx.conf and out/_headers)
// make the two real servers send for the real build in out/: the same headers per path, 404 page,
// redirects, content types, caching and compression, whichever serves it.

const FRAMEABLE = ["/embed/indicators/market-entities", "/en/embed/indicators/market-entities"];
const NOT_FRAMEABLE = ["/", "/en", "/indicators/market-entities", "/en/sectors/economy", "/methodology", "/api/v1/sectors", "/no-such-page", "/embedded"];
// The hashed assets of the overview, read from the build, since their names change with every build.
const asset = (ext: string) => new RegExp(`/_next/static/[^"]+\\.${ext}`).exec(readFileSync(path.join(E2E_SITE_DIR, "index.html"), "utf8"))![0];

test("out/_headers gives its security and caching rules first, within the 100 rules Cloudflare Pages reads", () => {
  const blocks = readFileSync(path.join(E2E_SITE_DIR, "_headers"), "utf8").split("\n").filter((line) => line.startsWith("/") || line.startsWith("  "));
  const rules = blocks.map((line, i) => (line.startsWith("/") ? i : -1)).filter((i) => i >= 0).map((start, n, starts) => blocks.slice(start, starts[n + 1]));
  const firstRead = rules.slice(0, 100).flat().join("\n");
  for (const header of ["Content-Security-Policy", "X-Frame-Options", "Cache-Control", "Cross-Origin-Resource-Policy", "Strict-Transport-Security"])
    expect(firstRead, header).toContain(`  ${header}: `);
  // Every rule that names a download comes after every rule that says anything else.
  const kinds = rules.map((r) => r.slice(1).every((h) => /^ {2}(Content-Disposition|Content-Type):/.test(h)));
  expect(kinds.indexOf(true)).toBeGreaterThan(0);
  expect(kinds.slice(kinds.indexOf(true)).every(Boolean)).toBe(true);
  expect(kinds.indexOf(true)).toBeLessThanOrEqual(100);
  // An unknown /_next/ address is a 404: no folder rule may keep it a year.
  for (const rule of rules) if (rule[0].includes("*") || rule[0].includes(":")) expect(rule.join("\n"), rule[0]).not.toContain("immutable");
});

test("deploy/nginx.conf, the file to install on a server, is a valid nginx configuration", () => {
  const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p))!;
  const check = spawnSync(nginx, ["-t", "-c", path.resolve("deploy/nginx.conf")], { encoding: "utf8" });
  expect(check.stderr).toContain("test is successful");
});

for (const server of SERVERS)
  test.describe(server.name, () => {
    let api: APIRequestContext;
    test.beforeAll(async () => {
      api = await requests.newContext({ baseURL: server.baseURL });
    });
    test.afterAll(async () => api.dispose());
    const get = (p: string, headers: Record<string, string> = {}) => api.get(p, { headers, maxRedirects: 0, failOnStatusCode: false });

    test("every address carries the security headers; only /embed/* may be framed", async () => {
      for (const p of [...NOT_FRAMEABLE, ...FRAMEABLE]) {
        const h = (await get(p)).headers();
        const csp = h["content-security-policy"];
        expect(csp, p).toContain(FRAMEABLE.includes(p) ? "frame-ancestors *" : "frame-ancestors 'none'");
        expect(h["x-frame-options"], p).toBe(FRAMEABLE.includes(p) ? undefined : "DENY");
        // Scripts are governed by each page's own <meta> policy (hashes); the header must not loosen them.
        expect(csp, p).not.toMatch(/script-src|default-src|unsafe-eval/);
        expect(h["x-content-type-options"], p).toBe("nosniff");
        expect(h["referrer-policy"], p).toBe("strict-origin-when-cross-origin");
        expect(h["permissions-policy"], p).toContain("camera=()");
        expect(h["strict-transport-security"], p).toContain("max-age=");
        expect(h["x-powered-by"], p).toBeUndefined();
      }
    });

    test("pages are isolated from other sites' windows; only what other sites load may be loaded cross-origin", async () => {
      const sameOrigin = ["/", "/en", "/indicators/market-entities", "/en/sectors/economy", "/methodology", asset("js"), asset("css"), "/no-such-page"];
      const crossOrigin = [
        ...FRAMEABLE, "/api/v1/sectors", "/api/v1/indicators/market-entities", "/downloads/pingcheng-figures.csv",
        "/indicators/market-entities/data.csv", "/indicators/market-entities/data.json", "/indicators/market-entities/chart.png",
        "/indicators/market-entities/chart.svg", "/en/indicators/market-entities/chart.png",
      ];
      for (const p of [...sameOrigin, ...crossOrigin]) {
        const h = (await get(p)).headers();
        expect(h["cross-origin-resource-policy"], p).toBe(crossOrigin.includes(p) ? "cross-origin" : "same-origin");
        expect(h["permissions-policy"], p).not.toContain("interest-cohort");
      }
      for (const p of ["/", "/en/indicators/market-entities", "/present/four-step-1", "/no-such-page"])
        expect((await get(p)).headers()["cross-origin-opener-policy"], p).toBe("same-origin");
    });

    test("each page allows its own inline scripts by hash, and no inline or eval'd script", async () => {
      for (const p of ["/", "/en/indicators/market-entities", "/present/four-step-1", "/embed/indicators/market-entities", "/no-such-page"]) {
        const html = await (await get(p)).text();
        const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
        expect(policy, p).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
        expect(/script-src[^;]*/.exec(policy!)![0], p).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      }
    });

    test("an unknown address is the 404 page with status 404; a malformed one a 4xx", async () => {
      for (const p of ["/no-such-page", "/en/no-such-page", "/indicators/no-such-indicator", "/sectors/no-such-sector", "/api/v1/indicators/no-such", "/sectors", "/_next/static/nothing.js"]) {
        const response = await get(p);
        expect(response.status(), p).toBe(404);
        if (!p.startsWith("/_next")) expect(await response.text(), p).toContain("抱歉，您访问的页面不存在");
      }
      for (const p of ["/sectors/%ff", "/sources/..%c0%af", "/api/v1/indicators/%ff", "/indicators/%e4%b8", "/%c0%ae%c0%ae/etc/passwd"]) {
        const status = (await get(p)).status();
        expect(status >= 400 && status < 500, `${p} → ${status}`).toBe(true);
      }
    });

    test("content types, download names and CORS", async () => {
      const cases: [string, RegExp, string?][] = [
        ["/", /^text\/html; charset=utf-8$/i],
        ["/indicators/market-entities/data.csv", /^text\/csv; charset=utf-8$/i, 'attachment; filename="pingcheng-market-entities.csv"'],
        ["/indicators/market-entities/data.json", /^application\/json; charset=utf-8$/i, 'attachment; filename="pingcheng-market-entities.json"'],
        ["/indicators/market-entities/chart.svg", /^image\/svg\+xml/i, 'attachment; filename="pingcheng-market-entities.svg"'],
        ["/indicators/market-entities/chart.png", /^image\/png$/i, 'attachment; filename="pingcheng-market-entities.png"'],
        ["/downloads/pingcheng-figures.csv", /^text\/csv; charset=utf-8$/i, 'attachment; filename="pingcheng-figures.csv"'],
        ["/downloads/pingcheng-dataset.json", /^application\/json; charset=utf-8$/i, 'attachment; filename="pingcheng-dataset.json"'],
        ["/api/v1/sectors", /^application\/json; charset=utf-8$/i],
        ["/api/v1/figures", /^application\/json; charset=utf-8$/i],
        ["/api/v1/indicators.json", /^application\/json; charset=utf-8$/i],
        ["/api/v1/indicators/market-entities", /^application\/json; charset=utf-8$/i],
        ["/sitemap.xml", /^application\/xml; charset=utf-8$/i],
        ["/updates.xml", /^application\/atom\+xml; charset=utf-8$/i],
        ["/en/updates.xml", /^application\/atom\+xml; charset=utf-8$/i],
        ["/robots.txt", /^text\/plain/i],
        ["/icon.svg", /^image\/svg\+xml/i],
        [asset("css"), /^text\/css/i],
        [asset("js"), /^(application|text)\/javascript/i],
      ];
      for (const [p, type, disposition] of cases) {
        const response = await get(p);
        expect(response.status(), p).toBe(200);
        expect(response.headers()["content-type"], p).toMatch(type);
        expect(response.headers()["content-disposition"], p).toBe(disposition);
        expect(response.headers()["access-control-allow-origin"], p).toBe(p.startsWith("/api/v1/") ? "*" : undefined);
      }
      const preview = /<meta property="og:image" content="[^"]*?(\/indicators\/[^"?]+)/.exec(await (await get("/indicators/market-entities")).text())![1];
      expect((await get(preview)).headers()["content-type"]).toBe("image/png");
    });

    test("hashed assets are kept a year; pages, data and images are revalidated", async () => {
      const immutable = (await get(asset("js"))).headers()["cache-control"];
      expect(immutable).toBe("public, max-age=31536000, immutable");
      for (const p of ["/", "/indicators/market-entities", "/api/v1/sectors", "/indicators/market-entities/chart.png", "/sitemap.xml"]) {
        const first = await get(p);
        expect(first.headers()["cache-control"], p).toBe("no-cache");
        const etag = first.headers()["etag"];
        expect(etag, p).toBeTruthy();
        expect((await get(p, { "If-None-Match": etag })).status(), p).toBe(304);
      }
    });

    test("text is sent as the build compressed it, brotli or gzip, when asked for, and only then", async () => {
      const built = (p: string) => path.join(E2E_SITE_DIR, p === "/" ? "index.html" : p.startsWith("/_next/") || p.startsWith("/api/") ? p : `${p}.html`);
      for (const p of ["/", "/indicators/market-entities", "/api/v1/figures", asset("js")]) {
        for (const [asked, encoding, suffix] of [["gzip", "gzip", ".gz"], ["br", "br", ".br"], ["gzip, deflate, br, zstd", "br", ".br"]]) {
          const response = await rawRequest(server.baseURL, "GET", p, { "Accept-Encoding": asked });
          expect(response.headers["content-encoding"], `${p} ${asked}`).toBe(encoding);
          expect(response.headers["vary"], p).toMatch(/accept-encoding/i);
          // The build's own bytes: nothing is compressed per request.
          expect(response.body.equals(readFileSync(built(p) + suffix)), `${p} ${asked}`).toBe(true);
        }
        expect((await get(p, { "Accept-Encoding": "gzip;q=0" })).headers()["content-encoding"], p).toBeUndefined();
        const plain = await get(p, { "Accept-Encoding": "identity" });
        expect(plain.headers()["content-encoding"], p).toBeUndefined();
        const gz = await get(p, { "Accept-Encoding": "gzip" });
        // Two representations, two ETags, each revalidating itself.
        expect(gz.headers()["etag"], p).not.toBe(plain.headers()["etag"]);
        expect((await get(p, { "Accept-Encoding": "gzip", "If-None-Match": gz.headers()["etag"] })).status(), p).toBe(304);
      }
    });

    test("moved addresses redirect permanently", async () => {
      const moves: [string, string][] = [
        ["/api/v1/indicators", "/api/v1/indicators.json"],
        ["/sectors/economy/", "/sectors/economy"],
        // Every renamed indicator of data/redirects.csv, at each of its addresses (none renamed yet:
        // tests/unit/serverConfigs.test.ts proves the rules on both servers with a made-up rename).
        ...readRedirects(E2E_DATA_DIR).flatMap(({ from, to, subpaths }): [string, string][] => [[from, to], ...(subpaths ? ([[`${from}/data.csv`, `${to}/data.csv`]] as [string, string][]) : [])]),
      ];
      for (const [from, to] of moves) {
        const response = await get(from);
        expect(response.status(), from).toBe(301);
        expect(new URL(response.headers()["location"], server.baseURL).pathname, from).toBe(to);
      }
    });
  });
