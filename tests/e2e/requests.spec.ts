import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { rawRequest, SERVERS } from "./servers";
import { E2E_SITE_DIR } from "./site";

// What the two servers answer to an address however it is spelt and to every method: the same as for
// the address's normal form (or 400), never a Location off the site, never a file the site does not
// publish. Each case here was a finding of a security read of the landed build (issue 21).

const SAME_HEADERS = [
  "content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy", "permissions-policy",
  "strict-transport-security", "cross-origin-opener-policy", "cross-origin-resource-policy", "cache-control",
  "content-disposition", "access-control-allow-origin",
];
const pick = (headers: Record<string, string | string[] | undefined>) => Object.fromEntries(SAME_HEADERS.map((h) => [h, headers[h]]));

for (const server of SERVERS)
  test.describe(server.name, () => {
    const send = (method: string, p: string, headers: Record<string, string> = {}) => rawRequest(server.baseURL, method, p, headers);

    test("no Location leaves the site, however the address is spelt", async () => {
      for (const p of ["//evil.example/", "//evil.example/a/", "/\\evil.example/", "/\\/evil.example/", "///evil.example/", "/%2f%2fevil.example/", "/%5cevil.example/", "//evil.example/?x=1"]) {
        const { status, headers } = await send("GET", p);
        if (status >= 300 && status < 400) expect(new URL(headers.location!, server.baseURL).origin, `${p} → ${headers.location}`).toBe(new URL(server.baseURL).origin);
        expect(status, p).toBeLessThan(500);
      }
    });

    test("an address spelt another way gets the headers of its normal form, or 400", async () => {
      const spellings: [string, string][] = [
        ["/sectors/..%2findicators/market-entities", "/indicators/market-entities"],
        ["/sectors/../indicators/market-entities", "/indicators/market-entities"],
        ["/embed/indicators/..%2f..%2f..%2findicators/market-entities", "/indicators/market-entities"],
        ["/embed/indicators/%2e%2e/%2e%2e/%2e%2e/indicators/market-entities", "/indicators/market-entities"],
        ["/sectors/..%2findicators/market-entities/chart.svg", "/indicators/market-entities/chart.svg"],
        ["/indicators/market-entities%2fchart.svg", "/indicators/market-entities/chart.svg"],
        ["/indicators//market-entities/data.csv", "/indicators/market-entities/data.csv"],
        ["/indicators/./market-entities", "/indicators/market-entities"],
        ["/indicators\\market-entities", "/indicators/market-entities"],
        ["/indicators/%6darket-entities", "/indicators/market-entities"],
        ["/en/embed/indicators/market-entities/..%2f..%2f..%2f..%2fmethodology", "/methodology"],
      ];
      for (const [spelt, normal] of spellings) {
        const expected = await send("GET", normal);
        const answer = await send("GET", spelt);
        if (answer.status === 400) continue;
        expect(answer.status, spelt).toBe(expected.status);
        expect(pick(answer.headers), spelt).toEqual(pick(expected.headers));
      }
    });

    test("CORS preflight on the API is answered 204 with the API's headers", async () => {
      for (const p of ["/api/v1/sectors", "/api/v1/indicators/market-entities", "/api/v1/indicators.json"]) {
        const { status, headers } = await send("OPTIONS", p, { Origin: "https://newsroom.example", "Access-Control-Request-Method": "GET" });
        expect(status, p).toBe(204);
        expect(headers["access-control-allow-origin"], p).toBe("*");
        expect(headers["access-control-allow-methods"], p).toContain("GET");
      }
    });

    test("every method but GET, HEAD and OPTIONS is refused with 405 and Allow", async () => {
      for (const method of ["POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "MKCOL"])
        for (const p of ["/", "/indicators/market-entities", "/api/v1/sectors", "/no-such-page"]) {
          const { status, headers } = await send(method, p);
          expect(status, `${method} ${p}`).toBe(405);
          expect(headers.allow, `${method} ${p}`).toBe("GET, HEAD, OPTIONS");
          expect(headers["x-frame-options"], `${method} ${p}`).toBe("DENY");
        }
    });

    test("the host files and Next's own copy of the 404 page are not served", async () => {
      for (const p of ["/_headers", "/_redirects", "/_not-found.html", "/_not-found", "/_not-found.txt", "/_not-found/__next._full.txt"]) {
        const { status, body } = await send("GET", p);
        expect(status, p).toBe(404);
        expect(body.toString(), p).toContain("抱歉，您访问的页面不存在");
      }
    });

    test("byte ranges are not served: every file is small, and a range is only a way to ask for many", async () => {
      const whole = readFileSync(path.join(E2E_SITE_DIR, "robots.txt"));
      for (const range of ["bytes=0-0", "bytes=0-0,1-1,2-2", "bytes=-1", "bytes=5-1", "bytes=999999-", "bytes=abc"]) {
        const { status, body } = await send("GET", "/robots.txt", { Range: range, "Accept-Encoding": "identity" });
        expect(status, range).toBe(200);
        expect(body.equals(whole), range).toBe(true);
      }
    });
  });
