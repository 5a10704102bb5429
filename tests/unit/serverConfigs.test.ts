// The rules of lib/http/ as each server's configuration: the header rules, _headers and _redirects for
// static hosts, nginx's configuration. The servers themselves run them in the browser suite
// (tests/e2e/server-configs.spec.ts, servers.spec.ts, requests.spec.ts, fuzz.spec.ts).
import { describe, expect, it } from "vitest";
import { indicatorRedirects } from "@/lib/data/redirects";
import { headerRules, ruleCovers, type HeaderRule } from "@/lib/http/headerRules";
import { BROTLI_MODULE, nginxConfig } from "@/lib/http/nginxConfig";
import { headersFor, onlyForBuiltFiles } from "@/lib/http/securityHeaders";
import { MOVED } from "@/lib/http/siteRedirects";
import { CDN_RULE_LIMIT, headersFile, redirectsFile } from "@/lib/http/staticHostFiles";

/** The files of an export shaped like the real one: both languages, every indicator's files, Next's chunks. */
function exportLike(indicators: number): string[] {
  const slugs = Array.from({ length: indicators }, (_, i) => `indicator-${i}`);
  const pages = ["index", "methodology", "search", "updates", "unknowns", "present", "api", "404", "_not-found"];
  const lang = (prefix: string) => [
    ...pages.flatMap((p) => [`${prefix}/${p}.html`, `${prefix}/${p}.txt`, `${prefix}/${p}/__next._full.txt`]),
    `${prefix}/updates.xml`,
    ...["economy", "industry", "livelihoods"].flatMap((s) => [`${prefix}/sectors/${s}.html`, `${prefix}/sectors/${s}/opengraph-image-1abc`]),
    ...slugs.flatMap((s) => [
      `${prefix}/indicators/${s}.html`, `${prefix}/indicators/${s}.txt`, `${prefix}/indicators/${s}/__next._full.txt`,
      ...["data.csv", "data.json", "chart.png", "chart.svg", "opengraph-image-2abc"].map((f) => `${prefix}/indicators/${s}/${f}`),
      `${prefix}/embed/indicators/${s}.html`, `${prefix}/embed/indicators/${s}/__next._full.txt`,
    ]),
  ];
  return [
    ...lang(""), ...lang("/en"), "/robots.txt", "/sitemap.xml", "/icon.svg", "/api/v1/sectors", "/api/v1/figures", "/api/v1/indicators.json",
    ...slugs.map((s) => `/api/v1/indicators/${s}`), "/downloads/pingcheng-figures.csv", "/downloads/pingcheng-dataset.json",
    ...Array.from({ length: 20 }, (_, i) => `/_next/static/chunks/${i}abc.js`), "/_next/static/media/font.woff2",
  ];
}

const files = exportLike(123);
const rules = headerRules(files, headersFor, onlyForBuiltFiles);
const redirects = [...MOVED, ...indicatorRedirects([{ from: "old-gdp", to: "gdp" }])];

describe("headerRules", () => {
  it("gives each file exactly the headers headersFor gives it, never two rules for one header", () => {
    for (const file of files) {
      const named = rules.filter((r) => ruleCovers(r, file)).flatMap((r) => Object.keys(r.headers));
      expect(named.length, file).toBe(new Set(named).size);
      const sent: Record<string, string[]> = {};
      for (const rule of rules.filter((r) => ruleCovers(r, file))) for (const [k, v] of Object.entries(rule.headers)) if (v !== "") (sent[k] ??= []).push(v);
      expect(Object.fromEntries(Object.entries(sent).map(([k, v]) => [k, v.length === 1 ? v[0] : v])), file).toEqual(headersFor(file));
    }
  });

  it("uses one rule for a folder that agrees, for the files of a folder and for its subfolders where those agree, one per file only where files differ", () => {
    const rule = (path: string, scope: HeaderRule["scope"]) => rules.find((r) => r.path === path && r.scope === scope)?.headers ?? {};
    expect(rule("/", "tree")["X-Content-Type-Options"]).toBe("nosniff");
    expect(rule("/embed/", "tree")["Content-Security-Policy"]).toContain("frame-ancestors *");
    // An indicator's page is the site's own; everything in its folder is for other sites too.
    expect(rule("/indicators/", "files")["Cross-Origin-Resource-Policy"]).toBe("same-origin");
    expect(rule("/indicators/", "subtrees")["Cross-Origin-Resource-Policy"]).toBe("cross-origin");
    expect(rule("/indicators/indicator-7/data.csv", "file")["Content-Disposition"]).toContain("pingcheng-indicator-7.csv");
  });

  it("keeps a year only the files the build wrote: an unknown /_next/ address is a 404", () => {
    for (const r of rules) if (r.scope !== "file") expect(r.headers["Cache-Control"] ?? "", `${r.scope} ${r.path}`).not.toContain("immutable");
    expect(rules.filter((r) => r.headers["Cache-Control"]?.includes("immutable"))).toHaveLength(21);
  });
});

