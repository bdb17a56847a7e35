import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { accessibleNodes, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import { cleanUp, container, normalisedMarkup } from '../../../test/authoring.js';
import { boxesWithin, HOSTILE, withHostileCss } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { warningsDuring } from '../../../test/warnings.js';
import { itInForcedColours, withoutScript } from '../../../test/static-page.js';
import { toDom } from '../../core/markup-dom.js';
import { toHtml } from '../../core/markup-html.js';
import { clearWarningHistory } from '../../core/warn.js';
import { CivicTag } from './define.js';
import {
  statusTagMarkup,
  tagClasses,
  tagMarkup,
  TAG_COLORS,
  type TagColor,
  type TagParams,
} from './markup.js';

const STATUS = 'Completed';

/** The tag a server writes, parsed into the page as a browser parses it. */
function serverTag(params: TagParams, parent: Element = container()): CivicTag {
  const holder = document.createElement('div');
  holder.innerHTML = toHtml(tagMarkup(params));
  const tag = holder.firstElementChild as CivicTag;
  parent.append(tag);
  return tag;
}

/** The tag a framework builds: attributes and its text, nothing else. */
function attributeTag(params: TagParams, parent: Element = container()): CivicTag {
  const tag = document.createElement('civic-tag');
  if (params.color !== undefined) tag.setAttribute('color', params.color);
  if (params.id !== undefined) tag.id = params.id;
  tag.textContent = params.text ?? '';
  parent.append(tag);
  return tag;
}

/** A tag inside another component's HTML, as the task list writes a status. */
function statusTag(color: TagColor | undefined, parent: Element = container()): HTMLElement {
  const tag = toDom(statusTagMarkup({ text: STATUS, color })) as HTMLElement;
  parent.append(tag);
  return tag;
}

const AUTHORED = [
  ['server HTML', serverTag],
  ['attributes', attributeTag],
] as const;

interface Look {
  color: string;
  background: string;
  padding: string;
  border: string;
  font: string;
  box: number[];
}

function lookOf(element: Element): Look {
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return {
    color: style.color,
    background: style.backgroundColor,
    padding: style.padding,
    border: `${style.borderTopWidth} ${style.borderTopStyle}`,
    font: `${style.fontSize} ${style.fontWeight} ${style.lineHeight}`,
    box: [box.width, box.height].map(Math.round),
  };
}

// WCAG 2 relative luminance and contrast ratio of two `rgb(…)` colours.
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(foreground: string, background: string): number {
  const first = luminance(foreground);
  const second = luminance(background);
  return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
}

/** Gives the page without script the width of `parent` in the test page, to compare boxes. */
function asWideAs(unscripted: Element, parent: Element): void {
  unscripted.ownerDocument.body.style.inlineSize = `${parent.clientWidth}px`;
}

describe('<civic-tag> and the status tag', () => {
  beforeEach(() => clearWarningHistory());
  afterEach(() => cleanUp());

  describe('markup', () => {
    it('writes the standalone tag around its text, and the status tag as a strong with classes', () => {
      expect(toHtml(tagMarkup({ text: STATUS, color: 'green' }))).to.equal(
        '<civic-tag color="green">Completed</civic-tag>',
      );
      expect(toHtml(tagMarkup({ text: 'Not started' }))).to.equal(
        '<civic-tag>Not started</civic-tag>',
      );
      expect(
        toHtml(tagMarkup({ html: '<span lang="cy">Wedi’i gwblhau</span>', id: 'x' })),
      ).to.equal('<civic-tag id="x"><span lang="cy">Wedi’i gwblhau</span></civic-tag>');
      expect(
        toHtml(
          statusTagMarkup({
            text: STATUS,
            color: 'green',
            id: 'task-1-status',
            classes: 'civic-task-list__status',
          }),
        ),
      ).to.equal(
        '<strong id="task-1-status" class="civic-tag civic-tag--green civic-task-list__status">Completed</strong>',
      );
      expect(tagClasses(undefined)).to.equal('civic-tag civic-tag--blue');
    });

    it('writes text as text, never as markup', () => {
      expect(toHtml(tagMarkup({ text: HOSTILE }))).to.equal(
        '<civic-tag>&lt;img src=x onerror="window.__civicHacked = true"&gt;</civic-tag>',
      );
      expect(toHtml(statusTagMarkup({ text: HOSTILE }))).to.equal(
        '<strong class="civic-tag civic-tag--blue">&lt;img src=x onerror="window.__civicHacked = true"&gt;</strong>',
      );
    });

    it('never throws or shows "[object Object]", "null" or "NaN" for wrong types', async () => {
      const warnings = await warningsDuring(() => {
        const wrong = { text: 42, html: null, color: { a: 1 }, id: 7 } as unknown as TagParams;
        expect(toHtml(tagMarkup(wrong))).to.equal('<civic-tag color="blue"></civic-tag>');
        expect(toHtml(tagMarkup())).to.equal('<civic-tag></civic-tag>');
        expect(
          toHtml(statusTagMarkup({ text: null, color: NaN } as unknown as TagParams)),
        ).to.equal('<strong class="civic-tag civic-tag--blue"></strong>');
      });
      expect(warnings).to.deep.equal([
        '[civic] <civic-tag> color="{"a":1}" is not one of grey, green, teal, blue, purple, magenta, red, orange, yellow, so "blue" is used.',
        '[civic] <civic-tag> color="null" is not one of grey, green, teal, blue, purple, magenta, red, orange, yellow, so "blue" is used.',
      ]);
    });
  });

  for (const [authoring, make] of AUTHORED) {
    describe(`authored as ${authoring}`, () => {
      it('shows its text in place, blue by default, with the page content node kept', async () => {
        const tag = make({ text: STATUS });
        const text = tag.firstChild;
        expect(tag).to.be.instanceOf(CivicTag);
        expect(tag.textContent).to.equal(STATUS);
        expect(tag.color).to.equal('blue');
        expect(getComputedStyle(tag).color).to.equal(tokenColour('--civic-color-tag-blue-text'));
        tag.color = 'red';
        await tag.updateComplete;
        expect(tag.firstChild, 'the text node is never moved or replaced').to.equal(text);
        expect(tag.childNodes).to.have.length(1);
      });

      it('draws every colour from its token pair, each pair at least 4.5:1', () => {
        for (const color of TAG_COLORS) {
          const tag = make({ text: STATUS, color });
          const style = getComputedStyle(tag);
          expect(style.color, color).to.equal(tokenColour(`--civic-color-tag-${color}-text`));
          expect(style.backgroundColor, color).to.equal(
            tokenColour(`--civic-color-tag-${color}-background`),
          );
          expect(
            contrast(style.color, style.backgroundColor),
            `${color} text on its background`,
          ).to.be.at.least(4.5);
        }
      });

      it('passes axe in every colour', async () => {
        const root = container();
        for (const color of TAG_COLORS) make({ text: `${color} status`, color }, root);
        await expect(root).to.be.accessible();
      });

      it('draws no border normally', () => {
        const tag = make({ text: STATUS, color: 'green' });
        expect(getComputedStyle(tag).borderTopColor).to.equal('rgba(0, 0, 0, 0)');
      });

      itInForcedColours('keeps a visible border in forced colours', async () => {
        const tag = make({ text: STATUS, color: 'green' });
        await emulateMedia({ forcedColors: 'active' });
        try {
          const style = getComputedStyle(tag);
          expect(style.borderTopStyle).to.equal('solid');
          expect(style.borderTopWidth).to.equal('2px');
          expect(style.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
          expect(style.borderTopColor).to.equal(style.color);
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
      });

      it('wraps a long word inside 320 px rather than widening the page', () => {
        const narrow = container();
        narrow.style.inlineSize = '320px';
        const tag = make({ text: 'Waitingforyourlandlordtoconfirmthetenancyagreement🏠' }, narrow);
        expect(tag.getBoundingClientRect().width).to.be.at.most(320);
        expect(narrow.scrollWidth).to.equal(320);
      });

      it('shows hostile text as text', () => {
        delete window.__civicHacked;
        const tag = make({ text: HOSTILE });
        expect(tag.textContent).to.equal(HOSTILE);
        expect(tag.querySelector('img')).to.equal(null);
        expect(window.__civicHacked).to.equal(undefined);
      });

      it('looks the same under a page’s hostile global CSS', () => {
        // A section: the hostile CSS pads every div, which would move the origin.
        const root = document.createElement('section');
        container().append(root);
        const tag = make({ text: STATUS, color: 'purple' }, root);
        const before = boxesWithin(root, [tag]);
        withHostileCss(() => expect(boxesWithin(root, [tag])).to.deep.equal(before));
      });

      it('is not in the tab order: a tag is not a control', async () => {
        const root = container();
        const before = document.createElement('button');
        before.textContent = 'Before';
        root.append(before);
        make({ text: STATUS }, root);
        const after = document.createElement('button');
        after.textContent = 'After';
        root.append(after);
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement).to.equal(after);
      });
    });
  }

  it('gives the same DOM from server HTML and from attributes, in every colour', () => {
    for (const color of [undefined, ...TAG_COLORS]) {
      const params = { text: STATUS, color };
      const server = serverTag(params);
      const built = attributeTag(params);
      expect(server.outerHTML, String(color)).to.equal(built.outerHTML);
      expect(normalisedMarkup(server)).to.equal(normalisedMarkup(built));
    }
  });

  it('reads and looks the same before and without script as after upgrade', async () => {
    for (const color of ['green', 'red', 'yellow'] as const) {
      const html = toHtml(tagMarkup({ text: STATUS, color }));
      const unscripted = await withoutScript(html);
      expect(unscripted.constructor.name, 'no element class in a page without script').to.equal(
        'HTMLElement',
      );
      const upgraded = serverTag({ text: STATUS, color });
      expect(unscripted.outerHTML).to.equal(upgraded.outerHTML);
      asWideAs(unscripted, upgraded.parentElement!);
      expect(lookOf(unscripted), color).to.deep.equal(lookOf(upgraded));
    }
  });

  it('looks the same as the status tag another component writes, in every colour', () => {
    for (const color of TAG_COLORS) {
      const root = container();
      const element = attributeTag({ text: STATUS, color }, root);
      const status = statusTag(color, root);
      expect(lookOf(status), color).to.deep.equal(lookOf(element));
    }
    const axeRoot = container();
    for (const color of TAG_COLORS) statusTag(color, axeRoot);
    return expect(axeRoot).to.be.accessible();
  });

  itInForcedColours('keeps a visible border on the status tag in forced colours', async () => {
    const tag = statusTag('red');
    await emulateMedia({ forcedColors: 'active' });
    try {
      expect(getComputedStyle(tag).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(tag).borderTopColor).to.equal(getComputedStyle(tag).color);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  describe('old colour names (GOV.UK Frontend 6 renamed or retired them)', () => {
    const RENAMES = [
      ['turquoise', 'teal'],
      ['pink', 'magenta'],
      ['light-blue', 'blue'],
    ] as const;

    for (const [old, current] of RENAMES) {
      it(`"${old}" still works, looks ${current}, and warns naming ${current}`, async () => {
        let tag: CivicTag | undefined;
        const warnings = await warningsDuring(async () => {
          tag = attributeTag({ text: STATUS, color: old as TagColor });
          await tag.updateComplete;
        });
        expect(warnings).to.deep.equal([
          `[civic] <civic-tag> color="${old}" is now called "${current}": use ${current}.`,
        ]);
        expect(tag!.color).to.equal(current);
        expect(tag!.getAttribute('color'), 'the page’s own word stays').to.equal(old);
        expect(getComputedStyle(tag!).backgroundColor).to.equal(
          tokenColour(`--civic-color-tag-${current}-background`),
        );
        // A server that still writes the old name gets the current look with no script.
        const unscripted = await withoutScript(`<civic-tag color="${old}">${STATUS}</civic-tag>`);
        expect(getComputedStyle(unscripted).backgroundColor).to.equal(
          tokenColour(`--civic-color-tag-${current}-background`),
        );
        expect(tagClasses(old)).to.equal(`civic-tag civic-tag--${current}`);
      });
    }
  });

  describe('attributes and properties', () => {
    it('reflects the colour property to its attribute, and rebuilds nothing it does not own', async () => {
      const tag = attributeTag({ text: STATUS });
      tag.color = 'orange';
      expect(tag.getAttribute('color')).to.equal('orange');
      await tag.updateComplete;
      expect(getComputedStyle(tag).backgroundColor).to.equal(
        tokenColour('--civic-color-tag-orange-background'),
      );
      tag.removeAttribute('color');
      await tag.updateComplete;
      expect(tag.color).to.equal('blue');
      expect(getComputedStyle(tag).backgroundColor).to.equal(
        tokenColour('--civic-color-tag-blue-background'),
      );
    });

    it('takes null, undefined and wrong types without throwing, warning about wrong ones', async () => {
      const tag = attributeTag({ text: STATUS, color: 'green' });
      const warnings = await warningsDuring(async () => {
        tag.color = null;
        expect(tag.hasAttribute('color')).to.equal(false);
        tag.color = 'green';
        tag.color = undefined;
        expect(tag.hasAttribute('color')).to.equal(false);
        tag.color = 42 as unknown as TagColor;
        expect(tag.getAttribute('color')).to.equal('blue');
        tag.color = { a: 1 } as unknown as TagColor;
        expect(tag.getAttribute('color')).to.equal('blue');
        await tag.updateComplete;
      });
      expect(warnings).to.deep.equal([
        '[civic] <civic-tag> color="42" is not one of grey, green, teal, blue, purple, magenta, red, orange, yellow, so "blue" is used.',
        '[civic] <civic-tag> color="{"a":1}" is not one of grey, green, teal, blue, purple, magenta, red, orange, yellow, so "blue" is used.',
      ]);
      expect(tag.textContent).to.equal(STATUS);
    });

    it('warns once about an unknown colour, naming the colours, and is blue', async () => {
      let tag: CivicTag | undefined;
      const warnings = await warningsDuring(async () => {
        tag = attributeTag({ text: 'New', color: 'chartreuse' as TagColor });
        await tag.updateComplete;
        expect(tag.color).to.equal('blue');
      });
      expect(warnings).to.deep.equal([
        '[civic] <civic-tag> color="chartreuse" is not one of grey, green, teal, blue, purple, magenta, red, orange, yellow, so "blue" is used.',
      ]);
      expect(getComputedStyle(tag!).backgroundColor).to.equal(
        tokenColour('--civic-color-tag-blue-background'),
      );
    });

    it('keeps a colour a page set before the element was defined', () => {
      const name = `civic-tag-early-${Math.random().toString(36).slice(2)}`;
      const early = document.createElement(name);
      (early as unknown as { color: string }).color = 'purple';
      early.textContent = STATUS;
      container().append(early);
      customElements.define(name, class extends CivicTag {});
      expect(early).to.be.instanceOf(CivicTag);
      expect(early.getAttribute('color')).to.equal('purple');
      expect((early as unknown as { color: string }).color).to.equal('purple');
    });

    it('follows text a framework changes, and hides with hidden', () => {
      const tag = attributeTag({ text: 'In progress', color: 'blue' });
      tag.firstChild!.nodeValue = STATUS;
      expect(tag.textContent).to.equal(STATUS);
      tag.hidden = true;
      expect(tag.getBoundingClientRect().height).to.equal(0);
      const status = statusTag('green');
      status.hidden = true;
      expect(status.getBoundingClientRect().height).to.equal(0);
    });

    it('reads the same in Welsh: the page’s own words, nothing of its own to translate', () => {
      const root = container();
      root.lang = 'cy';
      const tag = serverTag({ text: 'Wedi’i gwblhau', color: 'green' }, root);
      expect(tag.textContent).to.equal('Wedi’i gwblhau');
      expect(tag.outerHTML).to.equal('<civic-tag color="green">Wedi’i gwblhau</civic-tag>');
    });
  });

  itInAccessibilityTree(
    'is read as its text in place, in a table cell and after a task name',
    async () => {
      const root = container();
      root.innerHTML = `<table><tbody><tr><th scope="row">Application</th><td></td></tr></tbody></table>`;
      const cell = root.querySelector('td')!;
      cell.append(serverTag({ text: STATUS, color: 'green' }, cell));
      const cells = await accessibleNodes(root, { role: 'cell' });
      expect(cells.map((node) => node.name)).to.deep.equal([STATUS]);
      const list = container();
      list.innerHTML = '<ul><li>Your details </li></ul>';
      statusTag('blue', list.querySelector('li')!);
      const items = await accessibleNodes(list, { role: 'listitem' });
      expect(items).to.have.length(1);
      const texts = await accessibleNodes(list, { role: 'StaticText' });
      expect(texts.map((node) => node.name)).to.deep.equal(['Your details ', STATUS]);
    },
  );
});
