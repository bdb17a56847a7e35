import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expectAccessibleNode, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import { cleanUp, container, normalisedMarkup } from '../../../test/authoring.js';
import { HOSTILE, withHostileCss } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { framedPage } from '../../../test/viewport.js';
import { warningsDuring } from '../../../test/warnings.js';
import { toHtml } from '../../core/markup-html.js';
import { clearWarningHistory } from '../../core/warn.js';
import { CivicSkipLink } from './define.js';
import { skipLinkMarkup, type SkipLinkParams } from './markup.js';

/** The skip link a server writes, parsed into the page as a browser parses it. */
function serverSkipLink(params: SkipLinkParams, parent: Element = container()): CivicSkipLink {
  const holder = document.createElement('div');
  holder.innerHTML = toHtml(skipLinkMarkup(params));
  const element = holder.firstElementChild as CivicSkipLink;
  parent.append(element);
  return element;
}

/** The skip link a framework writes: attributes only. */
function attributeSkipLink(params: SkipLinkParams, parent: Element = container()): CivicSkipLink {
  const element = document.createElement('civic-skip-link');
  if (params.href !== undefined) element.setAttribute('href', params.href);
  if (params.text !== undefined) element.setAttribute('link-text', params.text);
  if (params.lang !== undefined) element.lang = params.lang;
  parent.append(element);
  return element;
}

const AUTHORED = [
  ['server HTML', serverSkipLink],
  ['attributes', attributeSkipLink],
] as const;

/** A page: a button before the skip link (standing for the browser's own UI), the skip link, a header link, and main. */
function page(
  make: (params: SkipLinkParams, parent: Element) => CivicSkipLink,
  params: SkipLinkParams = {},
) {
  const root = container();
  const start = document.createElement('button');
  start.textContent = 'Start';
  root.append(start);
  const skipLink = make(params, root);
  root.insertAdjacentHTML(
    'beforeend',
    '<header><a href="#home">Cardiff Council</a></header><main id="main-content"><h1>Your vehicle</h1><a href="#more">More</a></main>',
  );
  return {
    root,
    start,
    skipLink,
    link: skipLink.querySelector('a')!,
    main: root.querySelector('main')!,
  };
}

