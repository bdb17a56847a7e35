// The question page with JavaScript off, in Chromium, Firefox and WebKit: the
// server-rendered Civic markup must be a complete, working form by itself.
// Everything here happens in a browser that has page script turned off
// (drivers.mjs); the first test proves it is off.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openBrowser, selectedEngines } from './drivers.mjs';
import {
  fields,
  MORE_MAX_LENGTH,
  sampleAnswer,
  sampleAnswerAsPosted,
  startService,
} from './service.mjs';

// Functions given to browser.evaluate run in the page.
/* global document */

const controls = [
  { ...fields.fullName, selector: 'input#full-name', type: 'text' },
  { ...fields.more, selector: 'textarea#more' },
  { ...fields.password, selector: 'input#password', type: 'password' },
];

// What each engine does when a link to `#full-name` is followed with script
// off, measured in December 2026 (Chromium 156, Firefox 153 ESR, WebKitGTK
// 2.50): all three scroll to the input and also focus it, because it is
// focusable (document.activeElement is the input afterwards, read through the
// driver, not page script). Pages cannot count on that everywhere (which is
// why error summary scripts focus the field themselves), so it is recorded
// here per engine. Were an engine to stop focusing, set its entry to false:
// the test then checks that focus did not reach the field, so that this
// table keeps saying what each engine really does.
const fragmentLinkFocusesField = { chromium: true, firefox: true, webkit: true };

const answer = sampleAnswer;

