// The Express + Nunjucks example as a team's server runs it: installed from
// the packed tarballs with express and nunjucks from the registry into a
// folder of its own, its question page rendered from Civic's macros, checked
// over HTTP with real form posts, then used in Chromium with JavaScript off
// (the server does everything) and on (Civic's script upgrades the page).
// scripts/check-packages.mjs (`pnpm test:packages`) installs it and runs this
// file with CIVIC_EXAMPLE_APP set to that folder.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../submission-server.mjs';
import { describeJourneys } from '../../test-e2e/journey-suite.mjs';

const app = process.env.CIVIC_EXAMPLE_APP;
if (app === undefined) {
  throw new Error('Run this through `pnpm test:packages`, which installs the example first.');
}
const { createApp } = await import(pathToFileURL(join(app, 'server.mjs')).href);

const questions = [
  ['full-name', 'input', 'Enter your full name'],
  ['reason', 'textarea', 'Enter why you need a permit'],
  ['password', 'input', 'Enter a password'],
];

let server;
let origin;
let applications;
let permits;

before(async () => {
  const express = createApp();
  applications = express.locals.applications;
  permits = express.locals.permits;
  server = await new Promise((resolve) => {
    const listening = express.listen(0, '127.0.0.1', () => resolve(listening));
  });
  origin = `http://127.0.0.1:${server.address().port}`;
});

after(() => new Promise((resolve) => server.close(resolve)));

function post(fields) {
  return fetch(`${origin}/question`, {
    method: 'POST',
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });
}

describe('the question page from the macros', () => {
  it('is Civic’s canonical markup, with the stylesheets and script it links served', async () => {
    const response = await fetch(`${origin}/question`);
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /<label\b[^>]*\bfor="full-name"[^>]*>\s*Full name\s*<\/label>/);
    const input = element(html, 'input', 'full-name');
    assert.equal(input.name, 'full-name');
    assert.equal(input.autocomplete, 'name');
    assert.match(input['aria-describedby'] ?? '', /\bfull-name-hint\b/);
    assert.match(html, /id="full-name-hint"[^>]*>\s*As it appears on your driving licence/);
    const textarea = element(html, 'textarea', 'reason');
    assert.equal(textarea.name, 'reason');
    assert.match(textarea['aria-describedby'] ?? '', /\breason-info\b/, 'the count message');
    assert.match(html, /id="reason-info"[^>]*>\s*You can enter up to 200 characters/);
    const password = element(html, 'input', 'password');
    assert.equal(password.type, 'password');
    assert.equal(password.autocomplete, 'new-password');
    assert.match(html, /<civic-button\b[^>]*>\s*<button\b[^>]*>\s*Continue\s*<\/button>/);
    assert.doesNotMatch(html, /aria-invalid/, 'no field is invalid before an answer');
    for (const [file, type] of [
      ['tokens.css', /text\/css/],
      ['civic.css', /text\/css/],
      ['civic.js', /javascript/],
    ]) {
      assert.match(html, new RegExp(`"/assets/${file.replace('.', '\\.')}"`));
      const asset = await fetch(`${origin}/assets/${file}`);
      assert.equal(asset.status, 200, `GET /assets/${file}`);
      assert.match(asset.headers.get('content-type') ?? '', type);
    }
  });

  it('answers an empty form with 422, the error summary and each field’s error', async () => {
    const response = await post({ 'full-name': ' ', reason: '', password: '', action: 'continue' });
    assert.equal(response.status, 422);
    const html = await response.text();
    assert.match(html, /<title>Error: /);
    for (const [id, tag, message] of questions) {
      assert.match(html, new RegExp(`<a\\b[^>]*href="#${id}"[^>]*>\\s*${message}\\s*</a>`));
      const control = element(html, tag, id);
      assert.match(control['aria-describedby'] ?? '', new RegExp(`\\b${id}-error\\b`));
      assert.equal(control['aria-invalid'], 'true', `${id} is marked invalid`);
      assert.match(html, new RegExp(`id="${id}-error"[^>]*>[\\s\\S]*?${message}`));
    }
  });

  it('puts the answers back as text, never as markup, and never the password', async () => {
    const response = await post({
      'full-name': '<img src=x onerror=alert(1)> 2',
      reason: '</textarea><script>alert(1)</script>',
      password: 'short',
    });
    assert.equal(response.status, 422);
    const html = await response.text();
    assert.doesNotMatch(html, /<img src=x|<script>alert/);
    assert.equal(
      decodeEntities(element(html, 'input', 'full-name').value),
      '<img src=x onerror=alert(1)> 2',
    );
    assert.equal(element(html, 'input', 'password').value, undefined);
    assert.match(html, /Full name must not include numbers/);
    assert.match(html, /Password must be 8 characters or more/);
  });

  it('accepts good answers with a redirect to the confirmation', async () => {
    const response = await post({
      'full-name': ' Siân Evans ',
      reason: 'To park outside my house',
      password: 'correct horse battery',
    });
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/confirmation');
    assert.deepEqual(applications.at(-1), {
      'full-name': 'Siân Evans',
      reason: 'To park outside my house',
    });
  });
});

