// The server-rendering example (docs/frameworks.md) as a consuming server runs
// it: the built package rendered by @lit-labs/ssr in Node. Run after `pnpm build`
// (scripts/check-packages.mjs runs it with `node --test`).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { renderContactPage } from './render.mjs';
import { createContactServer } from './server.mjs';

describe('server rendering', () => {
  it('sends each element with its shadow DOM as declarative shadow DOM', async () => {
    const page = await renderContactPage();
    for (const tag of ['civic-text-input', 'civic-button']) {
      assert.match(
        page,
        new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"`),
      );
    }
    // Readable before any JavaScript: the label is in the server's HTML.
    assert.match(
      page,
      /<label[^>]*for="control"[^>]*><!--lit-part-->Full name<!--\/lit-part--><\/label/,
    );
  });

  it('renders submitted values as text and server errors as the client would', async () => {
    const page = await renderContactPage({
      values: { 'full-name': '<img src=x onerror=alert(1)>' },
      errors: { 'full-name': 'Enter your full name' },
    });
    assert.match(page, /value="&lt;img src=x onerror=alert\(1\)&gt;"/);
    assert.doesNotMatch(page, /<img src=x/);
    assert.match(page, /Error<!--\/lit-part-->:<\/span> <!--lit-part-->Enter your full name/);
    assert.match(page, /aria-invalid="true"/);
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

  it('serves the page, the tokens and a client bundle with hydration support first', async () => {
    const page = await fetch(`${origin}/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /shadowrootmode="open"/);
    assert.equal((await fetch(`${origin}/tokens.css`)).status, 200);
    const client = await (await fetch(`${origin}/client.js`)).text();
    assert.doesNotMatch(client, /\bfrom\s*["']/, 'the client bundle imports nothing');
    assert.ok(
      client.indexOf('litElementHydrateSupport') < client.indexOf('civic-button'),
      'hydration support is installed before the elements are defined',
    );
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

// The same server in Chromium: the page hydrates without errors, and a person
// can answer and submit it.
describe('example server in a browser', () => {
  let server;
  let origin;
  let browser;

  before(async () => {
    const { chromium } = await import('playwright');
    const { browserPaths, chromiumArgs } = await import('../../../../scripts/browser-paths.js');
    server = await createContactServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({ executablePath: browserPaths.chromium, args: chromiumArgs });
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('hydrates the server-rendered form and submits what was typed', async () => {
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
      const missing = response.status() >= 400 && !response.url().endsWith('/favicon.ico');
      if (missing) problems.push(`${response.status()} ${response.url()}`);
    });
    const posted = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posted.push(request.postData());
    });
    await page.goto(origin);
    await page.waitForFunction(() => {
      const field = globalThis.document.querySelector('civic-text-input');
      return globalThis.customElements.get('civic-text-input') && field?.hasUpdated === true;
    });
    // Empty: the browser stops the submission and the field shows its error.
    await page.locator('civic-button button').click();
    assert.equal(
      await page.evaluate(() => globalThis.document.querySelector('civic-text-input').errorMessage),
      'Enter full name',
    );
    assert.deepEqual(posted, []);
    await page.locator('civic-text-input input').fill('Siân Evans');
    await Promise.all([
      page.waitForURL(`${origin}/`, { waitUntil: 'load' }),
      page.waitForRequest((request) => request.method() === 'POST'),
      page.locator('civic-button button').click(),
    ]);
    assert.deepEqual(
      posted.map((body) => Object.fromEntries(new URLSearchParams(body))),
      [{ 'full-name': 'Siân Evans', action: 'save' }],
    );
    assert.deepEqual(problems, [], 'no errors while hydrating or submitting');
  });
});
