import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  catalogueLanguage,
  languageOf,
  LocaliseController,
  registerMessages,
  translate,
} from './localisation.js';

registerMessages('en', {
  'test.greeting': 'Hello {name}',
  'test.files': { one: '{count} file', other: '{count} files' },
});
registerMessages('cy', {
  'test.greeting': 'Helo {name}',
  // Welsh has six plural categories; each form here names its own category.
  'test.files': {
    zero: '{count} ffeil (zero)',
    one: '{count} ffeil (one)',
    two: '{count} ffeil (two)',
    few: '{count} ffeil (few)',
    many: '{count} ffeil (many)',
    other: '{count} ffeil (other)',
  },
});

class CivicLocalisedProbe extends LitElement {
  readonly text = new LocaliseController(this);
  override render() {
    return html`<p>${this.text.t('test.greeting', { name: '<b>Siân</b>' })}</p>`;
  }
}
customElements.define('civic-localised-probe', CivicLocalisedProbe);

describe('localisation', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'test.greeting', { name: 'Sam' })).to.equal('Hello Sam');
    expect(translate('en', 'test.greeting')).to.equal('Hello {name}');
  });

  it('chooses English plural forms', () => {
    expect(translate('en', 'test.files', { count: 1 })).to.equal('1 file');
    expect(translate('en', 'test.files', { count: 0 })).to.equal('0 files');
    expect(translate('en', 'test.files', { count: 5 })).to.equal('5 files');
  });

  it('chooses all six Welsh plural forms', () => {
    const forms = [0, 1, 2, 3, 6, 7].map((count) => translate('cy', 'test.files', { count }));
    expect(forms).to.deep.equal([
      '0 ffeil (zero)',
      '1 ffeil (one)',
      '2 ffeil (two)',
      '3 ffeil (few)',
      '6 ffeil (many)',
      '7 ffeil (other)',
    ]);
  });

  it('uses the closest registered catalogue, then English, then the key', () => {
    expect(catalogueLanguage('cy-GB')).to.equal('cy');
    expect(catalogueLanguage('fr')).to.equal('en');
    expect(translate('fr', 'test.greeting', { name: 'Zoé' })).to.equal('Hello Zoé');
    expect(translate('cy', 'test.missing')).to.equal('test.missing');
  });

  it('reads the nearest lang attribute, through shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="cy"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const inner = host.attachShadow({ mode: 'open' });
    inner.innerHTML = '<em></em>';
    expect(languageOf(inner.querySelector('em')!)).to.equal('cy');
  });

  it('renders in the page language and follows live changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><civic-localised-probe></civic-localised-probe></div>`,
    );
    const probe = wrapper.querySelector<CivicLocalisedProbe>('civic-localised-probe')!;
    expect(probe.shadowRoot!.textContent).to.contain('Hello <b>Siân</b>');
    expect(probe.shadowRoot!.querySelector('b')).to.equal(null);
    wrapper.setAttribute('lang', 'cy');
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('Helo <b>Siân</b>');
  });

  it('lets a service override a string, and re-renders', async () => {
    const probe = await fixture<CivicLocalisedProbe>(
      html`<civic-localised-probe lang="cy"></civic-localised-probe>`,
    );
    registerMessages('cy', { 'test.greeting': 'Shwmae {name}' });
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('Shwmae');
    registerMessages('cy', { 'test.greeting': 'Helo {name}' });
  });
});
