import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expectAccessibleNode, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import { cleanUp, container } from '../../../test/authoring.js';
import { boxesWithin, HOSTILE, withHostileCss } from '../../../test/hostile.js';
import {
  itInForcedColours,
  expectSameWithoutScript,
  placeServerHtml,
  textOf,
} from '../../../test/static-page.js';
import { tokenColour } from '../../../test/tokens.js';
import { warningsDuring } from '../../../test/warnings.js';
import { toHtml } from '../../core/markup-html.js';
import { authoredContent } from '../../core/markup.js';
import { clearWarningHistory } from '../../core/warn.js';
import { detailsMarkup, type DetailsParams } from './markup.js';

// The space bar by its key value, which Playwright's Chromium, Firefox and WebKit all accept.
const SPACE = ' ';

const NATIONALITY: DetailsParams = {
  summaryText: 'Help with nationality',
  text: 'We need to know your nationality so we can work out which elections you’re entitled to vote in.',
};

/** Every state a story shows. */
const STATES: Record<string, DetailsParams> = {
  closed: NATIONALITY,
  open: { ...NATIONALITY, open: true },
  'with HTML': {
    summaryText: 'Where to find your reference',
    html: '<p>It is on the letter we sent you.</p><p>It starts with <strong>HDJ</strong>.</p>',
  },
  Welsh: {
    summaryText: 'Help gyda chenedligrwydd',
    text: 'Mae angen i ni wybod eich cenedligrwydd.',
  },
};

function summaryOf(details: Element): HTMLElement {
  return details.querySelector<HTMLElement>('.civic-details__summary')!;
}

function contentOf(details: Element): HTMLElement {
  return details.querySelector<HTMLElement>('.civic-details__text')!;
}

/** Whether the content shows: a closed details hides it (a box in some engines, never rendered). */
function showsContent(details: Element): boolean {
  return contentOf(details).checkVisibility();
}

