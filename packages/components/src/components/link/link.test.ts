import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { expectAccessibleNode, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import { cleanUp, container } from '../../../test/authoring.js';
import { withHostileCss } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { column } from '../../../test/viewport.js';
import { toDom } from '../../core/markup-dom.js';
import { notificationBannerMarkup } from '../notification-banner/markup.js';
import { summaryListMarkup } from '../summary-list/markup.js';
import { taskListMarkup } from '../task-list/markup.js';

/** A paragraph holding one link with the given classes, as a page writes it. */
function linkIn(classes: string, text = 'Check your council tax band'): HTMLAnchorElement {
  const root = container();
  root.innerHTML = `<p class="civic-body">Before you apply, <a class="${classes}" href="#band">${text}</a>.</p>`;
  return root.querySelector('a')!;
}

/** Whether civic.css holds `selector { property: value }` (for :visited, which no script can read). */
function ruleValue(selector: string, property: string): string | undefined {
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSStyleRule && rule.selectorText.split(/,\s*/).includes(selector)) {
        const value = rule.style.getPropertyValue(property);
        if (value !== '') return value;
      }
    }
  }
  return undefined;
}

interface LinkLook {
  color: string;
  decoration: string;
  offset: string;
  background: string;
  shadow: string;
}

function lookOf(link: Element): LinkLook {
  const style = getComputedStyle(link);
  return {
    color: style.color,
    decoration: style.textDecorationLine,
    offset: style.textUnderlineOffset,
    background: style.backgroundColor,
    shadow: style.boxShadow,
  };
}

/** Focuses `link` from the keyboard (so :focus-visible applies) and returns its look then. */
async function focusedLookOf(link: HTMLElement): Promise<LinkLook> {
  const before = document.createElement('button');
  before.textContent = 'Before';
  link.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  expect(document.activeElement).to.equal(link);
  const look = lookOf(link);
  before.remove();
  return look;
}

