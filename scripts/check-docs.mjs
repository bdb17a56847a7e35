// Loads every docs page of the built Storybook (storybook-static, from
// `pnpm build:storybook`) in Chromium, one after another, and fails when a page
// shows Storybook's error box, logs a console error or an uncaught exception,
// shows raw Markdown in its text (a pipe table, `**`, a line starting `#`:
// syntax that MDX did not turn into HTML), or has an axe violation.
// Usage: node scripts/check-docs.mjs [storybook-static]
// The functions passed to page.evaluate and friends run in the page.
/* global document, window */
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';
import { browserPaths, chromiumArgs } from './browser-paths.js';

const root = new URL('..', import.meta.url).pathname;
const staticDir = process.argv[2] ?? join(root, 'storybook-static');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'));
const PAGE_TIMEOUT = 20_000;

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
// CIVIC_DOCS_PAGES=id,id checks only those pages (while fixing them).
const only = process.env.CIVIC_DOCS_PAGES?.split(',');
const docsPages = Object.values(index.entries).filter(
  (entry) => entry.type === 'docs' && (!only || only.includes(entry.id)),
);
if (docsPages.length === 0) fail(`${staticDir}/index.json lists no docs pages.`);

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  let file = join(staticDir, path);
  // The browser asks for /favicon.ico itself; Storybook's pages do not link one.
  if (path === '/favicon.ico') return response.writeHead(204).end();
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    const body = readFileSync(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: browserPaths.chromium,
  args: chromiumArgs,
});
const failures = [];
try {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  for (const entry of docsPages) {
    const problems = await checkPage(context, entry);
    const label = `${entry.title} (${entry.id})`;
    if (problems.length === 0) console.log(`  ✓ ${label}`);
    else {
      console.log(`  ✗ ${label}`);
      for (const problem of problems) console.log(`      ${problem}`);
      failures.push(label);
    }
  }
} finally {
  await browser.close();
  server.close();
}

if (failures.length > 0) fail(`${failures.length} of ${docsPages.length} docs pages failed.`);
console.log(`All ${docsPages.length} docs pages render cleanly.`);

async function checkPage(context, entry) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    problems.push(`console error: ${message.text()}${url ? ` (${url.replace(origin, '')})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  // Storybook announces on its channel when a docs page has rendered; the
  // channel is set on window as the preview starts, so listen from then on.
  await page.addInitScript(() => {
    let channel;
    window.__civicDocs = { rendered: false, errors: [] };
    Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      get: () => channel,
      set(value) {
        channel = value;
        value.on('docsRendered', () => (window.__civicDocs.rendered = true));
        for (const event of ['storyErrored', 'storyThrewException', 'storyMissing']) {
          value.on(event, (detail) =>
            window.__civicDocs.errors.push(`${event}: ${detail?.message ?? detail?.title ?? ''}`),
          );
        }
      },
    });
  });
  try {
    await page.goto(`${origin}/iframe.html?viewMode=docs&id=${entry.id}`, {
      timeout: PAGE_TIMEOUT,
    });
    await page.waitForFunction(
      () =>
        window.__civicDocs.rendered ||
        window.__civicDocs.errors.length > 0 ||
        document.body.classList.contains('sb-show-errordisplay'),
      undefined,
      { timeout: PAGE_TIMEOUT },
    );
    // Nothing is still loading.
    await page.waitForLoadState('networkidle', { timeout: PAGE_TIMEOUT });
    // Every Civic element on the page has upgraded (a story's script ran).
    const allUpgraded = () =>
      [...document.querySelectorAll('*')].every(
        (element) => !element.localName.startsWith('civic-') || element.matches(':defined'),
      );
    await page
      .waitForFunction(allUpgraded, undefined, { timeout: PAGE_TIMEOUT })
      .catch(async () => {
        const names = await page.evaluate(() =>
          [...document.querySelectorAll('*')]
            .filter((element) => element.localName.startsWith('civic-'))
            .filter((element) => !element.matches(':defined'))
            .map((element) => element.localName),
        );
        problems.push(`never upgraded: ${[...new Set(names)].join(', ')}`);
      });
    const state = await page.evaluate(() => ({
      errors: window.__civicDocs.errors,
      errorBox: document.body.classList.contains('sb-show-errordisplay')
        ? (document.querySelector('#error-message')?.textContent ?? '').trim()
        : null,
      text: document.querySelector('#storybook-docs')?.innerText ?? '',
    }));
    problems.push(...state.errors);
    if (state.errorBox !== null) problems.push(`Storybook's error box: ${state.errorBox}`);
    if (state.errorBox === null && state.text.trim() === '') problems.push('the page is empty');
    problems.push(...rawMarkdown(state.text));
    if (state.errorBox === null) problems.push(...(await axeViolations(page)));
  } catch (error) {
    problems.push(`did not render: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return problems;
}

// Markdown that reached the reader as text. Code blocks are left out: a page
// may show Markdown or shell comments as code.
function rawMarkdown(text) {
  const found = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    const shown = trimmed.length > 100 ? `${trimmed.slice(0, 100)}…` : trimmed;
    if (/^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?$/.test(trimmed)) {
      found.push(`raw Markdown table: "${shown}"`);
    } else if (/^\|.*\|$/.test(trimmed)) {
      found.push(`raw Markdown table row: "${shown}"`);
    } else if (/\*\*/.test(trimmed)) {
      found.push(`raw Markdown bold: "${shown}"`);
    } else if (/^#{1,6}\s/.test(trimmed)) {
      found.push(`raw Markdown heading: "${shown}"`);
    }
  }
  return found;
}

async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource.toString() });
  const violations = await page.evaluate(async () => {
    // The one exception the stories make too (see civic-radios.stories.ts):
    // a radio that reveals a follow-up question carries aria-expanded, as
    // GOV.UK Frontend's do (alphagov/govuk-frontend#979), which ARIA 1.2 does
    // not allow on the radio role. Every other element is checked.
    window.axe.configure({
      rules: [
        {
          id: 'aria-allowed-attr',
          selector: '*:not(input.civic-radios__input[type="radio"][aria-controls][aria-expanded])',
        },
      ],
    });
    // Stories a docs page shows in frames of their own (inline: false) are
    // whole documents: `pnpm test:stories` runs axe on each story; here the
    // page's own content is checked, not the frames.
    const results = await window.axe.run(document.querySelector('#storybook-docs'), {
      resultTypes: ['violations'],
      iframes: false,
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
      count: violation.nodes.length,
    }));
  });
  return violations.map(
    (violation) =>
      `axe ${violation.id}: ${violation.help} (${violation.count} element(s), e.g. ${violation.targets.join(', ')})`,
  );
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
