import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  accessibleNodes,
  expectAccessibleNode,
  itInAccessibilityTree,
} from '../../../test/accessibility-tree.js';
import { cleanUp, container } from '../../../test/authoring.js';
import { HOSTILE, withHostileCss } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { column, framedPage } from '../../../test/viewport.js';
import { warningsDuring } from '../../../test/warnings.js';
import { toHtml } from '../../core/markup-html.js';
import { clearWarningHistory } from '../../core/warn.js';
import { footerMarkup, type FooterLink, type FooterParams } from './markup.js';

const ITEMS: FooterLink[] = [
  { text: 'Cookies', href: '/cookies' },
  { text: 'Accessibility statement', href: '/accessibility' },
  { text: 'Contact', href: '/contact' },
];

const FULL: FooterParams = {
  items: ITEMS,
  metaText: 'This service is run by Cardiff Council’s parking team.',
  copyright: '© Cardiff Council 2026',
};

const LICENCE_EN =
  '<p class="civic-footer__licence">You may use and re-use the content of this service under the ' +
  '<a class="civic-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>' +
  ', except where it says otherwise.</p>';

/** The footer a server writes, parsed into the page as a browser parses it. */
function footer(params: FooterParams, parent: Element = container()): HTMLElement {
  parent.insertAdjacentHTML('beforeend', toHtml(footerMarkup(params)));
  return parent.lastElementChild as HTMLElement;
}

