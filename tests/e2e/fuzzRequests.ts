// The fuzzer's requests (tests/e2e/fuzz.spec.ts): every real address of the build, then mutations of
// them drawn from a fixed seed, so that a failure reproduces. What a correct answer is does not come
// from lib/http's refusals or redirects: normalAddress() resolves a spelling the way a lenient server
// would, and the oracles hold every answer to the file that address names.

/** A seeded generator (mulberry32): the same requests on every run. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  return { next, pick };
}

export interface Probe {
  method: string;
  target: string;
  headers: Record<string, string>;
  /** The real address it was made from. */
  source: string;
  /** The mutation applied to the address ("identity" for none). */
  kind: string;
}

/** A string that no file of the build holds: an answer that contains it reflects the request. */
export const MARKER = "i21zq";

const QUERIES = [
  `q=${encodeURIComponent(`<script>alert('${MARKER}')</script>`)}`, `q=<script>alert('${MARKER}')</script>`, `x="><img/src=x/onerror=${MARKER}>`,
  `next=//evil.example/${MARKER}`, `url=javascript:${MARKER}`, `view=table&${MARKER}=1`, `a=${"b".repeat(1500)}`, "", "%zz", "..%2f..%2fetc%2fpasswd",
  `${MARKER}%0d%0aX-Injected:%201`,
];
const BAD_ESCAPES = ["%c0%af", "%c0%ae%c0%ae", "%e0%80%af", "%ff", "%fe%ff", "%zz", "%", "%1", "%u002e", "%%", "%e4%b8"];
const METHODS = ["POST", "PUT", "DELETE", "PATCH", "PROPFIND", "MKCOL", "COPY", "MOVE", "LOCK", "TRACE", "OPTIONS", "HEAD", "HEAD"];
const RANGES = ["bytes=0-0", "bytes=0-0,1-1,2-2", "bytes=-5", "bytes=5-1", "bytes=999999999-", "bytes=abc", "bytes=0-", "items=0-1"];
const ENCODINGS = [undefined, "identity", "gzip", "br", "gzip, deflate, br, zstd", "gzip;q=0", "br;q=0, gzip", "*"];

/** Indexes of the slashes of a path. */
const slashes = (path: string) => [...path].flatMap((c, i) => (c === "/" ? [i] : []));

/** Path mutations: each takes an address and the generator and spells or changes the address. */
const MUTATIONS: Record<string, (path: string, r: ReturnType<typeof seeded>) => string> = {
  dotSegments: (p, r) => {
    const at = r.pick(slashes(p));
    return p.slice(0, at) + r.pick(["/x/..", "/.", "/%2e", "/sectors/%2e%2e", "/a/.%2e", "/%2E%2E/%2E%2E/%2E%2E"]) + p.slice(at);
  },
  encodedSlash: (p, r) => {
    const at = r.pick(slashes(p));
    return p.length > 1 ? `${p.slice(0, at)}${r.pick(["/%2f", "%2f", "%2F", "/..%2f"])}${p.slice(at + 1)}` : `/%2f${r.pick(["", "evil.example/"])}`;
  },
  doubledSlash: (p, r) => {
    const at = r.pick(slashes(p));
    return `${p.slice(0, at)}${r.pick(["//", "///"])}${p.slice(at + 1)}`;
  },
  backslash: (p, r) => {
    const at = r.pick(slashes(p));
    return `${p.slice(0, at)}${r.pick(["\\", "%5c", "%5C", "/\\"])}${p.slice(at + 1)}`;
  },
  letterCase: (p, r) => {
    const letters = [...p].flatMap((c, i) => (/[a-z]/i.test(c) ? [i] : []));
    if (!letters.length) return `${p}A`;
    const at = r.pick(letters);
    return p.slice(0, at) + (p[at] === p[at].toLowerCase() ? p[at].toUpperCase() : p[at].toLowerCase()) + p.slice(at + 1);
  },
  trailingSlash: (p, r) => p + r.pick(["/", "/", "//"]),
  // What an open redirect is made of: a first segment read as a host (//host/, /\host/).
  leadingSlashes: (p, r) => r.pick(["//", "///", "/\\", "\\/", "/%5c", "/%2f"]) + p.slice(1) + r.pick(["", "/", "/?x=1"]),
  badEscape: (p, r) => {
    const at = r.pick(slashes(p)) + 1;
    return p.slice(0, at) + r.pick(BAD_ESCAPES) + p.slice(at);
  },
  encodedLetter: (p, r) => {
    const plain = [...p].flatMap((c, i) => (/[A-Za-z0-9._-]/.test(c) ? [i] : []));
    if (!plain.length) return p;
    const at = r.pick(plain);
    const hex = p.charCodeAt(at).toString(16);
    return `${p.slice(0, at)}%${r.next() < 0.5 ? hex : hex.toUpperCase()}${p.slice(at + 1)}`;
  },
  longPath: (p, r) => p + r.pick([`/${"a".repeat(300)}`, `/${"a".repeat(200 + Math.floor(r.next() * 3000))}`, "/a".repeat(800), `${"/..".repeat(300)}/etc/passwd`]),
  plain: (p) => p,
};

/**
 * Every address once as it is, then mutations of every address in turn until `count` requests: a
 * spelling (MUTATIONS), and now and then a query, another method, a Range, an Accept-Encoding.
 */
export function fuzzRequests(addresses: string[], count: number, seed: number): Probe[] {
  const r = seeded(seed);
  const withExtras = (source: string, kind: string, path: string, extras: boolean): Probe => {
    const headers: Record<string, string> = {};
    const encoding = r.pick(ENCODINGS);
    if (encoding !== undefined) headers["Accept-Encoding"] = encoding;
    if (extras && r.next() < 0.15) headers.Range = r.pick(RANGES);
    const query = extras && r.next() < 0.25 ? `?${r.pick(QUERIES)}` : "";
    const method = extras && r.next() < 0.15 ? r.pick(METHODS) : "GET";
    return { method, target: path + query, headers, source, kind: `${kind}${query ? "+query" : ""}${method !== "GET" ? "+method" : ""}${headers.Range ? "+range" : ""}` };
  };
  const probes = addresses.map((a) => withExtras(a, "identity", a, false));
  const kinds = Object.keys(MUTATIONS);
  for (let i = 0; probes.length < count; i++) {
    const source = addresses[i % addresses.length];
    const kind = r.pick(kinds);
    probes.push(withExtras(source, kind, MUTATIONS[kind](source, r), true));
  }
  return probes;
}

/**
 * The address a lenient server would make of a request target: escapes of / and \ and \ itself read as
 * /, dot segments resolved, slashes merged, the rest decoded. Not the servers' code: the fuzzer's own
 * idea of which file a spelling names.
 */
export function normalAddress(target: string): string {
  const raw = target.split("?")[0].replace(/%2f|%5c|\\/gi, "/");
  const segments: string[] = [];
  for (const segment of raw.split("/").slice(1)) {
    const decoded = /^(\.|%2e){1,2}$/i.test(segment) ? segment.replace(/%2e/gi, ".") : segment;
    if (decoded === "..") segments.pop();
    else if (decoded !== "." && decoded !== "") segments.push(segment);
  }
  const path = `/${segments.join("/")}${raw.endsWith("/") && segments.length ? "/" : ""}`;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
