// The question page under the strictest Content-Security-Policy a service can
// send: no inline script or style, everything from 'self', Trusted Types
// required with no policy allowed ('none'), and again allowing Lit's
// `lit-html` policy. In Chromium, Firefox and WebKit, with script on and off,
// the page must meet no violation (reported by the browser to the service,
// and seen in the page) and work: validate, show the error summary, submit.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { eventually, openBrowser, selectedEngines } from './drivers.mjs';
import { sampleAnswer, sampleAnswerAsPosted, startService } from './service.mjs';

/* global document, window */

// Browsers send report-uri reports on their own schedule; this is how long
// the test waits for one that must not come.
const REPORT_WAIT_MS = 1000;

describe('strict CSP and Trusted Types', { concurrency: true }, () => {
  for (const engine of selectedEngines()) {
    describe(engine, { concurrency: 1, timeout: 180_000 }, () => {
      let service;
      let scripted;
      let plain;
      before(async () => {
        service = await startService();
        [scripted, plain] = await Promise.all([
          openBrowser(engine, { javaScript: true }),
          openBrowser(engine, { javaScript: false }),
        ]);
      });
      after(async () => {
        await scripted?.close();
        await plain?.close();
        await service?.close();
      });

      for (const trustedTypes of ["'none'", 'lit-html']) {
        test(`with script: no violation, validates and submits (trusted-types ${trustedTypes})`, async () => {
          service.cspReports.length = 0;
          service.posts.length = 0;
          const query = trustedTypes === 'lit-html' ? '?trusted-types=lit-html' : '';
          await scripted.goto(`${service.origin}/csp/question${query}`);
          await eventually(() =>
            scripted.evaluate(
              () =>
                globalThis.customElements.get('civic-text-input') !== undefined &&
                document.querySelectorAll(':not(:defined)').length === 0,
            ),
          );
          // An empty answer is stopped in the browser with the error pattern.
          await scripted.click('civic-button button');
          await eventually(() => scripted.isVisible('.civic-error-summary'));
          assert.equal(await scripted.title(), 'Error: Your details - Civic service');
          assert.deepEqual(await scripted.textsOf('.civic-error-summary__list a'), [
            'Enter your full name',
            'Enter your password',
          ]);
          assert.equal(service.posts.length, 0, 'nothing was posted');
          await scripted.type('input#full-name', sampleAnswer['full-name']);
          await scripted.type('input#password', sampleAnswer.password);
          await scripted.click('civic-button button', { navigation: true });
          assert.equal(await scripted.title(), 'Done - Civic service');
          assert.equal(service.posts.length, 1);
          assert.equal(service.posts[0].answers['full-name'], sampleAnswerAsPosted['full-name']);
          await sleep(REPORT_WAIT_MS);
          assert.deepEqual(service.cspReports, [], 'the browser reported no violation');
        });
      }

      test('with script in the page but turned off: the same page posts as HTML', async () => {
        service.cspReports.length = 0;
        service.posts.length = 0;
        await plain.goto(`${service.origin}/csp/question`);
        await plain.type('input#full-name', sampleAnswer['full-name']);
        await plain.type('input#password', sampleAnswer.password);
        await plain.click('civic-button button', { navigation: true });
        assert.equal(await plain.title(), 'Done - Civic service');
        assert.equal(service.posts[0].answers.password, sampleAnswerAsPosted.password);
        await sleep(REPORT_WAIT_MS);
        assert.deepEqual(service.cspReports, [], 'the browser reported no violation');
      });

      test('the page saw no violation either', async () => {
        await scripted.goto(`${service.origin}/csp/question`);
        await eventually(() =>
          scripted.evaluate(() => document.querySelectorAll(':not(:defined)').length === 0),
        );
        assert.deepEqual(await scripted.evaluate(() => window.__cspViolations), []);
      });
    });
  }
});
