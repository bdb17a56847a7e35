// The single-file bundle for pages with no build step: one <script type="module">
// registers every Civic element (no Lit: none renders with it), and one <link> loads the
// tokens. The entry is written here, not kept in src, so that a component added
// later is in the bundle as soon as its folder has a define.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const ENTRY = 'civic-cdn-entry';
const RESOLVED_ENTRY = `\0${ENTRY}`;

/** Every component folder with a registering entry, in name order. */
export function registeringFolders(componentsDir = 'src/components') {
  return readdirSync(componentsDir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(componentsDir, entry.name, 'define.ts')),
    )
    .map((entry) => entry.name)
    .sort();
}

/**
 * A rollup plugin that provides the bundle's entry (everything the package root
 * exports, so a page can call registerMessages on the same copy, plus every
 * registering entry) and writes beside it the bundle's types and the tokens
 * stylesheets copied from @civic-design/tokens.
 */
export function cdnBundle() {
  const folders = registeringFolders();
  const tokensCss = createRequire(import.meta.url).resolve('@civic-design/tokens/tokens.css');
  const themesDir = join(dirname(tokensCss), 'themes');
  return {
    name: 'civic-cdn-bundle',
    resolveId(source) {
      return source === ENTRY ? RESOLVED_ENTRY : null;
    },
    load(id) {
      if (id !== RESOLVED_ENTRY) return null;
      return [
        `export * from ${JSON.stringify(resolve('src/index.ts'))};`,
        ...folders.map(
          (folder) => `import ${JSON.stringify(resolve(`src/components/${folder}/define.ts`))};`,
        ),
      ].join('\n');
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'civic.d.ts',
        source: [
          '// Types of the CDN bundle: the package root, and the elements it registers.',
          "export * from '../index.js';",
          ...folders.map((folder) => `import '../components/${folder}/define.js';`),
          '',
        ].join('\n'),
      });
      this.emitFile({ type: 'asset', fileName: 'tokens.css', source: readFileSync(tokensCss) });
      for (const file of readdirSync(themesDir).filter((name) => name.endsWith('.css'))) {
        this.emitFile({
          type: 'asset',
          fileName: `themes/${file}`,
          source: readFileSync(join(themesDir, file)),
        });
      }
    },
  };
}

export const cdnEntry = ENTRY;
