// The same question page with JavaScript on, in Chromium, Firefox and WebKit:
// the Civic elements upgrade the server's HTML in place, stop an empty
// submission in the browser, post a fixed one once, behave like native
// controls when the browser restores a page, and move nothing on the page
// when they upgrade.
//
// Browsers per engine: one with script on (most tests), one with script on
// and the back-forward cache off, and one with script off for the layout
// comparison. Both are launch options in Firefox and WebKit (Firefox 153 has
// no BiDi command to turn script off at run time: emulation.setScriptingEnabled
// is unknown to it) and the cache is one in Chromium, so each is a launch; the
// two extra launches start with the first and overlap the first tests.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { eventually, openBrowser, selectedEngines } from './drivers.mjs';
import { sampleAnswer, sampleAnswerAsPosted, startService } from './service.mjs';

// Functions given to browser.evaluate run in the page.
/* global document */

const TAGS = [
  'civic-error-summary',
  'civic-text-input',
  'civic-textarea',
  'civic-password-input',
  'civic-button',
];

// How long to wait for something that must NOT happen (a POST, a navigation).
const QUIET_MS = 500;

// A launch started early whose failure must wait for the test that needs it
// (instead of being an unhandled rejection).
const settled = (promise) =>
  promise.then(
    (value) => ({ value }),
    (error) => ({ error }),
  );
async function unwrap(settledLaunch) {
  const { value, error } = await settledLaunch;
  if (error) throw error;
  return value;
}

/** Waits until every Civic element on the page is defined and upgraded. */
async function upgraded(browser) {
  await eventually(
    () =>
      browser.evaluate(
        (tags) =>
          tags.every((tag) => globalThis.customElements.get(tag) !== undefined) &&
          document.querySelectorAll(':not(:defined)').length === 0,
        TAGS,
      ),
    { timeout: 10_000 },
  );
}

// Parts whose boxes must be the same with and without script. Left out: the
// password's Show button and the textarea's live count, which only exist with
// script, and the count message, which the visible count replaces. The
// password input itself keeps its place but gives the Show button room beside
// it, so only its width may change (see KEYS_THAT_MAY_CHANGE).
const STABLE_PARTS = [
  'h1',
  'label[for="full-name"]',
  '#full-name-hint',
  'input#full-name',
  'label[for="more"]',
  'textarea#more',
  'label[for="password"]',
  '#password-hint',
  'input#password',
  'civic-button button',
];
const STABLE_ERROR_PARTS = [
  ...STABLE_PARTS,
  '.civic-error-summary',
  '.civic-error-summary__title',
  'civic-error-summary a[href="#full-name"]',
  'civic-error-summary a[href="#password"]',
  '#full-name-error',
  '#password-error',
];

const KEYS_THAT_MAY_CHANGE = { 'input#password': ['width'] };

async function boxes(browser, selectors) {
  const result = {};
  for (const selector of selectors) result[selector] = await browser.rect(selector);
  return result;
}

function assertSameBoxes(withScript, withoutScript, page) {
  const moved = [];
  for (const [selector, box] of Object.entries(withoutScript)) {
    const other = withScript[selector];
    assert.ok(box, `${page}: ${selector} has a box without script`);
    assert.ok(other, `${page}: ${selector} has a box with script`);
    for (const key of ['x', 'y', 'width', 'height']) {
      if (KEYS_THAT_MAY_CHANGE[selector]?.includes(key)) continue;
      if (Math.abs(box[key] - other[key]) > 1) {
        moved.push(`${selector} ${key}: ${box[key]} without script, ${other[key]} with`);
      }
    }
  }
  assert.deepEqual(moved, [], `${page}: nothing moves when the elements upgrade`);
}

/**
 * Types into the Civic and the plain controls, leaves by a link, comes back
 * with `how` ('back' or 'reload') and returns what each control then holds
 * and whether the page came from the back-forward cache.
 */
