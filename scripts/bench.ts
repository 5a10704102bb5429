// `npm run bench`: builds the production site, starts it, and measures it side by side with a bare
// static server (the ceiling) in one run, so that the figures hold on a noisy machine.
// `npm run bench -- --synthetic 100` does the same on a SYNTHETIC data set 100× the real one
// (scripts/synthetic-data.ts), built into .next-synthetic beside the real build; add `--sample 300`
// to prerender only the first 300 indicators' pages of it. `--reuse` measures
// the build already there (its data, database and .next folder) without loading or building again.
// Writes a Markdown table to bench/results/ and prints it.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { residentBytes, startServer, stopServer } from "./lib/serverProcess";

const args = process.argv.slice(2);
const syntheticTimes = args.includes("--synthetic") ? Number(args[args.indexOf("--synthetic") + 1] ?? 100) : 0;
const reuse = args.includes("--reuse");
// `--sample N`: on synthetic data, prerender only the first N indicators' pages (lib/queries/staticParams.ts).
const sample = args.includes("--sample") ? Number(args[args.indexOf("--sample") + 1]) : 0;
if (sample && !syntheticTimes) throw new Error("--sample is for synthetic data only: the real site prerenders every indicator");
const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const LIGHTHOUSE_RUNS = 3;
const PORT = 3400;
const CEILING_PORT = 3401;
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

const env: NodeJS.ProcessEnv = { ...process.env };
let label = "real data";
if (syntheticTimes) {
  // Kept between runs (and git-ignored) so that --reuse can measure the same build again.
  const dir = path.join(process.cwd(), `.bench-synthetic-${syntheticTimes}x`);
  if (!reuse) run("npx", ["--no-install", "tsx", "scripts/synthetic-data.ts", dir, String(syntheticTimes)]);
  Object.assign(env, { DATA_DIR: dir, DATABASE_FILE: path.join(dir, "synthetic.db"), NEXT_DIST_DIR: ".next-synthetic" });
  label = `synthetic data, ${syntheticTimes}× the real set`;
  if (sample > 0) {
    env.BENCH_INDICATOR_SAMPLE = String(sample);
    label += `, pages of the first ${sample} indicators prerendered (every overview and sector page is)`;
  }
}
const distDir = path.join(process.cwd(), env.NEXT_DIST_DIR ?? ".next");

function run(cmd: string, argv: string[]): number {
  const started = performance.now();
  const result = spawnSync(cmd, argv, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} failed`);
  return performance.now() - started;
}

// next build adds a custom distDir's types to tsconfig.json; the benchmark must leave the repo as it was.
const tsconfig = readFileSync("tsconfig.json");
const loadMs = reuse ? null : run("npx", ["--no-install", "tsx", "scripts/db-load.ts"]);
const buildMs = reuse ? null : run("npx", ["--no-install", "next", "build"]);
writeFileSync("tsconfig.json", tsconfig);

// The three page types: the overview, the first sector, the first indicator of the build.
const manifest = JSON.parse(readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")) as { routes: Record<string, unknown> };
const routes = Object.keys(manifest.routes);
const prerendered = routes.length;
const pages = [
  ["overview", "/"],
  ["sector", syntheticTimes ? routes.find((r) => r.startsWith("/sectors/"))! : "/sectors/economy"],
  ["indicator", syntheticTimes ? routes.find((r) => r.startsWith("/indicators/"))! : "/indicators/market-entities"],
] as const;
const htmlFile = (route: string) => path.join(distDir, "server", "app", `${route === "/" ? "index" : route.slice(1)}.html`);
const htmlOf = (route: string) => readFileSync(htmlFile(route));

// The ceiling: a bare Node server sending the same prerendered bytes, and nothing else. It runs in a
// process of its own, like the site's server, so that neither shares a process with autocannon.
const CEILING = `
  const http = require("node:http"), fs = require("node:fs"), zlib = require("node:zlib");
  const pages = new Map(JSON.parse(process.env.CEILING_PAGES).map(([route, file]) => {
    const body = fs.readFileSync(file);
    return [route, { body, gzip: zlib.gzipSync(body, { level: 9 }) }];
  }));
  http.createServer((req, res) => {
    const page = pages.get(req.url);
    if (!page) return res.writeHead(404).end();
    const gzip = /\\bgzip\\b/.test(req.headers["accept-encoding"] || "");
    const body = gzip ? page.gzip : page.body;
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length, ...(gzip ? { "Content-Encoding": "gzip" } : {}) });
    res.end(body);
  }).listen(${CEILING_PORT}, () => console.log("ceiling ready"));`;
const ceiling = spawn(process.execPath, ["-e", CEILING], {
  env: { ...process.env, CEILING_PAGES: JSON.stringify(pages.map(([, route]) => [route, htmlFile(route)])) },
  stdio: ["ignore", "pipe", "inherit"],
});
process.on("exit", () => ceiling.kill("SIGTERM"));
await new Promise<void>((resolve) => ceiling.stdout!.on("data", (d: Buffer) => d.toString().includes("ceiling ready") && resolve()));

const server = await startServer(PORT, env);
const memoryStart = residentBytes(server.pid!);

// Two ways of asking: with no Accept-Encoding (every byte of the HTML, which makes autocannon's
// own parsing the limit on 2 cores), and with gzip, as every browser asks.
const ENCODINGS = [
  ["none", {}],
  ["gzip", { "accept-encoding": "gzip" }],
] as const;

async function load(url: string, headers: Record<string, string>) {
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 }); // warm up
  const r = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

/** Script files a modern browser downloads on first load, gzipped; noModule polyfills excluded. */
async function firstLoadJs(route: string): Promise<number> {
  const html = htmlOf(route).toString();
  const srcs = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1])
    .filter((attrs) => !/\bnoModule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter((s): s is string => !!s);
  // Inline scripts (the React Server Components payload) arrive inside the HTML, counted there.
  let bytes = 0;
  for (const src of new Set(srcs)) bytes += gzipSync(Buffer.from(await (await fetch(`http://localhost:${PORT}${src}`)).arrayBuffer())).length;
  return bytes;
}