describe('the question page in Chromium', () => {
  let browser;
  before(async () => (browser = await launchChromium()));
  after(() => browser?.close());

  for (const javaScriptEnabled of [false, true]) {
    it(`goes from errors to the confirmation with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const context = await browser.newContext({ javaScriptEnabled });
      const tab = await context.newPage();
      const problems = [];
      tab.on('pageerror', (error) => problems.push(error.message));
      tab.on('response', (response) => {
        if (response.status() >= 400 && response.status() !== 422) {
          problems.push(`${response.status()} for ${response.url()}`);
        }
      });
      const posts = [];
      tab.on('request', (request) => request.method() === 'POST' && posts.push(request.url()));
      const summaryLinks = tab.locator('civic-error-summary a');
      const button = tab.locator('civic-button button');
      const before = applications.length;

      await tab.goto(`${origin}/question`);
      if (javaScriptEnabled) {
        await tab.waitForFunction(
          () => globalThis.customElements.get('civic-text-input') !== undefined,
        );
      } else {
        // Playwright's own evaluate still runs; the page's scripts did not.
        assert.equal(
          await tab.evaluate(() => globalThis.customElements.get('civic-text-input')),
          undefined,
        );
      }

      // Empty: the server (JavaScript off) or the browser (on) lists all three.
      if (javaScriptEnabled) await button.click();
      else await Promise.all([tab.waitForURL(`${origin}/question`), button.click()]);
      await summaryLinks.nth(2).waitFor();
      assert.deepEqual(
        (await summaryLinks.allTextContents()).map((text) => text.trim()),
        questions.map(([, , message]) => message),
      );
      assert.match(await tab.title(), /^Error: /);
      if (!javaScriptEnabled) assert.equal(posts.length, 1, 'the server checked the empty form');
      // The first link moves focus to its field (with or without script).
      await summaryLinks.first().click();
      assert.equal(await tab.evaluate(() => globalThis.document.activeElement?.id), 'full-name');

      // Digits in the name: only the server knows that rule.
      await tab.locator('#full-name').fill('Siân Evans 2');
      await tab.locator('#reason').fill('To park outside my house');
      await tab.locator('#password').fill('correct horse battery');
      await Promise.all([tab.waitForResponse(`${origin}/question`), button.click()]);
      await tab.waitForLoadState();
      assert.deepEqual(
        (await summaryLinks.allTextContents()).map((text) => text.trim()),
        ['Full name must not include numbers'],
      );
      assert.equal(await tab.locator('#full-name').getAttribute('aria-invalid'), 'true');
      assert.equal(await tab.locator('#reason').inputValue(), 'To park outside my house');
      assert.equal(
        await tab.locator('#password').inputValue(),
        '',
        'the password is not sent back',
      );

      await tab.locator('#full-name').fill('Siân Evans');
      await tab.locator('#password').fill('correct horse battery');
      await Promise.all([tab.waitForURL(`${origin}/confirmation`), button.click()]);
      assert.equal(await tab.locator('#answer-full-name').textContent(), 'Siân Evans');
      assert.equal(applications.length, before + 1);
      assert.deepEqual(problems, [], 'no script errors or missing files');
      await context.close();
    });
  }
});

// The two journeys (test-e2e/journey-suite.mjs) in the engines CIVIC_BROWSERS names, script
// off and on, against this app's server through a recording proxy.
describeJourneys({
  name: 'Express + Nunjucks',
  start: async () => ({ origin }),
  title: (text) => `${text} - Civic example`,
});

describe('the permit form on the server', () => {
  it('reads a multipart post with busboy and checks it', async () => {
    const form = new FormData();
    for (const [name, value] of [
      ['full-name', 'Siân Evans'],
      ['address-line-1', '1 Heol y Frenhines'],
      ['address-town', 'Caerdydd'],
      ['address-postcode', 'CF10 2BH'],
      ['dob-day', '27'],
      ['dob-month', '3'],
      ['dob-year', '1990'],
      ['vehicle', 'van'],
      ['support', 'blue-badge'],
      ['support', 'carer'],
    ]) {
      form.append(name, value);
    }
    form.append('proof', new Blob(['%PDF-1.4 tiny'], { type: 'application/pdf' }), 'bill.pdf');
    const response = await fetch(`${origin}/permit`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
    });
    assert.equal(response.status, 303);
    assert.match(response.headers.get('location'), /^\/permit\/sent\/\d+$/);
    const number = Number(response.headers.get('location').split('/').at(-1));
    const { answers, files } = permits[number - 1];
    assert.deepEqual(answers.support, ['blue-badge', 'carer']);
    assert.deepEqual(answers.vehicle, ['van']);
    assert.deepEqual(files, [
      { field: 'proof', filename: 'bill.pdf', type: 'application/pdf', size: 13 },
    ]);
  });

  it('answers an empty form with 422 and every error, the answers escaped', async () => {
    const form = new FormData();
    form.append('full-name', '<b>Siân</b>');
    form.append('proof', new Blob([]), '');
    const response = await fetch(`${origin}/permit`, { method: 'POST', body: form });
    assert.equal(response.status, 422);
    const html = await response.text();
    assert.match(
      html,
      /<title>Error: Apply for a resident parking permit - Civic example<\/title>/,
    );
    assert.doesNotMatch(html, /<b>Siân/);
    assert.equal(decodeEntities(element(html, 'input', 'full-name').value), '<b>Siân</b>');
    const links = [...html.matchAll(/<a\b[^>]*href="#([\w-]+)"[^>]*>\s*([^<]*?)\s*<\/a>/g)];
    assert.deepEqual(
      links.map(([, href, text]) => [href, text]),
      [
        ['address-line-1', 'Enter building and street'],
        ['address-town', 'Enter town or city'],
        ['address-postcode', 'Enter postcode'],
        ['dob-day', 'Enter your date of birth'],
        ['vehicle', 'Select the type of vehicle'],
        ['support', 'Select if you hold any of these, or select None of these'],
        ['proof', 'Select a proof of address'],
      ],
    );
  });
});

/** The attributes of the `<tag id="id">` in html, or a failed assertion. */
function element(html, tag, id) {
  const found = [...html.matchAll(new RegExp(`<${tag}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'g'))]
    .map((match) =>
      Object.fromEntries(
        [...match[1].matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map(([, key, value]) => [
          key,
          value ?? '',
        ]),
      ),
    )
    .find((attributes) => attributes.id === id);
  assert.ok(found, `the page has <${tag} id="${id}">`);
  return found;
}

/** An attribute value's text: its character references decoded. */
function decodeEntities(value) {
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return value.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (reference, name) => {
    if (name[0] !== '#') return named[name] ?? reference;
    return String.fromCodePoint(Number(/^#x/i.test(name) ? `0x${name.slice(2)}` : name.slice(1)));
  });
}
