import { describe, expect, it } from "vitest";
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

  it("gives next.config.ts one rule per path pattern, each with headers", () => {
    const rules = securityHeaders();
    expect(rules.map((r) => r.source)).toEqual(["/((?!embed/|en/embed/).*)", "/:lang(en)?/embed/:path*", "/api/v1/:path*"]);
    for (const r of rules) expect(r.headers.length).toBeGreaterThan(0);
  });
});
