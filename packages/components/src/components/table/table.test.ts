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
  withoutScript,
} from '../../../test/static-page.js';
import { tokenColour } from '../../../test/tokens.js';
import { warningsDuring } from '../../../test/warnings.js';
import { toHtml } from '../../core/markup-html.js';
import { clearWarningHistory } from '../../core/warn.js';
import { tableMarkup, type TableParams } from './markup.js';

const PAY: TableParams = {
  caption: 'Dates and amounts',
  head: [{ text: 'Date' }, { text: 'Amount', format: 'numeric' }],
  rows: [
    [{ text: 'First 6 weeks' }, { text: '£109.80', format: 'numeric' }],
    [{ text: 'Next 33 weeks' }, { text: '£1,009.80', format: 'numeric' }],
  ],
  firstCellIsHeader: true,
};

/** A table wider than a 320 px screen. */
const WIDE: TableParams = {
  caption: 'Council tax bands',
  captionSize: 's',
  head: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((band) => ({
    text: `Band ${band}`,
    format: 'numeric' as const,
  })),
  rows: [
    [
      '£1,204.55',
      '£1,405.31',
      '£1,606.07',
      '£1,806.83',
      '£2,208.35',
      '£2,609.87',
      '£3,011.38',
      '£3,613.66',
    ].map((text) => ({ text, format: 'numeric' as const })),
  ],
};

/** Every state a story shows. */
const STATES: Record<string, TableParams> = {
  'with row headers and numbers': PAY,
  wide: WIDE,
  'large caption': { ...PAY, caption: 'Month you apply', captionSize: 'l' },
  Welsh: {
    caption: 'Dyddiadau a symiau',
    head: [{ text: 'Dyddiad' }, { text: 'Swm', format: 'numeric' }],
    rows: [[{ text: 'Y 6 wythnos gyntaf' }, { text: '£109.80', format: 'numeric' }]],
    firstCellIsHeader: true,
  },
};

