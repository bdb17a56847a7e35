import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import {
  accessibleNodes,
  expectAccessibleNode,
  itInAccessibilityTree,
} from '../../../test/accessibility-tree.js';
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
import { clearWarningHistory } from '../../core/warn.js';
import { pageNumbers, paginationMarkup, type PaginationParams } from './markup.js';

const RESULTS: PaginationParams = { current: 5, total: 10, href: '/results?page={page}' };
const GUIDANCE: PaginationParams = {
  block: true,
  previous: { href: '/lorry/licence', label: 'Applying for a provisional lorry licence' },
  next: { href: '/lorry/theory', label: 'Driver CPC part 1 test: theory' },
};

/** Every state a story shows. */
const STATES: Record<string, PaginationParams> = {
  'in the middle': RESULTS,
  'first page': { ...RESULTS, current: 1 },
  'last page': { ...RESULTS, current: 10 },
  'few pages': { current: 2, total: 3, href: '/results?page={page}' },
  block: GUIDANCE,
  Welsh: { ...RESULTS, lang: 'cy' },
};

/** What the list shows, in order: numbers, "⋯" for gaps, with the current page in brackets. */
function shownPages(nav: Element): string[] {
  return [...nav.querySelectorAll('.civic-pagination__item')].map((item) =>
    item.classList.contains('civic-pagination__item--current') ? `[${textOf(item)}]` : textOf(item),
  );
}

/** Each link's accessible name as a screen reader hears it (aria-label, else its text) and href. */
function linksOf(nav: Element): string[] {
  return [...nav.querySelectorAll('a')].map(
    (link) => `${link.getAttribute('aria-label') ?? textOf(link)} -> ${link.getAttribute('href')}`,
  );
}