// The engines run side by side, each with its own service and browser; the
// tests of one engine run in order (concurrency is inherited, so say 1), as
// they share that browser and some continue where the previous one stopped.
describe('JavaScript off', { concurrency: true }, () => {
  for (const engine of selectedEngines()) {
    // A hung browser fails its engine's tests instead of hanging the run.
    describe(engine, { concurrency: 1, timeout: 180_000 }, () => {
      let service;
      let browser;
      before(async () => {
        service = await startService();
        browser = await openBrowser(engine, { javaScript: false });
      });
      after(async () => {
        await browser?.close();
        await service?.close();
      });

      const submit = () => browser.click('civic-button button', { navigation: true });

      test('page script really is off', async () => {
        await browser.goto(`${service.origin}/script-check`);
        assert.equal(await browser.title(), 'Script did not run');
        assert.equal(await browser.isVisible('#noscript'), true, '<noscript> content is shown');
        // The question page links the Civic module script: it must not have run.
        await browser.goto(`${service.origin}/question`);
        assert.equal(
          await browser.evaluate(
            () => globalThis.customElements.get('civic-text-input') === undefined,
          ),
          true,
          'civic-text-input is not defined',
        );
      });

      test('every control is visible with its label, before any script', async () => {
        await browser.goto(`${service.origin}/question`);
        assert.equal(await browser.title(), 'Your details - Civic service');
        for (const control of controls) {
          const label = `label[for="${control.name}"]`;
          assert.equal(await browser.isVisible(label), true, `label of ${control.name} is visible`);
          assert.equal(await browser.textOf(label), control.label);
          assert.equal(
            await browser.isVisible(control.selector),
            true,
            `${control.name} is visible`,
          );
          if (control.type)
            assert.equal(await browser.attribute(control.selector, 'type'), control.type);
          if (control.hint) {
            assert.equal(await browser.isVisible(`#${control.name}-hint`), true);
            assert.equal(await browser.textOf(`#${control.name}-hint`), control.hint);
          }
          // The label sits above its control.
          const labelBox = await browser.rect(label);
          const controlBox = await browser.rect(control.selector);
          assert.ok(
            labelBox.y + labelBox.height <= controlBox.y + 1,
            `label of ${control.name} is above it`,
          );
        }
        assert.equal(await browser.isVisible('civic-button button'), true);
        assert.equal(await browser.textOf('civic-button button'), 'Continue');
        // The password's Show button needs script to work, so it must not show without it.
        assert.equal(await browser.isVisible('civic-password-input button'), false);
        // No error state before anything was sent.
        assert.equal(await browser.isVisible('.civic-error-summary'), false);
        assert.deepEqual(await browser.textsOf('.civic-error-message'), []);
      });

      test('an empty submission goes to the server and comes back with its errors', async () => {
        await browser.goto(`${service.origin}/question`);
        service.posts.length = 0;
        await submit();

        // The browser sent every field, empty: the native controls are in the form.
        assert.equal(service.posts.length, 1);
        assert.equal(service.posts[0].type, 'application/x-www-form-urlencoded');
        assert.deepEqual(service.posts[0].entries, [
          ['full-name', ''],
          ['more', ''],
          ['password', ''],
        ]);

        assert.match(await browser.title(), /^Error: /);
        assert.equal(await browser.isVisible('.civic-error-summary'), true);
        assert.equal(await browser.textOf('.civic-error-summary__title'), 'There is a problem');
        const links = await browser.evaluate(() =>
          [...document.querySelectorAll('civic-error-summary a')].map((link) => [
            link.getAttribute('href'),
            link.textContent.trim(),
          ]),
        );
        assert.deepEqual(links, [
          ['#full-name', 'Enter your full name'],
          ['#password', 'Enter your password'],
        ]);
        for (const [name, message] of [
          ['full-name', 'Enter your full name'],
          ['password', 'Enter your password'],
        ]) {
          const error = `#${name}-error`;
          assert.equal(await browser.isVisible(error), true, `${name}'s error is visible`);
          assert.equal(await browser.textOf(error), `Error: ${message}`);
          const errorBox = await browser.rect(error);
          const fieldBox = await browser.rect(`#${name}`);
          assert.ok(errorBox.y + errorBox.height <= fieldBox.y + 1, `${name}'s error is above it`);
          assert.equal(await browser.attribute(`#${name}`, 'aria-invalid'), 'true');
          assert.match(
            await browser.attribute(`#${name}`, 'aria-describedby'),
            new RegExp(`\\b${name}-error\\b`),
          );
        }
        assert.equal(await browser.exists('#more-error'), false, 'an empty "Tell us more" is fine');
      });

      test('a summary link moves focus to its field', async () => {
        // Continues on the error page of the previous test.
        assert.match(await browser.title(), /^Error: /);
        for (const name of ['password', 'full-name']) {
          await browser.click(`civic-error-summary a[href="#${name}"]`);
          assert.match(await browser.url(), new RegExp(`#${name}$`));
          const active = await browser.activeElementId();
          if (fragmentLinkFocusesField[engine]) {
            assert.equal(active, name, `${engine} focuses #${name}`);
          } else {
            assert.notEqual(active, name);
          }
        }
      });

      test('a fixed answer reaches /done with exactly the typed values', async () => {
        // Still on the error page: fix it as a person would.
        service.posts.length = 0;
        await browser.type('#full-name', answer['full-name']);
        await browser.type('#more', answer.more);
        await browser.type('#password', answer.password);
        await submit();
        assert.match(await browser.url(), /\/done$/);
        assert.equal(await browser.title(), 'Done - Civic service');
        assert.equal(service.posts.length, 1);
        assert.deepEqual(service.posts[0].entries, Object.entries(sampleAnswerAsPosted));
      });

      test('an over-long "Tell us more" comes back with the count message from the server', async () => {
        await browser.goto(`${service.origin}/question`);
        service.posts.length = 0;
        const tooLong = 'a'.repeat(MORE_MAX_LENGTH + 23);
        await browser.type('#full-name', answer['full-name']);
        await browser.type('#more', tooLong);
        await browser.type('#password', answer.password);
        await submit();
        assert.equal(service.posts.length, 1);
        assert.equal(service.posts[0].answers.more, tooLong);
        assert.match(await browser.title(), /^Error: /);
        const pageText = await browser.textOf('body');
        assert.ok(
          pageText.includes('You have 23 characters too many'),
          'the server wrote the count message',
        );
        assert.deepEqual(await browser.textsOf('civic-error-summary a'), [
          `Tell us more must be ${MORE_MAX_LENGTH} characters or fewer`,
        ]);
        assert.equal(await browser.isVisible('#more-error'), true);
        assert.equal(
          (await browser.value('#more')).length,
          MORE_MAX_LENGTH + 23,
          'the answer is kept',
        );
        assert.equal(await browser.value('#full-name'), answer['full-name']);
      });
    });
  }
});
