// The site's public origin, for links that leave the page: QR codes on slides, printed handouts.
// Pages are prerendered, so SITE_URL is read when the site is built.
export function siteUrl(path = "/"): string {
  const origin = (process.env.SITE_URL || "http://localhost:3000").replace(/\/+$/, "");
  return origin + (path.startsWith("/") ? path : `/${path}`);
}
