// `npm run soak` (not part of npm test): holds 100 connections for 60 s against a production server
// serving the static export — `npm start` by default, nginx with `-- --nginx` — over the overview,
// every sector page, a sample of indicator pages and some unknown addresses, asking for gzip as
// browsers do, and reports requests served, errors, p99 latency and the server's memory at start and
// end. Needs a build (npm run build). SOAK_SECONDS, SOAK_CONNECTIONS and SOAK_PORT change the defaults.
import autocannon from "autocannon";
import { serverBytes, startServer, stopServer, type ServerKind } from "./lib/serverProcess";
import { siteFiles } from "./lib/staticSite";

const kind: ServerKind = process.argv.includes("--nginx") ? "nginx" : "npm start";
const PORT = Number(process.env.SOAK_PORT ?? 3410);
const seconds = Number(process.env.SOAK_SECONDS ?? 60);
const connections = Number(process.env.SOAK_CONNECTIONS ?? 100);

const pages = siteFiles()
  .filter((f) => f.endsWith(".html") && !f.startsWith("/_") && f !== "/404.html")
  .map((f) => (f === "/index.html" ? "/" : f.slice(0, -".html".length)));
const paths = [
  ...pages.filter((p) => !p.includes("/indicators/")),
  ...pages.filter((p) => p.includes("/indicators/")).filter((_, i) => i % 10 === 0),
  "/indicators/no-such-indicator",
  "/sectors/%E6%9C%AA%E7%9F%A5",
];

const server = await startServer(PORT, process.env, kind);
const memory = [serverBytes(server, kind)];
const sampler = setInterval(() => memory.push(serverBytes(server, kind)), 5000);
let result: autocannon.Result;
try {
  result = await autocannon({
    url: `http://localhost:${PORT}`,
    connections,
    duration: seconds,
    headers: { "accept-encoding": "gzip" },
    requests: paths.map((p) => ({ method: "GET", path: p })),
  });
} finally {
  clearInterval(sampler);
  memory.push(serverBytes(server, kind));
  stopServer(server);
}
const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
// Unknown addresses are meant to be 404s; anything else that is not 2xx, or any socket error, is an error.
const expected404 = Math.round((result.requests.total * 2) / paths.length);
console.log(`Soak (${kind}): ${connections} connections for ${seconds} s over ${paths.length} addresses (2 of them unknown, so 404 by design).
  requests served: ${result.requests.total} (${Math.round(result.requests.average)}/s)
  socket errors: ${result.errors}, timeouts: ${result.timeouts}, 5xx: ${result["5xx"]}, non-2xx: ${result.non2xx} (≈${expected404} expected 404s)
  latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms
  server memory: start ${mib(memory[0])}, end ${mib(memory.at(-1)!)}, peak ${mib(Math.max(...memory))}
  every 5 s (MiB): ${memory.map((b) => Math.round(b / 2 ** 20)).join(" ")}`);
process.exit(result.errors + result.timeouts + result["5xx"] > 0 ? 1 : 0);
