// One small interface over the three engines the end-to-end tests run in,
// each on the browser Debian ships (scripts/browser-paths.js):
//
//   Chromium  Playwright, with the Debian binary
//   Firefox   puppeteer-core over WebDriver BiDi (Playwright cannot drive stock Firefox)
//   WebKit    webdriverio against a WebKitWebDriver process started here
//             (Playwright cannot drive Debian's WebKitGTK; MiniBrowser needs a
//             display: run under xvfb-run, scripts/with-display.sh)
//
// `openBrowser(engine, { javaScript })` turns page script off in the browser
// itself, the way a person who has it off would have it: a Playwright context
// with javaScriptEnabled: false, the Firefox pref javascript.enabled, and
// MiniBrowser's --enable-javascript=false. What still works with it off was
// measured on each engine (December 2026, Chromium 156, Firefox 153 ESR,
// WebKitGTK 2.50):
//
// - Each driver can still evaluate its own script in the page: Playwright's
//   evaluate, Puppeteer's evaluate (BiDi script.callFunction) and WebDriver's
//   Execute Script all run with page script off. So reading the DOM (active
//   element, values, boxes) works everywhere; none of it changes the page.
// - But Puppeteer's own click and scrollIntoView wait on a promise in the page
//   (an IntersectionObserver callback) that never settles with script off in
//   Firefox: `handle.click()` times out in script.callFunction. So Firefox
//   clicks go through the mouse (BiDi input.performActions) at the element's
//   centre, which is also what a person does.
// - Puppeteer does not see a page that Firefox brings back from its
//   back-forward cache as a navigation: page.goBack() waits for a load that
//   never comes, and the next page.reload() then times out too. So Firefox
//   navigation uses the BiDi browsingContext commands directly (navigate,
//   traverseHistory, reload), and the marker below says when the next
//   document is in.
//
// Navigation is detected the same way on every engine: a marker property put
// on the window by the driver. A new document has no marker; a document the
// back-forward cache restored still has it (which is how the restore tests know
// whether the page cache was really used).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from 'playwright';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { browserPaths, chromiumArgs } from '../scripts/browser-paths.js';

/* global document, window */

export const engines = ['chromium', 'firefox', 'webkit'];

/** The engines to test: all three, or those listed in CIVIC_BROWSERS (as for the unit tests). */
export function selectedEngines() {
  const listed = process.env.CIVIC_BROWSERS?.split(',').map((name) => name.trim());
  if (listed === undefined) return engines;
  for (const name of listed) {
    if (!engines.includes(name)) throw new Error(`CIVIC_BROWSERS: unknown engine "${name}"`);
  }
  return listed;
}

/** Calls `check` until it stops throwing (or returns something other than false), or throws its last error after `timeout` ms. */
// 10 s by default: CI machines with two cores and three browsers can be slow.
export async function eventually(check, { timeout = 10_000, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      const result = await check();
      if (result !== false) return result;
      if (Date.now() > deadline) throw new Error('eventually: still false');
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await sleep(interval);
  }
}

const NAVIGATION_TIMEOUT = 15_000;
// The same window size everywhere, so layout is comparable run to run.
const VIEWPORT = { width: 1024, height: 768 };
// WebDriver's key for an element reference (W3C WebDriver, "web element identifier").
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';
// WebDriver's code point for the Enter key.
const ENTER_KEY = '\uE007';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens one browser of `engine` ('chromium', 'firefox' or 'webkit').
 * `javaScript`: page script on or off. `pageCache`: the back-forward cache on
 * (the default, as people have it) or off.
 */
export async function openBrowser(engine, { javaScript, pageCache = true } = {}) {
  if (typeof javaScript !== 'boolean')
    throw new Error('openBrowser: say javaScript: true or false');
  const open = { chromium: openChromium, firefox: openFirefox, webkit: openWebKit }[engine];
  if (open === undefined) throw new Error(`Unknown engine "${engine}"; use ${engines.join(', ')}.`);
  const page = await open({ javaScript, pageCache });
  return withCommonSteps(page, { engine, javaScript, pageCache });
}

