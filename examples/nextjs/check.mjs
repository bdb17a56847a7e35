// The Next.js App Router example, built by `next build` against the packed
// tarballs (scripts/check-packages.mjs installs and builds it), started with
// `next start` and driven in Chromium:
//
// - JavaScript off: the server HTML of the Server Component page has the
//   labels and native inputs, and the form posts what was typed; the layout's
//   header and footer (furniture components with no element) are in it, and
//   their code is in no client chunk: they render on the server only.
// - JavaScript on: an empty submission shows the error summary and sends
//   nothing; the answers then post. No console error, no hydration warning.
// - The task page (/tasks): with JavaScript off its server HTML is the whole
//   task list; with it on, the list follows React state (examples/app-check.mjs).
//
//   node examples/nextjs/check.mjs <the built app's folder>
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTaskPage } from '../app-check.mjs';
import { freePort, launchChromium, whenPrinted } from '../submission-server.mjs';

const [app] = process.argv.slice(2);
if (!app) throw new Error('Give the built app’s folder.');

// The browser's code: the elements are in it, the furniture's markup is not.
const chunks = join(app, '.next/static/chunks');
const clientCode = readdirSync(chunks, { recursive: true })
  .filter((file) => String(file).endsWith('.js'))
  .map((file) => readFileSync(join(chunks, String(file)), 'utf8'));
assert.deepEqual(
  ['civic-text-input', 'civic-header__homepage-link', 'civic-footer__licence'].filter((name) =>
    clientCode.some((code) => code.includes(name)),
  ),
  ['civic-text-input'],
  'the header and footer render on the server only',
);

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = spawn(
  process.execPath,
  [
    join(app, 'node_modules/next/dist/bin/next'),
    'start',
    '--port',
    String(port),
    '--hostname',
    '127.0.0.1',
  ],
  {
    cwd: app,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const browser = await launchChromium();

try {
  await whenPrinted(server, /Ready/, 'next start');

  // JavaScript off: what a person whose script failed gets.
  const withoutScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await withoutScript.newPage();
  plain.setDefaultTimeout(10_000);
  await plain.goto(origin);
  assert.equal(await plain.locator('label[for="full-name"]').textContent(), 'Full name');
  assert.equal(await plain.locator('input#full-name').getAttribute('name'), 'full-name');
  assert.equal(
    await plain.locator('label[for="reason"]').textContent(),
    'Why do you need a permit?',
  );
  assert.equal(
    await plain.locator('#reason-info').textContent(),
    'You can enter up to 200 characters',
  );
  assert.equal(
    await plain.locator('header.civic-header .civic-header__organisation').textContent(),
    'Cardiff Council',
  );
  assert.equal(
    await plain.locator('footer.civic-footer .civic-footer__copyright').textContent(),
    '© Cardiff Council 2026',
  );
  await plain.locator('#full-name').fill('Siân Evans');
  await plain.locator('#reason').fill('To park outside my house');
  await Promise.all([plain.waitForURL(`${origin}/submit`), plain.locator('button').click()]);
  assert.deepEqual(JSON.parse(await plain.locator('#received').textContent()), {
    'full-name': 'Siân Evans',
    reason: 'To park outside my house',
    action: 'continue',
  });
  await plain.goto(`${origin}/tasks`);
  assert.equal(
    await plain.locator('.civic-task-list__summary').textContent(),
    'You have completed 1 of 3 tasks',
  );
  assert.deepEqual(
    (await plain.locator('.civic-task-list__item').allInnerTexts()).map((text) =>
      text.replace(/\s+/g, ' ').trim(),
    ),
    [
      'Your details Completed',
      'Vehicle Make, model and registration In progress',
      'Pay the fee Cannot start yet',
    ],
  );
  assert.deepEqual(
    await plain
      .locator('.civic-task-list__link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    ['/details', '/vehicle'],
  );
  await withoutScript.close();

  // JavaScript on.
  const context = await browser.newContext();
  const tab = await context.newPage();
  tab.setDefaultTimeout(10_000);
  const problems = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  await tab.goto(origin);
  // The wrappers register the elements after hydration; then every one has upgraded.
  await tab.waitForFunction(() =>
    ['civic-error-summary', 'civic-text-input', 'civic-textarea', 'civic-button'].every(
      (tag) => globalThis.customElements.get(tag) !== undefined,
    ),
  );
  const main = tab.locator('main');
  const button = tab.locator('civic-button button');

  await button.click();
  const links = tab.locator('civic-error-summary a');
  await links.first().waitFor();
  assert.deepEqual(await links.allTextContents(), [
    'Enter full name',
    'Enter why you need a permit',
  ]);
  assert.match(await tab.title(), /^Error: /);
  assert.equal(
    await main.locator('[data-name-error]').getAttribute('data-name-error'),
    'Enter full name',
    'the typed onCivicErrorChange prop ran',
  );
  assert.equal(tab.url(), `${origin}/`, 'nothing was sent while the form had errors');

  await links.first().click();
  assert.equal(await tab.evaluate(() => globalThis.document.activeElement?.id), 'full-name');
  await tab.locator('#full-name').fill('Siân   Evans');
  await tab.waitForFunction(
    () => globalThis.document.querySelector('civic-text-input')?.value === 'Siân Evans',
  );
  await tab.locator('#reason').fill('To park outside my house');
  await tab.waitForFunction(
    () => globalThis.document.querySelector('[data-name-error]')?.dataset.nameError === '',
  );
  await Promise.all([tab.waitForURL(`${origin}/submit`), button.click()]);
  assert.deepEqual(JSON.parse(await tab.locator('#received').textContent()), {
    'full-name': 'Siân Evans',
    reason: 'To park outside my house',
    action: 'continue',
  });
  // Next.js announces route changes with its own <next-route-announcer>, never defined.
  await checkTaskPage(tab, { origin, path: '/tasks', frameworkElements: ['next-route-announcer'] });
  assert.deepEqual(problems, [], 'no console error or warning, no hydration mismatch');
  await context.close();
  console.log(
    '  Next.js App Router example: server HTML posts with JavaScript off; errors shown, then posted, with it on; the task list in the server HTML and following the state',
  );
} finally {
  await browser.close();
  server.kill();
}
