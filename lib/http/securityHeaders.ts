// The HTTP headers every response carries, in one place so that next.config.ts and the tests agree.
// Pure: no imports from Next.

/** Pages that other sites may put in an iframe, in Chinese and English. Every other page refuses framing. */
export const EMBEDDABLE = "/:lang(en)?/embed/:path*";

// Exceptions to a strict policy, and why:
// - script-src 'unsafe-inline': prerendered Next.js pages carry their React Server Component payload
//   in inline <script> tags. A nonce would need every page rendered per request (no prerendering),
//   and their hashes change with every build; the site takes no user input that could inject one.
// - style-src 'unsafe-inline': React writes style attributes (chart sizes, Recharts tooltips).
function contentSecurityPolicy(frameAncestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

const COMMON = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  // Browsers ignore HSTS over plain HTTP, so it is safe to send always and takes effect under HTTPS.
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

interface HeaderRule {
  /** The rule in next.config.ts's path syntax. */
  source: string;
  /** The same rule as a test on a pathname, for the fast static path of scripts/serve.ts. */
  applies: (pathname: string) => boolean;
  headers: { key: string; value: string }[];
}

const isEmbed = (p: string) => p.startsWith("/embed/") || p.startsWith("/en/embed/");

const RULES: HeaderRule[] = [
  {
    // Everything except embed pages: no framing at all.
    source: "/((?!embed/|en/embed/).*)",
    applies: (p) => !isEmbed(p),
    headers: [...COMMON, { key: "Content-Security-Policy", value: contentSecurityPolicy("'none'") }, { key: "X-Frame-Options", value: "DENY" }],
  },
  {
    source: EMBEDDABLE,
    applies: isEmbed,
    headers: [...COMMON, { key: "Content-Security-Policy", value: contentSecurityPolicy("*") }],
  },
  {
    // The open data API is read-only and public: any site may read it.
    source: "/api/v1/:path*",
    applies: (p) => p.startsWith("/api/v1/"),
    headers: [
      { key: "Access-Control-Allow-Origin", value: "*" },
      { key: "Access-Control-Allow-Methods", value: "GET, HEAD, OPTIONS" },
    ],
  },
];

/** For next.config.ts `headers()`. */
export function securityHeaders(): { source: string; headers: { key: string; value: string }[] }[] {
  return RULES.map(({ source, headers }) => ({ source, headers }));
}

/** Every header a response for `pathname` carries, whichever server sends it. */
export function headersFor(pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of RULES) if (rule.applies(pathname)) for (const h of rule.headers) out[h.key] = h.value;
  return out;
}
