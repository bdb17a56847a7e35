import { expect } from '@open-wc/testing';
import { defineElement } from './define-element.js';
import { clearWarningHistory, warnOnce } from './warn.js';
import { warningsDuring } from '../../test/warnings.js';

describe('defineElement', () => {
  beforeEach(() => clearWarningHistory());

  it('registers a new tag', () => {
    class First extends HTMLElement {}
    defineElement('civic-test-first', First);
    expect(customElements.get('civic-test-first')).to.equal(First);
  });

  it('does nothing when the same class is registered again', async () => {
    class Again extends HTMLElement {}
    defineElement('civic-test-again', Again);
    const warnings = await warningsDuring(() => defineElement('civic-test-again', Again));
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('civic-test-again')).to.equal(Again);
  });

  it('keeps the first class and warns once, naming the fix, when another copy clashes', async () => {
    class Original extends HTMLElement {}
    class OtherCopy extends HTMLElement {}
    defineElement('civic-test-clash', Original);
    const warnings = await warningsDuring(() => {
      defineElement('civic-test-clash', OtherCopy);
      defineElement('civic-test-clash', OtherCopy);
    });
    expect(customElements.get('civic-test-clash')).to.equal(Original);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('[civic] <civic-test-clash> is already registered');
    expect(warnings[0]).to.contain('npm ls @civic-design/components');
  });
});

describe('warnOnce', () => {
  beforeEach(() => clearWarningHistory());

  it('prints each distinct warning once, prefixed with [civic]', async () => {
    const warnings = await warningsDuring(() => {
      warnOnce('first');
      warnOnce('first');
      warnOnce('second');
    });
    expect(warnings).to.deep.equal(['[civic] first', '[civic] second']);
  });
});
