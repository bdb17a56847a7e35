import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  accessibleNodes,
  expectAccessibleNode,
  itInAccessibilityTree,
} from '../../../test/accessibility-tree.js';
import { cleanUp, container, normalisedMarkup } from '../../../test/authoring.js';
import { HOSTILE, withHostileCss } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { atViewportWidth, framedPage, itAtViewport } from '../../../test/viewport.js';
import { warningsDuring } from '../../../test/warnings.js';
import { toHtml } from '../../core/markup-html.js';
import { clearWarningHistory } from '../../core/warn.js';
import { CivicServiceNavigation } from './define.js';
import {
  serviceNavigationMarkup,
  type ServiceNavigationItem,
  type ServiceNavigationParams,
} from './markup.js';

const ITEMS: ServiceNavigationItem[] = [
  { text: 'Apply', href: '/apply' },
  { text: 'Your permits', href: '/permits', current: true },
  { text: 'Help', href: '/help' },
];

/** The navigation a server writes, parsed into the page as a browser parses it. */
function serverNavigation(
  params: ServiceNavigationParams,
  parent: Element = container(),
): CivicServiceNavigation {
  const holder = document.createElement('div');
  holder.innerHTML = toHtml(serviceNavigationMarkup(params));
  const element = holder.firstElementChild as CivicServiceNavigation;
  parent.append(element);
  return element;
}

/** The navigation a framework writes: attributes only. */
function attributeNavigation(
  params: ServiceNavigationParams,
  parent: Element = container(),
): CivicServiceNavigation {
  const element = document.createElement('civic-service-navigation');
  if (params.items !== undefined) element.setAttribute('items', JSON.stringify(params.items));
  if (params.label !== undefined) element.setAttribute('label', params.label);
  if (params.menuText !== undefined) element.setAttribute('menu-text', params.menuText);
  if (params.id !== undefined) element.setAttribute('list-id', params.id);
  parent.append(element);
  return element;
}

const AUTHORED = [
  ['server HTML', serverNavigation],
  ['attributes', attributeNavigation],
] as const;

const parts = (element: Element) => ({
  button: element.querySelector<HTMLButtonElement>('button')!,
  list: element.querySelector<HTMLElement>('ul')!,
  links: [...element.querySelectorAll<HTMLAnchorElement>('a')],
});

/**
 * Resolves once the browser has evaluated media queries after a viewport
 * change: it fires their change events in the same rendering step, before
 * animation frame callbacks (HTML's "update the rendering").
 */
