import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import {
  accessibleNodes,
  expectAccessibleNode,
  itInAccessibilityTree,
} from '../../../test/accessibility-tree.js';
import {
  cleanUp,
  container,
  normalisedMarkup,
  serverHtmlBeforeScript,
} from '../../../test/authoring.js';
import { boxesWithin, HOSTILE, withHostileCss } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { warningsDuring } from '../../../test/warnings.js';
import { toHtml } from '../../core/markup-html.js';
import { clearWarningHistory } from '../../core/warn.js';
import { CivicSummaryList, CivicSummaryRow } from './define.js';
import {
  CARD,
  CARD_ONE_ACTION,
  DEFAULT,
  EXAMPLES,
  LONG_VALUES,
  MIXED_ACTIONS,
  NO_BORDER,
  WELSH,
  WITHOUT_ACTIONS,
} from './examples.js';
import { summaryListMarkup, type SummaryListParams, type SummaryRowParams } from './markup.js';

/** The two ways to author a list: what a server writes, and rows given as data children. */
type Authoring = 'server HTML' | 'rows as data';
const AUTHORINGS: readonly Authoring[] = ['server HTML', 'rows as data'];

/** How a data row carries its value: as its text (lines split by <br>), or its `value` attribute. */
type ValueAs = 'text' | 'value attribute';

function upgraded(element: Element | null): CivicSummaryList {
  if (!(element instanceof CivicSummaryList)) throw new Error('no upgraded <civic-summary-list>');
  return element;
}

/** A container in the page, in the list's language. */
function page(params: SummaryListParams, parent?: Element): HTMLElement {
  const holder = container(parent);
  if (params.lang !== undefined) holder.setAttribute('lang', params.lang);
  return holder;
}

/** The HTML a server writes, parsed into the page as a browser parses it. */
function serverList(params: SummaryListParams, parent = page(params)): CivicSummaryList {
  parent.insertAdjacentHTML('beforeend', toHtml(summaryListMarkup(params)));
  return upgraded(parent.lastElementChild);
}

/** A data row as a framework or a page writes it. */
function dataRow(row: SummaryRowParams, valueAs: ValueAs = 'text'): CivicSummaryRow {
  const child = document.createElement('civic-summary-row');
  child.setAttribute('label', row.key);
  if (row.changeHref !== undefined) child.setAttribute('change-href', row.changeHref);
  if (row.visuallyHiddenText !== undefined) {
    child.setAttribute('visually-hidden-text', row.visuallyHiddenText);
  }
  if (row.actions !== undefined) child.setAttribute('actions', JSON.stringify(row.actions));
  const value = row.value ?? '';
  if (valueAs === 'value attribute') {
    child.setAttribute('value', value);
  } else {
    value.split('\n').forEach((line, index) => {
      if (index > 0) child.append(document.createElement('br'));
      child.append(line);
    });
  }
  return child;
}

/** The list built from attributes and data children, as a framework writes it. */
function dataList(
  params: SummaryListParams,
  parent = page(params),
  valueAs: ValueAs = 'text',
): CivicSummaryList {
  const list = document.createElement('civic-summary-list');
  if (params.noBorder === true) list.setAttribute('no-border', '');
  if (params.cardTitle !== undefined) list.setAttribute('card-title', params.cardTitle);
  if (params.headingLevel !== undefined) {
    list.setAttribute('heading-level', String(params.headingLevel));
  }
  if (params.cardActions !== undefined) {
    list.setAttribute('card-actions', JSON.stringify(params.cardActions));
  }
  for (const row of params.rows ?? []) list.append(dataRow(row, valueAs));
  parent.append(list);
  return upgraded(list);
}

function listIn(authoring: Authoring, params: SummaryListParams, parent?: HTMLElement) {
  return authoring === 'server HTML'
    ? serverList(params, parent ?? page(params))
    : dataList(params, parent ?? page(params));
}

/** Waits for the list to rebuild after a change to its rows (the observer's record, then its update). */
async function rebuilt(list: CivicSummaryList): Promise<void> {
  await Promise.resolve();
  await list.updateComplete;
}

function rowsOf(list: Element): HTMLElement[] {
  return [...list.querySelectorAll<HTMLElement>('.civic-summary-list__row')];
}

function linksOf(element: Element): HTMLAnchorElement[] {
  return [...element.querySelectorAll<HTMLAnchorElement>('a')];
}

/** A link's text as a screen reader reads it: the visible text and the visually hidden part. */
function spoken(link: Element): string {
  return link.textContent.replace(/\s+/g, ' ').trim();
}

/** What each row shows: key, value (lines as a browser lays them out) and its links' names. */
function shown(list: Element): [string, string, string[]][] {
  return rowsOf(list).map((row) => [
    row.querySelector('.civic-summary-list__key')!.textContent,
    row.querySelector<HTMLElement>('.civic-summary-list__value')!.innerText,
    linksOf(row).map(spoken),
  ]);
}

function withoutDataRows(list: Element): string {
  return normalisedMarkup(list, 'civic-summary-row');
}

const canEmulateForcedColours = navigator.userAgent.includes('Chrome/');
// The WebDriver launcher that drives WebKit cannot resize the viewport; the
// 320px column tests still check reflow there.
const canSetViewport = /Chrome\/|Firefox\//.test(navigator.userAgent);

afterEach(() => {
  cleanUp();
  clearWarningHistory();
});

