// The two journeys every Civic service here serves (the end-to-end service in
// service.mjs, the Express + Nunjucks and the Prototype Kit examples: the same
// pages from examples/shared/journeys.mjs), driven in Chromium, Firefox and
// WebKit with page script off and on through drivers.mjs, as node:test suites:
//
// - "Apply, then track": task list, check your answers, send, confirmation
//   panel with the reference, tracking page (notification banner, status
//   tracker, timeline), in English and Welsh (`?lang=cy`). With script off
//   every link, status and date is in the server's HTML; with script on the
//   elements adopt it and every page reads the same.
// - "Apply for a resident parking permit": every kind of question, posted as
//   multipart/form-data with a file; the server's errors with script off, the
//   browser's own (the same words) with script on, then one post; in English
//   and Welsh.
//
// Each engine's browsers reach the app through a recording proxy, so a test
// sees exactly what the browser posted (values in order, the file's name and
// size) whichever server the app runs on (Express in this process, the kit's
// own in another).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import busboy from 'busboy';
import { REFERENCE, permitText } from '../examples/shared/journeys.mjs';
import { eventually, openBrowser, selectedEngines } from './drivers.mjs';

/* global document */

/** The server's messages for an empty permit form in `lang`, in page order. */
const emptyPermitErrors = (lang = 'en') => {
  const messages = permitText[lang].messages;
  return [
    'full-name',
    'address-line-1',
    'address-town',
    'address-postcode',
    'dob-day',
    'vehicle',
    'support',
    'proof',
  ].map((name) => messages[name]);
};

// The proof of address to upload: a small PDF.
const proofFolder = mkdtempSync(join(tmpdir(), 'civic-example-proof-'));
const proofFile = join(proofFolder, 'council-tax-bill.pdf');
writeFileSync(proofFile, '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const proofSize = statSync(proofFile).size;
process.once('exit', () => rmSync(proofFolder, { recursive: true, force: true }));

/** What the browser posted: `{ path, type, entries, files }` from a request's body. */
async function readPost(request, body) {
  const type = request.headers['content-type'] ?? '';
  const post = { path: request.url, type, entries: [], files: [] };
  if (type.startsWith('application/x-www-form-urlencoded')) {
    post.entries = [...new URLSearchParams(body.toString('utf8'))];
  } else if (type.startsWith('multipart/form-data')) {
    await new Promise((resolve, reject) => {
      const parser = busboy({ headers: request.headers, defParamCharset: 'utf8' });
      parser.on('field', (name, value) => post.entries.push([name, value]));
      parser.on('file', (field, stream, info) => {
        const file = { field, filename: info.filename, type: info.mimeType, size: 0 };
        post.files.push(file);
        stream.on('data', (chunk) => (file.size += chunk.length));
      });
      parser.on('close', resolve);
      parser.on('error', reject);
      Readable.from([body]).pipe(parser);
    });
  }
  post.answers = {};
  for (const [name, value] of post.entries) (post.answers[name] ??= []).push(value);
  return post;
}

/**
 * A proxy on 127.0.0.1 in front of `upstream` (an origin) that passes every
 * request through unchanged and keeps each POST as the browser sent it.
 */
export async function startRecordingProxy(upstream) {
  const target = new URL(upstream);
  const posts = [];
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', async () => {
      const body = Buffer.concat(chunks);
      if (request.method === 'POST') posts.push(await readPost(request, body));
      const forwarded = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: request.method,
          path: request.url,
          headers: { ...request.headers, host: target.host },
        },
        (answer) => {
          response.writeHead(answer.statusCode, answer.headers);
          answer.pipe(response);
        },
      );
      forwarded.on('error', (error) => {
        response.writeHead(502, { 'content-type': 'text/plain' });
        response.end(`The proxy could not reach ${upstream}: ${error.message}`);
      });
      forwarded.end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    posts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

