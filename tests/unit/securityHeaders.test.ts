import { describe, expect, it } from "vitest";
import { downloadName, headerPolicy, headersFor, pagePolicy } from "@/lib/http/securityHeaders";

describe("headersFor: what every server sends for an address", () => {
  it.each([
    ["/index.html", "'none'", "DENY"],
    ["/indicators/gdp.html", "'none'", "DENY"],
    ["/_next/static/chunks/a.js", "'none'", "DENY"],
    ["/embedded.html", "'none'", "DENY"],
    ["/embed/indicators/gdp.html", "*", undefined],
    ["/en/embed/indicators/gdp.html", "*", undefined],
    ["/en/indicators/gdp.html", "'none'", "DENY"],
    ["/en/embedded", "'none'", "DENY"],
    ["/404.html", "'none'", "DENY"],
  ])("%s may be framed by %s", (path, ancestors, frameOptions) => {
    const h = headersFor(path);
    expect(h["Content-Security-Policy"]).toContain(`frame-ancestors ${ancestors}`);
    expect(h["X-Frame-Options"]).toBe(frameOptions);
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("keeps pages out of other sites' windows, and lets other sites load only what is made for them", () => {
    for (const p of ["/index.html", "/indicators/gdp.html", "/en/sectors/economy.html", "/_next/static/chunks/a.js", "/404.html", "/indicators/gdp.txt"]) {
      expect(headersFor(p)["Cross-Origin-Resource-Policy"], p).toBe("same-origin");
      expect(headersFor(p)["Cross-Origin-Opener-Policy"], p).toBe("same-origin");
    }
    const shared = [
      "/embed/indicators/gdp.html", "/en/embed/indicators/gdp.html", "/api/v1/sectors", "/api/v1/indicators/gdp", "/downloads/pingcheng-figures.csv",
      "/indicators/gdp/data.csv", "/indicators/gdp/data.json", "/indicators/gdp/chart.png", "/indicators/gdp/chart.svg", "/en/indicators/gdp/chart.svg",
    ];
    for (const p of shared) expect(headersFor(p)["Cross-Origin-Resource-Policy"], p).toBe("cross-origin");
  });

  it("names no feature browsers have dropped", () => {
    expect(headersFor("/index.html")["Permissions-Policy"]).not.toContain("interest-cohort");
    expect(headersFor("/index.html")["Permissions-Policy"]).toContain("camera=()");
  });

  it("opens CORS on the read-only API only", () => {
    expect(headersFor("/api/v1/indicators.json")["Access-Control-Allow-Origin"]).toBe("*");
    expect(headersFor("/indicators/gdp.html")["Access-Control-Allow-Origin"]).toBeUndefined();
  });

  it("keeps hashed assets a year and makes everything else revalidate", () => {
    expect(headersFor("/_next/static/chunks/a.js")["Cache-Control"]).toBe("public, max-age=31536000, immutable");
    for (const p of ["/index.html", "/api/v1/sectors", "/indicators/gdp/chart.png", "/_next/other"]) expect(headersFor(p)["Cache-Control"]).toBe("no-cache");
  });

  it("names the downloads, and only them", () => {
    expect(downloadName("/indicators/gdp/data.csv")).toBe("pingcheng-gdp.csv");
    expect(downloadName("/indicators/gdp/data.json")).toBe("pingcheng-gdp.json");
    expect(downloadName("/indicators/gdp/chart.png")).toBe("pingcheng-gdp.png");
    expect(downloadName("/indicators/gdp/chart.svg")).toBe("pingcheng-gdp.svg");
    expect(downloadName("/en/indicators/gdp/data.csv")).toBe("pingcheng-gdp-en.csv");
    expect(downloadName("/en/indicators/gdp/chart.png")).toBe("pingcheng-gdp-en.png");
    expect(downloadName("/downloads/pingcheng-figures.csv")).toBe("pingcheng-figures.csv");
    expect(downloadName("/indicators/gdp/slide.pptx")).toBe("pingcheng-gdp.pptx");
    expect(downloadName("/en/indicators/gdp/slide.pptx")).toBe("pingcheng-gdp-en.pptx");
    expect(downloadName("/present/pingcheng-deck.pptx")).toBe("pingcheng-deck.pptx");
    expect(downloadName("/en/present/pingcheng-deck.pptx")).toBe("pingcheng-deck-en.pptx");
    expect(downloadName("/present/start")).toBeUndefined();
    expect(downloadName("/en/indicators/gdp/notes.csv")).toBeUndefined();
    expect(downloadName("/indicators/gdp.html")).toBeUndefined();
    expect(headersFor("/indicators/gdp/data.csv")["Content-Disposition"]).toBe('attachment; filename="pingcheng-gdp.csv"');
  });
});

describe("the two halves of the Content-Security-Policy", () => {
  it("the header never names scripts, so it cannot loosen or block the page's own policy", () => {
    for (const p of ["/index.html", "/embed/indicators/gdp.html"]) expect(headerPolicy(p)).not.toMatch(/script-src|default-src|unsafe-eval/);
  });

  it("the page's policy allows scripts from the site and its own inline scripts by hash, nothing else", () => {
    const policy = pagePolicy(["abc=", "def=", "abc="]);
    expect(policy).toContain("script-src 'self' 'sha256-abc=' 'sha256-def=';");
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*(unsafe|\*)/);
    expect(pagePolicy([])).toContain("script-src 'self';");
  });
});
