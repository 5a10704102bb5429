import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The production site is a folder of static files (out/): every page, image, download and API
  // answer is prerendered from SQLite at build time, so any static host, CDN or nginx can serve it.
  // Headers and redirects are not Next's to send then: scripts/postbuild.ts writes them for nginx
  // (deploy/nginx.conf), for `npm start` (deploy/serve.json) and for static hosts (out/_headers,
  // out/_redirects), all from lib/http/.
  output: "export",
  // better-sqlite3 is a native module that must stay a plain Node require at build time rather
  // than be bundled.
  serverExternalPackages: ["better-sqlite3"],
  // The benchmark builds a synthetic data set beside the real build, never over it.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // One root layout per language (app/(zh), app/(en)), so <html lang> is right in the served HTML;
  // an address no route matches then needs a whole 404 document of its own: app/global-not-found.tsx.
  experimental: { globalNotFound: true },
};

export default nextConfig;