// The main element's text as a person reads it (line breaks kept).
const mainText = (browser) =>
  browser.evaluate(() =>
    document
      .querySelector('main')
      .innerText.replace(/[ \t]+/g, ' ')
      .replace(/\s*\n\s*/g, '\n')
      .trim(),
  );

// Each matching element's text as shown (innerText), a line break kept as "\n".
const shownTextsOf = (browser, selector) =>
  browser.evaluate(
    (s) =>
      [...document.querySelectorAll(s)].map((element) =>
        element.innerText
          .replace(/[ \t]+/g, ' ')
          .replace(/\s*\n\s*/g, '\n')
          .trim(),
      ),
    selector,
  );

// With script on: every element in main is defined (upgraded).
const allUpgraded = (browser) =>
  eventually(() =>
    browser.evaluate(
      () =>
        document.querySelectorAll('main :not(:defined)').length === 0 &&
        globalThis.customElements.get('civic-task-list') !== undefined,
    ),
  );

const pathOf = async (browser) => {
  const url = new URL(await browser.url());
  return url.pathname + url.search;
};

const checked = (browser, selector) =>
  browser.evaluate((s) => document.querySelector(s).checked, selector);

async function fillPermit(browser) {
  await browser.type('input#full-name', 'Siân Evans');
  await browser.type('input#address-line-1', '1 Heol y Frenhines');
  await browser.type('input#address-town', 'Caerdydd');
  await browser.type('input#address-postcode', 'CF10 2BH');
  await browser.type('input#dob-day', '27');
  await browser.type('input#dob-month', '3');
  await browser.type('input#dob-year', '1990');
  await browser.click('input#vehicle');
  assert.equal(await checked(browser, '#vehicle'), true, 'Car is chosen');
}

/**
 * Defines the journeys' tests. `app` is `{ name, start, title, addedValue }`:
 * `start()` resolves to `{ origin, close? }` of the running app (it is called
 * once per engine; `close()`, if given, stops it after that engine's tests), `title(text)` is the document title the app gives a page
 * whose own title is `text`, `addedValue` a value the app's own script adds to
 * posts with script on and its server drops (the kit's "_unchecked").
 */
