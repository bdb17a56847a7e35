import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expectAccessibleNode, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import { cleanUp, container } from '../../../test/authoring.js';
import { HOSTILE, withHostileCss } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { column } from '../../../test/viewport.js';
import { warningsDuring } from '../../../test/warnings.js';
import { toHtml } from '../../core/markup-html.js';
import { clearWarningHistory } from '../../core/warn.js';
import { backLinkMarkup, type BackLinkParams } from './markup.js';

function placed(params: BackLinkParams, parent: Element = container()): HTMLAnchorElement {
  parent.insertAdjacentHTML('beforeend', toHtml(backLinkMarkup(params)));
  return parent.lastElementChild as HTMLAnchorElement;
}

describe('back link', () => {
  beforeEach(() => clearWarningHistory());
  afterEach(() => cleanUp());

  it('writes "Back" or "Yn ôl" to the previous page, or the page’s own words', () => {
    expect(toHtml(backLinkMarkup({ href: '/apply/vehicle' }))).to.equal(
      '<a class="civic-back-link" href="/apply/vehicle">Back</a>',
    );
    expect(toHtml(backLinkMarkup({ href: '/cy/cais', lang: 'cy' }))).to.equal(
      '<a class="civic-back-link" href="/cy/cais">Yn ôl</a>',
    );
    expect(toHtml(backLinkMarkup({ href: '/', text: 'Back to your permits' }))).to.equal(
      '<a class="civic-back-link" href="/">Back to your permits</a>',
    );
  });

  it('writes hostile text as text, refuses script URLs, and warns without an href', async () => {
    const warnings = await warningsDuring(() => {
      expect(toHtml(backLinkMarkup({ href: '/', text: HOSTILE }))).to.equal(
        '<a class="civic-back-link" href="/">&lt;img src=x onerror="window.__civicHacked = true"&gt;</a>',
      );
      expect(toHtml(backLinkMarkup({ href: 'javascript:history.back()' }))).to.equal(
        '<a class="civic-back-link" href="#">Back</a>',
      );
      expect(toHtml(backLinkMarkup({ href: 3, text: null } as unknown as BackLinkParams))).to.equal(
        '<a class="civic-back-link" href="#">Back</a>',
      );
    });
    expect(warnings).to.deep.equal([
      '[civic] <civic-back-link> refused the URL "javascript:history.back()" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
      '[civic] The civic back link has no safe href, so it goes to "#" and does nothing. Give href, the URL of the previous page in the form.',
    ]);
  });

  it('is the text colour, shows the focus colours from the keyboard, and passes axe', async () => {
    const root = container();
    const start = document.createElement('button');
    start.textContent = 'Start';
    root.append(start);
    const link = placed({ href: '#previous' }, root);
    expect(getComputedStyle(link).color).to.equal(tokenColour('--civic-color-text'));
    start.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(link);
    expect(getComputedStyle(link).backgroundColor).to.equal(tokenColour('--civic-color-focus'));
    expect(getComputedStyle(link).color).to.equal(tokenColour('--civic-color-focus-text'));
    expect(link.getBoundingClientRect().height, 'WCAG 2.5.8 target size').to.be.at.least(24);
    await expect(root).to.be.accessible();
  });

  it('keeps its look under hostile global CSS, and wraps in a 320 px column', () => {
    const link = placed({ href: '#previous' }, column(container(), 640));
    const look = () => {
      const box = link.getBoundingClientRect();
      return `${Math.round(box.width)}x${Math.round(box.height)} ${getComputedStyle(link).color} ${getComputedStyle(link).fontSize}`;
    };
    const before = look();
    withHostileCss(() => expect(look()).to.equal(before));
    const narrow = column(container(), 320);
    const long = placed(
      { href: '#p', text: 'Yn ôl i’ch trwyddedauparciopreswylwyrynghaerdydd' },
      narrow,
    );
    expect(long.getBoundingClientRect().width).to.be.at.most(320);
  });

  if (navigator.userAgent.includes('Chrome/')) {
    it('is the system link colour, with a highlight outline on focus, in forced colours', async () => {
      const link = placed({ href: '#previous' });
      await emulateMedia({ forcedColors: 'active' });
      try {
        link.focus();
        await sendKeys({ press: 'Shift+Tab' });
        await sendKeys({ press: 'Tab' });
        expect(getComputedStyle(link).outlineStyle).to.equal('solid');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  } else {
    it.skip(
      'is the system link colour, with a highlight outline on focus, in forced colours (Chromium only: this engine cannot emulate forced colours)',
    );
  }

  itInAccessibilityTree('is a link named "Back", in Welsh "Yn ôl"', async () => {
    const root = container();
    placed({ href: '#previous' }, root);
    await expectAccessibleNode(root, { role: 'link', name: 'Back' });
    const welsh = container();
    welsh.lang = 'cy';
    placed({ href: '#previous', lang: 'cy' }, welsh);
    await expectAccessibleNode(welsh, { role: 'link', name: 'Yn ôl' });
  });
});