describe('footer', () => {
  beforeEach(() => clearWarningHistory());
  afterEach(() => cleanUp());

  describe('markup', () => {
    it('writes the links under a heading for screen readers, the meta line, the licence and the copyright', () => {
      expect(toHtml(footerMarkup(FULL))).to.equal(
        '<footer class="civic-footer"><div class="civic-footer__container civic-width-container">' +
          '<div class="civic-footer__links"><h2 class="civic-visually-hidden">Support links</h2><ul class="civic-footer__list">' +
          '<li class="civic-footer__list-item"><a class="civic-footer__link" href="/cookies">Cookies</a></li>' +
          '<li class="civic-footer__list-item"><a class="civic-footer__link" href="/accessibility">Accessibility statement</a></li>' +
          '<li class="civic-footer__list-item"><a class="civic-footer__link" href="/contact">Contact</a></li>' +
          '</ul></div>' +
          '<p class="civic-footer__meta">This service is run by Cardiff Council’s parking team.</p>' +
          LICENCE_EN +
          '<p class="civic-footer__copyright">© Cardiff Council 2026</p>' +
          '</div></footer>',
      );
    });

    it('writes the licence in Welsh, linking the Welsh licence, and leaves it out when asked', () => {
      expect(toHtml(footerMarkup({ lang: 'cy' }))).to.equal(
        '<footer class="civic-footer"><div class="civic-footer__container civic-width-container">' +
          '<p class="civic-footer__licence">Gallwch ddefnyddio ac ailddefnyddio cynnwys y gwasanaeth hwn o dan y ' +
          '<a class="civic-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence-cymraeg/version/3/" rel="license">Drwydded Llywodraeth Agored v3.0</a>' +
          ', oni bai ei fod yn dweud yn wahanol.</p></div></footer>',
      );
      expect(toHtml(footerMarkup({ licence: false }))).to.equal(
        '<footer class="civic-footer"><div class="civic-footer__container civic-width-container"></div></footer>',
      );
    });

    it('writes hostile text as text, shows a link with a script URL as text, and skips wrong items', async () => {
      const escaped = '&lt;img src=x onerror="window.__civicHacked = true"&gt;';
      const warnings = await warningsDuring(() => {
        const html = toHtml(
          footerMarkup({
            items: [{ text: HOSTILE, href: 'javascript:alert(1)' }, null, 3, { href: '/x' }],
            metaText: HOSTILE,
            copyright: HOSTILE,
            licence: false,
          } as unknown as FooterParams),
        );
        expect(html).to.equal(
          '<footer class="civic-footer"><div class="civic-footer__container civic-width-container">' +
            '<div class="civic-footer__links"><h2 class="civic-visually-hidden">Support links</h2><ul class="civic-footer__list">' +
            `<li class="civic-footer__list-item"><span>${escaped}</span></li></ul></div>` +
            `<p class="civic-footer__meta">${escaped}</p>` +
            `<p class="civic-footer__copyright">${escaped}</p>` +
            '</div></footer>',
        );
        const wrong = { items: 'links', metaText: 4, copyright: {}, lang: null, licence: 'no' };
        expect(toHtml(footerMarkup(wrong as unknown as FooterParams))).to.equal(
          `<footer class="civic-footer"><div class="civic-footer__container civic-width-container">${LICENCE_EN}</div></footer>`,
        );
      });
      expect(warnings).to.deep.equal([
        '[civic] <civic-footer> refused the URL "javascript:alert(1)" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
      ]);
    });
  });

  it('is the secondary surface, its links the link colour, and passes axe', async () => {
    const element = footer(FULL);
    expect(getComputedStyle(element).backgroundColor).to.equal(
      tokenColour('--civic-color-surface-secondary'),
    );
    for (const link of element.querySelectorAll('a')) {
      expect(getComputedStyle(link).color, link.textContent).to.equal(
        tokenColour('--civic-color-link'),
      );
    }
    const heading = element.querySelector('h2')!;
    expect(
      heading.getBoundingClientRect().width,
      'the heading is for screen readers only',
    ).to.be.at.most(1);
    await expect(element.parentElement).to.be.accessible();
  });

  it('is reached by Tab in reading order, each link with the focus colours from the tokens', async () => {
    const root = container();
    const start = document.createElement('button');
    start.textContent = 'Start';
    root.append(start);
    const element = footer(FULL, root);
    start.focus();
    const reached: string[] = [];
    for (const link of element.querySelectorAll('a')) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
      expect(getComputedStyle(link).backgroundColor).to.equal(tokenColour('--civic-color-focus'));
      expect(getComputedStyle(link).color).to.equal(tokenColour('--civic-color-focus-text'));
      reached.push(link.textContent);
    }
    expect(reached).to.deep.equal([
      'Cookies',
      'Accessibility statement',
      'Contact',
      'Open Government Licence v3.0',
    ]);
  });

  it('keeps its look under hostile global CSS', () => {
    // In a column of fixed width: the test's own container div takes the hostile margins.
    const element = footer(FULL, column(container(), 640));
    const look = () =>
      [...element.querySelectorAll('a, p, li')].map((part) => {
        const box = part.getBoundingClientRect();
        const style = getComputedStyle(part);
        return `${Math.round(box.width)}x${Math.round(box.height)} ${style.color} ${style.fontSize}`;
      });
    const before = look();
    withHostileCss(() => expect(look()).to.deep.equal(before));
  });

  it('wraps its links and lines inside a 320 px page', async () => {
    {
      const html = toHtml(
        footerMarkup({
          ...FULL,
          lang: 'cy',
          items: [...ITEMS, { text: 'Datganiadhygyrcheddhirhebfylchau', href: '/x' }],
        }),
      );
      const narrow = await framedPage(
        container(),
        `<body style="margin: 0">${html}</body>`,
        320,
        'lang="cy"',
      );
      const element = narrow.querySelector('footer')!;
      expect(element.scrollWidth).to.be.at.most(element.clientWidth);
      expect(narrow.documentElement.scrollWidth).to.be.at.most(320);
    }
  });

  if (navigator.userAgent.includes('Chrome/')) {
    it('keeps the rule above it in forced colours, where its background is gone', async () => {
      const element = footer(FULL);
      await emulateMedia({ forcedColors: 'active' });
      try {
        const style = getComputedStyle(element);
        expect(`${style.borderTopStyle} ${style.borderTopWidth}`).to.equal('solid 1px');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  } else {
    it.skip(
      'keeps the rule above it in forced colours (Chromium only: this engine cannot emulate forced colours)',
    );
  }

  itInAccessibilityTree(
    'is the contentinfo landmark, with its heading, links and licence link',
    async () => {
      const root = container();
      footer(FULL, root);
      await expectAccessibleNode(root, { role: 'contentinfo', name: '' });
      await expectAccessibleNode(root, { role: 'heading', name: 'Support links' });
      const links = await accessibleNodes(root, { role: 'link' });
      expect(links.map((link) => link.name)).to.deep.equal([
        'Cookies',
        'Accessibility statement',
        'Contact',
        'Open Government Licence v3.0',
      ]);
      const welsh = container();
      welsh.lang = 'cy';
      footer({ items: [{ text: 'Cwcis', href: '/cy/cwcis' }], lang: 'cy' }, welsh);
      await expectAccessibleNode(welsh, { role: 'heading', name: 'Dolenni cymorth' });
      const welshLinks = await accessibleNodes(welsh, { role: 'link' });
      expect(welshLinks.map((link) => link.name)).to.deep.equal([
        'Cwcis',
        'Drwydded Llywodraeth Agored v3.0',
      ]);
    },
  );
});
