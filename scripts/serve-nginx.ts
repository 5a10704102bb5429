// `npm run serve:nginx`: serves out/ with Debian's nginx on $PORT (default 8080), in the foreground
// (ending this command ends nginx), with the configuration lib/http/ generates: a copy of
// deploy/nginx.conf for this port and this checkout. Installs nginx and Debian's brotli module with apt
// when they are missing and this runs as root, as the tests do for Chromium; otherwise it says what to run.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BROTLI_MODULE, nginxConfig } from "../lib/http/nginxConfig";
import { outDir, siteFiles, siteHeaderRules, siteRedirects } from "./lib/staticSite";

const findNginx = () => ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
const missing = [...(findNginx() ? [] : ["nginx"]), ...(existsSync(BROTLI_MODULE) ? [] : ["libnginx-mod-http-brotli-static"])];
if (missing.length) {
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log(`Installing ${missing.join(" ")}…`);
    const apt = (args: string[]) => spawnSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status;
    if (apt(["update", "-qq"]) !== 0 || apt(["install", "-y", "-qq", ...missing]) !== 0) process.exit(1);
  } else {
    console.error(`Not installed: ${missing.join(", ")}. Run:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(" ")}`);
    process.exit(1);
  }
}
const nginx = findNginx()!;

const out = outDir();
if (!existsSync(path.join(out, "404.html"))) {
  console.error(`No build in ${out}: run npm run build first.`);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 8080);
const runDir = mkdtempSync(path.join(os.tmpdir(), "pingcheng-nginx-"));
// nginx's workers read the files and write request buffers here; as root they run as the owner of out/.
chmodSync(runDir, 0o755);
const owner = statSync(out).uid;
const user = process.getuid?.() === 0 ? spawnSync("id", ["-nu", String(owner)], { encoding: "utf8" }).stdout.trim() : undefined;
const conf = path.join(runDir, "nginx.conf");
const files = siteFiles(out);
const config = nginxConfig(siteHeaderRules(files), siteRedirects(), { port, root: out, runDir, errorLog: "stderr", accessLog: path.join(runDir, "access.log") });
writeFileSync(conf, (user ? `user ${user};\n` : "") + config);

const server = spawn(nginx, ["-p", runDir, "-c", conf, "-g", "daemon off;"], { stdio: "inherit" });
console.log(`Serving on http://localhost:${port} (nginx, ${path.relative(process.cwd(), out) || "."}/, configuration ${conf})`);
const stop = () => server.kill("SIGQUIT");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code, signal) => {
  rmSync(runDir, { recursive: true, force: true });
  process.exit(code ?? (signal === "SIGQUIT" ? 0 : 1));
});