async function restoreRound(browser, origin, how) {
  await browser.goto(`${origin}/question?compare=1`);
  await upgraded(browser);
  const typed = {
    'full-name': 'Typed into Civic',
    'plain-name': 'Typed into plain',
    more: 'Civic textarea text',
    'plain-more': 'Plain textarea text',
    password: 'Civic secret 1',
    'plain-password': 'Plain secret 1',
    'dob-day': '27',
    'dob-month': '3',
    'dob-year': '1990',
    'plain-dob-day': '27',
    'plain-dob-month': '3',
    'plain-dob-year': '1990',
  };
  for (const [id, text] of Object.entries(typed)) await browser.type(`#${id}`, text);
  // The second radio of each group: Civic's and the plain one.
  const chosen = ['contact-2', 'plain-contact-2'];
  for (const id of chosen) await browser.click(`#${id}`);
  await browser.markDocument();
  if (how === 'back') {
    await browser.click('#elsewhere', { navigation: true });
    assert.equal(await browser.title(), 'Help - Civic service');
    await browser.back();
  } else {
    await browser.reload();
  }
  const fromCache = await browser.documentIsMarked();
  await upgraded(browser);
  // Let any script that sets values after the upgrade run first.
  await sleep(200);
  const values = {};
  for (const id of Object.keys(typed)) values[id] = await browser.value(`#${id}`);
  const checked = await browser.evaluate(
    (ids) => ids.map((id) => document.getElementById(id).checked),
    chosen,
  );
  // What a script reads from the element: one ISO date from its three inputs.
  const dateValue = await browser.evaluate(() => document.querySelector('civic-date-input').value);
  return { typed, values, checked, dateValue, fromCache };
}

function assertLikeNative({ typed, values, checked, dateValue }, label) {
  const state = (id) =>
    values[id] === typed[id] ? 'restored' : values[id] === '' ? 'empty' : `"${values[id]}"`;
  const date = (prefix) => ['day', 'month', 'year'].map((part) => state(`${prefix}dob-${part}`));
  assert.deepEqual(
    {
      textInput: state('full-name'),
      textarea: state('more'),
      password: state('password'),
      dateInput: date(''),
      radio: checked[0],
    },
    {
      textInput: state('plain-name'),
      textarea: state('plain-more'),
      password: state('plain-password'),
      dateInput: date('plain-'),
      radio: checked[1],
    },
    `${label}: the Civic controls do what the plain ones do`,
  );
  // The element reads what the browser put back, not what it held before.
  const restoredDate = date('').every((part) => part === 'restored');
  assert.equal(dateValue, restoredDate ? '1990-03-27' : '', `${label}: the date input's value`);
}

