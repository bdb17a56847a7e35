import { HOSTILE } from '../../../test/hostile.js';
import { forEachRenderMode } from '../../../test/render-modes.js';
import { expectAccessibleNode, itInAccessibilityTree } from '../../../test/accessibility-tree.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import type { CivicPanel } from './civic-panel.js';
import './define.js';

forEachRenderMode(['panel'], (fixture) => {
  it('shows the title as a level 1 heading and the reference under its label', async () => {
    const panel = await fixture<CivicPanel>(
      html`<civic-panel heading="Application complete" reference="HDJ2123F"></civic-panel>`,
    );
    expect(panel.shadowRoot!.querySelector('h1')!.textContent).to.equal('Application complete');
    const line = panel.shadowRoot!.querySelector('.reference-line')!;
    expect(line.textContent.replace(/\s+/g, ' ').trim()).to.equal('Your reference number HDJ2123F');
    const reference = panel.shadowRoot!.querySelector('.reference')!;
    const style = getComputedStyle(reference);
    // WebKit honours only the prefixed property.
    const selectsAll =
      style.userSelect === 'all' || style.getPropertyValue('-webkit-user-select') === 'all';
    expect(selectsAll, 'one click selects the whole reference').to.equal(true);
  });

  it('uses the heading level it is given, and Welsh text', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="cy">
        <civic-panel
          heading="Cais wedi'i gwblhau"
          heading-level="2"
          reference="HDJ2123F"
        ></civic-panel>
      </div>
    `);
    const panel = wrapper.querySelector('civic-panel')!;
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelector('h2')).to.not.equal(null);
    expect(panel.shadowRoot!.querySelector('.reference-line')!.textContent).to.contain(
      'Eich cyfeirnod',
    );
  });

  it('passes axe', async () => {
    const panel = await fixture<CivicPanel>(html`
      <civic-panel heading="Application complete" reference="HDJ2123F"
        >We have sent you a confirmation email.</civic-panel
      >
    `);
    await expect(panel).to.be.accessible();
  });

  itInAccessibilityTree('is announced as a heading followed by the reference', async () => {
    const panel = await fixture<CivicPanel>(
      html`<civic-panel heading="Application complete" reference="HDJ2123F"></civic-panel>`,
    );
    await expectAccessibleNode(panel, { role: 'heading', name: 'Application complete' });
  });

  it('renders HOSTILE text as text and wraps a long reference at 320px', async () => {
    const long = 'REF-' + '0123456789'.repeat(8);
    const column = await fixture<HTMLDivElement>(html`
      <div style="inline-size: 320px">
        <civic-panel heading=${HOSTILE} reference=${long}>${HOSTILE}</civic-panel>
      </div>
    `);
    const panel = column.querySelector('civic-panel')!;
    expect(panel.shadowRoot!.querySelector('h1')!.textContent).to.equal(HOSTILE);
    expect(panel.shadowRoot!.querySelector('img')).to.equal(null);
    expect(window.__civicHacked).to.equal(undefined);
    const box = panel.shadowRoot!.querySelector('.panel')!;
    expect(box.scrollWidth).to.be.at.most(box.clientWidth + 1);
  });
});
