import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { accessibleNodes, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import { cleanUp, container, normalisedMarkup } from '../../../test/authoring.js';
import { boxesWithin, HOSTILE, withHostileCss } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { warningsDuring } from '../../../test/warnings.js';
import { itInForcedColours, textOf, withoutScript } from '../../../test/static-page.js';
import { toHtml } from '../../core/markup-html.js';
import { clearWarningHistory } from '../../core/warn.js';
import { CivicPanel } from './define.js';
import { panelMarkup, type PanelParams } from './markup.js';

const BODY = '<p>We have sent you a confirmation email.</p>';
const COMPLETE: PanelParams = { heading: 'Application complete', reference: 'HDJ2123F' };

/** Every state a story shows, with the page's own body content. */
const STATES: Record<string, PanelParams> = {
  'title only': { heading: 'Application complete' },
  'title and reference': COMPLETE,
  'title, reference and body': { ...COMPLETE, html: BODY },
  'level 2 title': { ...COMPLETE, headingLevel: 2 },
  Welsh: { heading: 'Cais wedi’i gwblhau', reference: 'HDJ2123F', lang: 'cy', html: BODY },
};

const tick = () => new Promise((resolve) => setTimeout(resolve));

/** The panel a server writes, parsed into the page as a browser parses it. */
function serverPanel(params: PanelParams, parent: Element = container()): CivicPanel {
  const holder = document.createElement('div');
  holder.innerHTML = toHtml(panelMarkup(params));
  const panel = holder.firstElementChild as CivicPanel;
  parent.append(panel);
  return panel;
}

/** The panel a framework builds: attributes and the page's own content, nothing else. */
function attributePanel(params: PanelParams, parent: Element = container()): CivicPanel {
  const panel = document.createElement('civic-panel');
  if (params.heading !== undefined) panel.setAttribute('heading', params.heading);
  if (params.headingLevel !== undefined)
    panel.setAttribute('heading-level', String(params.headingLevel));
  if (params.reference !== undefined) panel.setAttribute('reference', params.reference);
  if (params.html !== undefined) {
    const body = document.createElement('template');
    body.innerHTML = params.html;
    panel.append(body.content);
  }
  if (params.lang !== undefined) parent.setAttribute('lang', params.lang);
  parent.append(panel);
  return panel;
}

const AUTHORED = [
  ['server HTML', serverPanel],
  ['attributes', attributePanel],
] as const;

function title(panel: Element): HTMLElement | null {
  return panel.querySelector(':scope > .civic-panel__title');
}

function referenceLine(panel: Element): HTMLElement | null {
  return panel.querySelector(':scope > .civic-panel__reference');
}

/** Gives the page without script the width of `parent` in the test page, to compare boxes. */
function asWideAs(unscripted: Element, parent: Element): void {
  unscripted.ownerDocument.body.style.inlineSize = `${parent.clientWidth}px`;
}

/** Every part's box within the panel, and the colours people see. */
function lookOf(panel: Element) {
  const style = getComputedStyle(panel);
  return {
    colours: [style.color, style.backgroundColor],
    boxes: boxesWithin(panel, [panel, ...panel.children]),
  };
}

describe('<civic-panel>', () => {
  beforeEach(() => clearWarningHistory());
  afterEach(() => cleanUp());

  describe('markup', () => {
    it('writes the panel with its title, reference and the page’s content', () => {
      expect(toHtml(panelMarkup({ ...COMPLETE, html: BODY }))).to.equal(
        '<civic-panel heading="Application complete" reference="HDJ2123F">' +
          '<h1 class="civic-panel__title">Application complete</h1>' +
          '<p class="civic-panel__reference">Your reference number <strong class="civic-panel__reference-number">HDJ2123F</strong></p>' +
          '<p>We have sent you a confirmation email.</p></civic-panel>',
      );
    });

    it('writes the title at the level asked for, and the reference label in Welsh', () => {
      expect(toHtml(panelMarkup({ ...COMPLETE, headingLevel: '2', lang: 'cy' }))).to.equal(
        '<civic-panel heading="Application complete" heading-level="2" reference="HDJ2123F">' +
          '<h2 class="civic-panel__title">Application complete</h2>' +
          '<p class="civic-panel__reference">Eich cyfeirnod <strong class="civic-panel__reference-number">HDJ2123F</strong></p></civic-panel>',
      );
    });

    it('writes text as text', () => {
      expect(toHtml(panelMarkup({ heading: HOSTILE, reference: HOSTILE }))).to.equal(
        '<civic-panel heading="&lt;img src=x onerror=&quot;window.__civicHacked = true&quot;>" reference="&lt;img src=x onerror=&quot;window.__civicHacked = true&quot;>">' +
          '<h1 class="civic-panel__title">&lt;img src=x onerror="window.__civicHacked = true"&gt;</h1>' +
          '<p class="civic-panel__reference">Your reference number <strong class="civic-panel__reference-number">&lt;img src=x onerror="window.__civicHacked = true"&gt;</strong></p></civic-panel>',
      );
    });

    it('warns about a heading level out of range and about a missing heading, naming the fix', async () => {
      const warnings = await warningsDuring(() => {
        expect(toHtml(panelMarkup({ heading: 'Done', headingLevel: 7 as never }))).to.equal(
          '<civic-panel heading="Done" heading-level="1"><h1 class="civic-panel__title">Done</h1></civic-panel>',
        );
        expect(
          toHtml(panelMarkup({ reference: 'HDJ2123F', heading: {} as never, html: 5 as never })),
        ).to.equal(
          '<civic-panel reference="HDJ2123F"><p class="civic-panel__reference">Your reference number <strong class="civic-panel__reference-number">HDJ2123F</strong></p></civic-panel>',
        );
        expect(toHtml(panelMarkup())).to.equal('<civic-panel></civic-panel>');
      });
      expect(warnings).to.deep.equal([
        '[civic] <civic-panel> heading-level="7" is not one of 1, 2, 3, 4, 5, 6, so "1" is used.',
        '[civic] <civic-panel> has no heading, so people are not told what is complete. Give it heading="Application complete" (the heading parameter).',
      ]);
    });
  });

  for (const [authoring, make] of AUTHORED) {
    describe(`authored as ${authoring}`, () => {
      it('shows the title as a level 1 heading, the reference under its label, then the page’s content', () => {
        const panel = make({ ...COMPLETE, html: BODY });
        expect(panel).to.be.instanceOf(CivicPanel);
        expect([...panel.children].map((child) => child.localName)).to.deep.equal(['h1', 'p', 'p']);
        expect(textOf(title(panel))).to.equal('Application complete');
        expect(textOf(referenceLine(panel))).to.equal('Your reference number HDJ2123F');
        expect(textOf(panel.lastElementChild)).to.equal('We have sent you a confirmation email.');
        const style = getComputedStyle(panel);
        expect(style.backgroundColor).to.equal(tokenColour('--civic-color-panel-background'));
        expect(style.color).to.equal(tokenColour('--civic-color-panel-text'));
      });

      it('lets one click select the whole reference, in bold', () => {
        const panel = make(COMPLETE);
        const number = panel.querySelector('.civic-panel__reference-number')!;
        expect(number.localName).to.equal('strong');
        const style = getComputedStyle(number);
        // WebKit honours only the prefixed property.
        const selectsAll =
          style.userSelect === 'all' || style.getPropertyValue('-webkit-user-select') === 'all';
        expect(selectsAll, 'one click selects the whole reference').to.equal(true);
        expect(style.fontWeight).to.equal('700');
        expect(style.display, 'the reference is on its own line').to.equal('block');
      });

      it('keeps the page’s content where the page put it as the parts are rebuilt', async () => {
        const panel = make({ ...COMPLETE, html: BODY });
        const body = panel.lastElementChild!;
        panel.setAttribute('reference', 'ABC123');
        panel.setAttribute('heading', 'Payment complete');
        await panel.updateComplete;
        expect(textOf(title(panel))).to.equal('Payment complete');
        expect(textOf(referenceLine(panel))).to.equal('Your reference number ABC123');
        expect(panel.lastElementChild, 'the same node, not a copy').to.equal(body);
        expect(panel.children).to.have.length(3);
        panel.removeAttribute('reference');
        await panel.updateComplete;
        expect(referenceLine(panel)).to.equal(null);
        expect([...panel.children]).to.deep.equal([title(panel), body]);
        panel.headingLevel = 3;
        await panel.updateComplete;
        expect(title(panel)!.localName).to.equal('h3');
        expect(panel.getAttribute('heading-level')).to.equal('3');
      });

      it('passes axe in every state', async () => {
        const root = container();
        for (const params of Object.values(STATES)) make(params, root);
        await expect(root).to.be.accessible();
      });

      it('wraps a long reference and title inside 320 px', () => {
        const narrow = container();
        narrow.style.inlineSize = '320px';
        const panel = make(
          {
            heading: 'Applicationcompleteandsenttothecouncil',
            reference: `REF-${'0123456789'.repeat(8)}`,
          },
          narrow,
        );
        expect(panel.getBoundingClientRect().width).to.equal(320);
        expect(panel.scrollWidth).to.equal(panel.clientWidth);
        expect(narrow.scrollWidth).to.equal(320);
      });

      it('shows hostile text as text', () => {
        delete window.__civicHacked;
        const panel = make({ heading: HOSTILE, reference: HOSTILE });
        expect(textOf(title(panel))).to.equal(HOSTILE);
        expect(textOf(panel.querySelector('.civic-panel__reference-number'))).to.equal(HOSTILE);
        expect(panel.querySelector('img')).to.equal(null);
        expect(window.__civicHacked).to.equal(undefined);
      });

      it('looks the same under a page’s hostile global CSS', () => {
        // A section of fixed width: the hostile CSS pads every div, which would narrow the container.
        const section = document.createElement('section');
        section.style.inlineSize = '600px';
        container().append(section);
        const panel = make({ ...COMPLETE }, section);
        const before = boxesWithin(panel, [...panel.children]);
        withHostileCss(() => expect(boxesWithin(panel, [...panel.children])).to.deep.equal(before));
      });

      itInForcedColours('keeps a visible border in forced colours', async () => {
        const panel = make(COMPLETE);
        expect(getComputedStyle(panel).borderTopColor).to.equal('rgba(0, 0, 0, 0)');
        await emulateMedia({ forcedColors: 'active' });
        try {
          const style = getComputedStyle(panel);
          expect(style.borderTopStyle).to.equal('solid');
          expect(style.borderTopWidth).to.equal('2px');
          expect(style.borderTopColor).to.equal(style.color);
        } finally {
          await emulateMedia({ forcedColors: 'none' });
        }
      });
    });
  }

  it('gives the same DOM from server HTML and from attributes, in every state', () => {
    for (const [state, params] of Object.entries(STATES)) {
      const server = serverPanel(params, container());
      const built = attributePanel(params, container());
      expect(normalisedMarkup(built), state).to.equal(normalisedMarkup(server));
      expect(built.outerHTML, state).to.equal(server.outerHTML);
    }
  });

  it('adopts a server’s HTML as it is, and reads and looks the same without script', async () => {
    for (const [state, params] of Object.entries(STATES)) {
      const html = toHtml(panelMarkup(params));
      const unscripted = await withoutScript(html, { lang: params.lang });
      expect(unscripted.constructor.name, 'no element class without script').to.equal(
        'HTMLElement',
      );
      const holder = document.createElement('div');
      holder.innerHTML = html;
      const written = holder.firstElementChild!;
      const parts = [...written.children];
      const page = container();
      if (params.lang !== undefined) page.lang = params.lang;
      page.append(written);
      expect(written).to.be.instanceOf(CivicPanel);
      expect([...written.children], `${state}: the server's nodes are kept`).to.deep.equal(parts);
      expect(written.outerHTML, state).to.equal(unscripted.outerHTML);
      asWideAs(unscripted, page);
      expect(lookOf(unscripted), state).to.deep.equal(lookOf(written));
    }
  });

  it('takes over a server’s panel once the page changes an attribute', async () => {
    const panel = serverPanel({ ...COMPLETE, html: BODY });
    const body = panel.lastElementChild;
    panel.reference = 'XYZ789';
    await panel.updateComplete;
    expect(textOf(referenceLine(panel))).to.equal('Your reference number XYZ789');
    expect(textOf(title(panel))).to.equal('Application complete');
    expect(panel.lastElementChild).to.equal(body);
    expect(panel.querySelectorAll('.civic-panel__title')).to.have.length(1);
  });

  describe('attributes and properties', () => {
    it('reflects every property to its attribute', () => {
      const panel = attributePanel({});
      panel.heading = 'Registration complete';
      panel.headingLevel = 2;
      panel.reference = 'R-1';
      expect(panel.getAttribute('heading')).to.equal('Registration complete');
      expect(panel.getAttribute('heading-level')).to.equal('2');
      expect(panel.getAttribute('reference')).to.equal('R-1');
      expect(panel.headingLevel).to.equal(2);
    });

    it('takes null, removal and wrong types without throwing or showing them, warning about wrong ones', async () => {
      const panel = attributePanel(COMPLETE);
      const warnings = await warningsDuring(async () => {
        panel.reference = null;
        panel.headingLevel = undefined;
        await panel.updateComplete;
        expect(referenceLine(panel)).to.equal(null);
        panel.reference = { a: 1 } as never;
        panel.heading = 42 as never;
        panel.setAttribute('heading-level', 'two');
        await panel.updateComplete;
        expect(panel.headingLevel).to.equal(1);
      });
      expect(textOf(panel)).to.equal('42');
      expect(panel.textContent).to.not.match(/null|undefined|NaN|object/);
      expect(title(panel)!.localName).to.equal('h1');
      expect(warnings).to.deep.equal([
        '[civic] <civic-panel> reference must be text, not {"a":1}, so it is left out.',
        '[civic] <civic-panel> heading-level="two" is not one of 1, 2, 3, 4, 5, 6, so "1" is used.',
      ]);
      panel.removeAttribute('heading');
      const missing = await warningsDuring(() => panel.updateComplete);
      expect(title(panel)).to.equal(null);
      expect(missing).to.deep.equal([
        '[civic] <civic-panel> has no heading, so people are not told what is complete. Give it heading="Application complete" (the heading parameter).',
      ]);
    });

    it('keeps properties a page set before the element was defined, with no warning', async () => {
      const name = `civic-panel-early-${Math.random().toString(36).slice(2)}`;
      const early = document.createElement(name);
      Object.assign(early, { heading: 'Application complete', reference: 'HDJ2123F' });
      container().append(early);
      const warnings = await warningsDuring(async () => {
        customElements.define(name, class extends CivicPanel {});
        if (!(early instanceof CivicPanel)) throw new Error('not upgraded');
        await early.updateComplete;
      });
      expect(warnings).to.deep.equal([]);
      expect(early).to.be.instanceOf(CivicPanel);
      expect(early.getAttribute('heading')).to.equal('Application complete');
      expect(textOf(early.querySelector('.civic-panel__reference'))).to.equal(
        'Your reference number HDJ2123F',
      );
    });

    it('hides with hidden', () => {
      const panel = attributePanel(COMPLETE);
      panel.hidden = true;
      expect(panel.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('Welsh', () => {
    it('builds the reference label in the page’s language and follows it when it changes', async () => {
      const page = container();
      page.lang = 'cy';
      const panel = attributePanel({ heading: 'Cais wedi’i gwblhau', reference: 'HDJ2123F' }, page);
      await panel.updateComplete;
      expect(textOf(referenceLine(panel))).to.equal('Eich cyfeirnod HDJ2123F');
      page.lang = 'en';
      await tick();
      await panel.updateComplete;
      expect(textOf(referenceLine(panel))).to.equal('Your reference number HDJ2123F');
    });

    it('keeps the words a server wrote in its own language', async () => {
      const page = container();
      page.lang = 'cy';
      const panel = serverPanel({ ...COMPLETE, lang: 'cy' }, page);
      page.lang = 'en';
      await tick();
      await panel.updateComplete;
      expect(textOf(referenceLine(panel))).to.equal('Eich cyfeirnod HDJ2123F');
    });
  });

  itInAccessibilityTree(
    'is read as a level 1 heading, then the reference with its label, then the page’s text',
    async () => {
      for (const [authoring, make] of AUTHORED) {
        const panel = make({ ...COMPLETE, html: BODY });
        const headings = await accessibleNodes(panel, { role: 'heading' });
        expect(
          headings.map((node) => [node.name, node.states.level]),
          authoring,
        ).to.deep.equal([['Application complete', 1]]);
        const texts = await accessibleNodes(panel, { role: 'StaticText' });
        expect(
          texts.map((node) => node.name),
          authoring,
        ).to.deep.equal([
          'Application complete',
          // Chromium trims the space before the reference's <strong>.
          'Your reference number',
          'HDJ2123F',
          'We have sent you a confirmation email.',
        ]);
        panel.remove();
      }
    },
  );
});
