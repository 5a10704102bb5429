import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { NGINX_PORT, START_PORT } from "./tests/e2e/servers";
import { E2E_DATA_DIR, E2E_SITE_DIR } from "./tests/e2e/site";

// The site the browser tests see: the build of the frozen data (tests/e2e/site.ts), served from its own folder.
const site = { NEXT_DIST_DIR: E2E_SITE_DIR, DATA_DIR: E2E_DATA_DIR };

// Playwright cannot download its own browser on these machines; Debian's chromium is used where it exists.
const debianChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: `http://localhost:${START_PORT}`,
    locale: "zh-CN",
    launchOptions: {
      executablePath: existsSync(debianChromium) ? debianChromium : undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // The build of the frozen data (npm test builds it first), served as `npm start` serves it (sirv with
  // lib/http/). nginx serves the same folder with the generated configuration for the server tests
  // (servers, requests, hostile, fuzz, server-configs), which check both alike.
  webServer: [
    {
      command: `PORT=${START_PORT} node --import tsx scripts/start.ts`,
      env: site,
      url: `http://localhost:${START_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `PORT=${NGINX_PORT} npx --no-install tsx scripts/serve-nginx.ts`,
      env: site,
      url: `http://localhost:${NGINX_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
