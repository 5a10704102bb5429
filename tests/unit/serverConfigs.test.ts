// The generated configurations on the real servers: serve-handler as `npm start` runs it, and
// Debian's nginx, over a small folder laid out as the export lays out out/, with a made-up renamed
// indicator (data/redirects.csv has none yet) so that every redirect rule is exercised.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indicatorRedirects } from "@/lib/data/redirects";
import { extensionlessType, hasExtension } from "@/lib/http/contentTypes";
import { headerRules, type HeaderRule } from "@/lib/http/headerRules";
import { headersFor } from "@/lib/http/securityHeaders";
import { headersFile, nginxConfig, redirectsFile, serveConfig } from "@/lib/http/serverConfigs";
import { MOVED } from "@/lib/http/siteRedirects";
import { createStaticServer } from "../../scripts/lib/staticServer.mjs";

const FILES: Record<string, string> = {
  "/index.html": "<!DOCTYPE html><html><head></head><body>首页</body></html>",
  "/404.html": "<!DOCTYPE html><html><head></head><body>找不到这个页面</body></html>",
  "/indicators/gdp.html": "<html><head></head><body>gdp</body></html>",
  "/indicators/gdp/data.csv": "\ufeffkind,year\nactual,2023\n",
  "/en/indicators/gdp.html": "<html><head></head><body>gdp en</body></html>",
  "/embed/indicators/gdp.html": "<html><head></head><body>embed</body></html>",
  "/en/embed/indicators/gdp.html": "<html><head></head><body>embed en</body></html>",
  "/api/v1/indicators/gdp": '{"slug":"gdp"}\n',
  "/api/v1/indicators.json": '{"indicators":[]}\n',
  "/indicators/gdp/opengraph-image-1abc": "png",
  "/_next/static/chunks/a.js": "console.log(1)",
};
const files = Object.keys(FILES);
const redirects = [...MOVED, ...indicatorRedirects([{ from: "old-gdp", to: "gdp" }])];
const rules = headerRules(files, headersFor);

/** The rules that apply to a file, as a static host reads them. */
const covering = (list: HeaderRule[], file: string) => list.filter((r) => (r.folder ? file.startsWith(r.path) : file === r.path));

describe("headerRules", () => {
  it("gives each file exactly the headers headersFor gives it, never two rules for one header", () => {
    for (const file of files) {
      const sent: Record<string, string[]> = {};
      for (const rule of covering(rules, file)) for (const [k, v] of Object.entries(rule.headers)) (sent[k] ??= []).push(v);
      expect(Object.fromEntries(Object.entries(sent).map(([k, v]) => [k, v.length === 1 ? v[0] : v])), file).toEqual(headersFor(file));
    }
  });

  it("uses one rule for a folder that agrees, and one per file only where files differ", () => {
    expect(rules.find((r) => r.path === "/" && r.folder)?.headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(rules.find((r) => r.path === "/embed/" && r.folder)?.headers["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(rules.find((r) => r.path === "/indicators/gdp/data.csv")?.headers["Content-Disposition"]).toContain("pingcheng-gdp.csv");
  });
});

describe("files for static hosts", () => {
  it("_headers names pages by their address, folders with *", () => {
    const text = headersFile(rules);
    expect(text).toContain("\n/embed/*\n");
    expect(text).toMatch(/\n\/indicators\/gdp\/data\.csv\n {2}Content-Disposition: attachment; filename="pingcheng-gdp\.csv"/);
    expect(text).not.toMatch(/^\/.*\.html$/m);
  });

  it("_redirects moves every address of a renamed indicator, and the old API list", () => {
    const text = redirectsFile(redirects);
    expect(text).toContain("/api/v1/indicators /api/v1/indicators.json 301\n");
    for (const prefix of ["/indicators", "/en/indicators", "/embed/indicators", "/en/embed/indicators", "/api/v1/indicators"]) {
      expect(text).toContain(`${prefix}/old-gdp ${prefix}/gdp 301\n`);
      expect(text).toContain(`${prefix}/old-gdp/* ${prefix}/gdp/:splat 301\n`);
    }
  });
});

const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));

describe.each(["npm start", "nginx"] as const)("%s with the generated configuration", (name) => {
  let dir: string;
  let base: string;
  let server: Server | undefined;
  let nginx: ChildProcess | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "server-configs-"));
    const root = path.join(dir, "out");
    for (const [file, body] of Object.entries(FILES)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), body);
    }
    if (name === "npm start") {
      const serveRules = headerRules(files, (f) => ({ ...headersFor(f), ...(hasExtension(f) ? {} : { "Content-Type": extensionlessType(f)! }) }));
      server = createStaticServer(root, serveConfig(serveRules, redirects));
      await new Promise<void>((resolve) => server!.listen(0, resolve));
      base = `http://localhost:${(server.address() as AddressInfo).port}`;
      return;
    }
    if (!NGINX) throw new Error("nginx is not installed: apt-get install -y nginx (npm test does it as root)");
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const conf = path.join(dir, "nginx.conf");
    const user = process.getuid?.() === 0 ? "user root;\n" : "";
    writeFileSync(conf, user + nginxConfig(rules, redirects, { port, root, runDir: dir, errorLog: "stderr", accessLog: "off" }));
    nginx = spawn(NGINX, ["-p", dir, "-c", conf, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "inherit"] });
    base = `http://localhost:${port}`;
    for (let i = 0; i < 100; i++) {
      if (await fetch(base).then(() => true, () => false)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error("nginx did not start");
  });

  afterAll(() => {
    server?.close();
    nginx?.kill("SIGQUIT");
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (p: string) => fetch(base + p, { redirect: "manual" });

  it("moves every address of a renamed indicator permanently, and the old API list", async () => {
    const moves: [string, string][] = [["/api/v1/indicators", "/api/v1/indicators.json"]];
    for (const prefix of ["/indicators", "/en/indicators", "/embed/indicators", "/en/embed/indicators", "/api/v1/indicators"])
      moves.push([`${prefix}/old-gdp`, `${prefix}/gdp`], [`${prefix}/old-gdp/data.csv`, `${prefix}/gdp/data.csv`]);
    for (const [from, to] of moves) {
      const response = await get(from);
      expect(response.status, from).toBe(301);
      expect(new URL(response.headers.get("location")!, base).pathname, from).toBe(to);
    }
    const slash = await get("/indicators/gdp/?view=table");
    expect([slash.status, slash.headers.get("location")?.replace(base, "")]).toEqual([301, "/indicators/gdp?view=table"]);
    const script = await get("/indicators/%3Cscript%3E/");
    expect(script.headers.get("location")).not.toMatch(/[<>]/);
    const followed = await fetch(`${base}/indicators/old-gdp/data.csv`);
    expect(await followed.text()).toContain("actual,2023");
  });

  it("sends each file with the headers headersFor gives it", async () => {
    for (const file of files) {
      const address = file.replace(/(index)?\.html$/, "");
      const response = await get(address);
      expect(response.status, address).toBe(200);
      for (const [k, v] of Object.entries(headersFor(file))) expect(response.headers.get(k), `${k} of ${address}`).toBe(v);
    }
  });

  it("serves the 404 page with status 404 and its headers", async () => {
    const response = await get("/indicators/no-such");
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("找不到这个页面");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("types files with no extension", async () => {
    expect((await get("/api/v1/indicators/gdp")).headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect((await get("/indicators/gdp/opengraph-image-1abc")).headers.get("content-type")).toBe("image/png");
  });
});
