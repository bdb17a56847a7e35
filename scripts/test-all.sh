#!/usr/bin/env bash
# The whole test suite, as README's quick start and CI run it: `pnpm test`.
# Each step stops the run on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1 STORYBOOK_DISABLE_TELEMETRY=1

step() {
  printf '\n==> %s\n' "$1"
}

# Build first: the Storybook config imports the generated manifest and token
# list, so type-aware lint and the typecheck need them.
step 'Build packages'
pnpm build
step 'Lint: ESLint, Prettier, lit-analyzer'
pnpm lint
step 'Typecheck'
pnpm typecheck
step 'Token tests: contrast of every pair in every theme, theme checks, outputs'
pnpm test:tokens
step 'Unit, accessibility and both-ways-of-authoring tests in Chromium, Firefox and WebKit (coverage gate 90%)'
pnpm test:unit --coverage
step 'End to end: a question page posted to a real server with JavaScript off and on, in Chromium, Firefox and WebKit'
pnpm test:e2e
step 'Storybook stories as tests in Chromium (fail on any accessibility violation)'
pnpm test:stories
step 'Docs pages: the static Storybook built, every docs page loaded in Chromium (no error box, console error, raw Markdown or axe violation)'
pnpm test:docs
step 'Package checks: publint, attw, tarball contents'
pnpm test:packages
step 'Release check: changeset status, versions and CHANGELOGs to come, each package installed alone from its tarball, npm publish --dry-run'
pnpm release:check
printf '\nAll checks passed.\n'