function mediaQueriesEvaluated(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

describe('<civic-service-navigation>', () => {
  beforeEach(() => clearWarningHistory());
  afterEach(() => cleanUp());

  describe('markup', () => {
    it('writes a nav named "Menu" with its hidden button and the links, the current one marked', () => {
      expect(toHtml(serviceNavigationMarkup({ items: ITEMS }))).to.equal(
        '<civic-service-navigation><nav class="civic-service-navigation" aria-label="Menu">' +
          '<div class="civic-service-navigation__container civic-width-container">' +
          '<button type="button" class="civic-service-navigation__toggle" aria-controls="civic-service-navigation" aria-expanded="false" hidden>Menu</button>' +
          '<ul class="civic-service-navigation__list" id="civic-service-navigation">' +
          '<li class="civic-service-navigation__item"><a class="civic-service-navigation__link" href="/apply">Apply</a></li>' +
          '<li class="civic-service-navigation__item civic-service-navigation__item--current"><a class="civic-service-navigation__link" href="/permits" aria-current="page">Your permits</a></li>' +
          '<li class="civic-service-navigation__item"><a class="civic-service-navigation__link" href="/help">Help</a></li>' +
          '</ul></div></nav></civic-service-navigation>',
      );
    });

    it('writes Welsh words, or the page’s own name, button text and id', () => {
      expect(toHtml(serviceNavigationMarkup({ lang: 'cy' }))).to.equal(
        '<civic-service-navigation><nav class="civic-service-navigation" aria-label="Dewislen">' +
          '<div class="civic-service-navigation__container civic-width-container">' +
          '<button type="button" class="civic-service-navigation__toggle" aria-controls="civic-service-navigation" aria-expanded="false" hidden>Dewislen</button>' +
          '<ul class="civic-service-navigation__list" id="civic-service-navigation"></ul></div></nav></civic-service-navigation>',
      );
      expect(
        toHtml(
          serviceNavigationMarkup({ label: 'Parking permits', menuText: 'Pages', id: 'pages' }),
        ),
      ).to.equal(
        '<civic-service-navigation><nav class="civic-service-navigation" aria-label="Parking permits">' +
          '<div class="civic-service-navigation__container civic-width-container">' +
          '<button type="button" class="civic-service-navigation__toggle" aria-controls="pages" aria-expanded="false" hidden>Pages</button>' +
          '<ul class="civic-service-navigation__list" id="pages"></ul></div></nav></civic-service-navigation>',
      );
    });

    it('writes hostile text as text, shows an item with a script URL as text, and skips wrong items', async () => {
      const escaped = '&lt;img src=x onerror="window.__civicHacked = true"&gt;';
      const warnings = await warningsDuring(() => {
        const html = toHtml(
          serviceNavigationMarkup({
            label: HOSTILE,
            items: [
              { text: HOSTILE, href: 'javascript:alert(1)' },
              null,
              42,
              { href: '/no-text' },
              { text: 'Help', href: 7 },
            ] as unknown as ServiceNavigationItem[],
          }),
        );
        expect(html).to.equal(
          `<civic-service-navigation><nav class="civic-service-navigation" aria-label="&lt;img src=x onerror=&quot;window.__civicHacked = true&quot;>">` +
            '<div class="civic-service-navigation__container civic-width-container">' +
            '<button type="button" class="civic-service-navigation__toggle" aria-controls="civic-service-navigation" aria-expanded="false" hidden>Menu</button>' +
            '<ul class="civic-service-navigation__list" id="civic-service-navigation">' +
            `<li class="civic-service-navigation__item"><span class="civic-service-navigation__text">${escaped}</span></li>` +
            '<li class="civic-service-navigation__item"><span class="civic-service-navigation__text">Help</span></li>' +
            '</ul></div></nav></civic-service-navigation>',
        );
        expect(
          toHtml(
            serviceNavigationMarkup({
              items: 'nope',
              lang: 3,
            } as unknown as ServiceNavigationParams),
          ),
        ).to.equal(toHtml(serviceNavigationMarkup()));
      });
      expect(warnings).to.deep.equal([
        '[civic] <civic-service-navigation> refused the URL "javascript:alert(1)" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
      ]);
    });
  });

  it('is the same DOM from server HTML and from attributes, and before and after upgrade', () => {
    const states: ServiceNavigationParams[] = [
      { items: ITEMS },
      { items: ITEMS, label: 'Parking permits', menuText: 'Pages', id: 'pages' },
      {},
    ];
    for (const params of states) {
      const server = serverNavigation(params);
      const serverDom = normalisedMarkup(server);
      server.remove();
      const built = attributeNavigation(params);
      expect(normalisedMarkup(built), JSON.stringify(params)).to.equal(serverDom);
      built.remove();
      const before = new DOMParser().parseFromString(
        toHtml(serviceNavigationMarkup(params)),
        'text/html',
      );
      expect(serverDom, 'server HTML after upgrade, at a wide width').to.equal(
        normalisedMarkup(before.body.firstElementChild!),
      );
    }
  });

  for (const [authoring, make] of AUTHORED) {
    describe(`authored as ${authoring}`, () => {
      it('shows every link and no button on a wide screen, and Tab goes through the links', async () => {
        const root = container();
        const start = document.createElement('button');
        start.textContent = 'Start';
        root.append(start);
        const navigation = make({ items: ITEMS }, root);
        expect(navigation).to.be.instanceOf(CivicServiceNavigation);
        const { button, list, links } = parts(navigation);
        expect(button.hidden).to.equal(true);
        expect(list.hidden).to.equal(false);
        start.focus();
        const reached: string[] = [];
        for (const link of links) {
          await sendKeys({ press: 'Tab' });
          expect(document.activeElement).to.equal(link);
          expect(getComputedStyle(link).backgroundColor).to.equal(
            tokenColour('--civic-color-focus'),
          );
          reached.push(link.textContent);
        }
        expect(reached).to.deep.equal(['Apply', 'Your permits', 'Help']);
        await expect(root).to.be.accessible();
      });

      itAtViewport(
        'folds the links behind the Menu button at 320 px, which Enter and Space open and close',
        async () => {
          const navigation = make({ items: ITEMS });
          const toggles: boolean[] = [];
          navigation.addEventListener('civic-service-navigation-toggle', (event) => {
            toggles.push((event as CustomEvent<{ expanded: boolean }>).detail.expanded);
          });
          await atViewportWidth(320, async () => {
            const { button, list } = parts(navigation);
            await mediaQueriesEvaluated();
            expect(button.hidden).to.equal(false);
            expect(button.getAttribute('aria-expanded')).to.equal('false');
            expect(button.getAttribute('aria-controls')).to.equal(list.id);
            expect(list.hidden).to.equal(true);
            await expect(navigation.parentElement).to.be.accessible();
            button.focus();
            await sendKeys({ press: 'Enter' });
            expect(button.getAttribute('aria-expanded')).to.equal('true');
            expect(list.hidden).to.equal(false);
            expect(navigation.expanded).to.equal(true);
            await expect(navigation.parentElement).to.be.accessible();
            await sendKeys({ press: ' ' });
            expect(button.getAttribute('aria-expanded')).to.equal('false');
            expect(list.hidden).to.equal(true);
            expect(navigation.scrollWidth).to.be.at.most(navigation.clientWidth);
          });
          expect(toggles).to.deep.equal([true, false]);
          // Wide again: every link shows whatever the button said.
          await mediaQueriesEvaluated();
          expect(parts(navigation).list.hidden).to.equal(false);
          expect(parts(navigation).button.hidden).to.equal(true);
        },
      );
    });
  }

  it('without script, shows every link at 320 px and no button that would do nothing', async () => {
    const page = await framedPage(
      container(),
      `<body style="margin: 0">${toHtml(serviceNavigationMarkup({ items: ITEMS }))}</body>`,
      320,
    );
    const links = [...page.querySelectorAll('a')];
    expect(links.map((link) => link.getBoundingClientRect().height > 0)).to.deep.equal([
      true,
      true,
      true,
    ]);
    expect(page.querySelector('button')!.getBoundingClientRect().height).to.equal(0);
    expect(page.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('rebuilds from changed properties; null, removal and wrong types never throw', async () => {
    const navigation = attributeNavigation({ items: ITEMS });
    const warnings = await warningsDuring(async () => {
      navigation.items = [{ text: 'Home', href: '/', current: true }];
      navigation.label = 'Parking';
      await navigation.updateComplete;
      expect(parts(navigation).links.map((link) => link.outerHTML)).to.deep.equal([
        '<a class="civic-service-navigation__link" href="/" aria-current="page">Home</a>',
      ]);
      expect(navigation.querySelector('nav')!.getAttribute('aria-label')).to.equal('Parking');
      navigation.items = null;
      navigation.label = undefined;
      navigation.menuText = { a: 1 } as unknown as string;
      await navigation.updateComplete;
      expect(navigation.querySelectorAll('li')).to.have.length(0);
      expect(navigation.querySelector('nav')!.getAttribute('aria-label')).to.equal('Menu');
      navigation.setAttribute('items', '{not json');
      await navigation.updateComplete;
      expect(navigation.items).to.deep.equal([]);
      navigation.items = 'Home' as unknown as ServiceNavigationItem[];
    });
    expect(warnings).to.deep.equal([
      '[civic] <civic-service-navigation> menuText was set to {"a":1}, which is not text, so it is cleared.',
      '[civic] <civic-service-navigation> items "{not json" is not JSON such as [{"text":"Home","href":"/","current":true}], so it is ignored.',
      '[civic] <civic-service-navigation> items ""Home"" is not JSON such as [{"text":"Home","href":"/","current":true}], so it is ignored.',
    ]);
  });

  it('re-words the navigation it built when the page language changes; keeps a server’s words', async () => {
    const root = container();
    const built = attributeNavigation({ items: ITEMS }, root);
    const server = serverNavigation({ items: ITEMS, id: 'server-navigation' }, root);
    root.lang = 'cy';
    await built.updateComplete;
    await server.updateComplete;
    expect(built.querySelector('nav')!.getAttribute('aria-label')).to.equal('Dewislen');
    expect(parts(built).button.textContent).to.equal('Dewislen');
    expect(parts(server).button.textContent).to.equal('Menu');
  });

  it('keeps its look under hostile global CSS', () => {
    const navigation = serverNavigation({ items: ITEMS });
    const look = () =>
      [...navigation.querySelectorAll('a, li')].map((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return `${Math.round(box.width)}x${Math.round(box.height)} ${style.color} ${style.fontSize}`;
      });
    const before = look();
    withHostileCss(() => expect(look()).to.deep.equal(before));
  });

  if (navigator.userAgent.includes('Chrome/')) {
    it('keeps the current page’s bar in forced colours, where colour alone is gone', async () => {
      const navigation = serverNavigation({ items: ITEMS });
      await emulateMedia({ forcedColors: 'active' });
      try {
        const current = navigation.querySelector('.civic-service-navigation__item--current')!;
        const style = getComputedStyle(current);
        expect(`${style.borderBottomStyle} ${style.borderBottomWidth}`).to.equal('solid 5px');
        expect(style.fontWeight).to.equal('700');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  } else {
    it.skip(
      'keeps the current page’s bar in forced colours (Chromium only: this engine cannot emulate forced colours)',
    );
  }

  itInAccessibilityTree(
    'is a navigation named "Menu" with its links, the current page marked; the button is collapsed',
    async () => {
      const root = container();
      serverNavigation({ items: ITEMS }, root);
      await expectAccessibleNode(root, { role: 'navigation', name: 'Menu' });
      const links = await accessibleNodes(root, { role: 'link' });
      expect(links.map((link) => link.name)).to.deep.equal(['Apply', 'Your permits', 'Help']);
      await atViewportWidth(320, async () => {
        await mediaQueriesEvaluated();
        await expectAccessibleNode(root, {
          role: 'button',
          name: 'Menu',
          states: { expanded: false },
        });
      });
      const welsh = container();
      welsh.lang = 'cy';
      attributeNavigation({ items: ITEMS, label: 'Trwyddedau parcio' }, welsh);
      await expectAccessibleNode(welsh, { role: 'navigation', name: 'Trwyddedau parcio' });
    },
  );
});