describe('table', () => {
  beforeEach(() => clearWarningHistory());
  afterEach(() => {
    cleanUp();
    (document.activeElement as HTMLElement | null)?.blur();
  });

  describe('markup', () => {
    it('writes a captioned table with column and row headers, numbers marked, in a named focusable region', () => {
      expect(toHtml(tableMarkup(PAY))).to.equal(
        '<div class="civic-table-wrapper" role="region" aria-labelledby="civic-table-dates-and-amounts-caption" tabindex="0">' +
          '<table class="civic-table">' +
          '<caption class="civic-table__caption civic-table__caption--m" id="civic-table-dates-and-amounts-caption">Dates and amounts</caption>' +
          '<thead class="civic-table__head"><tr class="civic-table__row">' +
          '<th scope="col" class="civic-table__header">Date</th>' +
          '<th scope="col" class="civic-table__header civic-table__header--numeric">Amount</th>' +
          '</tr></thead>' +
          '<tbody class="civic-table__body">' +
          '<tr class="civic-table__row"><th scope="row" class="civic-table__header">First 6 weeks</th><td class="civic-table__cell civic-table__cell--numeric">£109.80</td></tr>' +
          '<tr class="civic-table__row"><th scope="row" class="civic-table__header">Next 33 weeks</th><td class="civic-table__cell civic-table__cell--numeric">£1,009.80</td></tr>' +
          '</tbody></table></div>',
      );
    });

    it('takes an id, a caption size, spans and the server’s HTML', () => {
      expect(
        toHtml(
          tableMarkup({
            id: 'pay',
            caption: 'Pay',
            captionSize: 'xl',
            rows: [[{ html: '<a href="/a">A</a>', colspan: 2 }], [{ text: 'B', rowspan: 3 }]],
          }),
        ),
      ).to.equal(
        '<div class="civic-table-wrapper" role="region" aria-labelledby="pay-caption" tabindex="0">' +
          '<table class="civic-table" id="pay">' +
          '<caption class="civic-table__caption civic-table__caption--xl" id="pay-caption">Pay</caption>' +
          '<tbody class="civic-table__body">' +
          '<tr class="civic-table__row"><td class="civic-table__cell" colspan="2"><a href="/a">A</a></td></tr>' +
          '<tr class="civic-table__row"><td class="civic-table__cell" rowspan="3">B</td></tr>' +
          '</tbody></table></div>',
      );
    });

    it('writes text as text', () => {
      const html = toHtml(
        tableMarkup({ caption: HOSTILE, head: [{ text: HOSTILE }], rows: [[{ text: HOSTILE }]] }),
      );
      expect(html).to.equal(
        '<div class="civic-table-wrapper" role="region" aria-labelledby="civic-table-img-src-x-onerror-window-civichacked-tr-caption" tabindex="0">' +
          '<table class="civic-table">' +
          '<caption class="civic-table__caption civic-table__caption--m" id="civic-table-img-src-x-onerror-window-civichacked-tr-caption">&lt;img src=x onerror="window.__civicHacked = true"&gt;</caption>' +
          '<thead class="civic-table__head"><tr class="civic-table__row"><th scope="col" class="civic-table__header">&lt;img src=x onerror="window.__civicHacked = true"&gt;</th></tr></thead>' +
          '<tbody class="civic-table__body"><tr class="civic-table__row"><td class="civic-table__cell">&lt;img src=x onerror="window.__civicHacked = true"&gt;</td></tr></tbody>' +
          '</table></div>',
      );
    });

    it('never throws or shows "[object Object]", "null" or "NaN" for wrong types, and warns naming the fix', async () => {
      let html = '';
      const warnings = await warningsDuring(() => {
        html = toHtml(
          tableMarkup({
            caption: 'Pay',
            captionSize: 'huge',
            head: 'Date, Amount',
            rows: [
              [{ text: { a: 1 } }, 'x', null, { text: 'ok', format: 'money', colspan: 'two' }],
              5,
            ],
            id: {},
          } as never),
        );
        expect(toHtml(tableMarkup(null))).to.equal(
          '<div class="civic-table-wrapper"><table class="civic-table"><tbody class="civic-table__body"></tbody></table></div>',
        );
      });
      expect(html).to.equal(
        '<div class="civic-table-wrapper" role="region" aria-labelledby="civic-table-pay-caption" tabindex="0">' +
          '<table class="civic-table"><caption class="civic-table__caption civic-table__caption--m" id="civic-table-pay-caption">Pay</caption>' +
          '<tbody class="civic-table__body">' +
          '<tr class="civic-table__row"><td class="civic-table__cell"></td><td class="civic-table__cell">ok</td></tr>' +
          '<tr class="civic-table__row"></tr>' +
          '</tbody></table></div>',
      );
      expect(warnings).to.deep.equal([
        '[civic] Table captionSize="huge" is not one of s, m, l, xl, so "m" is used.',
        '[civic] Table head must be a list of cells such as [{"text":"Amount"}], not Date, Amount, so it is left out.',
        '[civic] Table rows[0] has items that are not cells such as {"text":"£109.80"}; they are left out.',
        '[civic] Table cell format="money" is not "numeric", so the cell is text.',
        '[civic] Table rows[1] must be a list of cells such as [{"text":"Amount"}], not 5, so it is left out.',
        '[civic] Table has no caption, so neither the table nor its scrolling region has a name, and keyboard users cannot reach it to scroll: set caption.',
      ]);
    });
  });

  it('aligns numbers at the end with figures of one width, and sizes its caption', () => {
    const wrapper = placeServerHtml(tableMarkup(STATES['large caption']));
    const amount = wrapper.querySelector('td')!;
    expect(getComputedStyle(amount).textAlign).to.equal('end');
    expect(getComputedStyle(amount).fontVariantNumeric).to.equal('tabular-nums');
    expect(getComputedStyle(wrapper.querySelector('th')!).textAlign).to.equal('start');
    const caption = wrapper.querySelector('caption')!;
    const large = document.createElement('span');
    large.style.fontSize = 'var(--civic-font-size-heading-l)';
    document.body.append(large);
    expect(getComputedStyle(caption).fontSize).to.equal(getComputedStyle(large).fontSize);
    large.remove();
    expect(getComputedStyle(caption).fontWeight).to.equal('700');
    expect(getComputedStyle(amount).borderBottomColor).to.equal(
      tokenColour('--civic-color-border'),
    );
  });

  it('keeps a wide table within a 320 px screen: it scrolls in its region, the page does not', async () => {
    const narrow = container();
    narrow.style.cssText = 'inline-size: 320px; margin: 0; padding: 0; border: 0';
    const before = document.createElement('button');
    before.textContent = 'Before';
    narrow.append(before);
    const wrapper = placeServerHtml(tableMarkup(WIDE), narrow);
    expect(wrapper.getBoundingClientRect().width).to.equal(320);
    expect(narrow.scrollWidth).to.equal(320);
    expect(wrapper.scrollWidth, 'the table is wider than its region').to.be.above(320);
    // Keyboard users reach the region with Tab, and scroll it with the arrow keys.
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper);
    expect(getComputedStyle(wrapper).outlineColor).to.equal(tokenColour('--civic-color-focus'));
    const scrolled = new Promise((resolve) =>
      wrapper.addEventListener('scroll', resolve, { once: true }),
    );
    await sendKeys({ press: 'ArrowRight' });
    await scrolled;
    expect(wrapper.scrollLeft).to.be.above(0);
  });

  it('keeps a wide table within a 320 px screen with no script', async () => {
    const wrapper = await withoutScript(toHtml(tableMarkup(WIDE)), { width: 320 });
    expect(wrapper.ownerDocument.documentElement.scrollWidth).to.equal(320);
    expect(wrapper.getBoundingClientRect().width).to.equal(320);
    expect(wrapper.scrollWidth).to.be.above(320);
  });

  it('passes axe in every state', async () => {
    for (const [state, params] of Object.entries(STATES)) {
      const root = container();
      if (state === 'Welsh') root.lang = 'cy';
      placeServerHtml(tableMarkup(params), root);
      await expect(root, state).to.be.accessible();
      cleanUp();
    }
  });

  it('shows hostile strings as text', () => {
    delete window.__civicHacked;
    const wrapper = placeServerHtml(
      tableMarkup({ caption: HOSTILE, head: [{ text: HOSTILE }], rows: [[{ text: HOSTILE }]] }),
    );
    expect([...wrapper.querySelectorAll('caption, th, td')].map(textOf)).to.deep.equal([
      HOSTILE,
      HOSTILE,
      HOSTILE,
    ]);
    expect(wrapper.querySelector('img')).to.equal(null);
    expect(window.__civicHacked).to.equal(undefined);
  });

  it('looks the same under a page’s hostile global CSS', () => {
    const section = document.createElement('section');
    section.style.inlineSize = '600px';
    container().append(section);
    const wrapper = placeServerHtml(tableMarkup(PAY), section);
    const parts = [wrapper, ...wrapper.querySelectorAll('*')];
    const before = boxesWithin(section, parts);
    withHostileCss(() => expect(boxesWithin(section, parts)).to.deep.equal(before));
  });

  it('reads and looks the same with no script at all', async () => {
    await expectSameWithoutScript(tableMarkup(PAY));
  });

  itInForcedColours(
    'keeps its rules and its region’s focus outline in forced colours',
    async () => {
      const root = container();
      const before = document.createElement('button');
      root.append(before);
      const wrapper = placeServerHtml(tableMarkup(PAY), root);
      await emulateMedia({ forcedColors: 'active' });
      try {
        const cell = getComputedStyle(wrapper.querySelector('td')!);
        expect(cell.borderBottomStyle).to.equal('solid');
        expect(cell.borderBottomColor).to.equal(cell.color);
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement).to.equal(wrapper);
        expect(getComputedStyle(wrapper).outlineStyle).to.equal('solid');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    },
  );

  itInAccessibilityTree(
    'is read as a region and a table named by the caption, with column and row headers',
    async () => {
      const wrapper = placeServerHtml(tableMarkup(PAY));
      await expectAccessibleNode(wrapper, { role: 'region', name: 'Dates and amounts' });
      await expectAccessibleNode(wrapper, { role: 'table', name: 'Dates and amounts' });
      const columns = await accessibleNodes(wrapper, { role: 'columnheader' });
      expect(columns.map((node) => node.name)).to.deep.equal(['Date', 'Amount']);
      const rows = await accessibleNodes(wrapper, { role: 'rowheader' });
      expect(rows.map((node) => node.name)).to.deep.equal(['First 6 weeks', 'Next 33 weeks']);
      const cells = await accessibleNodes(wrapper, { role: 'cell' });
      expect(cells.map((node) => node.name)).to.deep.equal(['£109.80', '£1,009.80']);
    },
  );
});
