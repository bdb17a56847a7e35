// Builds the component stylesheets: dist/css/<component>.css for each
// component folder that has a <folder>.css (with the core rules it imports),
// and dist/css/civic.css with every component. esbuild bundles the @imports
// and writes each shared rule once per file.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const components = readdirSync('src/components').filter((folder) =>
  existsSync(join('src/components', folder, `${folder}.css`)),
);
mkdirSync('dist/css', { recursive: true });
const allEntry = join('dist/css', '.civic-entry.css');
writeFileSync(
  allEntry,
  components.map((folder) => `@import '../../src/components/${folder}/${folder}.css';`).join('\n'),
);
const options = { bundle: true, minify: true, logLevel: 'warning', target: ['chrome111', 'firefox113', 'safari16.4'] };
await build({
  ...options,
  entryPoints: components.map((folder) => ({ in: `src/components/${folder}/${folder}.css`, out: folder })),
  outdir: 'dist/css',
});
await build({ ...options, entryPoints: [{ in: allEntry, out: 'civic' }], outdir: 'dist/css' });
const { rmSync } = await import('node:fs');
rmSync(allEntry);
console.log(`dist/css: civic.css and ${components.map((folder) => `${folder}.css`).join(', ')}`);
