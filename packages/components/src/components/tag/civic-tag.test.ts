import { HOSTILE } from '../../../test/hostile.js';
import { tokenColour } from '../../../test/tokens.js';
import { forEachRenderMode } from '../../../test/render-modes.js';
import { warningsDuring } from '../../../test/warnings.js';
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { clearWarningHistory } from '../../core/warn.js';
import { TAG_COLORS, type CivicTag } from './civic-tag.js';
import './define.js';

function label(tag: CivicTag): HTMLElement {
  return tag.shadowRoot!.querySelector('.tag')!;
}

forEachRenderMode(['tag'], (fixture) => {
  it('shows its text in a strong label, blue by default', async () => {
    const tag = await fixture<CivicTag>(html`<civic-tag>Not yet started</civic-tag>`);
    expect(label(tag).tagName).to.equal('STRONG');
    expect(tag.color).to.equal('blue');
    expect(getComputedStyle(label(tag)).color).to.equal(tokenColour('--civic-color-tag-blue-text'));
  });

  it('uses the token pair of each colour', async () => {
    for (const color of TAG_COLORS) {
      const tag = await fixture<CivicTag>(html`<civic-tag color=${color}>Status</civic-tag>`);
      const style = getComputedStyle(label(tag));
      expect(style.color, color).to.equal(tokenColour(`--civic-color-tag-${color}-text`));
      expect(style.backgroundColor, color).to.equal(
        tokenColour(`--civic-color-tag-${color}-background`),
      );
    }
  });

  it('reflects a colour set as a property', async () => {
    const tag = await fixture<CivicTag>(html`<civic-tag>Urgent</civic-tag>`);
    tag.color = 'red';
    await tag.updateComplete;
    expect(tag.getAttribute('color')).to.equal('red');
    expect(label(tag).dataset.color).to.equal('red');
  });

  it('warns about an unknown colour, naming the choices, and stays blue', async () => {
    clearWarningHistory();
    const tag = document.createElement('civic-tag');
    tag.setAttribute('color', 'chartreuse');
    tag.textContent = 'New';
    const warnings = await warningsDuring(async () => {
      document.body.append(tag);
      await tag.updateComplete;
    });
    expect(warnings.join()).to.contain('no colour "chartreuse"');
    expect(warnings.join()).to.contain('light-blue');
    expect(label(tag).dataset.color).to.equal('blue');
    tag.remove();
  });

  it('passes axe in every colour', async () => {
    // Written out: the server-render fixture cannot serialise templates nested in arrays.
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <civic-tag color="grey">Grey</civic-tag>
        <civic-tag color="green">Green</civic-tag>
        <civic-tag color="turquoise">Turquoise</civic-tag>
        <civic-tag color="blue">Blue</civic-tag>
        <civic-tag color="light-blue">Light blue</civic-tag>
        <civic-tag color="purple">Purple</civic-tag>
        <civic-tag color="pink">Pink</civic-tag>
        <civic-tag color="red">Red</civic-tag>
        <civic-tag color="orange">Orange</civic-tag>
        <civic-tag color="yellow">Yellow</civic-tag>
      </div>
    `);
    expect(wrapper.querySelectorAll('civic-tag')).to.have.length(TAG_COLORS.length);
    await expect(wrapper).to.be.accessible();
  });

  it('renders HOSTILE text as text', async () => {
    const tag = await fixture<CivicTag>(html`<civic-tag>${HOSTILE}</civic-tag>`);
    expect(tag.textContent).to.equal(HOSTILE);
    expect(tag.querySelector('img')).to.equal(null);
    expect(window.__civicHacked).to.equal(undefined);
  });

  it('wraps long and emoji text inside a 320px column', async () => {
    const long = `${'Awaiting-further-information-'.repeat(8)} 🕒 قيد المراجعة`;
    const column = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 320px"><civic-tag>${long}</civic-tag></div>`,
    );
    const tag = column.querySelector('civic-tag')!;
    expect(tag.getBoundingClientRect().width).to.be.at.most(320);
    expect(label(tag).scrollWidth).to.be.at.most(label(tag).clientWidth + 1);
  });
});
