// out/_headers and out/_redirects, the files static hosts and CDNs read (Netlify, Cloudflare Pages
// and others): a rendering of the header rules (headerRules.ts) and redirects (siteRedirects.ts).
// Pure: scripts/postbuild.ts writes them.
import type { Redirect } from "../data/redirects";
import type { HeaderRule } from "./headerRules";
import { GENERATED } from "./nginxConfig";

/** Cloudflare Pages reads the first 100 rules of _headers and ignores the rest. */
export const CDN_RULE_LIMIT = 100;

/** Headers that name a download or type one file; every other header is about security or caching. */
const NAMING = new Set(["Content-Disposition", "Content-Type"]);

/** The address a static host matches a file's rule against: pages without their `.html`. */
const prettyUrl = (file: string) => (file === "/index.html" ? "/" : file.replace(/\/index\.html$/, "/").replace(/\.html$/, ""));

/**
 * A rule's address patterns in the hosts' syntax: `*` is anything, `:name` one segment (both Netlify
 * and Cloudflare Pages). `:name` needs a name, so the overview `/` is a pattern of its own.
 */
function patterns(rule: HeaderRule): string[] {
  if (rule.scope === "file") return [prettyUrl(rule.path)];
  if (rule.scope === "tree") return [`${rule.path}*`];
  if (rule.scope === "subtrees") return [`${rule.path}:name/*`];
  return rule.path === "/" ? ["/", "/:name"] : [`${rule.path}:name`];
}

/** Rule blocks for the headers `keep` selects, in rule order. A host cannot be told to leave a header out: "" is no line. */
function blocks(rules: HeaderRule[], keep: (name: string) => boolean): string[][] {
  return rules.flatMap((rule) => {
    const lines = Object.entries(rule.headers)
      .filter(([name, value]) => keep(name) && value !== "")
      .map(([name, value]) => `  ${name}: ${value}`);
    return lines.length ? patterns(rule).map((pattern) => [pattern, ...lines]) : [];
  });
}

/**
 * out/_headers: the security and caching rules first, so that a host that reads only the first 100
 * still sends them, and the per-file download names and types after them. Throws when the security
 * and caching rules alone would pass the limit, which would leave some addresses unprotected there.
 */
export function headersFile(rules: HeaderRule[]): string {
  const security = blocks(rules, (name) => !NAMING.has(name));
  if (security.length > CDN_RULE_LIMIT)
    throw new Error(
      `_headers: ${security.length} security and caching rules, more than the ${CDN_RULE_LIMIT} Cloudflare Pages reads. ` +
        "Make the folders of out/ agree (lib/http/securityHeaders.ts), so that one rule covers each.",
    );
  const naming = blocks(rules, (name) => NAMING.has(name));
  return [`# ${GENERATED}`, `# Security and caching: ${security.length} rules. Download names and types: ${naming.length} rules.`, ...security.flat(), ...naming.flat(), ""].join("\n");
}

/** out/_redirects, in the format Netlify and Cloudflare Pages read. */
export function redirectsFile(redirects: Redirect[]): string {
  return [
    `# ${GENERATED}`,
    ...redirects.flatMap(({ from, to, subpaths }) => [`${from} ${to} 301`, ...(subpaths ? [`${from}/* ${to}/:splat 301`] : [])]),
    "",
  ].join("\n");
}