/** The list a server writes and the list built from rows (value as text, then as attribute) are one DOM, also before script. */
function expectSameDom(params: SummaryListParams): void {
  const server = serverList(params);
  const serverDom = withoutDataRows(server);
  server.parentElement!.remove();
  for (const valueAs of ['text', 'value attribute'] as const) {
    const built = dataList(params, page(params), valueAs);
    expect(withoutDataRows(built), `built from rows, value as ${valueAs}`).to.equal(serverDom);
    built.parentElement!.remove();
  }
  const beforeScript = normalisedMarkup(serverHtmlBeforeScript(summaryListMarkup, params));
  expect(beforeScript, 'server HTML before script').to.equal(serverDom);
}

describe('civic-summary-list: one DOM from a server and from rows as data', () => {
  for (const [name, params] of Object.entries(EXAMPLES)) {
    it(`is the same DOM written by a server and built from rows, before and after script (${name})`, async () => {
      const warnings = await warningsDuring(() => expectSameDom(params));
      expect(warnings, 'warnings').to.deep.equal([]);
    });
  }

  it('looks the same without script as after the script upgrades it', async () => {
    // A frame with Civic's stylesheets and no script: the list as a browser
    // shows it when JavaScript is off, beside the same HTML upgraded here.
    const width = document.documentElement.clientWidth;
    const html = [CARD, MIXED_ACTIONS, LONG_VALUES]
      .map((params) => toHtml(summaryListMarkup(params)))
      .join('');
    const frame = document.createElement('iframe');
    frame.style.cssText = `display: block; inline-size: ${width}px; block-size: 1200px; border: 0`;
    frame.srcdoc =
      '<!doctype html><html lang="en"><head>' +
      '<link rel="stylesheet" href="/packages/tokens/dist/tokens.css">' +
      `<link rel="stylesheet" href="/packages/components/dist/css/civic.css">` +
      `</head><body style="margin: 0">${html}</body></html>`;
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    container().append(frame);
    await loaded;
    const frameDocument = frame.contentDocument!;
    expect(frame.contentWindow!.customElements.get('civic-summary-list')).to.equal(undefined);

    const here = container();
    here.style.cssText = `inline-size: ${width}px; margin: 0; padding: 0`;
    here.innerHTML = html;
    const measure = (root: Element) =>
      [...root.querySelectorAll('civic-summary-list')].map((list) =>
        boxesWithin(list, [...list.querySelectorAll('*')]),
      );
    expect(measure(here)).to.deep.equal(measure(frameDocument.body));
  });
});

