import path from "node:path";
import type { NextConfig } from "next";
import { readRedirects } from "./lib/data/redirects";
import { securityHeaders } from "./lib/http/securityHeaders";

const nextConfig: NextConfig = {
  // The site is prerendered from SQLite at build time; better-sqlite3 is a native module that must
  // stay a plain Node require on the server rather than be bundled.
  serverExternalPackages: ["better-sqlite3"],
  // The benchmark builds a synthetic data set beside the real build, never over it.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // One root layout per language (app/(zh), app/(en)), so <html lang> is right in the served HTML;
  // an address no route matches then needs a whole 404 document of its own: app/global-not-found.tsx.
  experimental: { globalNotFound: true },
  async headers() {
    return securityHeaders();
  },
  // An indicator's address is forever: a renamed slug is listed in data/redirects.csv.
  async redirects() {
    return readRedirects(path.join(process.cwd(), "data"));
  },
};

export default nextConfig;
