// The rules of lib/http/ on the real servers, `npm start`'s (scripts/lib/siteServer.ts) and Debian's
// nginx with the generated configuration, over a small folder laid out as the export lays out out/,
// with a made-up renamed indicator (data/redirects.csv has none yet) so that every redirect rule is
// exercised.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { indicatorRedirects } from "../../lib/data/redirects";
import { headerRules } from "../../lib/http/headerRules";
import { nginxConfig } from "../../lib/http/nginxConfig";
import { headersFor, onlyForBuiltFiles } from "../../lib/http/securityHeaders";
import { MOVED } from "../../lib/http/siteRedirects";
import { createSiteServer } from "../../scripts/lib/siteServer";

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
  "/updates.xml": '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>',
  "/_next/static/chunks/a.js": "console.log(1)",
};
const files = Object.keys(FILES);
const redirects = [...MOVED, ...indicatorRedirects([{ from: "old-gdp", to: "gdp" }])];
const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

for (const name of ["npm start", "nginx"] as const)
  test.describe(`${name} with the rules of lib/http/`, () => {
    let dir: string;
    let base: string;
    let server: Server | undefined;
    let nginx: ChildProcess | undefined;

    test.beforeAll(async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), "server-configs-"));
      const root = path.join(dir, "out");
      for (const [file, body] of Object.entries(FILES)) {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), body);
      }
      const port = await freePort();
      base = `http://localhost:${port}`;
      if (name === "npm start") {
        server = createSiteServer(root, redirects);
        await new Promise<void>((resolve) => server!.listen(port, resolve));
        return;
      }
      if (!NGINX) throw new Error("nginx is not installed: apt-get install -y nginx libnginx-mod-http-brotli-static (npm test does it as root)");
      const conf = path.join(dir, "nginx.conf");
      const user = process.getuid?.() === 0 ? "user root;\n" : "";
      const rules = headerRules(files, headersFor, onlyForBuiltFiles);
      writeFileSync(conf, nginxConfig(rules, redirects, { port, root, runDir: dir, errorLog: "stderr", accessLog: "off" }).replace("\n", `\n${user}`));
      nginx = spawn(NGINX, ["-p", dir, "-c", conf, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "inherit"] });
      for (let i = 0; i < 100; i++) {
        if (await fetch(base).then(() => true, () => false)) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error("nginx did not start");
    });

    test.afterAll(async () => {
      server?.close();
      if (nginx && nginx.exitCode === null) await new Promise((resolve) => nginx!.once("exit", resolve).kill("SIGQUIT"));
      rmSync(dir, { recursive: true, force: true });
    });

    const get = (p: string) => fetch(base + p, { redirect: "manual" });

    test("moves every address of a renamed indicator permanently, and the old API list, keeping the query", async () => {
      const moves: [string, string][] = [["/api/v1/indicators", "/api/v1/indicators.json"]];
      for (const prefix of ["/indicators", "/en/indicators", "/embed/indicators", "/en/embed/indicators", "/api/v1/indicators"])
        moves.push([`${prefix}/old-gdp`, `${prefix}/gdp`], [`${prefix}/old-gdp/data.csv`, `${prefix}/gdp/data.csv`]);
      for (const [from, to] of moves) {
        const response = await get(`${from}?view=table`);
        expect(response.status, from).toBe(301);
        expect(response.headers.get("location")?.replace(base, ""), from).toBe(`${to}?view=table`);
      }
      const slash = await get("/indicators/gdp/?view=table");
      expect([slash.status, slash.headers.get("location")?.replace(base, "")]).toEqual([301, "/indicators/gdp?view=table"]);
      const script = await get("/indicators/%3Cscript%3E/");
      expect(script.headers.get("location")).not.toMatch(/[<>]/);
      const followed = await fetch(`${base}/indicators/old-gdp/data.csv`);
      expect(await followed.text()).toContain("actual,2023");
    });

    test("sends each file with the headers headersFor gives it, and no other", async () => {
      for (const file of files) {
        const address = file.replace(/(index)?\.html$/, "");
        const response = await get(address);
        expect(response.status, address).toBe(200);
        for (const [k, v] of Object.entries(headersFor(file))) expect(response.headers.get(k), `${k} of ${address}`).toBe(v);
        for (const k of ["x-frame-options", "access-control-allow-origin", "content-disposition"])
          if (!Object.keys(headersFor(file)).some((h) => h.toLowerCase() === k)) expect(response.headers.get(k), `${k} of ${address}`).toBeNull();
      }
    });

    test("serves the 404 page with status 404 and its headers, for an unknown address and a host file", async () => {
      for (const p of ["/indicators/no-such", "/_next/static/chunks/none.js", "/_headers"]) {
        const response = await get(p);
        expect(response.status, p).toBe(404);
        expect(await response.text(), p).toContain("找不到这个页面");
        expect(response.headers.get("x-frame-options"), p).toBe("DENY");
        expect(response.headers.get("cache-control"), p).toBe("no-cache");
      }
    });

    test("types the files whose name does not say their type", async () => {
      expect((await get("/api/v1/indicators/gdp")).headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect((await get("/indicators/gdp/opengraph-image-1abc")).headers.get("content-type")).toBe("image/png");
      expect((await get("/updates.xml")).headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    });
  });
