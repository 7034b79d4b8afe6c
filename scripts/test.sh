#!/usr/bin/env bash
# Every test: types, unit and integration (PGlite; PostgreSQL too when TEST_DATABASE_URL is set),
# then the browser tests in Chromium against a freshly built web app.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Type check"
npx tsc -p tsconfig.json --noEmit

echo "== Unit and integration tests (databases: pglite${TEST_DATABASE_URL:+, postgresql})"
npx vitest run

echo "== Browser tests"
npm run build:web --silent
npx playwright test -c e2e/playwright.config.ts
