// `npm run soak` (not part of npm test): holds 100 connections for 60 s against the production
// server, over the overview, every sector page, a sample of indicator pages and some unknown
// addresses, and reports requests served, errors, p99 latency and the server's memory at start and end.
// Needs a build (npm run build). SOAK_SECONDS and SOAK_CONNECTIONS change the defaults.
import { readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { residentBytes, startServer, stopServer } from "./lib/serverProcess";

const PORT = 3410;
const seconds = Number(process.env.SOAK_SECONDS ?? 60);
const connections = Number(process.env.SOAK_CONNECTIONS ?? 100);

const routes = Object.keys(
  (JSON.parse(readFileSync(path.join(".next", "prerender-manifest.json"), "utf8")) as { routes: Record<string, unknown> }).routes,
).filter((r) => !r.startsWith("/_"));
const paths = [
  ...routes.filter((r) => !r.startsWith("/indicators/")),
  ...routes.filter((r) => r.startsWith("/indicators/")).filter((_, i) => i % 10 === 0),
  "/indicators/no-such-indicator",
  "/sectors/%E6%9C%AA%E7%9F%A5",
];

const server = await startServer(PORT);
const memory = [residentBytes(server.pid!)];
const sampler = setInterval(() => memory.push(residentBytes(server.pid!)), 5000);
let result: autocannon.Result;
try {
  result = await autocannon({
    url: `http://localhost:${PORT}`,
    connections,
    duration: seconds,
    requests: paths.map((p) => ({ method: "GET", path: p })),
  });
} finally {
  clearInterval(sampler);
  memory.push(residentBytes(server.pid!));
  stopServer(server);
}
const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
// Unknown addresses are meant to be 404s; anything else that is not 2xx, or any socket error, is an error.
const expected404 = Math.round((result.requests.total * 2) / paths.length);
console.log(`Soak: ${connections} connections for ${seconds} s over ${paths.length} addresses (2 of them unknown, so 404 by design).
  requests served: ${result.requests.total} (${Math.round(result.requests.average)}/s)
  socket errors: ${result.errors}, timeouts: ${result.timeouts}, 5xx: ${result["5xx"]}, non-2xx: ${result.non2xx} (≈${expected404} expected 404s)
  latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms
  server memory: start ${mib(memory[0])}, end ${mib(memory.at(-1)!)}, peak ${mib(Math.max(...memory))}`);
process.exit(result.errors + result.timeouts + result["5xx"] > 0 ? 1 : 0);
