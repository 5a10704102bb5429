#!/usr/bin/env bash
# `npm test`: every test, on the real parts. Type check, lint and import rules, unit and data tests
# (Vitest), a production build (the static folder out/) from a freshly loaded database, and browser
# tests (Playwright on Chromium) against `npm start`, with the server tests also against nginx, among
# them the Nu HTML Checker on every page kind (tests/e2e/html-valid.spec.ts).
set -euo pipefail
cd "$(dirname "$0")/.."

# Browser tests need a Chromium and CJK fonts, the server tests Debian's nginx with its brotli module,
# the HTML checker (npm vnu-jar) a Java runtime. Playwright cannot download its own browser here, so Debian's is used; as
# root we install what is missing, otherwise we stop and say what to run.
need=()
if [ ! -x /usr/bin/chromium ] && [ -z "$(ls -d "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-* 2>/dev/null)" ]; then need+=(chromium); fi
if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then need+=(fonts-noto-cjk); fi
if [ ! -x /usr/sbin/nginx ] && ! command -v nginx >/dev/null; then need+=(nginx); fi
if [ ! -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then need+=(libnginx-mod-http-brotli-static); fi
if ! command -v java >/dev/null; then need+=(default-jre-headless); fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${need[*]} for the browser and server tests…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "The browser tests need: ${need[*]}. Run:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
fi

[ -f lib/generated/prisma/client.ts ] || node scripts/prisma-generate.mjs

step() { printf '\n== %s\n' "$1"; }
# Route types from an earlier build may name pages that have since moved; the build makes them anew.
rm -rf .next/types .next/dev/types
step "type check";  npx --no-install tsc --noEmit
step "lint";        npx --no-install eslint . --max-warnings 0
step "import rules (no cycles; lib/ never imports components/; only lib/queries/ is imported for data, and only it, app/ and the loader open the store)"
node scripts/check-imports.mjs
results=$(mktemp -d)
step "unit and data tests"
npx --no-install vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json"
step "build (database and production site, from data/)"; npm run build --silent
# The browser tests see the frozen copy of the data (tests/e2e/site.ts), built beside the real site
# with its own database and folder, for a public address, statuses pinned to one day: a new document
# in data/ changes none of what they assert. tests/e2e/real-site.spec.ts checks the real build in out/.
step "build (the frozen data, for the browser tests)"; npx --no-install tsx tests/e2e/buildSite.ts
step "browser tests"
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" npx --no-install playwright test --reporter=line,json
# One closing line for both runners, in the plain form CI reads.
node scripts/test-summary.mjs "$results/vitest.json" "$results/playwright.json"
