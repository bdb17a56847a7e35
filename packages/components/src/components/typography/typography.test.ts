import { expect } from '@open-wc/testing';
import { accessibleNodes, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import { cleanUp, container } from '../../../test/authoring.js';
import { withHostileCss } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { framedPage } from '../../../test/viewport.js';

/** A token's value as a page computes `property` from it now (sizes in CSS pixels). */
function tokenAs(property: 'fontSize' | 'fontFamily', token: string, page = document): string {
  const probe = page.createElement('div');
  probe.style[property] = `var(${token})`;
  page.body.append(probe);
  const value = page.defaultView!.getComputedStyle(probe)[property];
  probe.remove();
  return value;
}

const tokenPixels = (token: string) => tokenAs('fontSize', token);

const PAGE = `<span class="civic-caption-l">Apply for a parking permit</span>
<h1 class="civic-heading-xl">Your vehicle</h1>
<p class="civic-body-lead">Tell us about the vehicle you will park.</p>
<h2 class="civic-heading-l">Registration</h2>
<h3 class="civic-heading-m">If you have more than one vehicle</h3>
<h4 class="civic-heading-s">Hire cars</h4>
<p class="civic-body">You can change the vehicle <strong class="civic-body-bold">once a month</strong>.</p>
<p class="civic-body-small">It takes about 5 minutes.</p>
<span class="civic-caption-m">Section 2 of 4</span>`;

function page(): HTMLElement {
  const root = container();
  root.innerHTML = PAGE;
  return root;
}

const SIZES = [
  ['.civic-heading-xl', '--civic-font-size-heading-xl'],
  ['.civic-heading-l', '--civic-font-size-heading-l'],
  ['.civic-heading-m', '--civic-font-size-heading-m'],
  ['.civic-heading-s', '--civic-font-size-heading-s'],
  ['.civic-body-lead', '--civic-font-size-heading-m'],
  ['.civic-body', '--civic-font-size-body'],
  ['.civic-body-small', '--civic-font-size-small'],
  ['.civic-caption-l', '--civic-font-size-heading-m'],
  ['.civic-caption-m', '--civic-font-size-body'],
] as const;

function sizesOf(root: Element): string[] {
  return SIZES.map(([selector]) => getComputedStyle(root.querySelector(selector)!).fontSize);
}

describe('typography styles', () => {
  afterEach(() => cleanUp());

  it('size each style from the tokens’ type scale, in the tokens’ font', () => {
    const root = page();
    expect(sizesOf(root)).to.deep.equal(SIZES.map(([, token]) => tokenPixels(token)));
    const family = tokenAs('fontFamily', '--civic-font-family');
    for (const [selector] of SIZES) {
      expect(getComputedStyle(root.querySelector(selector)!).fontFamily, selector).to.equal(family);
    }
  });

  it('make headings bold and body text regular, captions secondary', () => {
    const root = page();
    const weight = (selector: string) => getComputedStyle(root.querySelector(selector)!).fontWeight;
    expect(['.civic-heading-xl', '.civic-heading-s', '.civic-body-bold'].map(weight)).to.deep.equal(
      ['700', '700', '700'],
    );
    expect(['.civic-body', '.civic-body-lead', '.civic-caption-l'].map(weight)).to.deep.equal([
      '400',
      '400',
      '400',
    ]);
    expect(getComputedStyle(root.querySelector('.civic-caption-l')!).color).to.equal(
      tokenColour('--civic-color-text-secondary'),
    );
    expect(getComputedStyle(root.querySelector('.civic-body')!).color).to.equal(
      tokenColour('--civic-color-text'),
    );
  });

  it('use the smaller scale at 320 px, and no line is wider than the page there', async () => {
    const wide = sizesOf(page());
    const narrowPage = await framedPage(
      container(),
      `<body style="margin: 0"><div>${PAGE.replace('Your vehicle', 'Cyfrinairunwaithynunigcyfrinairunwaith')}</div></body>`,
      320,
      'lang="cy"',
    );
    const root = narrowPage.body.firstElementChild!;
    const narrow = SIZES.map(
      ([selector]) =>
        narrowPage.defaultView!.getComputedStyle(root.querySelector(selector)!).fontSize,
    );
    expect(narrow).to.deep.equal(SIZES.map(([, token]) => tokenAs('fontSize', token, narrowPage)));
    expect(parseFloat(narrow[0])).to.be.below(parseFloat(wide[0]));
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    expect(narrowPage.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('keep their look under a page’s hostile global CSS', () => {
    const root = page();
    const look = () =>
      [...root.children].map((element) => {
        const style = getComputedStyle(element);
        return `${style.fontSize} ${style.lineHeight} ${style.marginTop} ${style.marginBottom}`;
      });
    const before = look();
    withHostileCss(() => expect(look()).to.deep.equal(before));
  });

  it('pass axe', async () => {
    await expect(page()).to.be.accessible();
  });

  itInAccessibilityTree('leave headings their own levels, whatever their size', async () => {
    const root = page();
    const headings = await accessibleNodes(root, { role: 'heading' });
    expect(headings.map((node) => `${node.name} (${String(node.states.level)})`)).to.deep.equal([
      'Your vehicle (1)',
      'Registration (2)',
      'If you have more than one vehicle (3)',
      'Hire cars (4)',
    ]);
  });
});
