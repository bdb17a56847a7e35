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
import { breadcrumbsMarkup, type BreadcrumbItem, type BreadcrumbsParams } from './markup.js';

const ITEMS: BreadcrumbItem[] = [
  { text: 'Home', href: '/' },
  { text: 'Parking', href: '/parking' },
  { text: 'Permits', href: '/parking/permits' },
  { text: 'Resident parking permits' },
];

function placed(params: BreadcrumbsParams, parent: Element = container()): HTMLElement {
  parent.insertAdjacentHTML('beforeend', toHtml(breadcrumbsMarkup(params)));
  return parent.lastElementChild as HTMLElement;
}

describe('breadcrumbs', () => {
  beforeEach(() => clearWarningHistory());
  afterEach(() => cleanUp());

  it('writes a nav named "Breadcrumb" with an ordered list, the last item the current page', () => {
    expect(toHtml(breadcrumbsMarkup({ items: ITEMS }))).to.equal(
      '<nav class="civic-breadcrumbs" aria-label="Breadcrumb"><ol class="civic-breadcrumbs__list">' +
        '<li class="civic-breadcrumbs__item"><a class="civic-breadcrumbs__link" href="/">Home</a></li>' +
        '<li class="civic-breadcrumbs__item"><a class="civic-breadcrumbs__link" href="/parking">Parking</a></li>' +
        '<li class="civic-breadcrumbs__item"><a class="civic-breadcrumbs__link" href="/parking/permits">Permits</a></li>' +
        '<li class="civic-breadcrumbs__item" aria-current="page">Resident parking permits</li>' +
        '</ol></nav>',
    );
    expect(
      toHtml(breadcrumbsMarkup({ items: ITEMS.slice(0, 2), lang: 'cy', collapseOnNarrow: true })),
    ).to.equal(
      '<nav class="civic-breadcrumbs civic-breadcrumbs--collapse-on-narrow" aria-label="Briwsion bara"><ol class="civic-breadcrumbs__list">' +
        '<li class="civic-breadcrumbs__item"><a class="civic-breadcrumbs__link" href="/">Home</a></li>' +
        '<li class="civic-breadcrumbs__item"><a class="civic-breadcrumbs__link" href="/parking">Parking</a></li>' +
        '</ol></nav>',
    );
  });

  it('writes hostile text as text, shows an item with a script URL as text, and skips wrong items', async () => {
    const warnings = await warningsDuring(() => {
      expect(
        toHtml(
          breadcrumbsMarkup({
            items: [
              { text: HOSTILE, href: 'javascript:alert(1)' },
              null,
              { href: '/' },
              { text: 'Help', href: '/help' },
            ],
            label: 7,
          } as unknown as BreadcrumbsParams),
        ),
      ).to.equal(
        '<nav class="civic-breadcrumbs" aria-label="Breadcrumb"><ol class="civic-breadcrumbs__list">' +
          '<li class="civic-breadcrumbs__item">&lt;img src=x onerror="window.__civicHacked = true"&gt;</li>' +
          '<li class="civic-breadcrumbs__item"><a class="civic-breadcrumbs__link" href="/help">Help</a></li>' +
          '</ol></nav>',
      );
      expect(toHtml(breadcrumbsMarkup({ items: 'Home' } as unknown as BreadcrumbsParams))).to.equal(
        '<nav class="civic-breadcrumbs" aria-label="Breadcrumb"><ol class="civic-breadcrumbs__list"></ol></nav>',
      );
    });
    expect(warnings).to.deep.equal([
      '[civic] <civic-breadcrumbs> refused the URL "javascript:alert(1)" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
    ]);
  });

  it('is reached link by link with Tab, each with the focus colours, and passes axe', async () => {
    const root = container();
    const start = document.createElement('button');
    start.textContent = 'Start';
    root.append(start);
    const element = placed({ items: ITEMS }, root);
    start.focus();
    const reached: string[] = [];
    for (const link of element.querySelectorAll('a')) {
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(link);
      expect(getComputedStyle(link).backgroundColor).to.equal(tokenColour('--civic-color-focus'));
      reached.push(link.textContent);
    }
    expect(reached).to.deep.equal(['Home', 'Parking', 'Permits']);
    await expect(root).to.be.accessible();
  });

  it('wraps at 320 px, and shows only the first and last item there when collapsing', async () => {
    const html = (collapseOnNarrow: boolean) =>
      `<body style="margin: 0">${toHtml(breadcrumbsMarkup({ items: ITEMS, collapseOnNarrow }))}</body>`;
    const shown = (page: Document) =>
      [...page.querySelectorAll('li')]
        .filter((item) => item.getBoundingClientRect().height > 0)
        .map((item) => item.textContent);
    const wrapping = await framedPage(container(), html(false), 320);
    expect(shown(wrapping)).to.deep.equal(ITEMS.map((item) => item.text));
    expect(wrapping.documentElement.scrollWidth).to.be.at.most(320);
    const collapsed = await framedPage(container(), html(true), 320);
    expect(shown(collapsed)).to.deep.equal(['Home', 'Resident parking permits']);
    const wide = await framedPage(container(), html(true), 800);
    expect(shown(wide)).to.deep.equal(ITEMS.map((item) => item.text));
  });

  it('keeps its look under hostile global CSS', () => {
    const element = placed({ items: ITEMS }, column(container(), 640));
    const look = () =>
      [...element.querySelectorAll('li, a')].map((part) => {
        const box = part.getBoundingClientRect();
        return `${Math.round(box.width)}x${Math.round(box.height)} ${getComputedStyle(part).listStyleType} ${getComputedStyle(part).fontSize}`;
      });
    const before = look();
    withHostileCss(() => expect(look()).to.deep.equal(before));
  });

  if (navigator.userAgent.includes('Chrome/')) {
    it('is the system link colour in forced colours', async () => {
      const element = placed({ items: ITEMS });
      await emulateMedia({ forcedColors: 'active' });
      try {
        const link = element.querySelector('a')!;
        const canvasText = getComputedStyle(element.querySelector('[aria-current]')!).color;
        expect(
          getComputedStyle(link).color,
          'links stand apart from the current page',
        ).to.not.equal(canvasText);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  } else {
    it.skip(
      'is the system link colour in forced colours (Chromium only: this engine cannot emulate forced colours)',
    );
  }

  itInAccessibilityTree(
    'is a navigation named "Breadcrumb", a list of its links and the current page',
    async () => {
      const root = container();
      placed({ items: ITEMS }, root);
      await expectAccessibleNode(root, { role: 'navigation', name: 'Breadcrumb' });
      const links = await accessibleNodes(root, { role: 'link' });
      expect(links.map((link) => link.name)).to.deep.equal(['Home', 'Parking', 'Permits']);
      const items = await accessibleNodes(root, { role: 'listitem' });
      expect(items).to.have.length(4);
      const welsh = container();
      welsh.lang = 'cy';
      placed({ items: ITEMS, lang: 'cy' }, welsh);
      await expectAccessibleNode(welsh, { role: 'navigation', name: 'Briwsion bara' });
    },
  );
});