interface LighthouseRun {
  performance: number; accessibility: number; bestPractices: number; seo: number;
  lcp: number; tbt: number; cls: number; bytes: number;
}

async function lighthouseMedian(url: string): Promise<LighthouseRun> {
  const runs: LighthouseRun[] = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
      const lhr = result!.lhr;
      runs.push({
        performance: lhr.categories.performance.score ?? 0,
        accessibility: lhr.categories.accessibility.score ?? 0,
        bestPractices: lhr.categories["best-practices"].score ?? 0,
        seo: lhr.categories.seo.score ?? 0,
        lcp: lhr.audits["largest-contentful-paint"].numericValue ?? 0,
        tbt: lhr.audits["total-blocking-time"].numericValue ?? 0,
        cls: lhr.audits["cumulative-layout-shift"].numericValue ?? 0,
        bytes: lhr.audits["total-byte-weight"].numericValue ?? 0,
      });
    } finally {
      await chrome.kill();
    }
  }
  const median = (k: keyof LighthouseRun) => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return {
    performance: median("performance"), accessibility: median("accessibility"), bestPractices: median("bestPractices"), seo: median("seo"),
    lcp: median("lcp"), tbt: median("tbt"), cls: median("cls"), bytes: median("bytes"),
  };
}

const rows = [];
try {
  for (const [kind, route] of pages) {
    const served = [];
    for (const [encoding, headers] of ENCODINGS)
      served.push({ encoding, ours: await load(`http://localhost:${PORT}${route}`, headers), bare: await load(`http://localhost:${CEILING_PORT}${route}`, headers) });
    const lh = await lighthouseMedian(`http://localhost:${PORT}${route}`);
    rows.push({ kind, route, served, lh, js: await firstLoadJs(route), html: htmlOf(route).length, htmlGzip: gzipSync(htmlOf(route)).length });
  }
} finally {
  stopServer(server);
  ceiling.kill("SIGTERM");
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const lines = [
  `# Benchmark: ${label}`,
  "",
  `Run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. ` +
    `Load: autocannon, ${CONNECTIONS} connections, ${DURATION} s after a 2 s warm-up, asking for no compression and then for gzip. Lighthouse ${LIGHTHOUSE_RUNS} mobile runs, median, Debian Chromium.`,
  "",
  (loadMs === null || buildMs === null
    ? "Load and build not measured in this run (`--reuse`: an earlier run's build was measured again). "
    : `Validate and load data/ into SQLite: **${ms(loadMs)}** (including process start). Production build: **${ms(buildMs)}** (${prerendered} prerendered routes). `) +
    `Server memory after start: ${(memoryStart / 2 ** 20).toFixed(0)} MiB.`,
  "",
  "| page | route | HTML | first-load JS (gzip) |",
  "|---|---|---|---|",
  ...rows.map((r) => `| ${r.kind} | \`${r.route}\` | ${kb(r.html)} (${kb(r.htmlGzip)} gzip) | ${kb(r.js)} |`),
  "",
  "| page | compression asked | req/s (ours) | req/s (bare static) | ratio | p50 / p99 (ours) | p50 / p99 (bare static) | errors |",
  "|---|---|---|---|---|---|---|---|",
  ...rows.flatMap((r) => r.served.map(({ encoding, ours, bare }) =>
    `| ${r.kind} | ${encoding} | ${Math.round(ours.rps)} | ${Math.round(bare.rps)} | ${(ours.rps / bare.rps).toFixed(2)} | ${ours.p50} / ${ours.p99} ms | ${bare.p50} / ${bare.p99} ms | ${ours.errors} |`)),
  "",
  "| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | bytes transferred |",
  "|---|---|---|---|---|---|---|---|---|",
  ...rows.map((r) =>
    `| ${r.kind} | ${r.lh.performance.toFixed(2)} | ${r.lh.accessibility.toFixed(2)} | ${r.lh.bestPractices.toFixed(2)} | ${r.lh.seo.toFixed(2)} | ${ms(r.lh.lcp)} | ${ms(r.lh.tbt)} | ${r.lh.cls.toFixed(3)} | ${kb(r.lh.bytes)} |`),
  "",
];
const report = lines.join("\n");
const file = path.join("bench", "results", `${new Date().toISOString().slice(0, 10)}-${syntheticTimes ? `synthetic-${syntheticTimes}x` : "real"}.md`);
writeFileSync(file, report);
console.log(`\n${report}\nWritten to ${file}`);
process.exit(0);
