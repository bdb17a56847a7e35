// The Angular example, built by `ng build` (AOT, strict templates) against the
// packed tarballs (scripts/check-packages.mjs installs and builds it), served
// as static files and driven in Chromium: first the pages every example app
// has (examples/app-check.mjs), then what Angular's forms hold as a person
// fills the form in. The page shows the name's FormControl and the reason's
// NgModel as JSON in data-name-control and data-reason-control on <main>.
//
//   node examples/angular/check.mjs <the built app's dist/browser folder>
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { checkApp, whenDefined } from '../app-check.mjs';
import { launchChromium, startSubmissionServer } from '../submission-server.mjs';

const [browserDist] = process.argv.slice(2);
if (!browserDist) throw new Error('Give the built app’s dist/browser folder.');
const label = 'Angular 22 example from the tarballs';
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const missing = [];
// The app's own component tags: Angular renders them as plain elements, never defined.
const frameworkElements = ['app-root', 'app-details-page', 'app-task-page'];

const { origin, submissions, close } = await startSubmissionServer((url) => {
  // The query (the task page's `?page=tasks`) is for the app, not the server.
  const { pathname } = new URL(url, 'http://app');
  const path = pathname === '/' ? 'index.html' : normalize(pathname).replace(/^\/+/, '');
  try {
    if (path.startsWith('..')) throw new Error('outside dist');
    const body = readFileSync(join(browserDist, path));
    return { type: types[extname(path)] ?? 'application/octet-stream', body };
  } catch {
    if (url !== '/favicon.ico') missing.push(url);
    return null;
  }
});

/** Waits for Angular to render what one of its controls holds, then compares it whole. */
async function expectControl(tab, attribute, expected, message) {
  const wanted = JSON.stringify(expected);
  await tab
    .waitForFunction(
      ([name, value]) => globalThis.document.querySelector('main')?.getAttribute(name) === value,
      [attribute, wanted],
    )
    // A state that never comes is reported by the comparison below, with what was there.
    .catch(() => {});
  assert.deepEqual(
    JSON.parse(await tab.locator('main').getAttribute(attribute)),
    expected,
    message,
  );
}

/**
 * The reactive control and the template-driven one, as Angular sees them: the
 * `required` attribute is Angular's validator too, typing reaches the model
 * (the name tidied), and leaving a field marks it touched.
 */
async function checkAngularForms(browser) {
  const tab = await browser.newPage();
  tab.setDefaultTimeout(10_000);
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${origin}/`);
  await tab.locator('civic-button button').waitFor();
  await whenDefined(tab, frameworkElements);
  const empty = { value: '', valid: false, touched: false };
  await expectControl(tab, 'data-name-control', empty, 'the name starts empty and invalid');
  await expectControl(tab, 'data-reason-control', empty, 'the reason starts empty and invalid');

  await tab.locator('civic-text-input input').fill('Siân   Evans');
  await expectControl(
    tab,
    'data-name-control',
    { value: 'Siân Evans', valid: true, touched: false },
    'the FormControl holds the tidied name; focus has not left the field',
  );
  await tab.keyboard.press('Tab');
  assert.equal(await tab.evaluate(() => globalThis.document.activeElement?.id), 'reason');
  await expectControl(
    tab,
    'data-name-control',
    { value: 'Siân Evans', valid: true, touched: true },
    'leaving the name marks its FormControl touched',
  );

  await tab.keyboard.type('To park');
  await expectControl(
    tab,
    'data-reason-control',
    { value: 'To park', valid: true, touched: false },
    'ngModel holds what was typed in the textarea',
  );
  await tab.keyboard.press('Tab');
  await expectControl(
    tab,
    'data-reason-control',
    { value: 'To park', valid: true, touched: true },
    'leaving the reason marks its NgModel touched',
  );
  assert.deepEqual(errors, [], 'no script errors');
  await tab.close();
  console.log(`  ${label}: FormControl and NgModel followed the fields, touched included`);
}

const browser = await launchChromium();
try {
  await checkApp(browser, { label, origin, submissions, frameworkElements });
  await checkAngularForms(browser);
  assert.deepEqual(missing, [], 'every file the page asked for was built');
} finally {
  await browser.close();
  close();
}
