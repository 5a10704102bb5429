// Addresses that moved when the site became a folder of static files. Pure.
import type { Redirect } from "../data/redirects";

/**
 * `/api/v1/indicators` was a file beside the folder `/api/v1/indicators/` of the records; a folder of
 * static files cannot hold both, so the list is now `/api/v1/indicators.json`.
 */
export const MOVED: Redirect[] = [{ from: "/api/v1/indicators", to: "/api/v1/indicators.json", subpaths: false }];

/**
 * Where a request moves with a 301, as nginx's configuration moves it, or undefined: a moved or
 * renamed address, with anything under it, else an address ending in / to the one without it. The
 * query is kept (a renamed indicator's `?view=table`). `pathname` is the decoded path; `target` the
 * request target as sent, normal in its spelling (lib/http/refusals.ts), so that it holds nothing a
 * Location may not.
 */
export function movedTo(redirects: Redirect[], pathname: string, target: string): string | undefined {
  const at = target.indexOf("?");
  const query = at < 0 ? "" : target.slice(at);
  for (const { from, to, subpaths } of redirects) {
    if (pathname === from) return to + query;
    if (subpaths && pathname.startsWith(`${from}/`)) return encodeURI(to + pathname.slice(from.length)) + query;
  }
  const path = at < 0 ? target : target.slice(0, at);
  if (path.length > 1 && path.endsWith("/")) return path.replace(/\/+$/, "") + query;
  return undefined;
}
