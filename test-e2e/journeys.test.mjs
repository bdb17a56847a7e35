// Two whole journeys a council service runs, in Chromium, Firefox and WebKit,
// with page script off and on:
// - "Apply, then track" (apply.mjs): task list, check your answers, send,
//   confirmation panel, then the status tracker and timeline, in English and
//   Welsh. With script off every link, status and date is in the server's
//   HTML; with script on the elements adopt it and the page reads the same.
// - "Apply for a resident parking permit" (permit.mjs): every kind of
//   question, posted as multipart/form-data with a file; the server's errors
//   with script off; the browser's own (the same words) with script on.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { eventually, openBrowser, selectedEngines } from './drivers.mjs';
import { REFERENCE } from './apply.mjs';
import { permitMessages } from './permit.mjs';
import { startService } from './service.mjs';

/* global document */

// How long to wait for something that must NOT happen (a POST).
const QUIET_MS = 500;

// A small PDF to upload as the proof of address.
const proofFolder = mkdtempSync(join(tmpdir(), 'civic-e2e-'));
const proofFile = join(proofFolder, 'council-tax-bill.pdf');
writeFileSync(proofFile, '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

const mainText = (browser) =>
  browser.evaluate(() =>
    document
      .querySelector('main')
      .innerText.replace(/[ \t]+/g, ' ')
      .replace(/\s*\n\s*/g, '\n'),
  );

async function allUpgraded(browser) {
  await eventually(
    () =>
      browser.evaluate(
        () =>
          document.querySelectorAll('main :not(:defined)').length === 0 &&
          globalThis.customElements.get('civic-task-list') !== undefined,
      ),
    { timeout: 10_000 },
  );
}

/** The server's error messages for an empty permit form, in page order. */
const emptyFormErrors = [
  permitMessages['full-name'],
  permitMessages['address-line-1'],
  permitMessages['address-town'],
  permitMessages['address-postcode'],
  permitMessages['dob-day'],
  permitMessages.vehicle,
  permitMessages.support,
  permitMessages.proof,
];

describe('journeys', { concurrency: true }, () => {
  for (const engine of selectedEngines()) {
    describe(engine, { concurrency: 1, timeout: 240_000 }, () => {
      let service;
      let plain;
      let scripted;
      before(async () => {
        service = await startService();
        [plain, scripted] = await Promise.all([
          openBrowser(engine, { javaScript: false }),
          openBrowser(engine, { javaScript: true }),
        ]);
      });
      after(async () => {
        await plain?.close();
        await scripted?.close();
        await service?.close();
      });

      test('apply, then track, with script off: every link, status and date is in the HTML', async () => {
        const browser = plain;
        await browser.goto(`${service.origin}/apply`);
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
        for (const status of ['Completed', 'In progress', 'Not yet started', 'Cannot start yet']) {
          assert.ok(text.includes(status), `the page says "${status}"`);
        }
        // A task's link works as a link.
        await browser.click('a.civic-task-list__link', { navigation: true });
        assert.equal(await browser.url(), `${service.origin}/permit`);

        await browser.goto(`${service.origin}/apply/check`);
        assert.deepEqual(await browser.textsOf('.civic-summary-list__key'), [
          'Name',
          'Address',
          'Vehicle',
        ]);
        assert.deepEqual(await browser.textsOf('.civic-summary-list__actions a'), [
          'Change Name',
          'Change Address',
          'Change Vehicle',
        ]);
        await browser.click('civic-button button', { navigation: true });
        assert.equal(await browser.url(), `${service.origin}/apply/confirmation`);
        assert.equal(await browser.textOf('h1'), 'Application complete');
        assert.ok(
          (await mainText(browser))
            .replace(/\s+/g, ' ')
            .includes(`Your reference number ${REFERENCE}`),
        );

        await browser.goto(`${service.origin}/apply/track`);
        const track = await mainText(browser);
        for (const words of [
          'We need a copy of your council tax bill.',
          'Checking your documents',
          'This usually takes 5 working days',
          'Permit posted',
          '1 December 2026',
          '5pm',
        ]) {
          assert.ok(track.includes(words), `the tracking page says "${words}":\n${track}`);
        }
      });

      test('apply, in Welsh, with script off', async () => {
        await plain.goto(`${service.origin}/apply?lang=cy`);
        assert.equal(
          await plain.textOf('.civic-task-list__summary'),
          'Rydych wedi cwblhau 1 o 4 tasg',
        );
        await plain.goto(`${service.origin}/apply/confirmation?lang=cy`);
        assert.ok((await mainText(plain)).includes(REFERENCE));
      });

      test('apply, then track, with script on: the elements adopt the HTML and the pages read the same', async () => {
        for (const path of [
          '/apply',
          '/apply/check',
          '/apply/confirmation',
          '/apply/track',
          '/apply?lang=cy',
        ]) {
          await plain.goto(`${service.origin}${path}`);
          const withoutScript = await mainText(plain);
          await scripted.goto(`${service.origin}${path}`);
          await allUpgraded(scripted);
          assert.equal(
            await mainText(scripted),
            withoutScript,
            `${path} reads the same with script`,
          );
        }
      });

      test('the permit form with script off: the server checks it and takes a file', async () => {
        const browser = plain;
        service.posts.length = 0;
        await browser.goto(`${service.origin}/permit`);
        // The follow-up question of "Car" is there to answer without script.
        assert.equal(await browser.isVisible('input#registration'), true);
        await browser.click('civic-button button', { navigation: true });
        assert.equal(
          await browser.title(),
          'Error: Apply for a resident parking permit - Civic service',
        );
        assert.deepEqual(await browser.textsOf('.civic-error-summary__list a'), emptyFormErrors);
        assert.equal(service.posts.length, 1, 'the empty form reached the server');

        await browser.type('input#full-name', 'Siân Evans');
        await browser.type('input#address-line-1', '1 Heol y Frenhines');
        await browser.type('input#address-town', 'Caerdydd');
        await browser.type('input#address-postcode', 'CF10 2BH');
        await browser.type('input#dob-day', '27');
        await browser.type('input#dob-month', '3');
        await browser.type('input#dob-year', '1990');
        await browser.click('input#vehicle');
        await browser.type('input#registration', 'CY26 ABC');
        await browser.click('input#support');
        await browser.setFiles('input#proof', [proofFile]);
        await browser.click('civic-button button', { navigation: true });
        assert.equal(await browser.title(), 'Application sent - Civic service');
        const post = service.posts.at(-1);
        assert.match(post.type, /^multipart\/form-data; boundary=/);
        assert.deepEqual(
          post.entries.filter(([name]) => !name.startsWith('dob-')),
          [
            ['full-name', 'Siân Evans'],
            ['address-line-1', '1 Heol y Frenhines'],
            ['address-town', 'Caerdydd'],
            ['address-postcode', 'CF10 2BH'],
            ['vehicle', 'car'],
            ['registration', 'CY26 ABC'],
            ['support', 'blue-badge'],
          ],
        );
        assert.deepEqual(post.answers['dob-month'], ['3']);
        assert.equal(post.files.length, 1);
        assert.equal(post.files[0].filename, 'council-tax-bill.pdf');
        assert.ok(post.files[0].size > 0, 'the file itself was sent');
      });

      test('the permit form with script on: the same errors in the browser, then one post', async () => {
        const browser = scripted;
        service.posts.length = 0;
        await browser.goto(`${service.origin}/permit`);
        await eventually(() =>
          browser.evaluate(() => document.querySelectorAll(':not(:defined)').length === 0),
        );
        // Script hides the follow-up question until "Car" is chosen.
        assert.equal(await browser.isVisible('input#registration'), false);
        await browser.click('civic-button button');
        await eventually(() => browser.isVisible('.civic-error-summary'));
        assert.equal(
          await browser.title(),
          'Error: Apply for a resident parking permit - Civic service',
        );
        assert.deepEqual(await browser.textsOf('.civic-error-summary__list a'), emptyFormErrors);
        await sleep(QUIET_MS);
        assert.equal(service.posts.length, 0, 'nothing was posted');
        // The summary's link to the radios moves focus to the first radio.
        await browser.click('.civic-error-summary__list a[href="#vehicle"]');
        await eventually(async () => (await browser.activeElementId()) === 'vehicle');

        await browser.type('input#full-name', 'Siân Evans');
        await browser.type('input#address-line-1', '1 Heol y Frenhines');
        await browser.type('input#address-town', 'Caerdydd');
        await browser.type('input#address-postcode', 'CF10 2BH');
        await browser.type('input#dob-day', '27');
        await browser.type('input#dob-month', '3');
        await browser.type('input#dob-year', '1990');
        await browser.click('input#vehicle');
        await eventually(() => browser.isVisible('input#registration'));
        assert.equal(await browser.attribute('input#vehicle', 'aria-expanded'), 'true');
        await browser.type('input#registration', 'CY26 ABC');
        // "None of these" clears the others.
        await browser.click('input#support');
        await browser.click('input#support-3');
        assert.equal(
          await browser.evaluate(() => document.querySelector('#support').checked),
          false,
        );
        await browser.setFiles('input#proof', [proofFile]);
        await browser.click('civic-button button', { navigation: true });
        assert.equal(await browser.title(), 'Application sent - Civic service');
        assert.equal(service.posts.length, 1, 'posted once');
        const post = service.posts[0];
        assert.deepEqual(post.answers.support, ['none']);
        assert.deepEqual(post.answers.registration, ['CY26 ABC']);
        assert.equal(post.files[0].filename, 'council-tax-bill.pdf');
      });
    });
  }
});