for (const authoring of AUTHORINGS) {
  describe(`civic-summary-list (${authoring})`, () => {
    describe('structure', () => {
      it('is one description list of rows, each a key, its value and its actions', () => {
        const list = listIn(authoring, DEFAULT);
        expect(list.querySelectorAll('dl')).to.have.length(1);
        const dl = list.querySelector('dl')!;
        expect(dl.className).to.equal('civic-summary-list');
        expect([...dl.children].map((row) => row.localName)).to.deep.equal([
          'div',
          'div',
          'div',
          'div',
        ]);
        expect(
          rowsOf(list).map((row) => [...row.children].map((part) => part.className)),
        ).to.deep.equal(
          Array(4).fill([
            'civic-summary-list__key',
            'civic-summary-list__value',
            'civic-summary-list__actions',
          ]),
        );
        expect(shown(list)).to.deep.equal([
          ['Name', 'Sarah Philips', ['Change Name']],
          ['Date of birth', '5 January 1978', ['Change Date of birth']],
          ['Address', '72 Guild Street\nLondon\nSE23 6FH', ['Change Address']],
          [
            'Contact details',
            '07700 900457\nsarah.phillips@example.com',
            ['Change Contact details'],
          ],
        ]);
      });

      it('gives a row without actions no empty definition, and marks it when other rows have actions', () => {
        const list = listIn(authoring, MIXED_ACTIONS);
        const [reference, name, contact] = rowsOf(list);
        expect(reference.className).to.equal(
          'civic-summary-list__row civic-summary-list__row--no-actions',
        );
        expect(reference.querySelectorAll('dd')).to.have.length(1);
        expect(name.className).to.equal('civic-summary-list__row');
        expect(contact.className).to.equal('civic-summary-list__row');

        const facts = listIn(authoring, WITHOUT_ACTIONS);
        expect(rowsOf(facts).map((row) => row.className)).to.deep.equal([
          'civic-summary-list__row',
          'civic-summary-list__row',
        ]);
      });

      it('makes one action a plain link and several a list of links', () => {
        const list = listIn(authoring, MIXED_ACTIONS);
        const [, name, contact] = rowsOf(list);
        const single = name.querySelector('.civic-summary-list__actions')!;
        expect([...single.children].map((child) => child.localName)).to.deep.equal(['a']);
        const several = contact.querySelector('.civic-summary-list__actions')!;
        expect(several.children).to.have.length(1);
        const items = several.querySelectorAll(
          ':scope > ul.civic-summary-list__actions-list > li.civic-summary-list__actions-list-item',
        );
        expect([...items].map((item) => spoken(item.querySelector('a')!))).to.deep.equal([
          'Change Emergency contact',
          'Remove Emergency contact',
        ]);
        expect(linksOf(several).map((link) => link.getAttribute('href'))).to.deep.equal([
          '#emergency-contact',
          '#emergency-contact-remove',
        ]);
      });

      it('names each link with its key, or the shorter text a page gives for a long key', () => {
        const list = listIn(authoring, LONG_VALUES);
        expect(linksOf(list).map(spoken)).to.deep.equal([
          'Change premises address',
          'Change Email',
        ]);
        expect(linksOf(list)[0].textContent).to.equal('Change premises address');
        expect(linksOf(list)[0].querySelector('.civic-visually-hidden')!.textContent).to.equal(
          ' premises address',
        );
      });

      it('shows a card with its title, its actions and rows named with the title', () => {
        const list = listIn(authoring, CARD);
        const card = list.querySelector(':scope > .civic-summary-card')!;
        const title = card.querySelector(
          ':scope > .civic-summary-card__title-wrapper > h2.civic-summary-card__title',
        )!;
        expect(title.textContent).to.equal('University of Gloucestershire');
        const actions = card.querySelector('ul.civic-summary-card__actions')!;
        expect(
          [...actions.querySelectorAll(':scope > li.civic-summary-card__action > a')].map(spoken),
        ).to.deep.equal([
          'Delete choice (University of Gloucestershire)',
          'Withdraw (University of Gloucestershire)',
        ]);
        expect(card.querySelector(':scope > .civic-summary-card__content > dl')).to.equal(
          list.querySelector('dl'),
        );
        expect(shown(list)).to.deep.equal([
          ['Course', 'English (3DMD)', ['Change Course (University of Gloucestershire)']],
          [
            'Location',
            'Cheltenham\nFull time',
            ['Change Location (University of Gloucestershire)'],
          ],
          ['Start date', 'September 2026', []],
        ]);
      });

      it('makes a single card action a plain link and puts the title at the level asked for', () => {
        const list = listIn(authoring, CARD_ONE_ACTION);
        expect(list.querySelector('h3.civic-summary-card__title')!.textContent).to.equal(
          'Undergraduate teaching assistant',
        );
        const actions = list.querySelector('.civic-summary-card__actions')!;
        expect(actions.localName).to.equal('div');
        expect([...actions.children].map(spoken)).to.deep.equal([
          'Remove job (Undergraduate teaching assistant)',
        ]);
        expect(linksOf(list.querySelector('dl')!).map(spoken)).to.deep.equal([
          'Change Name (Undergraduate teaching assistant)',
          'Change Start date (Undergraduate teaching assistant)',
        ]);
      });

      it('says "Newid" in Welsh', () => {
        const list = listIn(authoring, WELSH);
        expect(shown(list)).to.deep.equal([
          ['Enw', 'Siân Philips', ['Newid Enw']],
          ['Dyddiad geni', '5 Ionawr 1978', ['Newid Dyddiad geni']],
          ['Cyfeiriad', '72 Stryd y Gild\nCaerdydd\nCF10 1AA', ['Newid Cyfeiriad']],
        ]);
      });
    });

    describe('layout', () => {
      it('lines up keys, values and actions down the list, with or without actions', () => {
        const list = listIn(authoring, MIXED_ACTIONS);
        const left = (selector: string) =>
          [...list.querySelectorAll(selector)].map((part) =>
            Math.round(part.getBoundingClientRect().left),
          );
        const values = left('.civic-summary-list__value');
        expect(new Set(values).size, `value columns ${values.join(', ')}`).to.equal(1);
        const widths = [...list.querySelectorAll('.civic-summary-list__value')].map((value) =>
          Math.round(value.getBoundingClientRect().width),
        );
        expect(new Set(widths).size, `value widths ${widths.join(', ')}`).to.equal(1);
        const actions = left('.civic-summary-list__actions');
        expect(new Set(actions).size).to.equal(1);
        const dl = list.querySelector('dl')!.getBoundingClientRect();
        const rows = rowsOf(list).map((row) => row.getBoundingClientRect());
        for (const row of rows) {
          expect([row.left, row.width]).to.deep.equal([dl.left, dl.width]);
        }
      });

      it('gives the value the actions column too when no row has actions', () => {
        const list = listIn(authoring, WITHOUT_ACTIONS);
        const dl = list.querySelector('dl')!.getBoundingClientRect();
        for (const value of list.querySelectorAll('.civic-summary-list__value')) {
          const box = value.getBoundingClientRect();
          expect(Math.round(box.right)).to.equal(Math.round(dl.right));
        }
      });

      it('draws a line under each row, none with no-border', () => {
        const list = listIn(authoring, WITHOUT_ACTIONS);
        for (const row of rowsOf(list)) {
          const style = getComputedStyle(row);
          expect([style.borderBottomStyle, style.borderBottomWidth]).to.deep.equal([
            'solid',
            '1px',
          ]);
          expect(style.borderBottomColor).to.equal(tokenColour('--civic-color-border'));
        }
        const plain = listIn(authoring, NO_BORDER);
        for (const row of rowsOf(plain)) {
          expect(getComputedStyle(row).borderBottomStyle).to.equal('none');
        }
        // The rows keep their height without the line.
        expect(
          rowsOf(plain).map((row) => Math.round(row.getBoundingClientRect().height)),
        ).to.deep.equal(rowsOf(list).map((row) => Math.round(row.getBoundingClientRect().height)));
      });

      it('does not double the card’s bottom border with the last row’s line', () => {
        const list = listIn(authoring, CARD);
        const card = getComputedStyle(list.querySelector('.civic-summary-card')!);
        expect([card.borderBottomStyle, card.borderBottomWidth]).to.deep.equal(['solid', '1px']);
        expect(rowsOf(list).map((row) => getComputedStyle(row).borderBottomStyle)).to.deep.equal([
          'solid',
          'solid',
          'none',
        ]);
        const content = list.querySelector('.civic-summary-card__content')!.getBoundingClientRect();
        const last = rowsOf(list).at(-1)!.getBoundingClientRect();
        expect(last.bottom).to.be.at.most(content.bottom);
      });

      it('keeps long keys, values and links inside a 320px column', () => {
        const column = container();
        column.style.cssText = 'inline-size: 320px; margin: 0; padding: 0';
        const long = {
          rows: [
            ...LONG_VALUES.rows!,
            {
              key: `${'Supercalifragilistic'.repeat(5)} 👩🏽‍💻 مرحبا بالعالم`,
              value: `${'a-very-long-mailbox-name'.repeat(4)}@example-council.gov.uk`,
              actions: [
                { href: '#a', text: 'Change' },
                { href: '#b', text: 'Remove' },
              ],
            },
          ],
        };
        for (const params of [long, { ...long, cardTitle: 'Pneumonoultramicroscopic'.repeat(4) }]) {
          const list = listIn(authoring, params, column);
          const edge = column.getBoundingClientRect().right;
          for (const part of list.querySelectorAll('*')) {
            if (part.classList.contains('civic-visually-hidden')) continue;
            expect(Math.round(part.getBoundingClientRect().right), part.className).to.be.at.most(
              Math.round(edge),
            );
          }
          for (const part of list.querySelectorAll<HTMLElement>('dl, dt, dd, h2')) {
            expect(part.scrollWidth, part.className).to.be.at.most(part.clientWidth + 1);
          }
          list.remove();
        }
      });

      (canSetViewport ? it : it.skip)(
        'stacks key, value and actions on a 320px screen, and nothing overflows',
        async () => {
          await setViewport({ width: 320, height: 640 });
          try {
            const list = listIn(authoring, LONG_VALUES);
            const [first] = rowsOf(list);
            const [key, value, actions] = [...first.children].map((part) =>
              part.getBoundingClientRect(),
            );
            expect(key.bottom).to.be.at.most(value.top);
            expect(value.bottom).to.be.at.most(actions.top);
            expect(document.documentElement.scrollWidth).to.be.at.most(320);
          } finally {
            await setViewport({ width: 800, height: 600 });
          }
        },
      );

      it('keeps its layout under a page’s hostile global CSS', () => {
        // Straight in the body, not in a <div>: the hostile rules pad every div.
        const parent = document.createElement('section');
        parent.style.inlineSize = '700px';
        document.body.append(parent);
        try {
          const lists = [MIXED_ACTIONS, CARD].map((params) => listIn(authoring, params, parent));
          // Not the data rows, which are never shown and have no box.
          const parts = lists.flatMap((list) =>
            [...list.querySelectorAll('*')].filter((part) => !part.closest('civic-summary-row')),
          );
          const measure = () => boxesWithin(parent, parts);
          const clean = measure();
          withHostileCss(() => {
            expect(measure()).to.deep.equal(clean);
            expect(getComputedStyle(linksOf(lists[0])[0]).color).to.equal(
              tokenColour('--civic-color-link'),
            );
          });
        } finally {
          parent.remove();
        }
      });

      (canEmulateForcedColours ? it : it.skip)(
        'keeps its lines, the card’s edges and the focus outline in forced colours (Chromium only: the others cannot emulate it)',
        async () => {
          await emulateMedia({ forcedColors: 'active' });
          try {
            const list = listIn(authoring, CARD);
            const [first, , last] = rowsOf(list);
            const transparent = 'rgba(0, 0, 0, 0)';
            const row = getComputedStyle(first);
            expect(row.borderBottomStyle).to.equal('solid');
            expect(row.borderBottomColor).to.not.equal(transparent);
            expect(getComputedStyle(last).borderBottomStyle).to.equal('none');
            const header = getComputedStyle(
              list.querySelector('.civic-summary-card__title-wrapper')!,
            );
            expect(header.borderBottomStyle).to.equal('solid');
            expect(header.borderBottomColor).to.not.equal(transparent);
            expect(header.borderBottomColor).to.not.equal(header.backgroundColor);
            const card = getComputedStyle(list.querySelector('.civic-summary-card')!);
            expect(card.borderTopColor).to.not.equal(transparent);
            const link = linksOf(list)[0];
            link.focus();
            const focused = getComputedStyle(link);
            expect(focused.outlineStyle).to.equal('solid');
            expect(parseFloat(focused.outlineWidth)).to.be.at.least(2);
            expect(focused.outlineColor).to.not.equal(transparent);
          } finally {
            await emulateMedia({ forcedColors: 'none' });
          }
        },
      );
    });

    describe('keyboard', () => {
      it('tabs through the card’s and the rows’ links in reading order, skipping rows without actions', async () => {
        const parent = container();
        const before = document.createElement('input');
        before.setAttribute('aria-label', 'Before');
        parent.append(before);
        listIn(authoring, CARD, parent);
        listIn(authoring, MIXED_ACTIONS, parent);
        before.focus();
        const reached: (string | null | undefined)[] = [];
        for (let step = 0; step < 6; step++) {
          await sendKeys({ press: 'Tab' });
          reached.push(document.activeElement?.getAttribute('href'));
        }
        expect(reached).to.deep.equal([
          '#delete-choice-1',
          '#withdraw-1',
          '#course-1',
          '#location-1',
          '#name',
          '#emergency-contact',
        ]);
        const style = getComputedStyle(document.activeElement!);
        expect(style.backgroundColor).to.equal(tokenColour('--civic-color-focus'));
        expect(style.color).to.equal(tokenColour('--civic-color-focus-text'));
      });

      it('follows a change link with Enter', async () => {
        const list = listIn(authoring, MIXED_ACTIONS);
        const link = linksOf(list)[0];
        link.focus();
        await sendKeys({ press: 'Enter' });
        expect(location.hash).to.equal('#name');
        history.replaceState(null, '', location.pathname + location.search);
      });
    });

    describe('accessibility', () => {
      for (const [name, params] of Object.entries(EXAMPLES)) {
        it(`passes axe (${name})`, async () => {
          const list = listIn(authoring, params);
          await expect(list.parentElement).to.be.accessible();
        });
      }

      itInAccessibilityTree(
        'reads each row as a term and its definitions, and the change link with the key',
        async () => {
          const list = listIn(authoring, MIXED_ACTIONS);
          const lists = await accessibleNodes(list, { role: 'DescriptionList' });
          expect(lists).to.have.length(1);
          const terms = await accessibleNodes(list, { role: 'term' });
          expect(terms.map((term) => term.name)).to.deep.equal([
            'Reference number',
            'Name',
            'Emergency contact',
          ]);
          const [reference, name] = rowsOf(list);
          // What a screen reader meets in the row with the change link, whole.
          await expectAccessibleNode(name.querySelector('dt')!, { role: 'term', name: 'Name' });
          const [value, actions] = name.querySelectorAll('dd');
          expect(await accessibleNodes(value, { role: 'definition' })).to.have.length(1);
          const valueText = await accessibleNodes(value, { role: 'StaticText' });
          expect(valueText.map((text) => text.name)).to.deep.equal(['Sarah Philips']);
          expect(await accessibleNodes(actions, { role: 'definition' })).to.have.length(1);
          await expectAccessibleNode(actions, {
            role: 'link',
            name: 'Change Name',
            description: '',
            states: { focusable: true },
          });
          // The row without actions has one definition, its value: no empty item.
          expect(await accessibleNodes(reference, { role: 'definition' })).to.have.length(1);
          const links = await accessibleNodes(list, { role: 'link' });
          expect(links.map((link) => link.name)).to.deep.equal([
            'Change Name',
            'Change Emergency contact',
            'Remove Emergency contact',
          ]);
        },
      );

      itInAccessibilityTree(
        'reads a card’s title as a heading and names its links with it',
        async () => {
          const list = listIn(authoring, CARD_ONE_ACTION);
          await expectAccessibleNode(list, {
            role: 'heading',
            name: 'Undergraduate teaching assistant',
            states: { level: 3 },
          });
          const links = await accessibleNodes(list, { role: 'link' });
          expect(links.map((link) => link.name)).to.deep.equal([
            'Remove job (Undergraduate teaching assistant)',
            'Change Name (Undergraduate teaching assistant)',
            'Change Start date (Undergraduate teaching assistant)',
          ]);
        },
      );
    });

    describe('bad input', () => {
      it('renders hostile keys, values, action text and card titles as text', () => {
        const list = listIn(authoring, {
          cardTitle: HOSTILE,
          cardActions: [{ href: '/card', text: HOSTILE, visuallyHiddenText: HOSTILE }],
          rows: [
            {
              key: HOSTILE,
              value: HOSTILE,
              visuallyHiddenText: HOSTILE,
              actions: [{ href: `/x?q=${HOSTILE}`, text: HOSTILE }],
            },
          ],
        });
        expect(list.querySelector('img')).to.equal(null);
        expect(window.__civicHacked).to.equal(undefined);
        expect(list.querySelector('.civic-summary-card__title')!.textContent).to.equal(HOSTILE);
        expect(shown(list)).to.deep.equal([
          [HOSTILE, HOSTILE, [`${HOSTILE} ${HOSTILE} (${HOSTILE})`]],
        ]);
        expect(spoken(list.querySelector('.civic-summary-card__actions a')!)).to.equal(
          `${HOSTILE} ${HOSTILE} (${HOSTILE})`,
        );
        expect(linksOf(list)[1].getAttribute('href')).to.equal(`/x?q=${HOSTILE}`);
      });

      it('refuses javascript: URLs with a warning, and keeps the row’s other links', async () => {
        const warnings = await warningsDuring(() => {
          const list = listIn(authoring, {
            cardTitle: 'Choice',
            cardActions: [{ href: 'javascript:window.__civicHacked=true', text: 'Delete' }],
            rows: [
              { key: 'Name', value: 'Sam', changeHref: ' JavaScript:window.__civicHacked=true' },
              {
                key: 'Contact',
                value: 'Jo',
                actions: [
                  { href: 'java\tscript:window.__civicHacked=true', text: 'Change' },
                  { href: '/contact/remove', text: 'Remove' },
                ],
              },
            ],
          });
          expect(list.querySelector('.civic-summary-card__actions')).to.equal(null);
          expect(shown(list)).to.deep.equal([
            ['Name', 'Sam', []],
            ['Contact', 'Jo', ['Remove Contact (Choice)']],
          ]);
          expect(rowsOf(list)[0].className).to.contain('--no-actions');
          expect(linksOf(list).map((link) => link.getAttribute('href'))).to.deep.equal([
            '/contact/remove',
          ]);
        });
        expect(window.__civicHacked).to.equal(undefined);
        expect(warnings).to.deep.equal([
          '[civic] <civic-summary-row> refused the URL " JavaScript:window.__civicHacked=true" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
          '[civic] <civic-summary-row> refused the URL "java\tscript:window.__civicHacked=true" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
          '[civic] <civic-summary-list> refused the URL "javascript:window.__civicHacked=true" because its scheme can run script. Use an https: or relative URL, and handle the click in a listener if it needs script.',
        ]);
      });

      it('warns, naming the fix, about a row without a key and card actions without a title', async () => {
        const warnings = await warningsDuring(() =>
          listIn(authoring, {
            cardActions: [{ href: '/delete', text: 'Delete' }],
            rows: [{ key: '', value: 'Sam' }],
          }),
        );
        expect(warnings).to.deep.equal([
          '[civic] <civic-summary-row> has no label: give every row its key (label="Name"), which a screen reader reads before the value.',
          '[civic] <civic-summary-list> has card-actions but no card-title, so they are not shown: give the card a title, which names each of its actions.',
        ]);
      });

      it('makes a heading level outside 1–6 a level 2 heading, with a warning', async () => {
        const warnings = await warningsDuring(() => {
          const list = listIn(authoring, { ...CARD, headingLevel: 9 });
          expect(list.querySelector('.civic-summary-card__title')!.localName).to.equal('h2');
        });
        expect(warnings).to.deep.equal([
          '[civic] <civic-summary-list> heading-level="9" is not a whole number from 1 to 6, so the card title is a level 2 heading.',
        ]);
      });
    });
  });
}