// The steps that are the same for every engine, built on the few each one
// implements. `evaluate(fn, arg)` takes one argument on every engine, as
// Playwright's does.
function withCommonSteps(page, options) {
  let markerCount = 0;
  const markDocument = async () => {
    const token = `${options.engine}-${++markerCount}`;
    await page.evaluate((value) => {
      window.__civicE2eMarker = value;
    }, token);
    return token;
  };
  const markerOf = () => page.evaluate(() => window.__civicE2eMarker ?? null);
  // Waits until the document with `token` is gone and its successor has loaded.
  const waitForNewDocument = async (token) => {
    const deadline = Date.now() + NAVIGATION_TIMEOUT;
    for (;;) {
      const asked = Date.now();
      try {
        const state = await page.evaluate(() => ({
          marker: window.__civicE2eMarker ?? null,
          ready: document.readyState,
          url: window.location.href,
        }));
        // Under load Firefox once answered from an about:blank document right
        // after a form submission (the POST is answered with a 303): wait past it.
        if (state.marker !== token && state.ready === 'complete' && state.url !== 'about:blank') {
          return;
        }
      } catch {
        // The old document is going away: ask again.
      }
      // Past the deadline, but only once a question was asked after it: under
      // load WebKitWebDriver once left a script asked during the navigation
      // unanswered until its 45 s request timeout, so the last answer is
      // older than the deadline and says nothing about the page now.
      if (asked > deadline) throw new Error(`${options.engine}: no navigation happened`);
      await sleep(25);
    }
  };
  return {
    ...options,
    goto: page.goto,
    title: () => page.evaluate(() => document.title),
    url: () => page.evaluate(() => window.location.href),
    evaluate: page.evaluate,
    textOf: page.textOf,
    textsOf: (selector) =>
      page.evaluate(
        (s) =>
          [...document.querySelectorAll(s)].map((element) =>
            element.textContent.replace(/\s+/g, ' ').trim(),
          ),
        selector,
      ),
    exists: (selector) => page.evaluate((s) => document.querySelector(s) !== null, selector),
    attribute: (selector, name) =>
      page.evaluate(({ s, n }) => document.querySelector(s)?.getAttribute(n) ?? null, {
        s: selector,
        n: name,
      }),
    value: (selector) => page.evaluate((s) => document.querySelector(s).value, selector),
    isVisible: page.isVisible,
    rect: page.rect,
    type: page.type,
    /** Chooses files (absolute paths) in a file input, as a person does in the file picker. */
    setFiles: page.setFiles,
    /**
     * Clicks the element. With `{ navigation: true }`, waits until the click
     * has loaded a new document (a link, a submitted form).
     */
    async click(selector, { navigation = false } = {}) {
      const token = navigation ? await markDocument() : undefined;
      await page.click(selector);
      if (navigation) await waitForNewDocument(token);
    },
    activeElementId: page.activeElementId,
    // Both wait until the document shown is not the one that was: some
    // drivers' history commands return before the next document is in.
    async back() {
      const token = await markDocument();
      await page.back();
      await waitForNewDocument(token);
    },
    async reload() {
      const token = await markDocument();
      await page.reload();
      await waitForNewDocument(token);
    },
    /** Puts a marker on the current window; `documentIsMarked` says whether this document still has it. */
    markDocument,
    documentIsMarked: async () => (await markerOf()) !== null,
    close: page.close,
  };
}

// Chromium ----------------------------------------------------------------------------

