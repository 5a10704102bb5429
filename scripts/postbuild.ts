// Runs after `next build` (npm run build): finishes the static export in out/ for real servers.
// 1. Gives each HTML page its script policy: the sha256 of every inline <script> in a <meta> CSP
//    (lib/http/inlineScripts.ts), so no page needs 'unsafe-inline'.
// 2. Writes a .br and a .gz beside every text file, which nginx and `npm start` send as they are.
// 3. Writes the headers and redirects of lib/http/ for the servers that read files: deploy/nginx.conf,
//    out/_headers and out/_redirects (static hosts and CDNs). `npm start` reads lib/http/ itself.
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { isCompressible } from "../lib/http/contentTypes";
import { withScriptPolicy } from "../lib/http/inlineScripts";
import { nginxConfig } from "../lib/http/nginxConfig";
import { headersFile, redirectsFile } from "../lib/http/staticHostFiles";
import { deployDir, hostHeaderRules, outDir, siteFiles, siteHeaderRules, siteRedirects } from "./lib/staticSite";

const started = performance.now();
const out = outDir();
const files = siteFiles(out);

let pages = 0;
const toCompress: string[] = [];
for (const file of files) {
  const full = path.join(out, file);
  if (file.endsWith(".html")) {
    writeFileSync(full, withScriptPolicy(readFileSync(full, "utf8")));
    pages++;
  }
  // Below 1 KB a compressed copy saves less than its headers cost.
  if (isCompressible(file) && statSync(full).size >= 1024) toCompress.push(full);
}
// Brotli's best quality (11) is slow, and worth it: written once per build, read by every phone on a
// slow network. The asynchronous zlib calls run on libuv's threads, so every core takes a share.
const compress = async (full: string) => {
  const bytes = readFileSync(full);
  const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
  const [br, gz] = await Promise.all([promisify(brotliCompress)(bytes, { params }), promisify(gzip)(bytes, { level: 9 })]);
  await Promise.all([writeFile(`${full}.br`, br), writeFile(`${full}.gz`, gz)]);
};
for (let i = 0; i < toCompress.length; i += 64) await Promise.all(toCompress.slice(i, i + 64).map(compress));
const compressed = toCompress.length;

const redirects = siteRedirects();
const rules = siteHeaderRules(files);
const deploy = deployDir();
mkdirSync(deploy, { recursive: true });
// For a server: copy out/ to /srv/pingcheng/out and this file to /etc/nginx/nginx.conf (README).
writeFileSync(
  path.join(deploy, "nginx.conf"),
  nginxConfig(rules, redirects, { port: 80, root: "/srv/pingcheng/out", runDir: "/var/lib/nginx", errorLog: "/var/log/nginx/error.log", accessLog: "/var/log/nginx/pingcheng.access.log" }),
);
// Throws when the security rules would not fit in the 100 a CDN reads: the build fails rather than ship them.
const headers = headersFile(hostHeaderRules(files));
writeFileSync(path.join(out, "_headers"), headers);
writeFileSync(path.join(out, "_redirects"), redirectsFile(redirects));
console.log(
  `postbuild: ${pages} pages given their script policy, ${compressed} files compressed (.br and .gz), ${rules.length} header rules for nginx, ` +
    `${headers.split("\n")[1].slice(2)} in _headers, ${redirects.length} redirects, written to ${path.relative(process.cwd(), deploy)}/ and ` +
    `${path.relative(process.cwd(), out)}/ in ${Math.round(performance.now() - started)} ms.`,
);