export function describeJourneys({ name, start, title, addedValue }) {
  // What the page's own questions posted: without the app's added values.
  const asked = (values = []) => values.filter((value) => value !== addedValue);
  describe(`${name}: journeys`, { concurrency: true }, () => {
    for (const engine of selectedEngines()) {
      describe(engine, { concurrency: 1, timeout: 240_000 }, () => {
        let proxy;
        let plain;
        let scripted;
        let origin;
        let app;
        before(async () => {
          app = await start();
          proxy = await startRecordingProxy(app.origin);
          origin = proxy.origin;
          [plain, scripted] = await Promise.all([
            openBrowser(engine, { javaScript: false }),
            openBrowser(engine, { javaScript: true }),
          ]);
        });
        after(async () => {
          await plain?.close();
          await scripted?.close();
          await proxy?.close();
          await app?.close?.();
        });

        test('apply, then track, with script off: every link, status and date is in the HTML', async () => {
          const browser = plain;
          await browser.goto(`${origin}/apply`);
          assert.equal(await browser.title(), title('Apply for a resident parking permit'));
          assert.equal(
            await browser.textOf('.civic-task-list__summary'),
            'You have completed 1 of 4 tasks',
          );
          assert.deepEqual(await browser.textsOf('.civic-task-list__section-heading'), [
            '1. Prepare your application',
            '2. Apply',
          ]);
          assert.deepEqual(await browser.textsOf('a.civic-task-list__link'), [
            'Your details',
            'Your vehicle',
            'Proof of address',
          ]);
          const text = await mainText(browser);
          for (const status of [
            'Completed',
            'In progress',
            'Not yet started',
            'Cannot start yet',
          ]) {
            assert.ok(
              text.split('\n').includes(status),
              `the task list says "${status}":\n${text}`,
            );
          }
          await browser.click('a.civic-task-list__link', { navigation: true });
          assert.equal(await pathOf(browser), '/permit');

          await browser.goto(`${origin}/apply`);
          await browser.click('main p a[href="/apply/check"]', { navigation: true });
          assert.equal(
            await browser.title(),
            title('Check your answers before sending your application'),
          );
          assert.deepEqual(await browser.textsOf('.civic-summary-list__key'), [
            'Name',
            'Address',
            'Vehicle',
          ]);
          assert.deepEqual(await shownTextsOf(browser, '.civic-summary-list__value'), [
            'Siân Evans',
            '1 Heol y Frenhines\nCaerdydd\nCF10 2BH',
            'Car',
          ]);
          assert.deepEqual(await browser.textsOf('.civic-summary-list__actions a'), [
            'Change Name',
            'Change Address',
            'Change Vehicle',
          ]);
          assert.deepEqual(
            await browser.evaluate(() =>
              [...document.querySelectorAll('.civic-summary-list__actions a')].map((link) =>
                link.getAttribute('href'),
              ),
            ),
            ['/permit#full-name', '/permit#address-line-1', '/permit#vehicle'],
          );
          proxy.posts.length = 0;
          await browser.click('civic-button button', { navigation: true });
          assert.deepEqual(
            proxy.posts.map((post) => post.path),
            ['/apply/check'],
            'the form sent the application once',
          );
          assert.equal(await pathOf(browser), '/apply/confirmation');
          assert.equal(await browser.title(), title('Application complete'));
          assert.equal(await browser.textOf('h1'), 'Application complete');
          assert.ok(
            (await mainText(browser))
              .replace(/\s+/g, ' ')
              .includes(`Your reference number ${REFERENCE}`),
            'the panel gives the reference number',
          );

          await browser.click('main p a[href="/apply/track"]', { navigation: true });
          assert.equal(await browser.title(), title('Track your application'));
          const track = (await mainText(browser)).split('\n');
          for (const line of [
            'We need a copy of your council tax bill.',
            'Checking your documents',
            'This usually takes 5 working days',
            'Permit posted',
            'Parking team',
          ]) {
            assert.ok(
              track.includes(line),
              `the tracking page says "${line}":\n${track.join('\n')}`,
            );
          }
          const joined = track.join(' ');
          for (const words of ['1 December 2026', '5pm', '9:30am']) {
            assert.ok(joined.includes(words), `the tracking page gives "${words}":\n${joined}`);
          }
        });

        test('apply, then track, in Welsh, with script off', async () => {
          const browser = plain;
          await browser.goto(`${origin}/apply?lang=cy`);
          assert.equal(await browser.attribute('html', 'lang'), 'cy');
          assert.equal(
            await browser.textOf('.civic-task-list__summary'),
            'Rydych wedi cwblhau 1 o 4 tasg',
          );
          assert.deepEqual(await browser.textsOf('a.civic-task-list__link'), [
            'Eich manylion',
            'Eich cerbyd',
            'Prawf o gyfeiriad',
          ]);
          await browser.click('main p a[href="/apply/check?lang=cy"]', { navigation: true });
          assert.deepEqual(await browser.textsOf('.civic-summary-list__key'), [
            'Enw',
            'Cyfeiriad',
            'Cerbyd',
          ]);
          await browser.click('civic-button button', { navigation: true });
          assert.equal(await pathOf(browser), '/apply/confirmation?lang=cy');
          assert.equal(await browser.textOf('h1'), 'Cais wedi’i gwblhau');
          assert.ok(
            (await mainText(browser)).replace(/\s+/g, ' ').includes(`Eich cyfeirnod ${REFERENCE}`),
            'the panel gives the reference number in Welsh',
          );
          await browser.click('main p a[href="/apply/track?lang=cy"]', { navigation: true });
          assert.equal(await browser.title(), title('Dilyn hynt eich cais'));
          const track = (await mainText(browser)).split('\n');
          for (const line of [
            'Mae angen copi o’ch bil treth gyngor arnom.',
            'Gwirio eich dogfennau',
            'Trwydded wedi’i phostio',
          ]) {
            assert.ok(
              track.includes(line),
              `the tracking page says "${line}":\n${track.join('\n')}`,
            );
          }
        });

        test('apply, then track, with script on: the elements adopt the HTML and every page reads the same', async () => {
          for (const path of [
            '/apply',
            '/apply/check',
            '/apply/confirmation',
            '/apply/track',
            '/apply?lang=cy',
            '/apply/track?lang=cy',
          ]) {
            await plain.goto(`${origin}${path}`);
            const withoutScript = await mainText(plain);
            await scripted.goto(`${origin}${path}`);
            await allUpgraded(scripted);
            assert.equal(
              await mainText(scripted),
              withoutScript,
              `${path} reads the same with script`,
            );
          }
          // And the journey works with script: send, then the confirmation.
          proxy.posts.length = 0;
          await scripted.goto(`${origin}/apply/check`);
          await allUpgraded(scripted);
          await scripted.click('civic-button button', { navigation: true });
          assert.equal(await pathOf(scripted), '/apply/confirmation');
          assert.deepEqual(
            proxy.posts.map((post) => post.path),
            ['/apply/check'],
          );
        });

        for (const lang of ['en', 'cy']) {
          const p = permitText[lang];
          const query = lang === 'cy' ? '?lang=cy' : '';
          const errorPrefix = lang === 'cy' ? 'Gwall: ' : 'Error: ';
          permitTests(lang, p, query, errorPrefix);
        }

        // The permit page in `lang`: the same steps and answers in each language.
        function permitTests(lang, p, query, errorPrefix) {
          test(`the permit form with script off (${lang}): the server checks it and takes the file`, async () => {
            const browser = plain;
            proxy.posts.length = 0;
            await browser.goto(`${origin}/permit${query}`);
            assert.equal(await browser.title(), title(p.heading));
            // The follow-up question of "Car" is there to answer without script.
            assert.equal(await browser.isVisible('input#registration'), true);
            await browser.click('civic-button button', { navigation: true });
            assert.equal(await browser.title(), `${errorPrefix}${title(p.heading)}`);
            assert.deepEqual(
              await browser.textsOf('.civic-error-summary__list a'),
              emptyPermitErrors(lang),
            );
            assert.equal(proxy.posts.length, 1, 'the empty form reached the server');
            assert.match(proxy.posts[0].type, /^multipart\/form-data; boundary=/);
            // An error link takes the person to the question.
            await browser.click('.civic-error-summary__list a[href="#full-name"]');
            await eventually(async () => (await browser.activeElementId()) === 'full-name');

            // Car chosen but no registration number: only the server says so.
            await fillPermit(browser);
            await browser.click('input#support');
            assert.equal(await checked(browser, '#support'), true, 'Blue Badge is ticked');
            await browser.setFiles('input#proof', [proofFile]);
            await browser.click('civic-button button', { navigation: true });
            assert.deepEqual(await browser.textsOf('.civic-error-summary__list a'), [
              p.messages.registration,
            ]);
            assert.equal(await browser.attribute('input#registration', 'aria-invalid'), 'true');
            // The answers come back in their fields; a file is chosen again.
            assert.equal(await browser.value('input#full-name'), 'Siân Evans');
            assert.equal(await browser.value('input#dob-year'), '1990');
            assert.equal(await checked(browser, '#vehicle'), true, 'Car is still chosen');

            await browser.type('input#registration', 'CY26 ABC');
            await browser.setFiles('input#proof', [proofFile]);
            await browser.click('civic-button button', { navigation: true });
            assert.equal(await browser.title(), title(p.sent));
            const post = proxy.posts.at(-1);
            assert.match(post.type, /^multipart\/form-data; boundary=/);
            assert.deepEqual(post.entries, [
              ['full-name', 'Siân Evans'],
              ['address-line-1', '1 Heol y Frenhines'],
              ['address-town', 'Caerdydd'],
              ['address-postcode', 'CF10 2BH'],
              ['dob-day', '27'],
              ['dob-month', '3'],
              ['dob-year', '1990'],
              ['vehicle', 'car'],
              ['registration', 'CY26 ABC'],
              ['support', 'blue-badge'],
            ]);
            assert.deepEqual(
              post.files.map(({ field, filename, size }) => ({ field, filename, size })),
              [{ field: 'proof', filename: 'council-tax-bill.pdf', size: proofSize }],
            );
            // What the server read from it, as its confirmation shows it.
            assert.deepEqual(await shownTextsOf(browser, '.civic-summary-list__value'), [
              'Siân Evans',
              '1 Heol y Frenhines\nCaerdydd\nCF10 2BH',
              '27/3/1990',
              'car',
              'CY26 ABC',
              'blue-badge',
              `council-tax-bill.pdf, ${proofSize} ${p.bytes}`,
            ]);
          });

          test(`the permit form with script on (${lang}): the same errors in the browser, then one post`, async () => {
            const browser = scripted;
            proxy.posts.length = 0;
            await browser.goto(`${origin}/permit${query}`);
            await eventually(() =>
              browser.evaluate(() => document.querySelectorAll(':not(:defined)').length === 0),
            );
            const page = await browser.markDocument();
            // Script hides the follow-up question until "Car" is chosen.
            assert.equal(await browser.isVisible('input#registration'), false);
            await browser.click('civic-button button');
            await eventually(() => browser.isVisible('.civic-error-summary'));
            assert.equal(await browser.title(), `${errorPrefix}${title(p.heading)}`);
            assert.deepEqual(
              await browser.textsOf('.civic-error-summary__list a'),
              emptyPermitErrors(lang),
            );
            assert.equal(
              await browser.evaluate(() => globalThis.__civicE2eMarker),
              page,
              'the same page',
            );
            // The summary's link to the radios moves focus to the first radio.
            await browser.click('.civic-error-summary__list a[href="#vehicle"]');
            await eventually(async () => (await browser.activeElementId()) === 'vehicle');

            await fillPermit(browser);
            await eventually(() => browser.isVisible('input#registration'));
            assert.equal(await browser.attribute('input#vehicle', 'aria-expanded'), 'true');
            await browser.type('input#registration', 'CY26 ABC');
            // "None of these" clears the others.
            await browser.click('input#support');
            await browser.click('input#support-3');
            assert.equal(await checked(browser, '#support'), false, 'Blue Badge was cleared');
            assert.equal(await checked(browser, '#support-3'), true, 'None of these is ticked');
            await browser.setFiles('input#proof', [proofFile]);
            await browser.click('civic-button button', { navigation: true });
            assert.equal(await browser.title(), title(p.sent));
            // Every post the page made: the empty form never left the browser.
            assert.equal(proxy.posts.length, 1, 'posted once');
            const [post] = proxy.posts;
            assert.deepEqual(asked(post.answers.support), ['none']);
            assert.deepEqual(asked(post.answers.registration), ['CY26 ABC']);
            assert.deepEqual(
              post.files.map(({ field, filename, size }) => ({ field, filename, size })),
              [{ field: 'proof', filename: 'council-tax-bill.pdf', size: proofSize }],
            );
            assert.deepEqual(await shownTextsOf(browser, '.civic-summary-list__value'), [
              'Siân Evans',
              '1 Heol y Frenhines\nCaerdydd\nCF10 2BH',
              '27/3/1990',
              'car',
              'CY26 ABC',
              'none',
              `council-tax-bill.pdf, ${proofSize} ${p.bytes}`,
            ]);
          });
        }
      });
    }
  });
}