// Playwright launches Chromium with --disable-back-forward-cache ("avoids
// surprises in page.goBack()"); people have the cache on, so keep it unless
// the test asks for it off.
async function openChromium({ javaScript, pageCache }) {
  const browser = await chromium.launch({
    executablePath: browserPaths.chromium,
    args: chromiumArgs,
    ignoreDefaultArgs: pageCache ? ['--disable-back-forward-cache'] : [],
  });
  const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: VIEWPORT });
  const page = await context.newPage();
  const load = { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT };
  return {
    goto: async (url) => {
      await page.goto(url, load);
    },
    // page.evaluate runs in the page's main world even with script off.
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    textOf: async (selector) =>
      (await page.locator(selector).first().textContent()).replace(/\s+/g, ' ').trim(),
    isVisible: (selector) => page.locator(selector).first().isVisible(),
    rect: async (selector) => {
      const box = await page.locator(selector).first().boundingBox();
      const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
      return (
        box && { x: box.x + scroll.x, y: box.y + scroll.y, width: box.width, height: box.height }
      );
    },
    // fill() focuses, selects what is there and inserts the text, firing input events.
    type: (selector, text) => page.locator(selector).first().fill(text),
    click: (selector) => page.locator(selector).first().click(),
    setFiles: (selector, paths) => page.locator(selector).first().setInputFiles(paths),
    activeElementId: () => page.evaluate(() => document.activeElement?.id ?? ''),
    // A page restored from the back-forward cache fires no load event: wait
    // only for the history step to commit (the common back() does the rest).
    back: async () => {
      await page.goBack({ waitUntil: 'commit', timeout: NAVIGATION_TIMEOUT });
    },
    reload: async () => {
      await page.reload(load);
    },
    close: () => browser.close(),
  };
}

// Firefox -----------------------------------------------------------------------------

async function openFirefox({ javaScript, pageCache }) {
  const extraPrefsFirefox = {};
  if (!javaScript) extraPrefsFirefox['javascript.enabled'] = false;
  // How many documents Firefox keeps in its back-forward cache; 0 turns it off.
  if (!pageCache) extraPrefsFirefox['browser.sessionhistory.max_total_viewers'] = 0;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPaths.firefox,
    headless: true,
    defaultViewport: VIEWPORT,
    protocolTimeout: 20_000,
    extraPrefsFirefox,
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  // defaultViewport only reaches pages Puppeteer opens; this is Firefox's first tab.
  await page.setViewport(VIEWPORT);
  // Puppeteer's own BiDi browsing context (not in its typed API; checked with
  // puppeteer-core 25.16): navigate, traverseHistory and reload commands.
  const context = () => page.mainFrame().browsingContext;
  const evaluate = (fn, arg) => page.evaluate(fn, arg);
  // Scrolls the element into the middle of the window (synchronously: see the
  // note at the top) and returns its centre in window coordinates.
  const centreOf = async (selector) => {
    const centre = await evaluate((s) => {
      const element = document.querySelector(s);
      if (element === null) return null;
      element.scrollIntoView({ block: 'center', inline: 'center' });
      const box = element.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }, selector);
    if (centre === null) throw new Error(`firefox: no element matches ${selector}`);
    return centre;
  };
  const clickAt = async (selector) => {
    const { x, y } = await centreOf(selector);
    await page.mouse.click(x, y);
  };
  return {
    goto: async (url) => {
      await context().navigate(url, 'complete');
    },
    evaluate,
    textOf: (selector) =>
      evaluate((s) => document.querySelector(s).textContent.replace(/\s+/g, ' ').trim(), selector),
    isVisible: async (selector) => {
      const handle = await page.$(selector);
      return handle === null ? false : handle.isVisible();
    },
    rect: async (selector) => {
      const handle = await page.$(selector);
      const box = handle && (await handle.boundingBox());
      if (!box) return null;
      const scroll = await evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
      return { x: box.x + scroll.x, y: box.y + scroll.y, width: box.width, height: box.height };
    },
    // Click into the field, select what is there and type over it with keys.
    type: async (selector, text) => {
      await clickAt(selector);
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(text);
    },
    click: clickAt,
    // BiDi input.setFiles, which fires input and change as a person's choice does.
    setFiles: async (selector, paths) => {
      const handle = await page.$(selector);
      if (!handle) throw new Error(`firefox: no element matches ${selector}`);
      await handle.uploadFile(...paths);
    },
    // BiDi has no "active element" command; the driver's own evaluate reads it.
    activeElementId: () => evaluate(() => document.activeElement?.id ?? ''),
    back: () => context().traverseHistory(-1),
    reload: async () => {
      await context().reload({ wait: 'complete' });
    },
    close: () => browser.close(),
  };
}

