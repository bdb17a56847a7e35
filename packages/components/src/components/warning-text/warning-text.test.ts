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
import { warningTextMarkup, type WarningTextParams } from './markup.js';

const FINED: WarningTextParams = {
  text: 'You can be fined up to £5,000 if you do not register.',
};

/** Every state a story shows. */
const STATES: Record<string, WarningTextParams> = {
  text: FINED,
  'with HTML': { html: 'Send it by <a href="#deadline">31 January</a> or you may be fined.' },
  Welsh: { text: 'Gallwch gael dirwy o hyd at £5,000 os nad ydych yn cofrestru.', lang: 'cy' },
};

function iconOf(warning: Element): HTMLElement {
  return warning.querySelector<HTMLElement>('.civic-warning-text__icon')!;
}

function messageOf(warning: Element): HTMLElement {
  return warning.querySelector<HTMLElement>('.civic-warning-text__text')!;
}

describe('warning text', () => {
  beforeEach(() => clearWarningHistory());
  afterEach(() => cleanUp());

  describe('markup', () => {
    it('puts the content of a renderer that places it itself (React) after "Warning:", with no warning that it is empty', async () => {
      const warnings = await warningsDuring(() => {
        expect(
          toHtml(
            warningTextMarkup(
              { ...FINED },
              authoredContent('Placed <a href="/fines">by the page</a>'),
            ),
          ),
        ).to.equal(
          '<div class="civic-warning-text">' +
            '<span class="civic-warning-text__icon" aria-hidden="true">!</span>' +
            '<strong class="civic-warning-text__text"><span class="civic-visually-hidden">Warning:</span> Placed <a href="/fines">by the page</a></strong>' +
            '</div>',
        );
        expect(toHtml(warningTextMarkup({}, authoredContent()))).to.equal(
          '<div class="civic-warning-text">' +
            '<span class="civic-warning-text__icon" aria-hidden="true">!</span>' +
            '<strong class="civic-warning-text__text"><span class="civic-visually-hidden">Warning:</span> </strong>' +
            '</div>',
        );
      });
      expect(warnings).to.deep.equal([]);
    });

    it('writes the "!" hidden from assistive technology, and the warning after a hidden "Warning:"', () => {
      expect(toHtml(warningTextMarkup({ ...FINED, id: 'fine' }))).to.equal(
        '<div class="civic-warning-text" id="fine">' +
          '<span class="civic-warning-text__icon" aria-hidden="true">!</span>' +
          '<strong class="civic-warning-text__text"><span class="civic-visually-hidden">Warning:</span> You can be fined up to £5,000 if you do not register.</strong>' +
          '</div>',
      );
    });

    it('says "Rhybudd:" in Welsh, or the service’s own word', () => {
      expect(toHtml(warningTextMarkup(STATES.Welsh))).to.equal(
        '<div class="civic-warning-text">' +
          '<span class="civic-warning-text__icon" aria-hidden="true">!</span>' +
          '<strong class="civic-warning-text__text"><span class="civic-visually-hidden">Rhybudd:</span> Gallwch gael dirwy o hyd at £5,000 os nad ydych yn cofrestru.</strong>' +
          '</div>',
      );
      expect(toHtml(warningTextMarkup({ ...FINED, iconFallbackText: 'Important' }))).to.contain(
        '<span class="civic-visually-hidden">Important:</span>',
      );
    });

    it('writes text as text, and the server’s HTML as it is', () => {
      expect(toHtml(warningTextMarkup({ text: HOSTILE, iconFallbackText: HOSTILE }))).to.equal(
        '<div class="civic-warning-text">' +
          '<span class="civic-warning-text__icon" aria-hidden="true">!</span>' +
          '<strong class="civic-warning-text__text"><span class="civic-visually-hidden">&lt;img src=x onerror="window.__civicHacked = true"&gt;:</span> &lt;img src=x onerror="window.__civicHacked = true"&gt;</strong>' +
          '</div>',
      );
      expect(toHtml(warningTextMarkup(STATES['with HTML']))).to.contain(
        '</span> Send it by <a href="#deadline">31 January</a> or you may be fined.</strong>',
      );
    });

    it('never throws or shows "[object Object]", "null" or "NaN" for wrong types, and warns when empty', async () => {
      let html = '';
      const warnings = await warningsDuring(() => {
        html = toHtml(
          warningTextMarkup({ text: { a: 1 }, html: NaN, iconFallbackText: [], id: 4 } as never),
        );
        expect(toHtml(warningTextMarkup(null))).to.equal(html);
      });
      expect(html).to.equal(
        '<div class="civic-warning-text"><span class="civic-warning-text__icon" aria-hidden="true">!</span><strong class="civic-warning-text__text"><span class="civic-visually-hidden">Warning:</span> </strong></div>',
      );
      expect(warnings).to.deep.equal([
        '[civic] Warning text has neither text nor html, so it warns of nothing: set text.',
      ]);
    });
  });

  it('shows a "!" in a dark circle beside the bold warning', () => {
    const warning = placeServerHtml(warningTextMarkup(FINED));
    const icon = getComputedStyle(iconOf(warning));
    expect(icon.backgroundColor).to.equal(tokenColour('--civic-color-text'));
    expect(icon.color).to.equal(tokenColour('--civic-color-surface'));
    expect(icon.borderRadius).to.equal('50%');
    expect(getComputedStyle(messageOf(warning)).fontWeight).to.equal('700');
    const [iconBox, messageBox] = [iconOf(warning), messageOf(warning)].map((part) =>
      part.getBoundingClientRect(),
    );
    expect(iconBox.width).to.equal(iconBox.height);
    expect(messageBox.left, 'the warning starts after the icon').to.be.above(iconBox.right);
  });

  it('passes axe in every state', async () => {
    for (const [state, params] of Object.entries(STATES)) {
      const root = container();
      if (params.lang !== undefined) root.lang = params.lang;
      placeServerHtml(warningTextMarkup(params), root);
      await expect(root, state).to.be.accessible();
      cleanUp();
    }
  });

  it('reflows at 320 px: long warnings wrap beside the icon, which keeps its size', () => {
    const narrow = container();
    narrow.style.inlineSize = '320px';
    const warning = placeServerHtml(
      warningTextMarkup({ text: `You can be fined ${'supercalifragilistic'.repeat(5)} 🏠 عربي` }),
      narrow,
    );
    expect(warning.getBoundingClientRect().width).to.equal(320);
    expect(warning.scrollWidth).to.equal(warning.clientWidth);
    expect(narrow.scrollWidth).to.equal(320);
    const icon = iconOf(warning).getBoundingClientRect();
    expect(icon.width).to.equal(icon.height);
    expect(messageOf(warning).getBoundingClientRect().right).to.be.at.most(
      warning.getBoundingClientRect().right + 0.5,
    );
  });

  it('shows hostile strings as text', () => {
    delete window.__civicHacked;
    const warning = placeServerHtml(warningTextMarkup({ text: HOSTILE }));
    expect(textOf(messageOf(warning))).to.equal(`Warning: ${HOSTILE}`);
    expect(warning.querySelector('img')).to.equal(null);
    expect(window.__civicHacked).to.equal(undefined);
  });

  it('looks the same under a page’s hostile global CSS', () => {
    const section = document.createElement('section');
    section.style.inlineSize = '600px';
    container().append(section);
    const warning = placeServerHtml(warningTextMarkup(FINED), section);
    const parts = [warning, iconOf(warning), messageOf(warning)];
    const before = boxesWithin(section, parts);
    withHostileCss(() => expect(boxesWithin(section, parts)).to.deep.equal(before));
  });

  it('reads and looks the same with no script at all', async () => {
    await expectSameWithoutScript(warningTextMarkup(FINED), (warning) => [
      warning,
      iconOf(warning),
      messageOf(warning),
    ]);
  });

  itInForcedColours(
    'keeps the circle’s outline and its "!" readable in forced colours',
    async () => {
      const warning = placeServerHtml(warningTextMarkup(FINED));
      await emulateMedia({ forcedColors: 'active' });
      try {
        const icon = getComputedStyle(iconOf(warning));
        expect(icon.borderTopStyle).to.equal('solid');
        expect(icon.color).to.not.equal(icon.backgroundColor);
        expect(icon.borderTopColor).to.equal(icon.color);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    },
  );

  itInAccessibilityTree(
    'is read as "Warning:" then the warning, in English and Welsh, and never the "!"',
    async () => {
      for (const [params, prefix] of [
        [FINED, 'Warning:'],
        [STATES.Welsh, 'Rhybudd:'],
      ] as const) {
        const warning = placeServerHtml(warningTextMarkup(params));
        const read = await accessibleNodes(warning, { role: 'StaticText' });
        expect(read.map((node) => node.name)).to.deep.equal([prefix, params.text]);
        cleanUp();
      }
    },
  );
});
