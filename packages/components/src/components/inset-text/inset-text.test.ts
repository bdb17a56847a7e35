import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { accessibleNodes, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
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
import { insetTextMarkup, type InsetTextParams } from './markup.js';

const WEEKS: InsetTextParams = {
  text: 'It can take up to 8 weeks to register a lasting power of attorney if there are no mistakes in the application.',
};

/** Every state a story shows. */
const STATES: Record<string, InsetTextParams> = {
  text: WEEKS,
  'with HTML': {
    html: '<p>You can apply if you:</p><ul><li>live in the borough</li><li>own a car</li></ul>',
  },
  Welsh: {
    text: 'Gall gymryd hyd at 8 wythnos i gofrestru atwrneiaeth arhosol os nad oes camgymeriadau yn y cais.',
  },
};

describe('inset text', () => {
  beforeEach(() => clearWarningHistory());
  afterEach(() => cleanUp());

  describe('markup', () => {
    it('puts the content of a renderer that places it itself (React) in the block, with no warning that it is empty', async () => {
      const warnings = await warningsDuring(() => {
        expect(toHtml(insetTextMarkup({ id: 'weeks' }, authoredContent()))).to.equal(
          '<div class="civic-inset-text" id="weeks"></div>',
        );
        expect(
          toHtml(insetTextMarkup({ ...WEEKS }, authoredContent('<p>Placed by the page</p>'))),
        ).to.equal('<div class="civic-inset-text"><p>Placed by the page</p></div>');
      });
      expect(warnings).to.deep.equal([]);
    });

    it('writes a block with the text or the server’s HTML', () => {
      expect(toHtml(insetTextMarkup({ ...WEEKS, id: 'weeks' }))).to.equal(
        '<div class="civic-inset-text" id="weeks">It can take up to 8 weeks to register a lasting power of attorney if there are no mistakes in the application.</div>',
      );
      expect(toHtml(insetTextMarkup(STATES['with HTML']))).to.equal(
        '<div class="civic-inset-text"><p>You can apply if you:</p><ul><li>live in the borough</li><li>own a car</li></ul></div>',
      );
    });

    it('writes text as text', () => {
      expect(toHtml(insetTextMarkup({ text: HOSTILE }))).to.equal(
        '<div class="civic-inset-text">&lt;img src=x onerror="window.__civicHacked = true"&gt;</div>',
      );
    });

    it('never throws or shows "[object Object]", "null" or "NaN" for wrong types, and warns when empty', async () => {
      let html = '';
      const warnings = await warningsDuring(() => {
        html = toHtml(insetTextMarkup({ text: { a: 1 }, html: NaN, id: [] } as never));
        expect(toHtml(insetTextMarkup(null))).to.equal(html);
      });
      expect(html).to.equal('<div class="civic-inset-text"></div>');
      expect(warnings).to.deep.equal([
        '[civic] Inset text has neither text nor html, so it is an empty box: set text.',
      ]);
    });
  });

  it('is set off by a thick rule in the border colour, in the body text', () => {
    const inset = placeServerHtml(insetTextMarkup(WEEKS));
    const style = getComputedStyle(inset);
    expect(style.borderInlineStartStyle).to.equal('solid');
    expect(style.borderInlineStartWidth).to.equal('10px');
    expect(style.borderInlineStartColor).to.equal(tokenColour('--civic-color-border'));
    expect(style.color).to.equal(tokenColour('--civic-color-text'));
  });

  it('passes axe in every state', async () => {
    for (const [state, params] of Object.entries(STATES)) {
      const root = container();
      if (state === 'Welsh') root.lang = 'cy';
      placeServerHtml(insetTextMarkup(params), root);
      await expect(root, state).to.be.accessible();
      cleanUp();
    }
  });

  it('reflows at 320 px: long words wrap, nothing scrolls sideways', () => {
    const narrow = container();
    narrow.style.inlineSize = '320px';
    const inset = placeServerHtml(
      insetTextMarkup({ text: `${'supercalifragilistic'.repeat(5)} 🏠 عربي` }),
      narrow,
    );
    expect(inset.getBoundingClientRect().width).to.equal(320);
    expect(inset.scrollWidth).to.equal(inset.clientWidth);
    expect(narrow.scrollWidth).to.equal(320);
  });

  it('shows hostile strings as text', () => {
    delete window.__civicHacked;
    const inset = placeServerHtml(insetTextMarkup({ text: HOSTILE }));
    expect(textOf(inset)).to.equal(HOSTILE);
    expect(inset.querySelector('img')).to.equal(null);
    expect(window.__civicHacked).to.equal(undefined);
  });

  it('looks the same under a page’s hostile global CSS', () => {
    const section = document.createElement('section');
    section.style.inlineSize = '600px';
    container().append(section);
    const inset = placeServerHtml(insetTextMarkup(WEEKS), section);
    const before = boxesWithin(section, [inset]);
    withHostileCss(() => expect(boxesWithin(section, [inset])).to.deep.equal(before));
  });

  it('reads and looks the same with no script at all', async () => {
    await expectSameWithoutScript(insetTextMarkup(WEEKS), (inset) => [inset]);
  });

  itInForcedColours('keeps its rule in forced colours', async () => {
    const inset = placeServerHtml(insetTextMarkup(WEEKS));
    await emulateMedia({ forcedColors: 'active' });
    try {
      const style = getComputedStyle(inset);
      expect(style.borderInlineStartStyle).to.equal('solid');
      expect(style.borderInlineStartColor).to.equal(style.color);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  itInAccessibilityTree('is read as its text, with nothing added', async () => {
    const inset = placeServerHtml(insetTextMarkup(WEEKS));
    const read = await accessibleNodes(inset, { role: 'StaticText' });
    expect(read.map((node) => node.name)).to.deep.equal([WEEKS.text]);
  });
});
