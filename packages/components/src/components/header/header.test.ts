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
import { framedPage } from '../../../test/viewport.js';
import { warningsDuring } from '../../../test/warnings.js';
import { toHtml } from '../../core/markup-html.js';
import { authoredContent } from '../../core/markup.js';
import { clearWarningHistory } from '../../core/warn.js';
import { headerMarkup, type HeaderParams } from './markup.js';

// The council's own logo, as a page writes it: decorative beside the name.
const LOGO =
  '<svg aria-hidden="true" focusable="false" viewBox="0 0 10 10" width="10" height="10"><circle cx="5" cy="5" r="5"></circle></svg>';

const FULL: HeaderParams = {
  organisationName: 'Cardiff Council',
  organisationHref: 'https://www.cardiff.gov.uk/',
  logoHtml: LOGO,
  serviceName: 'Apply for a parking permit',
  serviceHref: '/parking-permit',
};

/** The header a server writes, parsed into the page as a browser parses it. */
function header(params: HeaderParams, parent: Element = container()): HTMLElement {
  parent.insertAdjacentHTML('beforeend', toHtml(headerMarkup(params)));
  return parent.lastElementChild as HTMLElement;
}

describe('header', () => {
  beforeEach(() => clearWarningHistory());
  afterEach(() => cleanUp());

  describe('markup', () => {
    it('puts the logo of a renderer that places it itself (React) in the home page link, with no warning when there is no name', async () => {
      const warnings = await warningsDuring(() => {
        expect(toHtml(headerMarkup({ logoHtml: '<img alt="">' }, authoredContent(LOGO)))).to.equal(
          '<header class="civic-header"><div class="civic-header__container civic-width-container">' +
            '<div class="civic-header__logo"><a class="civic-header__homepage-link" href="/">' +
            `<span class="civic-header__logotype">${LOGO}</span>` +
            '</a></div></div></header>',
        );
      });
      expect(warnings).to.deep.equal([]);
    });

    it('writes the banner with the home page link holding the logo and name, then the service', () => {
      expect(toHtml(headerMarkup(FULL))).to.equal(
        '<header class="civic-header"><div class="civic-header__container civic-width-container">' +
          '<div class="civic-header__logo"><a class="civic-header__homepage-link" href="https://www.cardiff.gov.uk/">' +
          `<span class="civic-header__logotype">${LOGO}</span>` +
          '<span class="civic-header__organisation">Cardiff Council</span></a></div>' +
          '<div class="civic-header__service"><a class="civic-header__service-name" href="/parking-permit">Apply for a parking permit</a></div>' +
          '</div></header>',
      );
      expect(
        toHtml(
          headerMarkup({ organisationName: 'Cyngor Caerdydd', serviceName: 'Trwydded barcio' }),
        ),
      ).to.equal(
        '<header class="civic-header"><div class="civic-header__container civic-width-container">' +
          '<div class="civic-header__logo"><a class="civic-header__homepage-link" href="/">' +
          '<span class="civic-header__organisation">Cyngor Caerdydd</span></a></div>' +
          '<div class="civic-header__service"><span class="civic-header__service-name">Trwydded barcio</span></div>' +
          '</div></header>',
      );
    });

    it('writes names as text, and refuses script URLs', async () => {
      const warnings = await warningsDuring(() => {
        const html = toHtml(
          headerMarkup({
            organisationName: HOSTILE,
            organisationHref: 'javascript:alert(1)',
            serviceName: HOSTILE,
            serviceHref: 'JAVASCRIPT:alert(2)',
          }),
        );
        const escaped = '&lt;img src=x onerror="window.__civicHacked = true"&gt;';
        expect(html).to.equal(
          '<header class="civic-header"><div class="civic-header__container civic-width-container">' +
            `<div class="civic-header__logo"><a class="civic-header__homepage-link" href="/"><span class="civic-header__organisation">${escaped}</span></a></div>` +
            `<div class="civic-header__service"><span class="civic-header__service-name">${escaped}</span></div>` +
            '</div></header>',
        );
      });
      expect(warnings).to.deep.equal([
        '[civic] <civic-header> refused the URL "javascript:alert(1)" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
        '[civic] <civic-header> refused the URL "JAVASCRIPT:alert(2)" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
      ]);
    });

    it('never throws for null or wrong types, and warns when the home page link would have no name', async () => {
      const warnings = await warningsDuring(() => {
        const wrong = {
          organisationName: 7,
          logoHtml: null,
          serviceName: {},
          serviceHref: 3,
        } as unknown as HeaderParams;
        const expected =
          '<header class="civic-header"><div class="civic-header__container civic-width-container">' +
          '<div class="civic-header__logo"><a class="civic-header__homepage-link" href="/"></a></div></div></header>';
        expect(toHtml(headerMarkup(wrong))).to.equal(expected);
        expect(toHtml(headerMarkup())).to.equal(expected);
      });
      expect(warnings).to.deep.equal([
        '[civic] The civic header has no organisationName or logoHtml, so its home page link has no name. Give organisationName, such as "Cardiff Council".',
      ]);
    });
  });

  it('is on the brand surface with the text colour paired with it, and passes axe', async () => {
    const banner = header(FULL);
    expect(getComputedStyle(banner).backgroundColor).to.equal(
      tokenColour('--civic-color-surface-brand'),
    );
    for (const link of banner.querySelectorAll('a')) {
      expect(getComputedStyle(link).color, link.className).to.equal(
        tokenColour('--civic-color-text-on-brand'),
      );
    }
    await expect(banner.parentElement).to.be.accessible();
  });

  it('is reached by Tab in reading order, each link with the focus colours from the tokens', async () => {
    const root = container();
    const start = document.createElement('button');
    start.textContent = 'Start';
    root.append(start);
    const banner = header(FULL, root);
    start.focus();
    const reached: string[] = [];
    for (const link of banner.querySelectorAll('a')) {
      await sendKeys({ press: 'Tab' });
      const focused = document.activeElement as HTMLElement;
      expect(focused).to.equal(link);
      reached.push(focused.textContent);
      expect(getComputedStyle(focused).backgroundColor).to.equal(
        tokenColour('--civic-color-focus'),
      );
      expect(getComputedStyle(focused).color).to.equal(tokenColour('--civic-color-focus-text'));
    }
    expect(reached).to.deep.equal(['Cardiff Council', 'Apply for a parking permit']);
  });

  it('keeps its look under hostile global CSS', () => {
    const banner = header(FULL);
    const look = () =>
      // The header's height and its parts' sizes (the test's own container div takes the hostile margins).
      [banner, ...banner.querySelectorAll('a, svg')].map((element) => {
        const box = element.getBoundingClientRect();
        const width = element === banner ? '' : `${Math.round(box.width)}x`;
        return `${width}${Math.round(box.height)} ${getComputedStyle(element).color}`;
      });
    const before = look();
    withHostileCss(() => expect(look()).to.deep.equal(before));
  });

  it('wraps long names and a wide logo inside a 320 px page', async () => {
    {
      const html = toHtml(
        headerMarkup({
          ...FULL,
          organisationName: 'Cyngor Bwrdeistref Sirol Rhondda Cynon Taf',
          serviceName: 'Gwneud cais am drwydded barcio i breswylwyr',
          logoHtml:
            '<svg aria-hidden="true" focusable="false" viewBox="0 0 400 30" width="400" height="30"><rect width="400" height="30"></rect></svg>',
        }),
      );
      const narrow = await framedPage(container(), `<body style="margin: 0">${html}</body>`, 320);
      const banner = narrow.querySelector('header')!;
      expect(banner.scrollWidth).to.be.at.most(banner.clientWidth);
      expect(narrow.documentElement.scrollWidth).to.be.at.most(320);
      expect(narrow.querySelector('svg')!.getBoundingClientRect().right).to.be.at.most(320);
    }
  });

  if (navigator.userAgent.includes('Chrome/')) {
    it('keeps a line under the header in forced colours, where its background is gone', async () => {
      const banner = header(FULL);
      await emulateMedia({ forcedColors: 'active' });
      try {
        const style = getComputedStyle(banner);
        expect(`${style.borderBottomStyle} ${style.borderBottomWidth}`).to.equal('solid 2px');
        expect(style.borderBottomColor).to.not.equal('rgba(0, 0, 0, 0)');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  } else {
    it.skip(
      'keeps a line under the header in forced colours (Chromium only: this engine cannot emulate forced colours)',
    );
  }

  itInAccessibilityTree(
    'is the banner landmark, with the home page link named by the organisation alone',
    async () => {
      const root = container();
      header(FULL, root);
      await expectAccessibleNode(root, { role: 'banner', name: '' });
      const links = await accessibleNodes(root, { role: 'link' });
      expect(links.map((link) => link.name)).to.deep.equal([
        'Cardiff Council',
        'Apply for a parking permit',
      ]);
      const welsh = container();
      welsh.lang = 'cy';
      header(
        {
          organisationName: 'Cyngor Caerdydd',
          logoHtml: '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">',
        },
        welsh,
      );
      const welshLinks = await accessibleNodes(welsh, { role: 'link' });
      expect(welshLinks.map((link) => link.name)).to.deep.equal(['Cyngor Caerdydd']);
    },
  );
});
