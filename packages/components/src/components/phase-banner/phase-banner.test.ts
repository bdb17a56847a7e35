import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { accessibleNodes, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import { cleanUp, container } from '../../../test/authoring.js';
import { HOSTILE, withHostileCss } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { column, framedPage } from '../../../test/viewport.js';
import { warningsDuring } from '../../../test/warnings.js';
import { toHtml } from '../../core/markup-html.js';
import { authoredContent } from '../../core/markup.js';
import { clearWarningHistory } from '../../core/warn.js';
import { phaseBannerMarkup, type PhaseBannerParams } from './markup.js';

const banner = (content: string) =>
  `<div class="civic-phase-banner"><p class="civic-phase-banner__content">${content}</p></div>`;
const tag = (text: string) =>
  `<strong class="civic-tag civic-tag--blue civic-phase-banner__tag">${text}</strong>`;

function placed(params: PhaseBannerParams, parent: Element = container()): HTMLElement {
  parent.insertAdjacentHTML('beforeend', toHtml(phaseBannerMarkup(params)));
  return parent.lastElementChild as HTMLElement;
}

describe('phase banner', () => {
  beforeEach(() => clearWarningHistory());
  afterEach(() => cleanUp());

  it('puts the content of a renderer that places it itself (React) in place of the banner’s text', () => {
    expect(
      toHtml(
        phaseBannerMarkup(
          { phase: 'alpha', text: 'Left out' },
          authoredContent('Tell us <a href="/f">what you think</a>.'),
        ),
      ),
    ).to.equal(
      banner(
        `${tag('Alpha')}<span class="civic-phase-banner__text">Tell us <a href="/f">what you think</a>.</span>`,
      ),
    );
  });

  it('writes the tag and the feedback sentence in English or Welsh, or the page’s own text', () => {
    expect(toHtml(phaseBannerMarkup({ feedbackHref: '/feedback' }))).to.equal(
      banner(
        `${tag('Beta')}<span class="civic-phase-banner__text">This is a new service. Your <a class="civic-link" href="/feedback">feedback</a> will help us to improve it.</span>`,
      ),
    );
    expect(
      toHtml(phaseBannerMarkup({ phase: 'alpha', feedbackHref: '/adborth', lang: 'cy' })),
    ).to.equal(
      banner(
        `${tag('Alffa')}<span class="civic-phase-banner__text">Mae hwn yn wasanaeth newydd. Bydd eich <a class="civic-link" href="/adborth">adborth</a> yn ein helpu i’w wella.</span>`,
      ),
    );
    expect(
      toHtml(phaseBannerMarkup({ tagText: 'Prototype', text: 'This is not a real service.' })),
    ).to.equal(
      banner(
        `${tag('Prototype')}<span class="civic-phase-banner__text">This is not a real service.</span>`,
      ),
    );
    expect(
      toHtml(phaseBannerMarkup({ html: 'Tell us <a href="/f">what you think</a>.' })),
    ).to.equal(
      banner(
        `${tag('Beta')}<span class="civic-phase-banner__text">Tell us <a href="/f">what you think</a>.</span>`,
      ),
    );
  });

  it('writes hostile text as text, refuses script URLs and warns about an unknown phase', async () => {
    const escaped = '&lt;img src=x onerror="window.__civicHacked = true"&gt;';
    const warnings = await warningsDuring(() => {
      expect(toHtml(phaseBannerMarkup({ tagText: HOSTILE, text: HOSTILE }))).to.equal(
        banner(`${tag(escaped)}<span class="civic-phase-banner__text">${escaped}</span>`),
      );
      expect(
        toHtml(
          phaseBannerMarkup({
            feedbackHref: 'javascript:alert(1)',
            phase: 'gamma',
          } as unknown as PhaseBannerParams),
        ),
      ).to.equal(
        banner(
          `${tag('Beta')}<span class="civic-phase-banner__text">This is a new service. Your feedback will help us to improve it.</span>`,
        ),
      );
      expect(
        toHtml(
          phaseBannerMarkup({ text: 4, html: {}, lang: null } as unknown as PhaseBannerParams),
        ),
      ).to.equal(toHtml(phaseBannerMarkup()));
    });
    expect(warnings).to.deep.equal([
      '[civic] The civic phase banner’s phase="gamma" is not one of alpha, beta, so "beta" is used.',
      '[civic] <civic-phase-banner> refused the URL "javascript:alert(1)" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
    ]);
  });

  it('uses the tag’s colours and the page link’s focus, and passes axe', async () => {
    const root = container();
    const start = document.createElement('button');
    start.textContent = 'Start';
    root.append(start);
    const element = placed({ feedbackHref: '#feedback' }, root);
    expect(getComputedStyle(element.querySelector('strong')!).backgroundColor).to.equal(
      tokenColour('--civic-color-tag-blue-background'),
    );
    await expect(root).to.be.accessible();
    start.focus();
    await sendKeys({ press: 'Tab' });
    const link = element.querySelector('a')!;
    expect(document.activeElement).to.equal(link);
    expect(getComputedStyle(link).backgroundColor).to.equal(tokenColour('--civic-color-focus'));
  });

  it('keeps its look under hostile global CSS, and wraps at 320 px', async () => {
    const element = placed({ feedbackHref: '#feedback', lang: 'cy' }, column(container(), 640));
    const look = () =>
      [element, ...element.querySelectorAll('p, strong, span, a')].map((part) => {
        const box = part.getBoundingClientRect();
        return `${Math.round(box.width)}x${Math.round(box.height)} ${getComputedStyle(part).fontSize}`;
      });
    const before = look();
    withHostileCss(() => expect(look()).to.deep.equal(before));
    const narrow = await framedPage(
      container(),
      `<body style="margin: 0">${toHtml(phaseBannerMarkup({ feedbackHref: '#f', lang: 'cy' }))}</body>`,
      320,
      'lang="cy"',
    );
    expect(narrow.documentElement.scrollWidth).to.be.at.most(320);
  });

  if (navigator.userAgent.includes('Chrome/')) {
    it('keeps its rule, and the tag its border, in forced colours', async () => {
      const element = placed({});
      await emulateMedia({ forcedColors: 'active' });
      try {
        expect(getComputedStyle(element).borderBottomStyle).to.equal('solid');
        expect(getComputedStyle(element.querySelector('strong')!).borderTopStyle).to.equal('solid');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  } else {
    it.skip(
      'keeps its rule, and the tag its border, in forced colours (Chromium only: this engine cannot emulate forced colours)',
    );
  }

  itInAccessibilityTree('reads the tag, then the sentence with its link', async () => {
    const root = container();
    placed({ feedbackHref: '#feedback' }, root);
    const texts = await accessibleNodes(root, { role: 'StaticText' });
    expect(texts.map((node) => node.name)).to.deep.equal([
      'Beta',
      'This is a new service. Your ',
      'feedback',
      ' will help us to improve it.',
    ]);
    const links = await accessibleNodes(root, { role: 'link' });
    expect(links.map((node) => node.name)).to.deep.equal(['feedback']);
  });
});
