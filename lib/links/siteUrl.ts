// The site's public address, for canonical links, share links, QR codes, citations and the sitemap.
// Pages are prerendered, so SITE_URL must be set when the site is built. Without it the build is a
// local preview: addresses point to this computer, and every page says so (components/RootDocument.tsx)
// while the build prints a warning (scripts/check-site-url.ts). A SITE_URL that would put a private or
// insecure address into every page is refused, so a public build can never carry "localhost".
const PREVIEW = "http://localhost:3000";

/** What is wrong with a SITE_URL for a public build, or null when nothing is. */
export function siteUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL=${value} is not an address (write it as https://example.org)`;
  }
  if (url.protocol !== "https:") return `SITE_URL=${value} must start with https:// (a government site is served over HTTPS)`;
  if (/^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$|\.localhost$/.test(url.hostname))
    return `SITE_URL=${value} names this computer; leave SITE_URL unset for a local preview`;
  if (url.search || url.hash) return `SITE_URL=${value} must not have a query or an anchor`;
  return null;
}

/** Whether this build is a local preview (no SITE_URL): its links and QR codes point to this computer. */
export function isPreview(): boolean {
  return !process.env.SITE_URL;
}

export function siteUrl(path = "/"): string {
  const value = process.env.SITE_URL;
  if (value) {
    const problem = siteUrlProblem(value);
    if (problem) throw new Error(problem);
  }
  const base = (value || PREVIEW).replace(/\/+$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}
