// The published outputs exist and agree with each other. Run after the build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const read = (path) => readFileSync(new URL(`../dist/${path}`, import.meta.url), 'utf8');

describe('build outputs', () => {
  const css = read('tokens.css');
  const list = JSON.parse(read('themes/default.json'));

  it('declares every semantic token as a --civic-* custom property, and no primitive', () => {
    for (const token of list.filter((t) => t.condition === null)) {
      assert.ok(css.includes(`${token.cssVariable}: ${token.value};`), token.cssVariable);
    }
    assert.doesNotMatch(css, /--civic-palette|--civic-scale/);
  });

  // docs/decisions/0007: body and small text keep their size at every width;
  // only headings and the start button grow from the tablet breakpoint.
  it('keeps body text at 19px everywhere and steps only headings up from the tablet breakpoint', () => {
    assert.match(css, /:root \{[^}]*--civic-font-size-body: 1\.1875rem;/);
    const tablet = /@media \(min-width: 40\.0625em\) \{\s*:root \{([^}]*)\}/.exec(css);
    assert.deepEqual(tablet?.[1].trim().split(/\s*\n\s*/), [
      '--civic-font-size-start-button: 1.5rem;',
      '--civic-font-size-heading-m: 1.5rem;',
      '--civic-font-size-heading-l: 2.25rem;',
      '--civic-font-size-heading-xl: 3rem;',
    ]);
  });

  it('drops motion for reduced motion and uses system colours in forced-colours mode', () => {
    assert.match(
      css,
      /@media \(prefers-reduced-motion: reduce\) \{\s*:root \{\s*--civic-duration-transition: 0ms;/,
    );
    assert.match(
      css,
      /@media \(forced-colors: active\) \{\s*:root \{[^}]*--civic-color-focus: Highlight;/,
    );
  });

  it('exports typed constants, JSON and SCSS with the same values', async () => {
    const js = await import('../dist/tokens.js');
    assert.equal(js.ColorText, '#0b0c0c');
    assert.match(read('tokens.d.ts'), /export const ColorText: string;/);
    assert.equal(JSON.parse(read('tokens.json')).color.text, '#0b0c0c');
    assert.match(read('_tokens.scss'), /\$civic-color-text: #0b0c0c;/);
  });

  it('writes theme stylesheets with only what each theme changes', () => {
    const council = read('themes/council.css');
    assert.match(council, /--civic-color-link: #00707a;/);
    assert.doesNotMatch(council, /--civic-color-text:/);
    assert.match(read('themes/council.scoped.css'), /\[data-civic-theme='council'\] \{/);
  });
});
