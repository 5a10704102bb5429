// The site's public address, for canonical links, share links, QR codes, citations and the sitemap.
// Pages are prerendered, so SITE_URL must be set when the site is built (empty means not set).
export function siteUrl(path = "/"): string {
  const base = (process.env.SITE_URL || "http://localhost:3000").replace(/\/+$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}
