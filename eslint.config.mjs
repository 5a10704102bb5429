import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  // The site links with plain <a>: every page is a prerendered file, and next/link would add 4 KB of
  // JavaScript to each and prefetch every linked page's data (components/SiteHeader.tsx).
  { rules: { "@next/next/no-html-link-for-pages": "off" } },
  { ignores: [".next/**", ".next-synthetic/**", ".next-synthetic-deploy/**", ".next-e2e/**", ".next-e2e-deploy/**", "out/**", "node_modules/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
];

export default config;
