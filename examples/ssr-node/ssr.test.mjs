// The server-rendering example (docs/servers.md) as a consuming server runs
// it: installed from the packed tarballs into a folder of its own, rendered by
// @civic-design/components/server in Node, then used in Chromium. scripts/check-packages.mjs
// (`pnpm test:packages`) installs it and runs this file with CIVIC_EXAMPLE_APP
// set to that folder.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

const app = process.env.CIVIC_EXAMPLE_APP;
if (app === undefined) {
  throw new Error('Run this through `pnpm test:packages`, which installs the example first.');
}
const { renderContactPage } = await import(pathToFileURL(join(app, 'render.mjs')).href);
const { createContactServer } = await import(pathToFileURL(join(app, 'server.mjs')).href);

describe('server rendering', () => {
  it('writes every field as HTML a browser reads and submits without JavaScript', () => {
    const page = renderContactPage();
    assert.doesNotMatch(page, /<template/, 'no shadow DOM: the fields are in the page');
    assert.match(page, /<label class="civic-label" for="full-name">Full name<\/label>/);
    assert.match(page, /<input class="civic-input" id="full-name" name="full-name" type="text"/);
    assert.match(page, /<textarea class="civic-textarea" id="reason" name="reason"/);
    assert.match(
      page,
      /<civic-button><button type="submit" class="civic-button" name="action" value="save">/,
    );
  });

  it('renders submitted values as text and server errors on the field and in the summary', () => {
    const page = renderContactPage({
      values: { 'full-name': '<img src=x onerror=alert(1)>' },
      errors: { 'full-name': 'Enter your full name' },
    });
    assert.match(page, /value="&lt;img src=x onerror=alert\(1\)>"/);
    assert.doesNotMatch(page, /<img src=x/);
    assert.match(
      page,
      /<p class="civic-error-message" id="full-name-error"><span class="civic-visually-hidden">Error:<\/span> Enter your full name<\/p>/,
    );
    assert.match(page, /aria-describedby="full-name-error" aria-invalid="true"/);
    assert.match(page, /<li><a href="#full-name">Enter your full name<\/a><\/li>/);
  });
});

describe('example server', () => {
  let server;
  let origin;

  before(async () => {
    server = await createContactServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  });

  after(() => new Promise((resolve) => server.close(resolve)));

  it('serves the page, the tokens, the component styles and a client bundle', async () => {
    const page = await fetch(`${origin}/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<civic-text-input[ >]/);
    assert.equal((await fetch(`${origin}/tokens.css`)).status, 200);
    assert.match(await (await fetch(`${origin}/civic.css`)).text(), /\.civic-input/);
    const client = await (await fetch(`${origin}/client.js`)).text();
    assert.doesNotMatch(client, /\bfrom\s*["']/, 'the client bundle imports nothing');
  });

  it('answers a submission without a name with the page and its error', async () => {
    const response = await fetch(`${origin}/contact`, {
      method: 'POST',
      body: new URLSearchParams({ 'full-name': ' ', action: 'save' }),
    });
    assert.equal(response.status, 422);
    assert.match(await response.text(), /Enter your full name/);
  });

  it('redirects after a valid submission', async () => {
    const response = await fetch(`${origin}/contact`, {
      method: 'POST',
      body: new URLSearchParams({ 'full-name': 'Siân Evans', action: 'save' }),
      redirect: 'manual',
    });
    assert.equal(response.status, 303);
  });
});

// The same server in Chromium: the page enhances without errors, and a person
// can answer and submit it.
describe('example server in a browser', () => {
  let server;
  let origin;
  let browser;

  before(async () => {
    const { chromium } = await import('playwright');
    const { browserPaths, chromiumArgs } = await import('../../scripts/browser-paths.js');
    server = await createContactServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({ executablePath: browserPaths.chromium, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('enhances the server-rendered form, shows server errors, and submits what was typed', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      // Missing files are reported below with their address.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        problems.push(message.text());
      }
    });
    page.on('response', (response) => {
      // (A 422 to the POST is the server refusing an answer, which this test asks for.)
      const missing =
        response.request().method() === 'GET' &&
        response.status() >= 400 &&
        !response.url().endsWith('/favicon.ico');
      if (missing) problems.push(`${response.status()} ${response.url()}`);
    });
    const posted = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posted.push(request.postData());
    });
    await page.goto(origin);
    await page.waitForFunction(
      () => globalThis.customElements.get('civic-error-summary') !== undefined,
    );
    // Empty: the browser stops the submission and the field shows its error.
    await page.locator('civic-button button').click();
    assert.equal(
      await page.evaluate(() => globalThis.document.querySelector('civic-text-input').errorMessage),
      'Enter your full name',
    );
    assert.deepEqual(posted, []);
    // A name the server refuses: the page comes back with the error on the
    // field and in the summary, which takes focus, and "Error: " in the title.
    await page.locator('civic-text-input input').fill('Siân Evans 2');
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST'),
      page.locator('civic-button button').click(),
    ]);
    await page.waitForFunction(
      () => globalThis.customElements.get('civic-error-summary') !== undefined,
    );
    assert.equal(await page.title(), 'Error: Your contact details');
    assert.equal(
      await page.evaluate(() => globalThis.document.querySelector('civic-text-input').errorMessage),
      'Full name must not include numbers',
    );
    await page.waitForFunction(() =>
      globalThis.document.activeElement?.classList.contains('civic-error-summary'),
    );
    assert.deepEqual(await page.locator('civic-error-summary a').allTextContents(), [
      'Full name must not include numbers',
    ]);
    await page.locator('civic-error-summary a').click();
    assert.equal(await page.evaluate(() => globalThis.document.activeElement?.id), 'full-name');
    await page.locator('civic-text-input input').fill('Siân Evans');
    await page.locator('civic-textarea textarea').fill('To park outside my house 🚗');
    await Promise.all([
      page.waitForURL(`${origin}/`, { waitUntil: 'load' }),
      page.waitForRequest((request) => request.method() === 'POST'),
      page.locator('civic-button button').click(),
    ]);
    assert.deepEqual(
      posted.map((body) => Object.fromEntries(new URLSearchParams(body))),
      [
        { 'full-name': 'Siân Evans 2', reason: '', action: 'save' },
        { 'full-name': 'Siân Evans', reason: 'To park outside my house 🚗', action: 'save' },
      ],
    );
    assert.deepEqual(problems, [], 'no errors while enhancing or submitting');
  });
});