describe('pagination', () => {
  beforeEach(() => clearWarningHistory());
  afterEach(() => {
    cleanUp();
    (document.activeElement as HTMLElement | null)?.blur();
  });

  describe('page numbers', () => {
    it('shows the first, the last and the current page with its neighbours, a gap of one as its page', () => {
      expect(pageNumbers(5, 10)).to.deep.equal([1, null, 4, 5, 6, null, 10]);
      expect(pageNumbers(1, 10)).to.deep.equal([1, 2, null, 10]);
      expect(pageNumbers(10, 10)).to.deep.equal([1, null, 9, 10]);
      expect(pageNumbers(3, 10)).to.deep.equal([1, 2, 3, 4, null, 10]);
      expect(pageNumbers(4, 7)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
      expect(pageNumbers(1, 1)).to.deep.equal([1]);
    });
  });

  describe('markup', () => {
    it('writes a landmark with Previous, the numbers and Next, computed from the params', () => {
      expect(toHtml(paginationMarkup({ current: 2, total: 3, href: '/r?page={page}' }))).to.equal(
        '<nav class="civic-pagination" aria-label="Pagination">' +
          '<div class="civic-pagination__previous"><a class="civic-pagination__link" href="/r?page=1" rel="prev">' +
          '<svg class="civic-pagination__icon civic-pagination__icon--previous" aria-hidden="true" focusable="false" width="15" height="13" viewBox="0 0 15 13"><path fill="currentColor" d="M6.5 0 7.9 1.4 3.8 5.5H15v2H3.8l4.1 4.1-1.4 1.4L0 6.5z"></path></svg>' +
          '<span class="civic-pagination__link-title">Previous<span class="civic-visually-hidden"> page</span></span></a></div>' +
          '<ul class="civic-pagination__list">' +
          '<li class="civic-pagination__item"><a class="civic-pagination__link" href="/r?page=1" aria-label="Page 1">1</a></li>' +
          '<li class="civic-pagination__item civic-pagination__item--current"><a class="civic-pagination__link" href="/r?page=2" aria-label="Page 2" aria-current="page">2</a></li>' +
          '<li class="civic-pagination__item"><a class="civic-pagination__link" href="/r?page=3" aria-label="Page 3">3</a></li>' +
          '</ul>' +
          '<div class="civic-pagination__next"><a class="civic-pagination__link" href="/r?page=3" rel="next">' +
          '<svg class="civic-pagination__icon civic-pagination__icon--next" aria-hidden="true" focusable="false" width="15" height="13" viewBox="0 0 15 13"><path fill="currentColor" d="M8.5 0 7.1 1.4l4.1 4.1H0v2h11.2l-4.1 4.1 1.4 1.4L15 6.5z"></path></svg>' +
          '<span class="civic-pagination__link-title">Next<span class="civic-visually-hidden"> page</span></span></a></div>' +
          '</nav>',
      );
    });

    it('leaves out Previous on the first page and Next on the last, and hides gaps from assistive technology', () => {
      const first = placeServerHtml(paginationMarkup({ ...RESULTS, current: 1 }));
      expect(linksOf(first)).to.deep.equal([
        'Page 1 -> /results?page=1',
        'Page 2 -> /results?page=2',
        'Page 10 -> /results?page=10',
        'Next page -> /results?page=2',
      ]);
      expect(shownPages(first)).to.deep.equal(['[1]', '2', '⋯', '10']);
      expect(
        first.querySelector('.civic-pagination__item--ellipsis')!.getAttribute('aria-hidden'),
      ).to.equal('true');
      const last = placeServerHtml(paginationMarkup({ ...RESULTS, current: 10 }));
      expect(linksOf(last)[0]).to.equal('Previous page -> /results?page=9');
      expect(last.querySelector('.civic-pagination__next')).to.equal(null);
    });

    it('writes the block variant: Previous and Next with what they go to', () => {
      expect(toHtml(paginationMarkup({ ...GUIDANCE, previous: undefined }))).to.equal(
        '<nav class="civic-pagination civic-pagination--block" aria-label="Pagination">' +
          '<div class="civic-pagination__next"><a class="civic-pagination__link" href="/lorry/theory" rel="next">' +
          '<svg class="civic-pagination__icon civic-pagination__icon--next" aria-hidden="true" focusable="false" width="15" height="13" viewBox="0 0 15 13"><path fill="currentColor" d="M8.5 0 7.1 1.4l4.1 4.1H0v2h11.2l-4.1 4.1 1.4 1.4L15 6.5z"></path></svg>' +
          '<span class="civic-pagination__link-title">Next<span class="civic-visually-hidden"> page:</span></span>' +
          '<span class="civic-pagination__link-label">Driver CPC part 1 test: theory</span></a></div>' +
          '</nav>',
      );
    });

    it('writes Welsh: "Tudalennu", "Tudalen 3", Blaenorol and Nesaf', () => {
      const nav = placeServerHtml(
        paginationMarkup({ current: 2, total: 3, href: '/r/{page}', lang: 'cy' }),
      );
      expect(nav.getAttribute('aria-label')).to.equal('Tudalennu');
      expect(linksOf(nav).map((link) => link.split(' -> ')[0])).to.deep.equal([
        'Tudalen Blaenorol',
        'Tudalen 1',
        'Tudalen 2',
        'Tudalen 3',
        'Tudalen Nesaf',
      ]);
    });

    it('writes text as text, refuses script URLs and warns about mistakes, naming the fix', async () => {
      let html = '';
      const warnings = await warningsDuring(() => {
        html = toHtml(
          paginationMarkup({
            current: 12,
            total: 3,
            href: '/r?page={page}',
            previous: { text: HOSTILE },
            next: { href: 'javascript:alert(1)', text: 'Next' },
            landmarkLabel: HOSTILE,
          }),
        );
        expect(
          toHtml(paginationMarkup({ current: 1, total: 2, href: 'javascript:alert(2)//{page}' })),
        ).to.equal('<nav class="civic-pagination" aria-label="Pagination"></nav>');
        expect(toHtml(paginationMarkup({ current: 1, total: 2, href: '/results' }))).to.equal(
          '<nav class="civic-pagination" aria-label="Pagination"></nav>',
        );
      });
      const nav = new DOMParser().parseFromString(html, 'text/html').body.firstElementChild!;
      expect(nav.getAttribute('aria-label')).to.equal(HOSTILE);
      expect(linksOf(nav)).to.deep.equal([
        `${HOSTILE} -> /r?page=2`,
        'Page 1 -> /r?page=1',
        'Page 2 -> /r?page=2',
        'Page 3 -> /r?page=3',
      ]);
      expect(nav.querySelector('img')).to.equal(null);
      expect(warnings).to.deep.equal([
        '[civic] Pagination current=12 is after the last page (3), so it is 3.',
        '[civic] <civic-pagination> refused the URL "javascript:alert(1)" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
        '[civic] <civic-pagination> refused the URL "javascript:alert(2)//{page}" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
        '[civic] Pagination has nowhere to go: give current, total and an href with {page}, or previous and next links with their href.',
        '[civic] Pagination href "/results" has no {page}, so every page would link to the same URL: put {page} where the number goes.',
      ]);
    });

    it('never throws or shows "[object Object]", "null" or "NaN" for wrong types', async () => {
      const warnings = await warningsDuring(() => {
        const html = toHtml(
          paginationMarkup({
            current: 'two',
            total: { n: 3 },
            href: 7,
            previous: 'back',
            next: [1],
            block: 'yes',
            landmarkLabel: null,
          } as never),
        );
        expect(html).to.equal('<nav class="civic-pagination" aria-label="Pagination"></nav>');
        expect(toHtml(paginationMarkup(null))).to.equal(html);
        expect(
          toHtml(paginationMarkup({ current: '2', total: '3', href: '/r/{page}' })),
        ).to.contain('aria-current="page">2</a>');
      });
      expect(warnings).to.deep.equal([
        '[civic] Pagination has nowhere to go: give current, total and an href with {page}, or previous and next links with their href.',
      ]);
    });

    it('warns when there is only one page', async () => {
      const warnings = await warningsDuring(() =>
        paginationMarkup({ current: 1, total: 1, href: '/r/{page}' }),
      );
      expect(warnings).to.deep.equal([
        '[civic] Pagination has only one page, so it shows no links: leave it out of the page.',
      ]);
    });
  });

  describe('in the page', () => {
    it('marks the current page, with links in the link colour and targets of at least 24 px', () => {
      const nav = placeServerHtml(paginationMarkup(RESULTS));
      const current = nav.querySelector<HTMLElement>('[aria-current="page"]')!;
      expect(textOf(current)).to.equal('5');
      expect(getComputedStyle(current).fontWeight).to.equal('700');
      expect(getComputedStyle(current).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(current).color).to.equal(tokenColour('--civic-color-text'));
      const other = nav.querySelector<HTMLElement>('[aria-label="Page 4"]')!;
      expect(getComputedStyle(other).color).to.equal(tokenColour('--civic-color-link'));
      for (const link of nav.querySelectorAll('a')) {
        const box = link.getBoundingClientRect();
        expect(Math.min(box.width, box.height), textOf(link)).to.be.at.least(24);
      }
    });

    it('is reached with Tab in reading order, each link in the focus colours', async () => {
      const root = container();
      const before = document.createElement('button');
      root.append(before);
      const nav = placeServerHtml(paginationMarkup(STATES['few pages']), root);
      before.focus();
      const reached: string[] = [];
      for (let index = 0; index < 5; index += 1) {
        await sendKeys({ press: 'Tab' });
        const link = document.activeElement as HTMLAnchorElement;
        expect(nav.contains(link), `stop ${index + 1}`).to.equal(true);
        expect(getComputedStyle(link).backgroundColor).to.equal(tokenColour('--civic-color-focus'));
        reached.push(link.getAttribute('aria-label') ?? textOf(link));
      }
      expect(reached).to.deep.equal(['Previous page', 'Page 1', 'Page 2', 'Page 3', 'Next page']);
    });

    it('puts the block variant’s links one above the other, each label under its title', () => {
      const nav = placeServerHtml(paginationMarkup(GUIDANCE));
      const [previous, next] = [...nav.querySelectorAll('a')].map((link) =>
        link.getBoundingClientRect(),
      );
      expect(next.top).to.be.at.least(previous.bottom);
      const title = nav.querySelector('.civic-pagination__link-title')!.getBoundingClientRect();
      const label = nav.querySelector('.civic-pagination__link-label')!.getBoundingClientRect();
      expect(label.top).to.be.at.least(title.bottom - 0.5);
      expect(Math.round(label.left)).to.equal(Math.round(title.left));
    });

    it('passes axe in every state', async () => {
      for (const [state, params] of Object.entries(STATES)) {
        const root = container();
        if (params.lang !== undefined) root.lang = params.lang;
        placeServerHtml(paginationMarkup(params), root);
        await expect(root, state).to.be.accessible();
        cleanUp();
      }
    });

    it('reflows at 320 px: it wraps, nothing scrolls sideways', () => {
      const narrow = container();
      narrow.style.inlineSize = '320px';
      const nav = placeServerHtml(paginationMarkup({ ...RESULTS, total: 123456 }), narrow);
      const block = placeServerHtml(
        paginationMarkup({
          ...GUIDANCE,
          next: { href: '/n', label: `${'supercalifragilistic'.repeat(4)} 🏠` },
        }),
        narrow,
      );
      for (const element of [nav, block]) {
        expect(element.getBoundingClientRect().width).to.equal(320);
        expect(element.scrollWidth).to.equal(element.clientWidth);
      }
      expect(narrow.scrollWidth).to.equal(320);
    });

    it('looks the same under a page’s hostile global CSS', () => {
      const section = document.createElement('section');
      section.style.inlineSize = '600px';
      container().append(section);
      const nav = placeServerHtml(paginationMarkup(RESULTS), section);
      const parts = [nav, ...nav.querySelectorAll('*:not(path)')];
      const before = boxesWithin(section, parts);
      withHostileCss(() => expect(boxesWithin(section, parts)).to.deep.equal(before));
    });

    itInForcedColours(
      'keeps the current page’s box and a focus outline in forced colours',
      async () => {
        const root = container();
        const before = document.createElement('button');
        root.append(before);
        const nav = placeServerHtml(paginationMarkup(STATES['few pages']), root);
        await emulateMedia({ forcedColors: 'active' });
        try {
          const current = getComputedStyle(nav.querySelector('[aria-current="page"]')!);
          expect(current.borderTopStyle).to.equal('solid');
          expect(current.borderTopColor).to.equal(current.color);
          before.focus();
          await sendKeys({ press: 'Tab' });
          expect(getComputedStyle(document.activeElement!).outlineStyle).to.equal('solid');
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
      },
    );
  });

  it('reads and looks the same with no script at all', async () => {
    await expectSameWithoutScript(paginationMarkup(RESULTS), (nav) => [
      nav,
      ...nav.querySelectorAll('a'),
    ]);
  });

  itInAccessibilityTree(
    'is read as a navigation named "Pagination" with named page links, the current one marked, and no ellipsis',
    async () => {
      const nav = placeServerHtml(paginationMarkup(RESULTS));
      await expectAccessibleNode(nav, { role: 'navigation', name: 'Pagination' });
      const links = await accessibleNodes(nav, { role: 'link' });
      expect(links.map((node) => node.name)).to.deep.equal([
        'Previous page',
        'Page 1',
        'Page 4',
        'Page 5',
        'Page 6',
        'Page 10',
        'Next page',
      ]);
      // The tree as the DevTools protocol gives it carries no aria-current
      // state, so the current page is checked on the link the tree names.
      expect(
        nav.querySelector('[aria-label="Page 5"]')!.getAttribute('aria-current'),
        'aria-current',
      ).to.equal('page');
      const read = await accessibleNodes(nav, { role: 'StaticText' });
      expect(read.map((node) => node.name)).to.not.include('⋯');
      const items = await accessibleNodes(nav, { role: 'listitem' });
      expect(items).to.have.length(5);
      cleanUp();
      const block = placeServerHtml(paginationMarkup({ ...GUIDANCE, lang: 'cy' }));
      const blockLinks = await accessibleNodes(block, { role: 'link' });
      // Chromium puts a space around text that is out of the flow (the
      // visually hidden colon), which a screen reader does not voice.
      expect(blockLinks.map((node) => node.name)).to.deep.equal([
        'Tudalen Blaenorol : Applying for a provisional lorry licence',
        'Tudalen Nesaf : Driver CPC part 1 test: theory',
      ]);
    },
  );
});