describe('civic-summary-list built from rows as data', () => {
  it('rebuilds as a framework changes a row, adds one and removes one', async () => {
    const list = dataList(DEFAULT);
    const [name, , address] = list.querySelectorAll('civic-summary-row');
    name.setAttribute('label', 'Full name');
    await rebuilt(list);
    expect(shown(list)[0]).to.deep.equal(['Full name', 'Sarah Philips', ['Change Full name']]);

    name.firstChild!.nodeValue = 'Sarah Phillips';
    await rebuilt(list);
    expect(shown(list)[0]).to.deep.equal(['Full name', 'Sarah Phillips', ['Change Full name']]);

    list.insertBefore(dataRow({ key: 'Reference', value: 'HDJ2123F' }), name);
    await rebuilt(list);
    expect(shown(list).map(([key]) => key)).to.deep.equal([
      'Reference',
      'Full name',
      'Date of birth',
      'Address',
      'Contact details',
    ]);
    expect(rowsOf(list)[0].className).to.contain('--no-actions');

    address.remove();
    await rebuilt(list);
    expect(shown(list).map(([key]) => key)).to.deep.equal([
      'Reference',
      'Full name',
      'Date of birth',
      'Contact details',
    ]);
    expect(list.querySelectorAll('dl')).to.have.length(1);

    for (const row of list.querySelectorAll('civic-summary-row')) {
      row.changeHref = undefined;
    }
    await rebuilt(list);
    expect(rowsOf(list).map((row) => row.className)).to.deep.equal(
      Array(4).fill('civic-summary-list__row'),
    );

    for (const row of list.querySelectorAll('civic-summary-row')) row.remove();
    await rebuilt(list);
    expect(list.querySelector('dl')!.children).to.have.length(0);
  });

  it('rebuilds as a framework sets a row’s or the list’s properties', async () => {
    const list = dataList(WITHOUT_ACTIONS);
    const row = list.querySelector<CivicSummaryRow>('civic-summary-row')!;
    row.actions = [
      { href: '/licence', text: 'Change', visuallyHiddenText: 'licence' },
      { href: '/licence/renew', text: 'Renew' },
    ];
    expect(row.getAttribute('actions')).to.equal(
      '[{"href":"/licence","text":"Change","visuallyHiddenText":"licence"},{"href":"/licence/renew","text":"Renew"}]',
    );
    await rebuilt(list);
    expect(linksOf(list).map(spoken)).to.deep.equal(['Change licence', 'Renew Licence number']);

    list.cardTitle = 'Premises licence';
    list.headingLevel = 4;
    list.cardActions = [{ href: '/licence/cancel', text: 'Cancel' }];
    await list.updateComplete;
    expect(list.querySelector('h4')!.textContent).to.equal('Premises licence');
    expect(linksOf(list).map(spoken)).to.deep.equal([
      'Cancel (Premises licence)',
      'Change licence (Premises licence)',
      'Renew Licence number (Premises licence)',
    ]);

    list.cardTitle = null;
    list.noBorder = true;
    const warnings = await warningsDuring(() => list.updateComplete);
    expect(warnings).to.deep.equal([
      '[civic] <civic-summary-list> has card-actions but no card-title, so they are not shown: give the card a title, which names each of its actions.',
    ]);
    expect(list.querySelector('.civic-summary-card')).to.equal(null);
    expect(list.querySelector('dl')!.className).to.equal(
      'civic-summary-list civic-summary-list--no-border',
    );
  });

  it('does not rebuild for changes inside the list it built', async () => {
    const list = dataList(DEFAULT);
    const dl = list.querySelector('dl')!;
    dl.querySelector('dd')!.setAttribute('data-note', 'page');
    await rebuilt(list);
    expect(list.querySelector('dl')).to.equal(dl);
  });

  it('reads a row’s text as HTML shows it: white space collapses, <br>, paragraphs and items start lines', () => {
    const list = dataList({ rows: [] });
    const row = document.createElement('civic-summary-row');
    row.setAttribute('label', 'Documents');
    row.innerHTML = `
      <p>Sent  by
        post</p>
      <ul><li>passport.pdf</li><li>📎 تحميل.pdf</li></ul>
      72 Guild Street<br>London <!-- a comment --><b>SE23</b>&nbsp;6FH
    `;
    const plain = dataRow({ key: 'Name', value: '' });
    plain.textContent = '\n   Sarah   Philips\n  ';
    list.append(row, plain);
    return rebuilt(list).then(() => {
      expect(shown(list)).to.deep.equal([
        [
          'Documents',
          'Sent by post\npassport.pdf\n📎 تحميل.pdf\n72 Guild Street\nLondon SE23\u00a06FH',
          [],
        ],
        ['Name', 'Sarah Philips', []],
      ]);
      // The value is text: the row's elements are not copied into the list.
      expect(list.querySelector('dl')!.querySelectorAll('p, ul, b')).to.have.length(0);
    });
  });

  it('takes the value attribute before the text, each of its lines a line', () => {
    const list = dataList({ rows: [] });
    const row = dataRow({ key: 'Address', value: 'ignored text' });
    row.setAttribute('value', '72 Guild Street\r\n\n  London  \nSE23 6FH');
    list.append(row);
    return rebuilt(list).then(() => {
      expect(shown(list)).to.deep.equal([['Address', '72 Guild Street\nLondon\nSE23 6FH', []]]);
      const value = list.querySelector('.civic-summary-list__value')!;
      expect([...value.childNodes].map((node) => node.nodeName)).to.deep.equal([
        '#text',
        'BR',
        '#text',
        'BR',
        '#text',
      ]);
    });
  });

  it('never shows its data rows', () => {
    const list = dataList(DEFAULT);
    for (const row of list.querySelectorAll('civic-summary-row')) {
      expect(getComputedStyle(row).display).to.equal('none');
    }
  });

  it('re-words what it built when the page’s language changes', async () => {
    const list = dataList(WELSH);
    expect(spoken(linksOf(list)[0])).to.equal('Newid Enw');
    list.parentElement!.setAttribute('lang', 'en');
    await rebuilt(list);
    expect(spoken(linksOf(list)[0])).to.equal('Change Enw');
  });

  it('keeps properties a page set before the elements were defined', async () => {
    // Elements of a document without a browsing context are not upgraded
    // until they join this one, as in a page whose script loads late.
    const inert = document.implementation.createHTMLDocument('');
    const list = inert.createElement('civic-summary-list');
    const row = inert.createElement('civic-summary-row');
    Object.assign(row, {
      label: 'Name',
      value: 'Sarah Philips',
      actions: [{ href: '/name', text: 'Change' }],
    });
    Object.assign(list, { cardTitle: 'Applicant', noBorder: true });
    list.append(row);
    const parent = container();
    const warnings = await warningsDuring(async () => {
      parent.append(document.adoptNode(list));
      await rebuilt(upgraded(list));
    });
    expect(warnings).to.deep.equal([]);
    const upgradedList = upgraded(list);
    expect(row.getAttribute('label')).to.equal('Name');
    expect(list.getAttribute('card-title')).to.equal('Applicant');
    expect(shown(upgradedList)).to.deep.equal([
      ['Name', 'Sarah Philips', ['Change Name (Applicant)']],
    ]);
    expect(list.querySelector('dl')!.className).to.contain('--no-border');
  });

  describe('properties and attributes', () => {
    it('reflects every property to its attribute and reads it back', async () => {
      const list = dataList(WITHOUT_ACTIONS);
      const row = list.querySelector<CivicSummaryRow>('civic-summary-row')!;
      row.label = 'Licence';
      row.value = 'PL-1';
      row.changeHref = '/licence';
      row.visuallyHiddenText = 'licence number';
      expect(
        ['label', 'value', 'change-href', 'visually-hidden-text'].map((name) =>
          row.getAttribute(name),
        ),
      ).to.deep.equal(['Licence', 'PL-1', '/licence', 'licence number']);
      expect([row.label, row.value, row.changeHref, row.visuallyHiddenText]).to.deep.equal([
        'Licence',
        'PL-1',
        '/licence',
        'licence number',
      ]);
      list.setAttribute('card-title', 'Licence');
      list.setAttribute('card-actions', '[{"href":"/x","text":"Delete"}]');
      list.setAttribute('heading-level', '5');
      list.setAttribute('no-border', '');
      expect(list.cardActions).to.deep.equal([
        { href: '/x', text: 'Delete', visuallyHiddenText: undefined },
      ]);
      expect([list.cardTitle, list.headingLevel, list.noBorder]).to.deep.equal([
        'Licence',
        5,
        true,
      ]);
      await list.updateComplete;
      expect(list.querySelector('h5')!.textContent).to.equal('Licence');
    });

    it('takes null, removal and wrong types without throwing or showing "null"', async () => {
      const list = dataList(DEFAULT);
      const row = list.querySelector<CivicSummaryRow>('civic-summary-row')!;
      const warnings = await warningsDuring(async () => {
        row.label = null;
        row.value = null;
        row.changeHref = null;
        row.visuallyHiddenText = undefined;
        row.actions = null;
        (row as unknown as { label: unknown }).label = { text: 'Name' };
        (row as unknown as { value: unknown }).value = 42;
        (row as unknown as { actions: unknown }).actions = 'Change';
        list.cardTitle = undefined;
        list.headingLevel = null;
        list.cardActions = null;
        (list as unknown as { noBorder: unknown }).noBorder = null;
        for (const name of ['label', 'actions']) row.removeAttribute(name);
        await rebuilt(list);
      });
      expect(shown(list)[0]).to.deep.equal(['', '42', []]);
      expect([row.label, row.value, row.changeHref, row.actions]).to.deep.equal([
        '',
        '42',
        undefined,
        [],
      ]);
      expect([list.cardTitle, list.headingLevel, list.cardActions, list.noBorder]).to.deep.equal([
        undefined,
        2,
        [],
        false,
      ]);
      expect(list.textContent).to.not.match(/null|undefined|NaN|\[object Object\]/);
      expect(warnings).to.deep.equal([
        '[civic] <civic-summary-row> label was set to {"text":"Name"}, which is not text, so it is cleared.',
        '[civic] <civic-summary-row> actions ""Change"" is not JSON such as [{"href": "/name", "text": "Change"}], so it is ignored.',
        '[civic] <civic-summary-row> has no label: give every row its key (label="Name"), which a screen reader reads before the value.',
      ]);
    });

    it('warns about malformed or wrong-shaped actions JSON and shows the row without them', async () => {
      const warnings = await warningsDuring(async () => {
        const list = dataList({ rows: [{ key: 'Name', value: 'Sam' }] });
        const row = list.querySelector('civic-summary-row')!;
        row.setAttribute('actions', '[{"href": "/name", "text": "Change"');
        await rebuilt(list);
        expect(shown(list)).to.deep.equal([['Name', 'Sam', []]]);
        row.setAttribute('actions', '[{"href": "/name", "label": "Change"}]');
        await rebuilt(list);
        expect(shown(list)).to.deep.equal([['Name', 'Sam', []]]);
        list.setAttribute('card-title', 'Applicant');
        list.setAttribute('card-actions', '{"href": "/delete", "text": "Delete"}');
        await list.updateComplete;
        expect(list.querySelector('.civic-summary-card__actions')).to.equal(null);
      });
      expect(warnings).to.deep.equal([
        '[civic] <civic-summary-row> actions "[{"href": "/name", "text": "Change"" is not JSON such as [{"href": "/name", "text": "Change"}], so it is ignored.',
        '[civic] <civic-summary-row> actions "[{"href": "/name", "label": "Change"}]" is not JSON such as [{"href": "/name", "text": "Change"}], so it is ignored.',
        '[civic] <civic-summary-list> card-actions "{"href": "/delete", "text": "Delete"}" is not JSON such as [{"href": "/name", "text": "Change"}], so it is ignored.',
      ]);
    });
  });
});

