import { expect } from '@open-wc/testing';
import { safeUrl } from './safe-url.js';
import { clearWarningHistory } from './warn.js';

describe('safeUrl', () => {
  let warnings: string[];
  let originalWarn: typeof console.warn;

  beforeEach(() => {
    clearWarningHistory();
    warnings = [];
    originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });

  afterEach(() => {
    console.warn = originalWarn;
  });

  it('keeps undefined as undefined', () => {
    expect(safeUrl(undefined, 'civic-test')).to.equal(undefined);
    expect(warnings).to.deep.equal([]);
  });

  for (const url of [
    '',
    '/path',
    'page?x=1#top',
    'https://example.gov.uk/',
    'mailto:a@b.uk',
    'tel:01234',
    'javascript-guide.html',
  ]) {
    it(`keeps ${JSON.stringify(url)}`, () => {
      expect(safeUrl(url, 'civic-test')).to.equal(url);
      expect(warnings).to.deep.equal([]);
    });
  }

  for (const url of [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    '\u0000 javascript:alert(1)',
    'jav\nascript:alert(1)',
    'vbscript:x',
    'data:text/html;base64,PHNjcmlwdD4=',
  ]) {
    it(`refuses ${JSON.stringify(url)} and names the element in a warning`, () => {
      expect(safeUrl(url, 'civic-test')).to.equal(undefined);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<civic-test> refused the URL');
    });
  }
});
