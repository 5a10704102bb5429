import http from "node:http";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { headersFor, rejectionHeaders } from "../../lib/http/securityHeaders";
import { siteFiles } from "../../scripts/lib/staticSite";
import { fuzzRequests, MARKER, normalAddress, type Probe } from "./fuzzRequests";
import { rawRequest, SERVERS, type RawResponse } from "./servers";
import { E2E_SITE_DIR } from "./site";

// A fuzzer over the real build on both servers: every address of out/ as it is, then mutations of
// them (dot segments, encoded and doubled slashes, backslashes, case, trailing slashes, overlong and
// malformed escapes, long paths, queries, other methods, Range, Accept-Encoding) from a fixed seed,
// at least 10,000 requests each. Every answer is held to: no 5xx; no Location off the site; nothing
// but a file of out/ (the very bytes, or the build's own .br/.gz of them); the headers of the address
// it names, or of a refusal; the same class of status from both servers; nothing reflected.

const SEED = 20261202;
const COUNT = 10_500;
const OUT = path.resolve(E2E_SITE_DIR);
const UNPUBLISHED = /^\/(_headers|_redirects|_not-found)([./]|$)/;
const SECURITY = [
  "content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy", "permissions-policy",
  "strict-transport-security", "cross-origin-opener-policy", "cross-origin-resource-policy", "access-control-allow-origin",
];
const ALL = [...SECURITY, "cache-control", "content-disposition"];

const files = siteFiles(OUT);
const fileSet = new Set(files);
const address = (file: string) => (file === "/index.html" ? "/" : file.replace(/\.html$/, ""));
const addresses = [...new Set([...files.map(address), "/_headers", "/_redirects"])];

/** The file a normal address names, as a static server finds it, or undefined. */
function fileOf(normal: string): string | undefined {
  if (UNPUBLISHED.test(normal) || (normal.endsWith("/") && normal !== "/")) return undefined;
  return (normal === "/" ? ["/index.html"] : [normal, `${normal}.html`, `${normal}/index.html`]).find((f) => fileSet.has(f));
}

const cache = new Map<string, Buffer>();
const bytes = (file: string, coding: string | string[] | undefined) => {
  const full = path.join(OUT, file) + (coding === "br" ? ".br" : coding === "gzip" ? ".gz" : "");
  if (!cache.has(full)) cache.set(full, readFileSync(full));
  return cache.get(full)!;
};
const decoded = (r: RawResponse) =>
  r.headers["content-encoding"] === "br" ? brotliDecompressSync(r.body) : r.headers["content-encoding"] === "gzip" ? gunzipSync(r.body) : r.body;

function differences(r: RawResponse, expected: Record<string, string>, names: string[]): string[] {
  const want = Object.fromEntries(Object.entries(expected).map(([k, v]) => [k.toLowerCase(), v]));
  return names.filter((n) => r.headers[n] !== want[n]).map((n) => `${n}: ${r.headers[n]} instead of ${want[n]}`);
}

