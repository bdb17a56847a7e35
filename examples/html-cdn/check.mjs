// The plain-HTML example as a council would run it: the page and the CDN files
// from the packed @civic-design/components tarball (not the workspace), served
// by a small server that records what the form posts, driven in Chromium. The
// page twice: as written, loading the whole bundle (civic.js), and at /split
// with that script tag swapped for the entries of the components it uses
// (dist/cdn/components/, sharing dist/cdn/chunks/), as docs/frameworks.md shows;
// then the task page (tasks.html and its own tasks.js) through the task page
// every framework example passes (examples/app-check.mjs).
//
//   node examples/html-cdn/check.mjs <folder holding civic.js and tokens.css>
//
// scripts/check-packages.mjs runs it on the unpacked tarball's dist/cdn.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTaskPage } from '../app-check.mjs';
import { launchChromium, startSubmissionServer } from '../submission-server.mjs';

const cdnDir = process.argv[2];
if (!cdnDir) throw new Error('Give the folder holding the CDN files.');
const page = readFileSync(new URL('index.html', import.meta.url), 'utf8');
const bundleTag = '<script type="module" src="/civic/civic.js"></script>';
if (!page.includes(bundleTag)) throw new Error(`index.html no longer loads ${bundleTag}.`);
const entryTags = ['error-summary', 'text-input', 'textarea', 'button']
  .map((entry) => `<script type="module" src="/civic/components/${entry}.js"></script>`)
  .join('\n    ');
const pages = { '/': page, '/split': page.replace(bundleTag, entryTags) };
const taskPage = {
  '/tasks': { type: 'text/html; charset=utf-8', file: 'tasks.html' },
  '/tasks.js': { type: 'text/javascript', file: 'tasks.js' },
};
const types = { '.js': 'text/javascript', '.css': 'text/css' };
const requested = [];

const { origin, submissions, close } = await startSubmissionServer((url) => {
  if (Object.hasOwn(pages, url)) return { type: 'text/html; charset=utf-8', body: pages[url] };
  if (Object.hasOwn(taskPage, url)) {
    const { type, file } = taskPage[url];
    return { type, body: readFileSync(new URL(file, import.meta.url)) };
  }
  requested.push(url);
  const file = /^\/civic\/((?:components\/|chunks\/)?[\w.-]+\.(js|css))$/.exec(url);
  return file ? { type: types[`.${file[2]}`], body: readFileSync(join(cdnDir, file[1])) } : null;
});
const browser = await launchChromium();

try {
  for (const path of Object.keys(pages)) await fillIn(path);
  await followTasks();
} finally {
  await browser.close();
  close();
}

async function fillIn(path) {
  submissions.length = 0;
  requested.length = 0;
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(origin + path);
  await tab.waitForFunction(
    () => globalThis.document.querySelectorAll(':not(:defined)').length === 0,
  );
  const button = tab.locator('civic-button button');

  // Empty submission: stopped in the browser, the summary lists both questions.
  await button.click();
  const links = tab.locator('civic-error-summary a');
  await links.first().waitFor();
  assert.equal(await links.count(), 2, 'the error summary lists both questions');
  assert.match(await tab.title(), /^Error: /);
  assert.deepEqual(submissions, [], 'nothing was sent while the form had errors');

  // The first link moves focus to its field.
  await links.first().click();
  assert.equal(await tab.evaluate(() => globalThis.document.activeElement?.id), 'full-name');

  await tab.locator('civic-text-input input').fill('Siân Evans');
  await tab.locator('civic-textarea textarea').fill('To park outside my house');
  // Straight from the last answer to Continue with the mouse: the press blurs
  // the field, and its fixed error must not move the button before the release.
  await Promise.all([tab.waitForURL(`${origin}/submit`), button.click()]);

  assert.deepEqual(
    submissions.map((body) => Object.fromEntries(new URLSearchParams(body))),
    [{ 'full-name': 'Siân Evans', reason: 'To park outside my house', action: 'continue' }],
  );
  assert.deepEqual(errors, [], 'no script errors on the page');
  const wholeBundle = requested.includes('/civic/civic.js');
  assert.equal(wholeBundle, path === '/', 'the split page does not load the whole bundle');
  await tab.close();
  console.log(
    `  plain HTML example (${path === '/' ? 'civic.js' : 'per-component entries'}) from the tarball: errors shown, then the form submitted`,
  );
}

async function followTasks() {
  const tab = await browser.newPage();
  tab.setDefaultTimeout(10_000);
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await checkTaskPage(tab, { origin, path: '/tasks' });
  assert.deepEqual(errors, [], 'no script errors on the task page');
  await tab.close();
  console.log('  plain HTML example (civic.js): the task list followed the page’s own script');
}
