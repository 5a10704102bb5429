// `npm run bench`: builds the production site (the static export), serves it with nginx and with
// `npm start`, and measures both side by side with a bare static server (the ceiling) in one run, so
// that the figures hold on a noisy machine; then Lighthouse (mobile) on each page kind in both
// languages, served by nginx, first-load JavaScript, and the bytes each page costs on the wire with
// no compression, gzip and brotli.
// `npm run bench -- --synthetic 100` does the same on a SYNTHETIC data set 100× the real one
// (scripts/synthetic-data.ts), exported into .next-synthetic beside the real build; add `--sample 300`
// to prerender only the first 300 indicators' pages of it. `--reuse` measures
// the build already there (its data, database and export) without loading or building again.
// BENCH_SECONDS (default 5 per round), BENCH_ROUNDS (default 5) and LIGHTHOUSE_RUNS (default 3; 0: none) shorten a run; BENCH_PORT moves it.
// Writes a Markdown table to bench/results/ and prints it.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CONTENT_TYPES } from "../lib/http/contentTypes";
import { headersFor } from "../lib/http/securityHeaders";
import { serverBytes, startServer, stopServer, type ServerKind } from "./lib/serverProcess";
import { outDir, siteFiles } from "./lib/staticSite";
import { wireBytes, type WireBytes } from "./lib/wireBytes";

const args = process.argv.slice(2);
const syntheticTimes = args.includes("--synthetic") ? Number(args[args.indexOf("--synthetic") + 1] ?? 100) : 0;
const reuse = args.includes("--reuse");
// `--sample N`: on synthetic data, prerender only the first N indicators' pages (lib/queries/staticParams.ts).
const sample = args.includes("--sample") ? Number(args[args.indexOf("--sample") + 1]) : 0;
if (sample && !syntheticTimes) throw new Error("--sample is for synthetic data only: the real site prerenders every indicator");
const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
// BENCH_PORT moves the three servers (BENCH_PORT, +1, +2) off ports someone else uses.
const BASE_PORT = Number(process.env.BENCH_PORT ?? 3400);
const PORTS: Record<ServerKind, number> = { "npm start": BASE_PORT, nginx: BASE_PORT + 2 };
const CEILING_PORT = BASE_PORT + 1;
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
// outDir() reads NEXT_DIST_DIR: the synthetic export when there is one.
process.env.NEXT_DIST_DIR = env.NEXT_DIST_DIR ?? "";
const out = outDir();

