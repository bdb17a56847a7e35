import { expect } from '@open-wc/testing';
import { accessibleNodes, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import { cleanUp, container } from '../../../test/authoring.js';
import { HOSTILE, withHostileCss } from '../../../test/hostile.js';
import { column } from '../../../test/viewport.js';
import { escapeText } from '../../core/markup-html.js';

function list(
  tag: 'ul' | 'ol',
  modifiers: string,
  items = ['Your name', 'Your address', 'Your vehicle'],
): HTMLElement {
  const root = container();
  root.innerHTML = `<${tag} class="civic-list ${modifiers}">${items
    .map((item) => `<li>${escapeText(item)}</li>`)
    .join('')}</${tag}>`;
  return root.firstElementChild as HTMLElement;
}

const markerOf = (element: Element) => getComputedStyle(element.firstElementChild!).listStyleType;

describe('list styles', () => {
  afterEach(() => cleanUp());

  it('have no markers by default, bullets, or numbers, each item a list item', () => {
    expect(markerOf(list('ul', ''))).to.equal('none');
    expect(markerOf(list('ul', 'civic-list--bullet'))).to.equal('disc');
    expect(markerOf(list('ol', 'civic-list--number'))).to.equal('decimal');
    expect(getComputedStyle(list('ul', '').firstElementChild!).display).to.equal('list-item');
  });

  it('indent bulleted and numbered lists so their markers show, and not plain ones', () => {
    const padding = (element: Element) => getComputedStyle(element).paddingInlineStart;
    const spacing = getComputedStyle(document.documentElement)
      .getPropertyValue('--civic-spacing-4')
      .trim();
    expect(padding(list('ul', ''))).to.equal('0px');
    expect(padding(list('ul', 'civic-list--bullet'))).to.equal(`${parseFloat(spacing) * 16}px`);
  });

  it('space items further apart with civic-list--spaced', () => {
    const gap = (element: Element) => getComputedStyle(element.firstElementChild!).marginBottom;
    expect(parseFloat(gap(list('ul', 'civic-list--bullet civic-list--spaced')))).to.be.above(
      parseFloat(gap(list('ul', 'civic-list--bullet'))),
    );
  });

  it('keep their look under a page’s hostile global CSS (ul, li { list-style: square; margin: 3em })', () => {
    const bullets = list('ul', 'civic-list--bullet');
    const look = () => {
      const item = getComputedStyle(bullets.firstElementChild!);
      return `${item.listStyleType} ${item.marginLeft} ${getComputedStyle(bullets).marginLeft} ${getComputedStyle(bullets).paddingLeft}`;
    };
    const before = look();
    withHostileCss(() => expect(look()).to.equal(before));
  });

  it('show hostile item text as text', () => {
    const hostile = list('ul', 'civic-list--bullet', [HOSTILE]);
    expect(hostile.querySelector('img')).to.equal(null);
    expect(hostile.textContent).to.equal(HOSTILE);
  });

  it('wrap long items inside a 320 px column', () => {
    {
      const long = list('ol', 'civic-list--number', [
        'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch',
      ]);
      column(container(), 320).append(long);
      expect(long.scrollWidth).to.be.at.most(long.clientWidth);
    }
  });

  it('pass axe', async () => {
    const root = list('ol', 'civic-list--number civic-list--spaced').parentElement!;
    await expect(root).to.be.accessible();
  });

  itInAccessibilityTree('are read as lists with their items, markers or not', async () => {
    const plain = list('ul', '').parentElement!;
    const lists = await accessibleNodes(plain, { role: 'list' });
    expect(lists).to.have.length(1);
    const items = await accessibleNodes(plain, { role: 'listitem' });
    expect(items.map((node) => node.name)).to.deep.equal(['', '', '']);
    expect(items).to.have.length(3);
  });
});