describe('JavaScript on', { concurrency: true }, () => {
  for (const engine of selectedEngines()) {
    // A hung browser fails its engine's tests instead of hanging the run.
    describe(engine, { concurrency: 1, timeout: 180_000 }, () => {
      let service;
      let browser;
      // The other two browsers start while the first tests run: launching is
      // most of the time this file takes (Firefox: seconds each).
      let launchUncached;
      let launchNoScript;
      before(async () => {
        service = await startService();
        launchUncached = settled(openBrowser(engine, { javaScript: true, pageCache: false }));
        launchNoScript = settled(openBrowser(engine, { javaScript: false }));
        browser = await openBrowser(engine, { javaScript: true });
      });
      after(async () => {
        await browser?.close();
        // Close the others even if their tests never ran.
        for (const launch of [launchUncached, launchNoScript]) {
          const { value } = (await launch) ?? {};
          await value?.close();
        }
        await service?.close();
      });

      test('page script runs', async () => {
        await browser.goto(`${service.origin}/script-check`);
        assert.equal(await browser.title(), 'Script ran');
        assert.equal(await browser.isVisible('#noscript'), false);
      });

      test('the elements upgrade the server HTML in place', async () => {
        await browser.goto(`${service.origin}/question`);
        await upgraded(browser);
        // Upgrading keeps one native control per field: nothing is submitted twice.
        const counts = await browser.evaluate(() =>
          ['full-name', 'more', 'password'].map(
            (name) => document.querySelectorAll(`[name="${name}"]`).length,
          ),
        );
        assert.deepEqual(counts, [1, 1, 1]);
        assert.equal(await browser.isVisible('.civic-error-summary'), false);
        // What only script can make work appears with it: the password's Show button.
        assert.equal(await browser.isVisible('civic-password-input button'), true);
      });

      test('an empty submission is stopped in the browser with the error summary', async () => {
        await browser.goto(`${service.origin}/question`);
        await upgraded(browser);
        service.posts.length = 0;
        await browser.markDocument();
        await browser.click('civic-button button');
        await eventually(() => browser.isVisible('.civic-error-summary'));
        await eventually(async () => /^Error: /.test(await browser.title()));
        const hrefs = await browser.evaluate(() =>
          [...document.querySelectorAll('civic-error-summary a')].map((link) =>
            link.getAttribute('href'),
          ),
        );
        assert.deepEqual(hrefs, ['#full-name', '#password']);
        for (const text of await browser.textsOf('civic-error-summary a'))
          assert.notEqual(text, '');
        assert.equal(await browser.isVisible('#full-name-error'), true);
        assert.equal(await browser.isVisible('#password-error'), true);
        await sleep(QUIET_MS);
        assert.equal(service.posts.length, 0, 'nothing reached the server');
        assert.equal(await browser.documentIsMarked(), true, 'the page did not navigate');
      });

      test('a summary link moves focus to its field', async () => {
        // Continues on the page of the previous test.
        await browser.click('civic-error-summary a[href="#password"]');
        await eventually(async () => (await browser.activeElementId()) === 'password');
        await browser.click('civic-error-summary a[href="#full-name"]');
        await eventually(async () => (await browser.activeElementId()) === 'full-name');
      });

      test('a fixed answer is posted once, with exactly the typed values', async () => {
        // Still on the page with the client's errors: fix them.
        service.posts.length = 0;
        await browser.type('#full-name', sampleAnswer['full-name']);
        await browser.type('#more', sampleAnswer.more);
        await browser.type('#password', sampleAnswer.password);
        await browser.click('civic-button button', { navigation: true });
        assert.match(await browser.url(), /\/done$/);
        await sleep(QUIET_MS);
        assert.equal(service.posts.length, 1, 'one submission');
        assert.deepEqual(service.posts[0].entries, Object.entries(sampleAnswerAsPosted));
      });

      test('Back with the page cache on: Civic controls are restored like native ones', async (t) => {
        const round = await restoreRound(browser, service.origin, 'back');
        t.diagnostic(`${engine}, page cache on, Back: ${JSON.stringify(round)}`);
        assert.equal(round.fromCache, true, 'the page came back from the back-forward cache');
        assertLikeNative(round, 'Back from the cache');
      });

      test('Reload: Civic controls are restored (or not) like native ones', async (t) => {
        const round = await restoreRound(browser, service.origin, 'reload');
        t.diagnostic(`${engine}, reload: ${JSON.stringify(round)}`);
        assert.equal(round.fromCache, false, 'a reload is a new document');
        assertLikeNative(round, 'Reload');
      });

      describe('with the page cache off', { concurrency: 1 }, () => {
        let uncached;
        before(async () => {
          uncached = await unwrap(launchUncached);
        });

        test('Back: Civic controls are restored like native ones', async (t) => {
          const round = await restoreRound(uncached, service.origin, 'back');
          t.diagnostic(`${engine}, page cache off, Back: ${JSON.stringify(round)}`);
          assert.equal(round.fromCache, false, 'the page was loaded again');
          assertLikeNative(round, 'Back without the cache');
        });
      });

      describe('layout', { concurrency: 1 }, () => {
        let noScript;
        before(async () => {
          noScript = await unwrap(launchNoScript);
        });

        for (const [page, parts] of [
          ['/question', STABLE_PARTS],
          ['/question?show-errors=1', STABLE_ERROR_PARTS],
        ]) {
          test(`${page}: labels, hints, errors and controls do not move when script runs`, async () => {
            await noScript.goto(`${service.origin}${page}`);
            const without = await boxes(noScript, parts);
            await browser.goto(`${service.origin}${page}`);
            await upgraded(browser);
            await sleep(200);
            const withScript = await boxes(browser, parts);
            assertSameBoxes(withScript, without, page);
          });
        }
      });
    });
  }
});
