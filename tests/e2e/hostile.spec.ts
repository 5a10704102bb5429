import { expect, request as requests, test } from "@playwright/test";
import { SERVERS } from "./servers";

// A public site is probed by scanners the day it goes up. At least 1,000 generated requests per
// server — malformed percent-encodings, traversal, encoded slashes, overlong segments and queries,
// unicode, SQL and script fragments, every method, odd headers — must get no 5xx, leak no file path
// or stack trace, and reflect no script, from `npm start` and from nginx alike. The generator is
// seeded, so a failure reproduces.
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

/** Segments put into the address after percent-encoding them (so they arrive as written). */
const FRAGMENTS = [
  "../../etc/passwd", "..%2f..%2fetc%2fpasswd", "%2e%2e/%2e%2e/", "..\\..\\windows\\win.ini", "%2F", "%252F", "%00", "%ZZ", "%",
  "' OR 1=1 --", "1;DROP TABLE Figure", "\" onmouseover=alert(1) x=\"", "<script>alert(1)</script>", "%3Cscript%3Ealert(1)%3C/script%3E",
  "javascript:alert(1)", "{{7*7}}", "${7*7}", "市场主体", "😀🚀", "\u202e", "a".repeat(3000), "indicators", "sectors", "gdp", "_next",
  "_next/static/../../package.json", "api", "embed", ".env", ".git/config", "prisma/dashboard.db", "node_modules", "~", "?", "#",
];
/** Segments put into the address raw: malformed or overlong UTF-8, encoded traversal, encoded CR LF. */
const RAW = [
  "%ff", "%c0%af", "..%c0%af", "%e4%b8", "%e4%b8%ad%e6", "%fe%ff", "%c0%ae%c0%ae/", "%%", "%zz", "%0d%0aX-Injected:%201", "%00",
  "..%2f..%2f..%2fetc%2fpasswd", "%2e%2e%5c%2e%2e", "%u002e%u002e", "market-entities%ff", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
];
const PREFIXES = [
  "/", "/indicators/", "/en/indicators/", "/sectors/", "/sources/", "/methodology/", "/_next/", "/_next/static/", "/_next/image?url=",
  "/api/", "/api/v1/indicators/", "/embed/indicators/", "/en/embed/indicators/", "/downloads/", "/present/",
];
const METHODS = ["GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"];
const LEAKS = [/\bat [\w.<>]+ \(/, /\/work\//, /node_modules/, /\.tsx?:\d+/, /Error: /, /PrismaClient/, /\/srv\/|\/tmp\//];
const REFLECTED = /<script>alert\(1\)<\/script>|"\s*onmouseover=alert\(1\)/i;

function makeRequests(count: number) {
  const next = random(20261125);
  const pick = <T,>(xs: T[]) => xs[Math.floor(next() * xs.length)];
  return Array.from({ length: count }, (_, i) => {
    const segments = Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
      const r = next();
      if (r < 0.35) return pick(RAW);
      const s = pick(FRAGMENTS);
      return r < 0.7 ? encodeURIComponent(s) : encodeURI(s);
    });
    const path = pick(PREFIXES) + segments.join("/");
    const long = i % 50 === 0 ? 20_000 : i % 7 === 0 ? 6000 : 10;
    const query = next() < 0.3 ? `?q=${next() < 0.5 ? pick(RAW) : encodeURIComponent(pick(FRAGMENTS))}&${"x".repeat(long)}=1` : "";
    const headers: Record<string, string> = {};
    if (next() < 0.2) headers["X-Forwarded-Host"] = pick(["evil.example", "localhost:1", "a".repeat(500)]);
    if (next() < 0.2) headers["Accept"] = pick(["text/x-component", "application/json", "*/*;q=abc"]);
    if (next() < 0.2) headers["Accept-Encoding"] = pick(["gzip", "br;q=0, gzip;q=0", "*;q=0", "gzip;q=abc", "identity"]);
    if (next() < 0.1) headers["RSC"] = "1";
    if (next() < 0.1) headers["Range"] = pick(["bytes=999999999-", "bytes=-1", "bytes=5-1", "bytes=0-0,1-1,2-2"]);
    if (next() < 0.1) headers["If-None-Match"] = pick(['"x"', "*", "W/\"\""]);
    return { method: pick(METHODS), path: path + query, headers };
  });
}

for (const server of SERVERS)
  test(`1,000 hostile requests to ${server.name}: no 5xx, no leaked internals, no reflected script`, async () => {
    test.setTimeout(180_000);
    const api = await requests.newContext({ baseURL: server.baseURL });
    const all = makeRequests(1000);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (let i = 0; i < all.length; i += 20) {
      await Promise.all(
        all.slice(i, i + 20).map(async ({ method, path, headers }) => {
          const response = await api.fetch(path, { method, headers, maxRedirects: 0, failOnStatusCode: false });
          const status = response.status();
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          const where = `${method} ${path.slice(0, 120)}`;
          if (status >= 500) failures.push(`${status} for ${where}`);
          // A redirect names the (percent-encoded) address it was given; that is not a leak.
          const { location, ...others } = response.headers();
          let body = method === "HEAD" ? "" : await response.text();
          if (location) body = body.split(location).join("");
          for (const leak of LEAKS) if (leak.test(body)) failures.push(`leak ${leak} in ${where}`);
          if (REFLECTED.test(body)) failures.push(`reflected script in ${where}`);
          if (location && /[<>"\r\n]/.test(location)) failures.push(`unescaped Location ${location.slice(0, 80)} for ${where}`);
          if ("x-injected" in others) failures.push(`header injected by ${where}`);
        }),
      );
    }
    await api.dispose();
    expect(failures.slice(0, 20)).toEqual([]);
    // Most of these addresses do not exist: the servers must have said so, not served something.
    expect([...statuses].filter(([s]) => s >= 400 && s < 500).reduce((n, [, c]) => n + c, 0)).toBeGreaterThan(800);
    console.log(`${server.name}: ${[...statuses].sort(([a], [b]) => a - b).map(([s, c]) => `${c}× ${s}`).join(", ")}`);
  });