/** Every oracle but the agreement of the two servers, for one answer. */
function problems(probe: Probe, r: RawResponse, baseURL: string): string[] {
  const found: string[] = [];
  const normal = normalAddress(probe.target);
  const { location, ...others } = r.headers;
  if (r.status >= 500) found.push(`status ${r.status}`);
  if (location && new URL(location, baseURL).origin !== new URL(baseURL).origin) found.push(`Location ${location} leaves the site`);
  if (location && /[<>"\s]|^[^?]*\\/.test(location)) found.push(`Location ${location.slice(0, 80)} not escaped`);
  if (JSON.stringify(others).includes(MARKER) || "x-injected" in others) found.push("request reflected in a header");
  if (probe.method !== "HEAD" && r.status !== 200 && decoded(r).includes(MARKER)) found.push("request reflected in the body");
  const file = fileOf(normal);
  const noBody = probe.method === "HEAD" || r.status === 204;
  if (r.status >= 200 && r.status < 300 && r.status !== 204) {
    if (!file) return [...found, `${r.status} for ${normal}, which names no file of out/`];
    found.push(...differences(r, headersFor(file), ALL));
    if (r.status !== 200) found.push(`${r.status}: a part of ${file}`);
    else if (!noBody && !r.body.equals(bytes(file, r.headers["content-encoding"]))) found.push(`not the bytes of out${file}`);
  } else if (r.status === 204 || (r.status >= 300 && r.status < 400)) {
    found.push(...differences(r, headersFor(normal), SECURITY));
    if (r.status === 204 && r.headers.allow !== "GET, HEAD, OPTIONS") found.push(`204 with Allow ${r.headers.allow}`);
    if (r.body.length > 512) found.push(`a ${r.body.length}-byte body with ${r.status}`);
  } else if (r.status === 404) {
    found.push(...differences(r, headersFor("/404.html"), ALL));
    if (!noBody && !r.body.equals(bytes("/404.html", r.headers["content-encoding"]))) found.push("not the bytes of out/404.html");
  } else {
    found.push(...differences(r, rejectionHeaders(), r.status === 400 || r.status === 405 ? ALL : SECURITY));
    if (r.status === 405 && r.headers.allow !== "GET, HEAD, OPTIONS") found.push(`405 with Allow ${r.headers.allow}`);
    if (r.body.length > 1024) found.push(`a ${r.body.length}-byte body with ${r.status}`);
  }
  // Each address as it is: its file, or the 404 page for the files the site does not publish.
  if (probe.kind === "identity") {
    const want = UNPUBLISHED.test(probe.source) ? 404 : 200;
    if (r.status !== want) found.push(`${r.status} instead of ${want} for a real address`);
  }
  return found;
}

test(`fuzzer: ${COUNT.toLocaleString("en")} requests from every address of the build to each server, seed ${SEED}`, async () => {
  test.setTimeout(180_000);
  const started = performance.now();
  const probes = fuzzRequests(addresses, COUNT, SEED);
  const agents = SERVERS.map(() => new http.Agent({ keepAlive: true, maxSockets: 16 }));
  const failures: string[] = [];
  const statuses = SERVERS.map(() => new Map<number, number>());
  const kinds = new Map<string, number>();
  let next = 0;
  const worker = async () => {
    while (next < probes.length) {
      const probe = probes[next++];
      const kind = probe.kind.split("+")[0];
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      const where = `${probe.method} ${probe.target.slice(0, 120)}${probe.headers.Range ? ` Range: ${probe.headers.Range}` : ""} [${probe.kind}, from ${probe.source}]`;
      const answers = await Promise.all(
        SERVERS.map((s, i) => rawRequest(s.baseURL, probe.method, probe.target, probe.headers, agents[i], 10_000).catch((e: Error) => e)),
      );
      answers.forEach((answer, i) => {
        if (answer instanceof Error) return failures.push(`${SERVERS[i].name}: no answer (${answer.message}) to ${where}`);
        statuses[i].set(answer.status, (statuses[i].get(answer.status) ?? 0) + 1);
        for (const problem of problems(probe, answer, SERVERS[i].baseURL)) failures.push(`${SERVERS[i].name}: ${problem} for ${where}`);
      });
      const [a, b] = answers;
      if (!(a instanceof Error) && !(b instanceof Error) && Math.floor(a.status / 100) !== Math.floor(b.status / 100))
        failures.push(`${SERVERS[0].name} ${a.status}, ${SERVERS[1].name} ${b.status} for ${where}`);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  agents.forEach((agent) => agent.destroy());
  const seconds = (performance.now() - started) / 1000;

  const histogram = (m: Map<number, number>) => [...m].sort(([x], [y]) => x - y).map(([s, n]) => `${n}× ${s}`).join(", ");
  console.log(
    [
      `fuzzer (seed ${SEED}): ${probes.length} requests to each server from ${addresses.length} addresses in ${seconds.toFixed(1)} s, ${failures.length} failures`,
      `  mutations: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(", ")}`,
      ...SERVERS.map((s, i) => `  ${s.name}: ${histogram(statuses[i])}`),
    ].join("\n"),
  );
  if (failures.length) writeFileSync(test.info().outputPath("fuzz-failures.txt"), failures.join("\n"));
  expect(failures.slice(0, 25), `${failures.length} failures (all in fuzz-failures.txt)`).toEqual([]);
  expect(probes.length).toBeGreaterThanOrEqual(10_000);
  expect(seconds).toBeLessThan(120);
});
