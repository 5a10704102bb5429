// Runs after `next build` (npm run build): finishes the static export in out/ for real servers.
// 1. Gives each HTML page its script policy: the sha256 of every inline <script> in a <meta> CSP
//    (lib/http/inlineScripts.ts), so no page needs 'unsafe-inline'.
// 2. Writes a .gz beside every compressible file, which nginx sends as is (gzip_static).
// 3. Writes the headers and redirects of lib/http/ for every server: deploy/nginx.conf,
//    deploy/serve.json (npm start), out/_headers and out/_redirects (static hosts and CDNs).
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { COMPRESSIBLE, extensionlessType, hasExtension } from "../lib/http/contentTypes";
import { withScriptPolicy } from "../lib/http/inlineScripts";
import { headersFile, nginxConfig, redirectsFile, serveConfig } from "../lib/http/serverConfigs";
import { deployDir, outDir, serveHeaderRules, siteFiles, siteHeaderRules, siteRedirects } from "./lib/staticSite";

const started = performance.now();
const out = outDir();
const files = siteFiles(out);

let pages = 0;
let compressed = 0;
for (const file of files) {
  const full = path.join(out, file);
  const ext = path.extname(file).slice(1);
  if (ext === "html") {
    writeFileSync(full, withScriptPolicy(readFileSync(full, "utf8")));
    pages++;
  }
  const text = COMPRESSIBLE.includes(ext) || (!hasExtension(file) && extensionlessType(file));
  if (text && statSync(full).size >= 1024) {
    writeFileSync(`${full}.gz`, gzipSync(readFileSync(full), { level: 9 }));
    compressed++;
  }
}

const redirects = siteRedirects();
const rules = siteHeaderRules(files);
const deploy = deployDir();
mkdirSync(deploy, { recursive: true });
writeFileSync(path.join(deploy, "serve.json"), `${JSON.stringify(serveConfig(serveHeaderRules(files), redirects), null, 2)}\n`);
// For a server: copy out/ to /srv/pingcheng/out and this file to /etc/nginx/nginx.conf (README).
writeFileSync(
  path.join(deploy, "nginx.conf"),
  nginxConfig(rules, redirects, { port: 80, root: "/srv/pingcheng/out", runDir: "/var/lib/nginx", errorLog: "/var/log/nginx/error.log", accessLog: "/var/log/nginx/pingcheng.access.log" }),
);
writeFileSync(path.join(out, "_headers"), headersFile(rules));
writeFileSync(path.join(out, "_redirects"), redirectsFile(redirects));
console.log(
  `postbuild: ${pages} pages given their script policy, ${compressed} files pre-compressed, ${rules.length} header rules and ` +
    `${redirects.length} redirects written to ${path.relative(process.cwd(), deploy)}/ and ${path.relative(process.cwd(), out)}/ ` +
    `in ${Math.round(performance.now() - started)} ms.`,
);
