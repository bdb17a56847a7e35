import { expect } from '@open-wc/testing';
import { fieldMessageConverter, fieldNameFor } from './field-messages.js';
import { checkConstraints, countCharacters, countWords, isValidPattern } from './validation.js';
import { clearWarningHistory } from './warn.js';
import { warningsDuring } from '../../test/warnings.js';

describe('countCharacters', () => {
  it('counts what a person sees: an emoji, a flag or an accented letter is one character', () => {
    expect(countCharacters('abc')).to.equal(3);
    expect(countCharacters('👩🏽‍💻')).to.equal(1);
    expect(countCharacters('🏴󠁧󠁢󠁷󠁬󠁳󠁿')).to.equal(1);
    expect(countCharacters('Sia\u0302n')).to.equal(4);
    expect(countCharacters('')).to.equal(0);
  });

  it('counts a line break as one, whether held as LF or submitted as CRLF', () => {
    expect(countCharacters('a\nb')).to.equal(3);
    expect(countCharacters('a\r\nb')).to.equal(3);
    expect(countCharacters('a\rb')).to.equal(3);
  });
});

describe('countWords', () => {
  it('splits on any run of white space and ignores it at the ends', () => {
    expect(countWords('')).to.equal(0);
    expect(countWords('   ')).to.equal(0);
    expect(countWords(' one  two\nthree\tfour ')).to.equal(4);
    expect(countWords('don’t re-apply 👍')).to.equal(3);
  });
});

describe('checkConstraints', () => {
  it('says nothing about an empty optional answer, and "missing" about an empty required one', () => {
    expect(checkConstraints('', { maxLength: 2, format: 'email' })).to.equal(null);
    expect(checkConstraints('   ', { required: true })).to.deep.equal({ kind: 'required' });
  });

  it('reports format before length, and gives the numbers a message needs', () => {
    expect(
      checkConstraints('not an email that is long', { format: 'email', maxLength: 3 }),
    ).to.deep.equal({
      kind: 'email',
    });
    expect(checkConstraints('abcd', { maxLength: 3 })).to.deep.equal({
      kind: 'maxlength',
      values: { count: 3, actual: 4 },
    });
    expect(checkConstraints('a', { minLength: 2 })).to.deep.equal({
      kind: 'minlength',
      values: { count: 2, actual: 1 },
    });
    expect(checkConstraints('one two three', { maxWords: 2 })).to.deep.equal({
      kind: 'maxwords',
      values: { count: 2, actual: 3 },
    });
  });

  it('matches a pattern against the whole answer, as a native input does', () => {
    expect(checkConstraints('AB12', { pattern: '[A-Z]{2}\\d+' })).to.equal(null);
    expect(checkConstraints('xAB12', { pattern: '[A-Z]{2}\\d+' })).to.deep.equal({
      kind: 'pattern',
    });
    expect(isValidPattern('[')).to.equal(false);
    expect(checkConstraints('anything', { pattern: '[' })).to.equal(null);
  });

  it('accepts real addresses, numbers and web addresses, and refuses slips', () => {
    for (const [value, format, valid] of [
      ['sam@council.gov.uk', 'email', true],
      ['sam@council', 'email', false],
      ['07700 900 982', 'tel', true],
      ['+44 (0)808 157 0192', 'tel', true],
      ['12345', 'tel', false],
      ['https://www.example.com/path', 'url', true],
      ['ftp://example.com', 'url', false],
      ['www.example', 'url', false],
      ['1 000', 'number', true],
      ['1.5', 'number', false],
    ] as const) {
      expect(checkConstraints(value, { format }) === null, `${value} as ${format}`).to.equal(valid);
    }
  });
});

describe('field names in messages', () => {
  beforeEach(() => clearWarningHistory());

  it('uses field-name, else the label with a lower-case first letter, keeping acronyms', async () => {
    expect(fieldNameFor('your full name', 'Full name')).to.equal('your full name');
    expect(fieldNameFor('', 'Full name')).to.equal('full name');
    expect(fieldNameFor('', 'NHS number')).to.equal('NHS number');
    const warnings = await warningsDuring(() => fieldNameFor('', 'What is your name?'));
    expect(warnings[0]).to.contain('Set field-name');
  });

  it('reads per-field messages from JSON and warns about anything else', async () => {
    expect(fieldMessageConverter.fromAttribute('{"required":"Enter your name"}')).to.deep.equal({
      required: 'Enter your name',
    });
    expect(fieldMessageConverter.fromAttribute(null)).to.deep.equal({});
    const warnings = await warningsDuring(() => {
      expect(fieldMessageConverter.fromAttribute('[1]')).to.deep.equal({});
      expect(fieldMessageConverter.fromAttribute('{oops')).to.deep.equal({});
    });
    expect(warnings).to.have.length(2);
    expect(fieldMessageConverter.toAttribute({ required: 'x' })).to.equal('{"required":"x"}');
  });
});
