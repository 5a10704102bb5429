import { describe, expect, it } from "vitest";
import { indicatorRedirects } from "@/lib/data/redirects";
import { isNotPublished, refusal } from "@/lib/http/refusals";
import { movedTo, MOVED } from "@/lib/http/siteRedirects";
import { acceptedCodings } from "../../scripts/lib/siteServer";

describe("refusal: what every server refuses before it looks for a file", () => {
  it.each([
    ["//evil.example/", 400], ["/\\evil.example/", 400], ["/a/%2f/b", 400], ["/a%2Fb", 400], ["/a%5cb", 400], ["/a%00", 400],
    ["/sectors/../indicators/gdp", 400], ["/sectors/%2e%2e/x", 400], ["/x/./y", 400], ["/x/.", 400], ["/x/..?q=1", 400], ["/%zz", 400], ["/%e4%b8", undefined],
    ["http://evil.example/", 400], ["*", 400], ['/a?q="x"', 400], ["/a?q=<script>", 400], ["/a?q=`", 400], ["/\u00e4", 400], ["/a?b[]=1|2^", undefined], ["/a?q=%3C", undefined], ["/indicators/gdp", undefined], ["/indicators/gdp.html", undefined], ["/a..b/c.d", undefined],
    ["/indicators/gdp?next=//evil.example/../x", undefined], ["/", undefined],
  ] as const)("GET %s → %s", (target, status) => expect(refusal("GET", target)).toBe(status));

  it("answers GET, HEAD and OPTIONS; refuses every other method, after the spelling", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(refusal(method, "/")).toBeUndefined();
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "PROPFIND", "MKCOL", "TRACE"]) expect(refusal(method, "/")).toBe(405);
    expect(refusal("PUT", "//x")).toBe(400);
    expect(refusal("TRACE", "//x")).toBe(400);
  });

  it("does not publish the host files or Next's copy of the 404 page", () => {
    for (const p of ["/_headers", "/_redirects", "/_not-found", "/_not-found.html", "/_not-found.html.gz", "/_not-found/__next._full.txt"]) expect(isNotPublished(p), p).toBe(true);
    for (const p of ["/_next/static/a.js", "/_headersx", "/404.html"]) expect(isNotPublished(p), p).toBe(false);
  });
});

describe("movedTo: a 301's Location, as nginx writes it", () => {
  const redirects = [...MOVED, ...indicatorRedirects([{ from: "old-gdp", to: "gdp" }])];
  it.each([
    ["/api/v1/indicators", "/api/v1/indicators?x=1", "/api/v1/indicators.json?x=1"],
    ["/indicators/old-gdp", "/indicators/old-gdp?view=table", "/indicators/gdp?view=table"],
    ["/en/embed/indicators/old-gdp/data.csv", "/en/embed/indicators/old-gdp/data.csv", "/en/embed/indicators/gdp/data.csv"],
    ["/sectors/economy/", "/sectors/economy/?view=table", "/sectors/economy?view=table"],
    ["/indicators/<x>/", "/indicators/%3Cx%3E/", "/indicators/%3Cx%3E"],
    ["/", "/", undefined],
    ["/indicators/gdp", "/indicators/gdp", undefined],
  ])("%s → %s", (pathname, target, location) => expect(movedTo(redirects, pathname, target)).toBe(location));
});

describe("acceptedCodings: what sirv may choose from", () => {
  it.each([
    ["gzip, deflate, br, zstd", "gzip, br"], ["gzip;q=0", ""], ["br;q=0, gzip", "gzip"], ["*", ""], ["identity", ""], ["", ""], ["GZIP;Q=0.5", "gzip"], ["br; q=0.000", ""],
  ])("%j → %j", (header, codings) => expect(acceptedCodings(header)).toBe(codings));
});