describe('<civic-skip-link>', () => {
  beforeEach(() => clearWarningHistory());
  afterEach(() => cleanUp());

  describe('markup', () => {
    it('writes the link to #main-content in English or Welsh, or to the page’s own id and words', () => {
      expect(toHtml(skipLinkMarkup())).to.equal(
        '<civic-skip-link><a class="civic-skip-link__link" href="#main-content">Skip to main content</a></civic-skip-link>',
      );
      expect(toHtml(skipLinkMarkup({ lang: 'cy' }))).to.equal(
        '<civic-skip-link><a class="civic-skip-link__link" href="#main-content">Neidio i’r prif gynnwys</a></civic-skip-link>',
      );
      expect(toHtml(skipLinkMarkup({ href: '#content', text: 'Skip to the form' }))).to.equal(
        '<civic-skip-link><a class="civic-skip-link__link" href="#content">Skip to the form</a></civic-skip-link>',
      );
    });

    it('writes hostile text as text', () => {
      expect(toHtml(skipLinkMarkup({ text: HOSTILE }))).to.equal(
        '<civic-skip-link><a class="civic-skip-link__link" href="#main-content">&lt;img src=x onerror="window.__civicHacked = true"&gt;</a></civic-skip-link>',
      );
    });

    it('refuses script URLs and other pages, and never throws for wrong types', async () => {
      const warnings = await warningsDuring(() => {
        for (const href of [
          'javascript:alert(1)',
          ' JaVa\tscript:alert(1)',
          '/elsewhere',
          '#',
          42,
          null,
          { a: 1 },
        ]) {
          const html = toHtml(skipLinkMarkup({ href } as unknown as SkipLinkParams));
          expect(html, JSON.stringify(href)).to.equal(
            '<civic-skip-link><a class="civic-skip-link__link" href="#main-content">Skip to main content</a></civic-skip-link>',
          );
        }
        expect(
          toHtml(skipLinkMarkup({ text: 42, lang: {} } as unknown as SkipLinkParams)),
        ).to.equal(
          '<civic-skip-link><a class="civic-skip-link__link" href="#main-content">Skip to main content</a></civic-skip-link>',
        );
      });
      expect(warnings).to.deep.equal([
        '[civic] <civic-skip-link> refused the URL "javascript:alert(1)" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
        '[civic] <civic-skip-link> refused the URL " JaVa\tscript:alert(1)" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
        '[civic] <civic-skip-link> href="/elsewhere" is not the id of the main content, so "#main-content" is used. Give <main> an id and write it with #, such as "#main-content".',
        '[civic] <civic-skip-link> href="#" is not the id of the main content, so "#main-content" is used. Give <main> an id and write it with #, such as "#main-content".',
        '[civic] <civic-skip-link> href="42" is not the id of the main content, so "#main-content" is used. Give <main> an id and write it with #, such as "#main-content".',
        '[civic] <civic-skip-link> href="{"a":1}" is not the id of the main content, so "#main-content" is used. Give <main> an id and write it with #, such as "#main-content".',
      ]);
    });
  });

  it('is the same DOM from server HTML and from attributes, before and after upgrade', () => {
    for (const params of [{}, { lang: 'cy' }, { href: '#form', text: 'Skip to the form' }]) {
      const root = container();
      if (params.lang !== undefined) root.lang = params.lang;
      const server = serverSkipLink({ ...params }, root);
      const built = attributeSkipLink({ href: params.href, text: params.text }, root);
      expect(normalisedMarkup(built), JSON.stringify(params)).to.equal(normalisedMarkup(server));
      const before = new DOMParser().parseFromString(toHtml(skipLinkMarkup(params)), 'text/html');
      expect(normalisedMarkup(server)).to.equal(normalisedMarkup(before.body.firstElementChild!));
    }
  });

  for (const [authoring, make] of AUTHORED) {
    describe(`authored as ${authoring}`, () => {
      it('is hidden until the keyboard reaches it first, then shown with the focus colours', async () => {
        const { start, skipLink, link } = page(make);
        expect(skipLink).to.be.instanceOf(CivicSkipLink);
        expect(link.getBoundingClientRect().width).to.be.at.most(1);
        start.focus();
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement).to.equal(link);
        expect(link.getBoundingClientRect().width).to.be.above(100);
        expect(getComputedStyle(link).backgroundColor).to.equal(tokenColour('--civic-color-focus'));
        expect(getComputedStyle(link).color).to.equal(tokenColour('--civic-color-focus-text'));
        await expect(skipLink.parentElement).to.be.accessible();
      });

      it('moves focus to main with Enter, so the next Tab is inside main, then gives main back its tabindex', async () => {
        const { start, link, main } = page(make);
        start.focus();
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
        expect(document.activeElement).to.equal(main);
        expect(main.getAttribute('tabindex')).to.equal('-1');
        expect(getComputedStyle(main).outlineStyle, 'no ring around the whole main').to.equal(
          'none',
        );
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement?.textContent).to.equal('More');
        expect(main.hasAttribute('tabindex')).to.equal(false);
        expect(main.className).to.equal('');
        expect(link.getBoundingClientRect().width, 'hidden again').to.be.at.most(1);
      });
    });
  }

  it('leaves a target that is focusable itself as it is', () => {
    const { root, link } = page(serverSkipLink, { href: '#answer' });
    root.insertAdjacentHTML('beforeend', '<input id="answer" aria-label="Answer">');
    link.click();
    const input = root.querySelector('input')!;
    expect(document.activeElement).to.equal(input);
    expect(input.hasAttribute('tabindex')).to.equal(false);
  });

  it('keeps the person on the page under a <base> element, where a fragment link would leave it', () => {
    const { link, main } = page(serverSkipLink, {});
    const base = document.createElement('base');
    base.href = 'https://example.com/elsewhere/';
    document.head.append(base);
    try {
      let followed = true;
      document.addEventListener('click', (event) => (followed = !event.defaultPrevented), {
        once: true,
      });
      link.click();
      expect(followed, 'the browser does not follow the link').to.equal(false);
      expect(document.activeElement).to.equal(main);
    } finally {
      base.remove();
    }
  });

  it('does nothing, and never throws, when the target is missing', () => {
    const { link, main } = page(serverSkipLink, { href: '#nowhere' });
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    link.click();
    expect(main.hasAttribute('tabindex')).to.equal(false);
  });

  it('re-words a link it built when the page language changes; keeps a server’s words', async () => {
    const root = container();
    const built = attributeSkipLink({}, root);
    const server = serverSkipLink({}, root);
    root.lang = 'cy';
    await built.updateComplete;
    await server.updateComplete;
    expect(built.textContent).to.equal('Neidio i’r prif gynnwys');
    expect(server.textContent).to.equal('Skip to main content');
  });

  it('reflects properties to attributes; null, removal and wrong types never throw', async () => {
    const element = attributeSkipLink({});
    const warnings = await warningsDuring(async () => {
      element.href = '#form';
      element.linkText = 'Skip to the form';
      await element.updateComplete;
      expect(element.outerHTML).to.equal(
        '<civic-skip-link href="#form" link-text="Skip to the form"><a class="civic-skip-link__link" href="#form">Skip to the form</a></civic-skip-link>',
      );
      element.href = null;
      element.linkText = { a: 1 } as unknown as string;
      await element.updateComplete;
      expect(element.outerHTML).to.equal(
        '<civic-skip-link><a class="civic-skip-link__link" href="#main-content">Skip to main content</a></civic-skip-link>',
      );
      element.href = 'javascript:alert(1)';
      await element.updateComplete;
      expect(element.querySelector('a')!.getAttribute('href')).to.equal('#main-content');
      expect(element.href).to.equal('#main-content');
    });
    expect(warnings).to.deep.equal([
      '[civic] <civic-skip-link> linkText was set to {"a":1}, which is not text, so it is cleared.',
      '[civic] <civic-skip-link> refused the URL "javascript:alert(1)" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
    ]);
  });

  it('keeps its look under hostile global CSS, and fits a 320 px page when focused', async () => {
    const { start, link } = page(serverSkipLink, { lang: 'cy' });
    start.focus();
    await sendKeys({ press: 'Tab' });
    const box = () => [link.getBoundingClientRect().height, getComputedStyle(link).fontSize];
    const before = box();
    withHostileCss(() => expect(box()).to.deep.equal(before));
    // The server's link in a 320 px page of its own, focused there.
    const narrow = await framedPage(
      container(),
      `<body style="margin: 0">${toHtml(skipLinkMarkup({ lang: 'cy' }))}<main id="main-content"></main></body>`,
      320,
      'lang="cy"',
    );
    const narrowLink = narrow.querySelector('a')!;
    narrowLink.focus();
    expect(narrowLink.getBoundingClientRect().width).to.be.above(100);
    expect(narrowLink.getBoundingClientRect().right).to.be.at.most(320);
    expect(narrowLink.scrollWidth).to.be.at.most(narrowLink.clientWidth);
  });

  if (navigator.userAgent.includes('Chrome/')) {
    it('keeps an outline in the system highlight in forced colours', async () => {
      const { start, link } = page(serverSkipLink);
      await emulateMedia({ forcedColors: 'active' });
      try {
        start.focus();
        await sendKeys({ press: 'Tab' });
        const style = getComputedStyle(link);
        expect(`${style.outlineStyle} ${style.outlineWidth}`).to.equal('solid 3px');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  } else {
    it.skip(
      'keeps an outline in the system highlight in forced colours (Chromium only: this engine cannot emulate forced colours)',
    );
  }

  itInAccessibilityTree(
    'is read as a link named "Skip to main content", in Welsh too',
    async () => {
      const { skipLink } = page(serverSkipLink);
      await expectAccessibleNode(skipLink, { role: 'link', name: 'Skip to main content' });
      const welsh = container();
      welsh.lang = 'cy';
      const built = attributeSkipLink({}, welsh);
      await expectAccessibleNode(built, { role: 'link', name: 'Neidio i’r prif gynnwys' });
    },
  );
});
