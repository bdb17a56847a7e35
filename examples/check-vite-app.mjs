// A framework example app (examples/react-vite, examples/vue-vite) as a team
// would ship it: built by Vite against the packed @civic-design/* tarballs
// (scripts/check-packages.mjs installs and builds it in a temporary folder),
// served with a small server that records what the form posts, and driven in
// Chromium. Each app renders the same form and reports the name field's
// civic-error-change through its framework's event binding into
// `data-name-error` on <main>, and puts the name through its framework's state,
// which tidies runs of spaces and sets the value back on the element.
//
//   node examples/check-vite-app.mjs <the built app's dist folder> <label>
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { launchChromium, startSubmissionServer } from './submission-server.mjs';

const [dist, label] = process.argv.slice(2);
if (!dist || !label) throw new Error('Give the built app’s dist folder and a label.');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const missing = [];

const { origin, submissions, close } = await startSubmissionServer((url) => {
  const path = url === '/' ? 'index.html' : normalize(url).replace(/^\/+/, '');
  try {
    if (path.startsWith('..')) throw new Error('outside dist');
    const body = readFileSync(join(dist, path));
    return { type: types[extname(path)] ?? 'application/octet-stream', body };
  } catch {
    if (url !== '/favicon.ico') missing.push(url);
    return null;
  }
});
const browser = await launchChromium();

try {
  const tab = await browser.newPage();
  tab.setDefaultTimeout(10_000);
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(origin);
  const main = tab.locator('main');
  const button = tab.locator('civic-button button');
  await button.waitFor();
  // Frameworks may render the canonical HTML before the elements are defined
  // (the React wrappers register them after their first render): wait for them.
  await tab.waitForFunction(
    () => globalThis.document.querySelectorAll(':not(:defined)').length === 0,
  );
  assert.equal(await main.getAttribute('data-name-error'), '', 'no error before submitting');

  // Empty submission: stopped in the browser, the summary lists both questions,
  // and the app's civic-error-change binding received the name's error.
  await button.click();
  const links = tab.locator('civic-error-summary a');
  await links.first().waitFor();
  assert.equal(await links.count(), 2, 'the error summary lists both questions');
  assert.match(await tab.title(), /^Error: /);
  assert.match(await main.getAttribute('data-name-error'), /\S/, 'the error binding ran');
  assert.deepEqual(submissions, [], 'nothing was sent while the form had errors');

  // The first link moves focus to its field.
  await links.first().click();
  assert.equal(await tab.evaluate(() => globalThis.document.activeElement?.id), 'full-name');

  // The name goes through the framework's state and back onto the element.
  const name = tab.locator('civic-text-input input');
  await name.fill('Siân   Evans');
  await tab.waitForFunction(
    () => globalThis.document.querySelector('civic-text-input')?.value === 'Siân Evans',
  );
  assert.equal(await name.inputValue(), 'Siân Evans', 'the app set the tidied value back');
  await tab.locator('civic-textarea textarea').fill('To park outside my house');
  await tab.waitForFunction(
    () => globalThis.document.querySelector('main')?.dataset.nameError === '',
  );
  await Promise.all([tab.waitForURL(`${origin}/submit`), button.click()]);

  assert.deepEqual(
    submissions.map((body) => Object.fromEntries(new URLSearchParams(body))),
    [{ 'full-name': 'Siân Evans', reason: 'To park outside my house', action: 'continue' }],
  );
  assert.deepEqual(errors, [], 'no script errors on the page');
  assert.deepEqual(missing, [], 'every file the page asked for was built');
  console.log(`  ${label} + Vite example from the tarballs: errors shown, then the form submitted`);
} finally {
  await browser.close();
  close();
}