describe('details', () => {
  beforeEach(() => clearWarningHistory());
  afterEach(() => {
    cleanUp();
    (document.activeElement as HTMLElement | null)?.blur();
  });

  describe('markup', () => {
    it('puts the content of a renderer that places it itself (React) where the text goes, instead of text', async () => {
      const warnings = await warningsDuring(() => {
        expect(
          toHtml(detailsMarkup({ ...NATIONALITY }, authoredContent('<p>Placed by the page</p>'))),
        ).to.equal(
          '<details class="civic-details">' +
            '<summary class="civic-details__summary"><span class="civic-details__summary-text">Help with nationality</span></summary>' +
            '<div class="civic-details__text"><p>Placed by the page</p></div>' +
            '</details>',
        );
      });
      expect(warnings).to.deep.equal([]);
    });

    it('writes a native details with its summary and content, open when asked', () => {
      expect(toHtml(detailsMarkup({ ...NATIONALITY, id: 'nationality-help' }))).to.equal(
        '<details class="civic-details" id="nationality-help">' +
          '<summary class="civic-details__summary"><span class="civic-details__summary-text">Help with nationality</span></summary>' +
          '<div class="civic-details__text">We need to know your nationality so we can work out which elections you’re entitled to vote in.</div>' +
          '</details>',
      );
      expect(toHtml(detailsMarkup(STATES['with HTML']))).to.equal(
        '<details class="civic-details">' +
          '<summary class="civic-details__summary"><span class="civic-details__summary-text">Where to find your reference</span></summary>' +
          '<div class="civic-details__text"><p>It is on the letter we sent you.</p><p>It starts with <strong>HDJ</strong>.</p></div>' +
          '</details>',
      );
      expect(toHtml(detailsMarkup({ ...NATIONALITY, open: true }))).to.match(
        /^<details class="civic-details" open>/,
      );
    });

    it('writes text as text', () => {
      expect(toHtml(detailsMarkup({ summaryText: HOSTILE, text: HOSTILE }))).to.equal(
        '<details class="civic-details">' +
          '<summary class="civic-details__summary"><span class="civic-details__summary-text">&lt;img src=x onerror="window.__civicHacked = true"&gt;</span></summary>' +
          '<div class="civic-details__text">&lt;img src=x onerror="window.__civicHacked = true"&gt;</div>' +
          '</details>',
      );
    });

    it('never throws or shows "[object Object]", "null" or "NaN" for wrong types, and warns without a summary', async () => {
      let html = '';
      const warnings = await warningsDuring(() => {
        html = toHtml(
          detailsMarkup({
            summaryText: { a: 1 },
            text: NaN,
            html: [],
            open: 'yes',
            id: 3,
          } as never),
        );
        expect(toHtml(detailsMarkup(null))).to.equal(html);
      });
      expect(html).to.equal(
        '<details class="civic-details"><summary class="civic-details__summary"><span class="civic-details__summary-text"></span></summary><div class="civic-details__text"></div></details>',
      );
      expect(warnings).to.deep.equal([
        '[civic] Details has no summaryText, so there is nothing to press to open it: set summaryText, such as "Help with nationality".',
      ]);
    });
  });

  describe('in the page', () => {
    it('is closed until its summary is pressed, and toggles natively, with no script of its own', async () => {
      const details = placeServerHtml(detailsMarkup(NATIONALITY)) as HTMLDetailsElement;
      expect(showsContent(details)).to.equal(false);
      const toggled = new Promise((resolve) =>
        details.addEventListener('toggle', resolve, { once: true }),
      );
      summaryOf(details).click();
      await toggled;
      expect(details.open).to.equal(true);
      expect(showsContent(details)).to.equal(true);
    });

    it('opens with Enter and closes with Space from the keyboard, in the Tab order', async () => {
      const root = container();
      const before = document.createElement('button');
      before.textContent = 'Before';
      root.append(before);
      const details = placeServerHtml(detailsMarkup(NATIONALITY), root) as HTMLDetailsElement;
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(summaryOf(details));
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      await sendKeys({ press: SPACE });
      expect(details.open).to.equal(false);
    });

    it('shows its summary as a link with a triangle, and focus in the focus colours', async () => {
      const root = container();
      const before = document.createElement('button');
      root.append(before);
      const details = placeServerHtml(detailsMarkup(NATIONALITY), root);
      const summary = summaryOf(details);
      expect(getComputedStyle(summary).color).to.equal(tokenColour('--civic-color-link'));
      const triangle = getComputedStyle(summary, '::before');
      expect(triangle.backgroundColor).to.equal(tokenColour('--civic-color-link'));
      expect(triangle.clipPath).to.equal('polygon(0% 0%, 100% 50%, 0% 100%)');
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(summary);
      expect(getComputedStyle(summary).backgroundColor).to.equal(
        tokenColour('--civic-color-focus'),
      );
      expect(getComputedStyle(summary).color).to.equal(tokenColour('--civic-color-focus-text'));
      (details as HTMLDetailsElement).open = true;
      expect(getComputedStyle(summary, '::before').clipPath).to.equal(
        'polygon(0% 0%, 100% 0%, 50% 100%)',
      );
      expect(getComputedStyle(contentOf(details)).borderInlineStartColor).to.equal(
        tokenColour('--civic-color-border'),
      );
    });

    it('passes axe closed, open and with HTML', async () => {
      for (const [state, params] of Object.entries(STATES)) {
        const root = container();
        if (state === 'Welsh') root.lang = 'cy';
        placeServerHtml(detailsMarkup(params), root);
        await expect(root, state).to.be.accessible();
        cleanUp();
      }
    });

    it('reflows at 320 px: long summaries and content wrap, nothing scrolls sideways', () => {
      const narrow = container();
      narrow.style.inlineSize = '320px';
      const long = `Help with ${'supercalifragilistic'.repeat(4)} nationality 🏳️‍🌈 عربي`;
      const details = placeServerHtml(
        detailsMarkup({ summaryText: long, text: long, open: true }),
        narrow,
      );
      expect(details.getBoundingClientRect().width).to.equal(320);
      expect(details.scrollWidth).to.equal(details.clientWidth);
      expect(narrow.scrollWidth).to.equal(320);
      expect(summaryOf(details).getBoundingClientRect().right).to.be.at.most(
        details.getBoundingClientRect().right + 0.5,
      );
    });

    it('shows hostile strings as text', () => {
      delete window.__civicHacked;
      const details = placeServerHtml(
        detailsMarkup({ summaryText: HOSTILE, text: HOSTILE, open: true }),
      );
      expect(textOf(summaryOf(details))).to.equal(HOSTILE);
      expect(textOf(contentOf(details))).to.equal(HOSTILE);
      expect(details.querySelector('img')).to.equal(null);
      expect(window.__civicHacked).to.equal(undefined);
    });

    it('looks the same under a page’s hostile global CSS, open', () => {
      const section = document.createElement('section');
      section.style.inlineSize = '600px';
      container().append(section);
      const details = placeServerHtml(detailsMarkup({ ...NATIONALITY, open: true }), section);
      const parts = [details, summaryOf(details), contentOf(details)];
      const before = boxesWithin(details, parts);
      withHostileCss(() => expect(boxesWithin(details, parts)).to.deep.equal(before));
    });

    itInForcedColours(
      'keeps its triangle, rule and a focus outline in forced colours',
      async () => {
        const root = container();
        const before = document.createElement('button');
        root.append(before);
        const details = placeServerHtml(detailsMarkup({ ...NATIONALITY, open: true }), root);
        await emulateMedia({ forcedColors: 'active' });
        try {
          const summary = summaryOf(details);
          const triangle = getComputedStyle(summary, '::before').backgroundColor;
          expect(triangle, 'the triangle is not the page’s colour').to.not.equal(
            getComputedStyle(document.body).backgroundColor,
          );
          expect(triangle).to.equal(getComputedStyle(summary).color);
          expect(getComputedStyle(contentOf(details)).borderInlineStartStyle).to.equal('solid');
          before.focus();
          await sendKeys({ press: 'Tab' });
          expect(document.activeElement).to.equal(summary);
          expect(getComputedStyle(summary).outlineStyle).to.equal('solid');
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
      },
    );
  });

  it('reads and looks the same with no script at all, and opens there too', async () => {
    const unscripted = (await expectSameWithoutScript(detailsMarkup(NATIONALITY), (details) => [
      details,
      summaryOf(details),
    ])) as HTMLDetailsElement;
    summaryOf(unscripted).click();
    expect(unscripted.open).to.equal(true);
  });

  itInAccessibilityTree(
    'is read as a disclosure named by its summary, collapsed, then expanded',
    async () => {
      const details = placeServerHtml(detailsMarkup(NATIONALITY)) as HTMLDetailsElement;
      await expectAccessibleNode(details, {
        role: 'DisclosureTriangle',
        name: 'Help with nationality',
        states: { expanded: false },
      });
      details.open = true;
      await expectAccessibleNode(details, {
        role: 'DisclosureTriangle',
        name: 'Help with nationality',
        states: { expanded: true },
      });
    },
  );
});
