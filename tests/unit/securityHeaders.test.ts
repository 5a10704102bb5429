import { describe, expect, it } from "vitest";
import { buildCustomRoute } from "next/dist/lib/build-custom-route";
import { headersFor, securityHeaders } from "@/lib/http/securityHeaders";

describe("headersFor (the fast path) agrees with next.config.ts's rules", () => {
  it.each([
    ["/", "'none'", "DENY"],
    ["/indicators/gdp", "'none'", "DENY"],
    ["/_next/static/chunks/a.js", "'none'", "DENY"],
    ["/embedded", "'none'", "DENY"],
    ["/embed/indicators/gdp", "*", undefined],
    ["/en/embed/indicators/gdp", "*", undefined],
    ["/en/indicators/gdp", "'none'", "DENY"],
    ["/en/embedded", "'none'", "DENY"],
  ])("%s may be framed by %s", (path, ancestors, frameOptions) => {
    const h = headersFor(path);
    expect(h["Content-Security-Policy"]).toContain(`frame-ancestors ${ancestors}`);
    expect(h["X-Frame-Options"]).toBe(frameOptions);
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("opens CORS on the read-only API only", () => {
    expect(headersFor("/api/v1/indicators")["Access-Control-Allow-Origin"]).toBe("*");
    expect(headersFor("/indicators/gdp")["Access-Control-Allow-Origin"]).toBeUndefined();
  });

  // next.config.ts hands Next the rules' `source` patterns; the fast path tests `applies`. Compile the
  // patterns exactly as Next does for its routes manifest and check that both give every page the
  // same headers (Next sets the headers of every matching rule, a later rule overriding an earlier).
  it.each([
    "/", "/en", "/indicators/gdp", "/en/indicators/gdp", "/sectors/economy", "/embedded", "/en/embedded",
    "/embed/indicators/gdp", "/en/embed/indicators/gdp", "/api/v1/indicators", "/api/v1/indicators/gdp",
    "/downloads/pingcheng-dataset.csv", "/_next/static/chunks/a.js", "/present/step-1",
  ])("next.config.ts's patterns give %s the headers headersFor gives it", (pathname) => {
    const fromNext: Record<string, string> = {};
    for (const rule of securityHeaders())
      if (new RegExp(buildCustomRoute("header", rule).regex).test(pathname)) for (const h of rule.headers) fromNext[h.key] = h.value;
    expect(fromNext).toEqual(headersFor(pathname));
  });
});
