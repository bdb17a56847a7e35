// The whole service page (app/views/service-page.njk: every part written with
// Civic's macros) in a running kit prototype, in Chromium, Firefox and WebKit
// with page script off and on: its landmarks and their names in reading
// order, in English and Welsh; the skip link; the cookie banner posting to the
// server without script and recording the choice without a reload with it.
// check.mjs starts the kit and runs this file with CIVIC_KIT_ORIGIN.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eventually, openBrowser, selectedEngines } from '../../test-e2e/drivers.mjs';

/* global document */

const origin = process.env.CIVIC_KIT_ORIGIN;
if (origin === undefined) {
  throw new Error('Run this through examples/prototype-kit/check.mjs, which starts the kit.');
}

const landmarks = {
  en: [
    'region "Cookies on Apply for a parking permit"',
    'banner',
    'navigation "Menu"',
    'navigation "Choose a language"',
    'main',
    'contentinfo',
  ],
  cy: [
    'region "Cwcis ar Gwneud cais am drwydded barcio"',
    'banner',
    'navigation "Dewislen"',
    'navigation "Dewis iaith"',
    'main',
    'contentinfo',
  ],
};

// The page's landmarks in reading order, each as its role and name, read from
// the DOM by the rules browsers use for these elements (a header or footer
// that is not inside a sectioning element is the banner or contentinfo).
const landmarksOf = (browser) =>
  browser.evaluate(() =>
    [...document.querySelectorAll('header, nav, main, footer, [role="region"]')].map((element) => {
      const role =
        element.getAttribute('role') ??
        { header: 'banner', nav: 'navigation', main: 'main', footer: 'contentinfo' }[
          element.localName
        ];
      const labelledBy = element.getAttribute('aria-labelledby');
      const name =
        element.getAttribute('aria-label') ??
        (labelledBy ? document.getElementById(labelledBy)?.textContent.trim() : null);
      return name ? `${role} "${name}"` : role;
    }),
  );

describe('GOV.UK Prototype Kit: the service page', { concurrency: true }, () => {
  for (const engine of selectedEngines()) {
    describe(engine, { concurrency: 1, timeout: 180_000 }, () => {
      let plain;
      let scripted;
      before(async () => {
        [plain, scripted] = await Promise.all([
          openBrowser(engine, { javaScript: false }),
          openBrowser(engine, { javaScript: true }),
        ]);
      });
      after(async () => {
        await plain?.close();
        await scripted?.close();
      });

      for (const lang of ['en', 'cy']) {
        const path = lang === 'cy' ? '/service-page?lang=cy' : '/service-page';
        test(`${lang}, script off: every landmark, named, in reading order; the question`, async () => {
          await plain.goto(`${origin}${path}`);
          assert.equal(await plain.attribute('html', 'lang'), lang);
          assert.deepEqual(await landmarksOf(plain), landmarks[lang]);
          assert.equal(
            await plain.textOf('main h1 label'),
            lang === 'cy'
              ? 'Beth yw rhif cofrestru eich cerbyd?'
              : 'What is your vehicle’s registration number?',
          );
          assert.equal(await plain.isVisible('input#registration'), true);
        });

        test(`${lang}, script on: the same landmarks once the elements upgrade`, async () => {
          await scripted.goto(`${origin}${path}`);
          await eventually(() =>
            scripted.evaluate(() => document.querySelectorAll(':not(:defined)').length === 0),
          );
          assert.deepEqual(await landmarksOf(scripted), landmarks[lang]);
        });
      }

      test('script off: the cookie banner posts the choice, the server confirms it, Hide takes it away', async () => {
        await plain.goto(`${origin}/service-page`);
        await plain.click('civic-cookie-banner button[value="accept"]', { navigation: true });
        assert.equal(new URL(await plain.url()).pathname, '/service-page');
        assert.equal(
          await plain.textOf('civic-cookie-banner p'),
          'You’ve accepted additional cookies. You can change your cookie settings at any time.',
        );
        await plain.click('civic-cookie-banner button[value="hide"]', { navigation: true });
        assert.equal(await plain.isVisible('civic-cookie-banner'), false);
        assert.deepEqual((await landmarksOf(plain)).slice(0, 2), ['banner', 'navigation "Menu"']);
      });

      test('script on: the choice is recorded without a reload and the confirmation takes focus', async () => {
        await scripted.goto(`${origin}/service-page?lang=cy`);
        await eventually(() =>
          scripted.evaluate(
            () => globalThis.customElements.get('civic-cookie-banner') !== undefined,
          ),
        );
        const page = await scripted.markDocument();
        await scripted.click('civic-cookie-banner button[value="reject"]');
        await eventually(async () =>
          (await scripted.evaluate(() => document.cookie)).includes('cookie-consent=reject'),
        );
        assert.equal(
          await scripted.evaluate(() => globalThis.__civicE2eMarker),
          page,
          'the same page: no reload',
        );
        await eventually(() =>
          scripted.evaluate(() => document.activeElement?.closest('civic-cookie-banner') !== null),
        );
      });

      test('script on: the skip link moves focus to the main content', async () => {
        await scripted.goto(`${origin}/service-page`);
        await eventually(() =>
          scripted.evaluate(() => globalThis.customElements.get('civic-skip-link') !== undefined),
        );
        assert.equal(await scripted.attribute('civic-skip-link a', 'href'), '#main-content');
        // Shown only when focused, so activated as a keyboard user does: focus, then the
        // link's own activation (the unit tests press Enter; the drivers cannot here).
        await scripted.evaluate(() => {
          const link = document.querySelector('civic-skip-link a');
          link.focus();
          link.click();
        });
        await eventually(async () => (await scripted.activeElementId()) === 'main-content');
      });
    });
  }
});
