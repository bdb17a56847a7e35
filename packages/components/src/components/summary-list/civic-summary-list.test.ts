import { HOSTILE } from '../../../test/hostile.js';
import { forEachRenderMode, serverRenderedWithoutScript } from '../../../test/render-modes.js';
import {
  accessibleNodes,
  expectAccessibleNode,
  itInAccessibilityTree,
} from '../../../test/accessibility-tree.js';
import { warningsDuring } from '../../../test/warnings.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { clearWarningHistory } from '../../core/warn.js';
import type { CivicSummaryList, CivicSummaryRow } from './define.js';
import './define.js';

function links(row: Element): HTMLAnchorElement[] {
  return [...row.shadowRoot!.querySelectorAll('a')];
}

/** Link text as a screen reader hears it (visually hidden parts included). */
function spoken(link: HTMLAnchorElement): string {
  return link.textContent.replace(/\s+/g, ' ').trim();
}

forEachRenderMode(['summary-list'], (fixture) => {
  describe('rows', () => {
    it('pairs each key and value in a description list', async () => {
      const row = await fixture<CivicSummaryRow>(
        html`<civic-summary-row label="Name">Sarah Philips</civic-summary-row>`,
      );
      const dl = row.shadowRoot!.querySelector('dl')!;
      expect(dl.querySelector('dt')!.textContent).to.equal('Name');
      expect(dl.querySelector('dd slot')).to.not.equal(null);
      expect(row.textContent).to.equal('Sarah Philips');
      expect(links(row)).to.have.length(0);
    });

    it('adds a "Change" link named by its key', async () => {
      const row = await fixture<CivicSummaryRow>(
        html`<civic-summary-row label="Date of birth" change-href="/dob"
          >5 January 1978</civic-summary-row
        >`,
      );
      const [change] = links(row);
      expect(change.getAttribute('href')).to.equal('/dob');
      expect(spoken(change)).to.equal('Change Date of birth');
    });

    it('shows several actions from the actions attribute', async () => {
      const row = await fixture<CivicSummaryRow>(html`
        <civic-summary-row
          label="Contact"
          actions='[{"href":"/contact","text":"Change"},{"href":"/contact/remove","text":"Remove"}]'
          >07700 900457</civic-summary-row
        >
      `);
      expect(links(row).map(spoken)).to.deep.equal(['Change Contact', 'Remove Contact']);
    });

    it('warns about an unreadable actions attribute and shows no actions', async () => {
      clearWarningHistory();
      const warnings = await warningsDuring(async () => {
        const row = await fixture<CivicSummaryRow>(
          html`<civic-summary-row label="Name">Sam</civic-summary-row>`,
        );
        // Set as HTML would, not through a Lit binding (lit-analyzer types it as an array).
        row.setAttribute('actions', 'change');
        await row.updateComplete;
        expect(links(row)).to.have.length(0);
      });
      expect(warnings.join()).to.contain('not a JSON array');
    });

    it('says "Newid" in Welsh', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div lang="cy">
          <civic-summary-row label="Enw" change-href="/name">Siân</civic-summary-row>
        </div>
      `);
      const row = wrapper.querySelector('civic-summary-row')!;
      await row.updateComplete;
      expect(spoken(links(row)[0])).to.equal('Newid Enw');
    });

    it('refuses javascript: actions with a warning', async () => {
      clearWarningHistory();
      const warnings = await warningsDuring(async () => {
        const row = await fixture<CivicSummaryRow>(html`
          <civic-summary-row label="Name" change-href="javascript:window.__civicHacked=true"
            >Sam</civic-summary-row
          >
        `);
        expect(links(row)).to.have.length(0);
      });
      expect(warnings.join()).to.contain('refused the URL');
    });
  });

  it('reads actions from a JSON attribute, as in server HTML', async () => {
    const row = await fixture<CivicSummaryRow>(
      html`<civic-summary-row label="Contact">07700 900457</civic-summary-row>`,
    );
    row.setAttribute('actions', '[{"href":"/contact/remove","text":"Remove"}]');
    await row.updateComplete;
    expect(links(row).map(spoken)).to.deep.equal(['Remove Contact']);
  });

  describe('list and card', () => {
    it('removes row borders in the no-border variant', async () => {
      const list = await fixture<CivicSummaryList>(html`
        <civic-summary-list no-border>
          <civic-summary-row label="Name">Sam</civic-summary-row>
        </civic-summary-list>
      `);
      const row = list.querySelector('civic-summary-row')!;
      const dl = row.shadowRoot!.querySelector('dl')!;
      expect(getComputedStyle(dl).borderBottomStyle).to.equal('none');
      list.noBorder = false;
      await list.updateComplete;
      expect(getComputedStyle(dl).borderBottomStyle).to.equal('solid');
    });

    it('shows a card with a title at the requested level and card actions', async () => {
      const list = await fixture<CivicSummaryList>(html`
        <civic-summary-list
          card-title="University of Gloucestershire"
          heading-level="3"
          card-actions='[{"href":"/choice/1/delete","text":"Delete choice"}]'
        >
          <civic-summary-row label="Course" change-href="/choice/1/course"
            >English (3DMD)</civic-summary-row
          >
        </civic-summary-list>
      `);
      expect(list.shadowRoot!.querySelector('h3')!.textContent).to.equal(
        'University of Gloucestershire',
      );
      expect(links(list).map(spoken)).to.deep.equal([
        'Delete choice (University of Gloucestershire)',
      ]);
    });
  });

  describe('keyboard', () => {
    it('tabs through the action links in reading order, skipping rows without actions', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <input />
          <civic-summary-list>
            <civic-summary-row label="Name" change-href="#name">Sam</civic-summary-row>
            <civic-summary-row label="Reference">HDJ2123F</civic-summary-row>
            <civic-summary-row
              label="Contact"
              actions='[{"href":"#contact","text":"Change"},{"href":"#remove","text":"Remove"}]'
              >Jo</civic-summary-row
            >
          </civic-summary-list>
        </div>
      `);
      wrapper.querySelector('input')!.focus();
      const reached: (string | null | undefined)[] = [];
      for (let step = 0; step < 3; step++) {
        await sendKeys({ press: 'Tab' });
        reached.push(document.activeElement?.shadowRoot?.activeElement?.getAttribute('href'));
      }
      expect(reached).to.deep.equal(['#name', '#contact', '#remove']);
    });
  });

  describe('accessibility', () => {
    it('passes axe with rows with and without actions, and a card', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <civic-summary-list>
            <civic-summary-row label="Name" change-href="/name">Sarah Philips</civic-summary-row>
            <civic-summary-row label="Reference">HDJ2123F</civic-summary-row>
          </civic-summary-list>
          <civic-summary-list
            card-title="Qualification"
            card-actions='[{"href":"/q/delete","text":"Delete"}]'
          >
            <civic-summary-row label="Subject" change-href="/q/subject">Maths</civic-summary-row>
          </civic-summary-list>
        </div>
      `);
      await expect(wrapper).to.be.accessible();
    });

    itInAccessibilityTree('announces the change link with its key', async () => {
      const row = await fixture<CivicSummaryRow>(
        html`<civic-summary-row label="Name" change-href="/name">Sarah Philips</civic-summary-row>`,
      );
      await expectAccessibleNode(row, { role: 'link', name: 'Change Name' });
    });

    itInAccessibilityTree('exposes the key as a term and the value as a definition', async () => {
      const row = await fixture<CivicSummaryRow>(
        html`<civic-summary-row label="Name">Sarah Philips</civic-summary-row>`,
      );
      const terms = await accessibleNodes(row, { role: 'term' });
      expect(terms.map((term) => term.name)).to.deep.equal(['Name']);
      const definitions = await accessibleNodes(row, { role: 'definition' });
      expect(definitions.length).to.be.at.least(1);
    });
  });

  describe('bad input', () => {
    it('renders hostile keys, values and action text as text', async () => {
      const row = await fixture<CivicSummaryRow>(html`
        <civic-summary-row
          label=${HOSTILE}
          actions=${JSON.stringify([{ href: '/x', text: HOSTILE }])}
          >${HOSTILE}</civic-summary-row
        >
      `);
      expect(row.shadowRoot!.querySelector('dt')!.textContent).to.equal(HOSTILE);
      expect(row.textContent).to.equal(HOSTILE);
      expect(row.shadowRoot!.querySelector('img')).to.equal(null);
      expect(window.__civicHacked).to.equal(undefined);
    });

    it('wraps long unbroken values, several lines and lists in a 320px column', async () => {
      const email = `${'a-very-long-mailbox-name'.repeat(4)}@example-council.gov.uk`;
      const column = await fixture<HTMLDivElement>(html`
        <div style="inline-size: 320px">
          <civic-summary-list>
            <civic-summary-row label="Email" change-href="/email">${email}</civic-summary-row>
            <civic-summary-row label="Address"
              >72 Guild Street<br />London<br />SE23 6FH</civic-summary-row
            >
            <civic-summary-row label="Documents"
              ><ul>
                <li>passport.pdf</li>
                <li>📎 تحميل.pdf</li>
              </ul></civic-summary-row
            >
          </civic-summary-list>
        </div>
      `);
      for (const row of column.querySelectorAll('civic-summary-row')) {
        const dl = row.shadowRoot!.querySelector('dl')!;
        expect(row.getBoundingClientRect().width).to.be.at.most(320);
        expect(dl.scrollWidth).to.be.at.most(dl.clientWidth + 1);
      }
    });
  });
});

describe('summary list without JavaScript (server-rendered, never hydrated)', () => {
  it('shows keys, values and change links', async () => {
    const list = await serverRenderedWithoutScript<HTMLElement>(
      ['summary-list'],
      html`<civic-summary-list
        ><civic-summary-row label="Name" change-href="/name"
          >Sarah Philips</civic-summary-row
        ></civic-summary-list
      >`,
    );
    const row = list.querySelector('civic-summary-row')!;
    expect(row.hasAttribute('defer-hydration')).to.equal(true);
    expect(row.shadowRoot!.querySelector('dt')!.textContent).to.equal('Name');
    expect(spoken(row.shadowRoot!.querySelector('a')!)).to.equal('Change Name');
  });
});
