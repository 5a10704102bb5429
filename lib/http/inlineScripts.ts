// The strict script policy of a prerendered page: every inline <script> the build wrote (React's
// payload, Next's bootstrap, any small pre-paint script a layout adds) is allowed by the sha256 of
// its exact text, in a <meta http-equiv="Content-Security-Policy"> at the top of <head>. Computed
// after the build, so a new inline script anywhere is covered without being named here.
// Uses only node:crypto.
import { createHash } from "node:crypto";
import { pagePolicy } from "./securityHeaders";

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/?>/i;

/** The sha256 (base64) of each inline script's text, as a CSP hash source needs it. */
export function inlineScriptHashes(html: string): string[] {
  const withoutMeta = html.replace(META, "");
  return [...withoutMeta.matchAll(SCRIPT)]
    .filter(([, attributes]) => !/\ssrc\s*=/i.test(` ${attributes}`))
    .map(([, , text]) => createHash("sha256").update(text, "utf8").digest("base64"));
}

/**
 * The page with its script policy as the first thing in <head> after the character set, so that it
 * governs every script that follows. Running it again replaces the policy rather than adding one.
 */
export function withScriptPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(inlineScriptHashes(html))}"/>`;
  if (META.test(html)) return html.replace(META, meta);
  const charset = /<meta charSet="utf-8"\/>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error("an HTML page without <head>: its scripts cannot be given a policy");
  return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}