function run(cmd: string, argv: string[]): number {
  const started = performance.now();
  const result = spawnSync(cmd, argv, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} failed`);
  return performance.now() - started;
}

// next build adds a custom distDir's types to tsconfig.json; the benchmark must leave the repo as it was.
const tsconfig = readFileSync("tsconfig.json");
const loadMs = reuse ? null : run("npx", ["--no-install", "tsx", "scripts/db-load.ts"]);
const buildMs = reuse ? null : run("npx", ["--no-install", "next", "build"]) + run("npx", ["--no-install", "tsx", "scripts/postbuild.ts"]);
writeFileSync("tsconfig.json", tsconfig);

// The three page kinds: the overview, the first sector, the first indicator of the build.
const files = siteFiles(out);
const pagesBuilt = files.filter((f) => f.endsWith(".html")).length;
const firstOf = (folder: string) => files.find((f) => f.startsWith(folder) && f.endsWith(".html"))!.slice(0, -".html".length);
const pages = [
  ["overview", "/"],
  ["sector", syntheticTimes ? firstOf("/sectors/") : "/sectors/economy"],
  ["indicator", syntheticTimes ? firstOf("/indicators/") : "/indicators/market-entities"],
] as const;
const english = (route: string) => (route === "/" ? "/en" : `/en${route}`);
const htmlFile = (route: string) => path.join(out, `${route === "/" ? "index" : route.slice(1)}.html`);
const htmlOf = (route: string) => readFileSync(htmlFile(route));

// The ceiling: a bare Node server sending the same responses from memory, and nothing else: the
// page's bytes and its .gz as the build wrote them, with the headers every server sends for the
// page (lib/http) and a fixed ETag and Last-Modified, all prepared once. It runs in a process of its
// own, like the servers measured, so that none shares one with autocannon.
const CEILING = `
  const http = require("node:http"), fs = require("node:fs");
  const pages = new Map(JSON.parse(process.env.CEILING_PAGES).map(([route, file, headers]) => {
    const stat = fs.statSync(file);
    const fixed = { ...headers, "Last-Modified": stat.mtime.toUTCString(), ETag: '"' + stat.mtimeMs.toString(16) + "-" + stat.size.toString(16) + '"' };
    return [route, { body: fs.readFileSync(file), gzip: fs.readFileSync(file + ".gz"), fixed }];
  }));
  http.createServer((req, res) => {
    const page = pages.get(req.url);
    if (!page) return res.writeHead(404).end();
    const gzip = /\\bgzip\\b/.test(req.headers["accept-encoding"] || "");
    const body = gzip ? page.gzip : page.body;
    res.writeHead(200, { ...page.fixed, "Content-Length": body.length, ...(gzip ? { "Content-Encoding": "gzip" } : {}) });
    res.end(body);
  }).listen(${CEILING_PORT}, () => console.log("ceiling ready"));`;
const ceilingPages = pages.flatMap(([, route]) => [route, english(route)]).map((route) => {
  const file = htmlFile(route);
  const headers = { "Content-Type": CONTENT_TYPES.html, Vary: "Accept-Encoding", ...headersFor(`/${path.relative(out, file)}`) };
  return [route, file, headers];
});
const ceiling = spawn(process.execPath, ["-e", CEILING], {
  env: { ...process.env, CEILING_PAGES: JSON.stringify(ceilingPages) },
  stdio: ["ignore", "pipe", "inherit"],
});
process.on("exit", () => ceiling.kill("SIGTERM"));
await new Promise<void>((resolve) => ceiling.stdout!.on("data", (d: Buffer) => d.toString().includes("ceiling ready") && resolve()));

const KINDS: ServerKind[] = ["nginx", "npm start"];
const servers = Object.fromEntries(await Promise.all(KINDS.map(async (k) => [k, await startServer(PORTS[k], env, k)] as const)));
// The machine has 2 cores, which other work may share: the load average goes into the results.
const loadBefore = os.loadavg();
const memoryStart = Object.fromEntries(KINDS.map((k) => [k, serverBytes(servers[k], k)]));

// Two ways of asking: with no Accept-Encoding (every byte of the HTML, which makes autocannon's
// own parsing the limit on 2 cores), and with gzip, as every browser asks.
const ENCODINGS = [
  ["none", {}],
  ["gzip", { "accept-encoding": "gzip" }],
] as const;

/**
 * Each server in turn, ROUNDS times in a rotating order, and the median of the rounds: on a shared
 * machine the load from elsewhere drifts within seconds, and a server measured only at its end
 * would carry that drift as its own. A server's share of the ceiling is the median of its rounds'
 * shares, each against the ceiling's run of the same round (paired, so the drift cancels).
 */
async function loadRounds(urls: Record<string, string>, headers: Record<string, string>) {
  const names = Object.keys(urls);
  for (const name of names) await autocannon({ url: urls[name], headers, connections: CONNECTIONS, duration: 1 }); // warm up
  const rounds: Record<string, autocannon.Result[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < ROUNDS; round++)
    for (const name of [...names.slice(round % names.length), ...names.slice(0, round % names.length)])
      rounds[name].push(await autocannon({ url: urls[name], headers, connections: CONNECTIONS, duration: DURATION }));
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ceilingRps = rounds.bare.map((r) => r.requests.average);
  return Object.fromEntries(
    names.map((n) => {
      const rs = rounds[n];
      const share = median(rs.map((r, i) => r.requests.average / ceilingRps[i]));
      return [n, { rps: median(rs.map((r) => r.requests.average)), share, p50: median(rs.map((r) => r.latency.p50)), p99: median(rs.map((r) => r.latency.p99)), errors: rs.reduce((e, r) => e + r.errors + r.non2xx, 0) }];
    }),
  );
}

/** Script files a modern browser downloads on first load, as the build compressed them (.gz or .br); noModule polyfills excluded. */
function firstLoadJs(route: string, suffix: ".gz" | ".br"): number {
  const html = htmlOf(route).toString();
  const srcs = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1])
    .filter((attrs) => !/\bnoModule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter((s): s is string => !!s);
  // Inline scripts (the React Server Components payload) arrive inside the HTML, counted there.
  return [...new Set(srcs)].reduce((bytes, src) => bytes + readFileSync(path.join(out, src + suffix)).length, 0);
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

type Measured = Awaited<ReturnType<typeof loadRounds>>;
/** Each way a browser may ask, and what it is called in the tables. */
const ASKED = [["identity", undefined], ["gzip", "gzip"], ["br", "gzip, deflate, br, zstd"]] as const;
type Wire = Record<ServerKind, Record<(typeof ASKED)[number][0], WireBytes>>;
const rows: { kind: string; route: string; served: { encoding: string; measured: Measured }[]; js: { gz: number; br: number }; html: number; wire: Wire }[] = [];
const lighthouseRows = [];
let memoryEnd: Record<string, number>;
let loadAfter: number[];
try {
  for (const [kind, route] of pages) {
    const served = [];
    for (const [encoding, headers] of ENCODINGS) {
      const urls = { ...Object.fromEntries(KINDS.map((k) => [k, `http://localhost:${PORTS[k]}${route}`])), bare: `http://localhost:${CEILING_PORT}${route}` };
      served.push({ encoding, measured: await loadRounds(urls, headers) });
    }
    const wire = Object.fromEntries(
      await Promise.all(
        KINDS.map(async (k) => [k, Object.fromEntries(await Promise.all(ASKED.map(async ([name, asked]) => [name, await wireBytes(`http://localhost:${PORTS[k]}${route}`, asked)])))]),
      ),
    ) as Wire;
    rows.push({ kind, route, served, js: { gz: firstLoadJs(route, ".gz"), br: firstLoadJs(route, ".br") }, html: htmlOf(route).length, wire });
  }
  // Lighthouse on what a deployment serves: nginx.
  for (const [kind, route] of LIGHTHOUSE_RUNS > 0 ? pages : [])
    for (const [lang, address] of [["zh", route], ["en", english(route)]] as const)
      lighthouseRows.push({ kind, lang, address, lh: await lighthouseMedian(`http://localhost:${PORTS.nginx}${address}`) });
} finally {
  loadAfter = os.loadavg();
  memoryEnd = Object.fromEntries(KINDS.map((k) => [k, serverBytes(servers[k], k)]));
  for (const k of KINDS) stopServer(servers[k]);
  ceiling.kill("SIGTERM");
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const lines = [
  `# Benchmark: ${label}`,
  "",
  `Run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. ` +
    `Load: autocannon, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION} s per server in rotating order (median shown), asking for no compression and then for gzip, ` +
    `against nginx and \`npm start\` serving the static export and a bare Node server sending the same responses (bytes and headers) from memory (the ceiling). ` +
    `Lighthouse ${LIGHTHOUSE_RUNS} mobile runs, median, Debian Chromium, against nginx. ` +
    `Load average (1, 5, 15 min) when the servers started: ${loadBefore.map((l) => l.toFixed(2)).join(", ")}; at the end: ${loadAfter!.map((l) => l.toFixed(2)).join(", ")}.`,
  "",
  (loadMs === null || buildMs === null
    ? "Load and build not measured in this run (`--reuse`: an earlier run's build was measured again). "
    : `Validate and load data/ into SQLite: **${ms(loadMs)}** (including process start). Production build (next build and postbuild): **${ms(buildMs)}** (${pagesBuilt} HTML pages). `) +
    `Server memory, start → end of the run: ${KINDS.map((k) => `${k} ${mib(memoryStart[k])} → ${mib(memoryEnd[k])}`).join(", ")}.`,
  "",
  "| page | route | HTML | first-load JS (gzip / br) |",
  "|---|---|---|---|",
  ...rows.map((r) => `| ${r.kind} | \`${r.route}\` | ${kb(r.html)} | ${kb(r.js.gz)} / ${kb(r.js.br)} |`),
  "",
  "Bytes on the wire for the page's HTML (status line and headers + body), as each server sends it when a browser asks for no compression, for gzip, and for brotli (`gzip, deflate, br, zstd`):",
  "",
  "| page | server | identity | gzip | br | br against gzip |",
  "|---|---|---|---|---|---|",
  ...rows.flatMap((r) =>
    KINDS.map((k) => {
      const w = r.wire[k];
      const cell = ({ headers, body }: WireBytes) => `${headers + body} (${headers} + ${body})`;
      const saved = 1 - (w.br.headers + w.br.body) / (w.gzip.headers + w.gzip.body);
      return `| ${r.kind} | ${k} | ${cell(w.identity)} | ${cell(w.gzip)} | ${cell(w.br)} | ${Math.round(saved * 100)}% fewer |`;
    }),
  ),
  "",
  "| page | compression asked | server | req/s | of the ceiling | p50 / p99 | errors |",
  "|---|---|---|---|---|---|---|",
  ...rows.flatMap((r) =>
    r.served.flatMap(({ encoding, measured }) =>
      [...KINDS, "bare"].map((k) => {
        const m = measured[k];
        return `| ${r.kind} | ${encoding} | ${k === "bare" ? "bare (ceiling)" : k} | ${Math.round(m.rps)} | ${m.share.toFixed(2)} | ${m.p50} / ${m.p99} ms | ${m.errors} |`;
      }),
    ),
  ),
  "",
  ...KINDS.flatMap((k) =>
    ENCODINGS.map(([encoding]) => {
      const shares = rows.map((r) => r.served.find((s) => s.encoding === encoding)!.measured[k].share);
      const mean = Math.exp(shares.reduce((a, x) => a + Math.log(x), 0) / shares.length);
      return `${k}, ${encoding === "none" ? "no compression" : encoding}: ${mean.toFixed(2)} of the ceiling over the ${shares.length} pages (geometric mean; lowest ${Math.min(...shares).toFixed(2)}).`;
    }),
  ),
  "",
  "| page | language | performance | accessibility | best practices | SEO | LCP | TBT | CLS | bytes transferred |",
  "|---|---|---|---|---|---|---|---|---|---|",
  ...lighthouseRows.map(({ kind, lang, lh }) =>
    `| ${kind} | ${lang} | ${lh.performance.toFixed(2)} | ${lh.accessibility.toFixed(2)} | ${lh.bestPractices.toFixed(2)} | ${lh.seo.toFixed(2)} | ${ms(lh.lcp)} | ${ms(lh.tbt)} | ${lh.cls.toFixed(3)} | ${kb(lh.bytes)} |`),
  "",
];
const report = lines.join("\n");
const file = path.join("bench", "results", `${new Date().toISOString().slice(0, 10)}-${syntheticTimes ? `synthetic-${syntheticTimes}x` : "real"}.md`);
writeFileSync(file, report);
console.log(`\n${report}\nWritten to ${file}`);
process.exit(0);
