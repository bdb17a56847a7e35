// Components read semantic tokens only. Every --civic-* property a component's
// styles use must be a semantic token in tokens.css, or a custom property the
// component documents (@cssprop) for services to set, in any file of its folder. A typo or a primitive
// fails here instead of silently falling back to nothing.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const componentsSource = new URL('../../components/src/', import.meta.url);
const tokensCss = readFileSync(new URL('../dist/tokens.css', import.meta.url), 'utf8');
const semantic = new Set(
  [...tokensCss.matchAll(/(--civic-[a-z0-9-]+):/g)].map((match) => match[1]),
);

// Every stylesheet of the components and of core (components/<folder>/<folder>.css, core/*.css).
const styleFiles = readdirSync(componentsSource, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.css'));

describe('component styles use semantic tokens only', () => {
  it('finds component styles to check', () => {
    assert.ok(styleFiles.length > 0);
  });

  for (const file of styleFiles) {
    it(file, () => {
      const styles = readFileSync(new URL(file, componentsSource), 'utf8');
      // Custom properties any element in the component's folder documents.
      const folder = new URL('.', new URL(file, componentsSource));
      const elementSources = readdirSync(folder)
        .filter(
          (name) => name.endsWith('.ts') && !name.includes('.test.') && !name.includes('.stories.'),
        )
        .map((name) => readFileSync(new URL(name, folder), 'utf8'))
        .join('\n');
      const documented = new Set(
        [...elementSources.matchAll(/@cssprop (--civic-[a-z0-9-]+)/g)].map((match) => match[1]),
      );
      const used = [...styles.matchAll(/var\((--civic-[a-z0-9-]+)/g)].map((match) => match[1]);
      const unknown = [...new Set(used)].filter(
        (name) => !semantic.has(name) && !documented.has(name),
      );
      assert.deepEqual(unknown, [], 'not semantic tokens (or documented @cssprop)');
    });
  }
});