/** _headers as a static host reads it: each rule's path line and its header lines. */
const readRules = (text: string) =>
  text.split("\n").filter((l) => l && !l.startsWith("#")).reduce<string[][]>((list, line) => (line.startsWith("/") ? [...list, [line]] : (list.at(-1)!.push(line), list)), []);

describe("_headers for a CDN that reads 100 rules", () => {
  const read = readRules(headersFile(rules));

  it("gives every security and caching rule first, within the first 100", () => {
    const namesOnly = read.map((r) => r.slice(1).every((h) => /^ {2}(Content-Disposition|Content-Type):/.test(h)));
    const firstName = namesOnly.indexOf(true);
    expect(firstName).toBeGreaterThan(0);
    expect(firstName).toBeLessThanOrEqual(CDN_RULE_LIMIT);
    expect(namesOnly.slice(firstName).every(Boolean)).toBe(true);
  });

  it("keeps a year only the files the build wrote: an unknown /_next/ address is a 404", () => {
    for (const rule of read) if (/[*:]/.test(rule[0])) expect(rule.join("\n"), rule[0]).not.toContain("immutable");
  });

  it("names pages by their address, folders with *, the files or subfolders of a folder with :name, the overview apart", () => {
    const paths = read.map((r) => r[0]);
    expect(paths).toEqual(expect.arrayContaining(["/", "/:name", "/embed/*", "/indicators/:name", "/indicators/:name/*", "/indicators/indicator-7/data.csv"]));
    expect(paths.filter((p) => p.endsWith(".html"))).toEqual([]);
  });

  it("refuses to write a file whose security rules would not fit", () => {
    const many: HeaderRule[] = Array.from({ length: 101 }, (_, i) => ({ path: `/page-${i}.html`, scope: "file", headers: { "X-Frame-Options": `v${i}` } }));
    expect(() => headersFile(many)).toThrow(/101 security and caching rules, more than the 100/);
    expect(() => headersFile(many.slice(1))).not.toThrow();
  });
});

describe("_redirects", () => {
  it("moves every address of a renamed indicator, and the old API list", () => {
    const text = redirectsFile(redirects);
    expect(text).toContain("/api/v1/indicators /api/v1/indicators.json 301\n");
    for (const prefix of ["/indicators", "/en/indicators", "/embed/indicators", "/en/embed/indicators", "/api/v1/indicators"]) {
      expect(text).toContain(`${prefix}/old-gdp ${prefix}/gdp 301\n`);
      expect(text).toContain(`${prefix}/old-gdp/* ${prefix}/gdp/:splat 301\n`);
    }
  });
});

describe("nginxConfig", () => {
  const conf = nginxConfig(rules, redirects, { port: 8080, root: "/srv/out", runDir: "/tmp/x", errorLog: "stderr", accessLog: "off" });

  it("loads Debian's brotli module on its first line, since `nginx -c` reads no modules-enabled/", () => {
    expect(conf.split("\n")[0]).toBe(`load_module ${BROTLI_MODULE};`);
    expect(conf).toContain("brotli_static on;");
    expect(conf).toContain("gzip_static on;");
    expect(conf).not.toMatch(/^\s*gzip on;/m);
  });

  it("serves no byte ranges", () => expect(conf).toContain("max_ranges 0;"));

  it("sends what the 404 page gets to an address no rule covers, and leaves out the rules that say the same", () => {
    expect(conf).toMatch(/map \$uri \$header_\d+ \{\n {4}default "DENY";\n {4}"~\^\/embed\/" "";/);
    expect(conf).not.toContain('"~^/indicators/" "DENY"');
  });
});