describe('link styles', () => {
  afterEach(async () => {
    cleanUp();
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('are the link colour, underlined, in the page font and size around them', () => {
    const link = linkIn('civic-link');
    const paragraph = link.parentElement!;
    const style = getComputedStyle(link);
    expect(style.color).to.equal(tokenColour('--civic-color-link'));
    expect(style.textDecorationLine).to.equal('underline');
    expect(style.fontFamily).to.equal(getComputedStyle(paragraph).fontFamily);
    expect(style.fontSize).to.equal(getComputedStyle(paragraph).fontSize);
  });

  it('have a visited colour, and none with civic-link--no-visited-state', () => {
    // Browsers never tell script whether a link was visited, so the rules are read.
    expect(ruleValue('.civic-link:visited', 'color')).to.equal('var(--civic-color-link-visited)');
    expect(ruleValue('.civic-link--no-visited-state:visited', 'color')).to.equal(
      'var(--civic-color-link)',
    );
  });

  it('take the hover colour and a thicker underline under the pointer', async () => {
    const link = linkIn('civic-link');
    const resting = parseFloat(getComputedStyle(link).textDecorationThickness);
    const box = link.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
    });
    expect(link.matches(':hover')).to.equal(true);
    expect(getComputedStyle(link).color).to.equal(tokenColour('--civic-color-link-hover'));
    expect(parseFloat(getComputedStyle(link).textDecorationThickness)).to.be.above(resting);
  });

  it('show the focus colours from the tokens when reached by keyboard', async () => {
    const link = linkIn('civic-link');
    const look = await focusedLookOf(link);
    expect(look.background).to.equal(tokenColour('--civic-color-focus'));
    expect(look.color).to.equal(tokenColour('--civic-color-focus-text'));
    expect(look.decoration).to.equal('none');
    expect(look.shadow).to.equal(
      `${tokenColour('--civic-color-focus')} 0px -2px 0px 0px, ${tokenColour('--civic-color-focus-text')} 0px 3px 0px 0px`,
    );
  });

  it('are the text colour on the brand surface with civic-link--inverse, and still focus in yellow', async () => {
    const link = linkIn('civic-link civic-link--inverse');
    // The page's own dark box: the brand surface and the text colour paired with it.
    link.parentElement!.style.backgroundColor = 'var(--civic-color-surface-brand)';
    link.parentElement!.style.color = 'var(--civic-color-text-on-brand)';
    expect(getComputedStyle(link).color).to.equal(tokenColour('--civic-color-text-on-brand'));
    const look = await focusedLookOf(link);
    expect(look.color).to.equal(tokenColour('--civic-color-focus-text'));
    expect(look.background).to.equal(tokenColour('--civic-color-focus'));
    await expect(link.parentElement!.parentElement).to.be.accessible();
  });

  it('look the same as the links Civic components write, at rest and focused', async () => {
    const root = container();
    const ownLinks = [
      toDom(
        summaryListMarkup({ rows: [{ key: 'Name', value: 'Sam', changeHref: '#name' }] }),
      ) as Element,
      toDom(taskListMarkup({ tasks: [{ text: 'Your details', href: '#details' }] })) as Element,
      toDom(
        notificationBannerMarkup({ linkHref: '#deadline', linkText: 'Check the deadline' }),
      ) as Element,
    ];
    root.append(...ownLinks);
    const page = linkIn('civic-link');
    const pageLook = lookOf(page);
    const pageFocused = await focusedLookOf(page);
    for (const link of root.querySelectorAll('a')) {
      const label = link.className;
      const look = lookOf(link);
      expect(look.color, label).to.equal(pageLook.color);
      expect(look.decoration, label).to.equal(pageLook.decoration);
      expect(look.offset, label).to.equal(pageLook.offset);
      const focused = await focusedLookOf(link);
      expect(focused, label).to.deep.equal(pageFocused);
    }
  });

  it('keep their look under a page’s hostile global CSS', () => {
    const link = linkIn('civic-link');
    const before = [getComputedStyle(link).color, getComputedStyle(link).fontSize];
    withHostileCss(() => {
      expect([getComputedStyle(link).color, getComputedStyle(link).fontSize]).to.deep.equal(before);
    });
  });

  it('wrap a long address inside a 320 px column (WCAG 1.4.10)', () => {
    {
      const link = linkIn(
        'civic-link',
        'https://www.example.gov.uk/a-very-long-address-with-no-spaces-at-all-in-it',
      );
      const paragraph = link.parentElement!;
      column(container(), 320).append(paragraph);
      expect(paragraph.scrollWidth).to.be.at.most(paragraph.clientWidth);
      expect(paragraph.getBoundingClientRect().width).to.equal(320);
    }
  });

  it('pass axe, with every kind of link in a paragraph', async () => {
    const root = container();
    root.innerHTML = `<p class="civic-body"><a class="civic-link" href="#a">Link</a>,
      <a class="civic-link civic-link--no-visited-state" href="#b">service link</a>
      and <a class="civic-link" href="#c" lang="cy" hreflang="cy">Cymraeg</a>.</p>`;
    await expect(root).to.be.accessible();
  });

  if (navigator.userAgent.includes('Chrome/')) {
    it('in forced colours, use the system link colour and a highlight outline on focus', async () => {
      const link = linkIn('civic-link');
      await emulateMedia({ forcedColors: 'active' });
      try {
        const focused = await focusedLookOf(link);
        const style = getComputedStyle(link);
        expect(style.outlineStyle).to.equal('solid');
        expect(style.outlineWidth).to.equal('3px');
        expect(focused.decoration).to.equal('underline');
        expect(focused.shadow).to.equal('none');
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });
  } else {
    it.skip(
      'in forced colours, use the system link colour and a highlight outline on focus (Chromium only: this engine cannot emulate forced colours)',
    );
  }

  itInAccessibilityTree('are read as links named by their text', async () => {
    const link = linkIn('civic-link', 'Check your council tax band');
    await expectAccessibleNode(link.parentElement!, {
      role: 'link',
      name: 'Check your council tax band',
    });
  });
});