describe('civic-summary-list written by a server', () => {
  it('keeps what the server wrote as it is', () => {
    const parent = page(DEFAULT);
    parent.innerHTML = toHtml(summaryListMarkup(DEFAULT));
    const dl = parent.querySelector('dl');
    upgraded(parent.firstElementChild);
    expect(parent.querySelector('dl')).to.equal(dl);
  });

  it('writes a value given as HTML (the html param) as HTML', () => {
    const list = serverList({
      rows: [
        {
          key: 'Documents',
          html: '<ul><li>passport.pdf</li><li>bill.pdf</li></ul>',
          changeHref: '/documents',
        },
      ],
    });
    const value = list.querySelector('.civic-summary-list__value')!;
    expect([...value.querySelectorAll('li')].map((item) => item.textContent)).to.deep.equal([
      'passport.pdf',
      'bill.pdf',
    ]);
  });

  it('keeps its words when the page’s language changes', async () => {
    const list = serverList(WELSH);
    list.parentElement!.setAttribute('lang', 'en');
    await rebuilt(list);
    expect(spoken(linksOf(list)[0])).to.equal('Newid Enw');
  });

  it('keeps the server’s rows, with a warning, when an attribute changes and it has no rows as data', async () => {
    const list = serverList(DEFAULT);
    const warnings = await warningsDuring(async () => {
      list.setAttribute('no-border', '');
      await list.updateComplete;
    });
    expect(shown(list)).to.have.length(4);
    expect(warnings).to.deep.equal([
      '[civic] <civic-summary-list> keeps the list its server wrote when no-border changes, because it has no <civic-summary-row> children to build one from: have the server write the change, or give the list <civic-summary-row> children.',
    ]);
  });

  it('builds from rows a page adds later instead of the server’s list', async () => {
    const list = serverList(DEFAULT);
    list.append(dataRow({ key: 'Reference', value: 'HDJ2123F' }));
    await rebuilt(list);
    expect(shown(list)).to.deep.equal([['Reference', 'HDJ2123F', []]]);
    expect(list.querySelectorAll('dl')).to.have.length(1);
  });

  it('writes nothing wrong for params of the wrong types', async () => {
    const warnings = await warningsDuring(() => {
      const html = toHtml(
        summaryListMarkup({
          rows: [
            null,
            'Name',
            { key: 7, value: { a: 1 }, actions: { href: '/x', text: 'Change' } },
            { key: 'Email', value: undefined, actions: [{ href: 1, text: 'Change' }] },
          ],
          cardTitle: 12,
          cardActions: 'Delete',
        } as unknown as SummaryListParams),
      );
      expect(html).to.equal(
        '<civic-summary-list><div class="civic-summary-card"><div class="civic-summary-card__title-wrapper"><h2 class="civic-summary-card__title">12</h2></div><div class="civic-summary-card__content"><dl class="civic-summary-list">' +
          '<div class="civic-summary-list__row"><dt class="civic-summary-list__key">7</dt><dd class="civic-summary-list__value"></dd><dd class="civic-summary-list__actions"><a class="civic-summary-list__link" href="/x">Change<span class="civic-visually-hidden"> 7 (12)</span></a></dd></div>' +
          '<div class="civic-summary-list__row civic-summary-list__row--no-actions"><dt class="civic-summary-list__key">Email</dt><dd class="civic-summary-list__value"></dd></div>' +
          '</dl></div></div></civic-summary-list>',
      );
    });
    expect(warnings).to.deep.equal([
      '[civic] <civic-summary-row> action {"href":1,"text":"Change"} is not such as {"href": "/name", "text": "Change"}, so it is left out.',
      '[civic] <civic-summary-list> action "Delete" is not such as {"href": "/name", "text": "Change"}, so it is left out.',
    ]);
  });
});