// WebKit ------------------------------------------------------------------------------

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

// A WebKitWebDriver session sometimes never answers when the machine is
// loaded (seen once in a CI-like run: UND_ERR_HEADERS_TIMEOUT on POST
// /session). A fresh driver and MiniBrowser then start normally, so a launch
// is tried a few times, each with its own deadline, before it fails.
const WEBKIT_LAUNCH_ATTEMPTS = 3;
const WEBKIT_SESSION_TIMEOUT = 45_000;

async function openWebKit(options) {
  let lastError;
  for (let attempt = 1; attempt <= WEBKIT_LAUNCH_ATTEMPTS; attempt++) {
    try {
      return await openWebKitOnce(options);
    } catch (error) {
      lastError = error;
      console.error(`webkit: launch attempt ${attempt} failed: ${error.message}`);
    }
  }
  throw lastError;
}

async function openWebKitOnce({ javaScript, pageCache }) {
  const port = await freePort();
  const driver = spawn(browserPaths.webkitDriver, [`--port=${port}`], { stdio: 'ignore' });
  const stopDriver = () => driver.kill();
  process.once('exit', stopDriver);
  let browser;
  try {
    await waitForDriver(port);
    const args = ['--automation', `--geometry=${VIEWPORT.width}x${VIEWPORT.height}`];
    if (!javaScript) args.push('--enable-javascript=false');
    if (!pageCache) args.push('--enable-page-cache=false');
    browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      connectionRetryTimeout: WEBKIT_SESSION_TIMEOUT,
      connectionRetryCount: 0,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: browserPaths.miniBrowser, args },
      },
    });
  } catch (error) {
    stopDriver();
    throw error;
  }
  await browser.setTimeout({ pageLoad: NAVIGATION_TIMEOUT, script: 10_000, implicit: 0 });
  // Execute Script runs with page script off too (measured).
  const evaluate = (fn, arg) => browser.execute(fn, arg);
  const find = async (selector) => {
    const element = await browser.$(selector);
    if (!(await element.isExisting())) throw new Error(`webkit: no element matches ${selector}`);
    return element;
  };
  return {
    // WebDriver's Navigate To, Back, Refresh and Element Click wait for the
    // page to load (the default "normal" page load strategy).
    goto: (url) => browser.url(url),
    evaluate,
    textOf: async (selector) =>
      (await browser.getElementProperty((await find(selector)).elementId, 'textContent'))
        .replace(/\s+/g, ' ')
        .trim(),
    isVisible: async (selector) => {
      const element = await browser.$(selector);
      return (await element.isExisting()) && element.isDisplayed();
    },
    // Get Element Rect: document coordinates.
    rect: async (selector) => browser.getElementRect((await find(selector)).elementId),
    // Element Clear, then Element Send Keys (key events). WebKitWebDriver
    // types nothing for "\n" (measured): a line break is the Enter key.
    type: async (selector, text) =>
      (await find(selector)).setValue(text.replace(/\r?\n/g, ENTER_KEY)),
    click: async (selector) => (await find(selector)).click(),
    // Element Send Keys to a file input chooses files: their paths, one per line.
    setFiles: async (selector, paths) =>
      browser.elementSendKeys((await find(selector)).elementId, paths.join('\n')),
    // Get Active Element: a WebDriver command, no page script.
    activeElementId: async () => {
      try {
        const reference = await browser.getActiveElement();
        return (await browser.getElementAttribute(reference[ELEMENT_KEY], 'id')) ?? '';
      } catch {
        return ''; // no active element
      }
    },
    back: () => browser.back(),
    reload: () => browser.refresh(),
    close: async () => {
      try {
        await browser.deleteSession();
      } finally {
        stopDriver();
        process.off('exit', stopDriver);
      }
    },
  };
}
