// Builds the component stylesheets: dist/css/<component>.css for each
// component folder that has a <folder>.css (with the core rules it imports),
// and dist/css/civic.css with every component.
//
// civic.css puts each core file once, before every component's own rules, so
// a component's modifiers (.civic-input--width-10) follow the base rules they
// refine. (Bundling the component files with their @imports would keep the
// last copy of each import, after earlier components' rules.)
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build, transform } from 'esbuild';

const target = ['chrome111', 'firefox113', 'safari16.4'];
const IMPORT = /^@import\s+['"]([^'"]+)['"];\s*$/gm;

const components = readdirSync('src/components')
  .filter((folder) => existsSync(join('src/components', folder, `${folder}.css`)))
  .sort();
mkdirSync('dist/css', { recursive: true });

await build({
  bundle: true,
  minify: true,
  logLevel: 'warning',
  target,
  entryPoints: components.map((folder) => ({
    in: `src/components/${folder}/${folder}.css`,
    out: folder,
  })),
  outdir: 'dist/css',
});

const componentFiles = new Set(
  components.map((folder) => resolve('src/components', folder, `${folder}.css`)),
);
const core = new Map();
const bodies = [];
for (const folder of components) {
  const file = resolve('src/components', folder, `${folder}.css`);
  const source = readFileSync(file, 'utf8');
  for (const [, path] of source.matchAll(IMPORT)) {
    const imported = resolve(dirname(file), path);
    // Another component's own stylesheet (the cookie banner's buttons) is in
    // civic.css as that component already.
    if (componentFiles.has(imported)) continue;
    if (!core.has(imported)) core.set(imported, readFileSync(imported, 'utf8'));
  }
  bodies.push(source.replace(IMPORT, ''));
}
const all = await transform([...core.values(), ...bodies].join('\n'), {
  loader: 'css',
  minify: true,
  target,
});
writeFileSync('dist/css/civic.css', all.code);
// The CDN folder holds everything a page without a build step links.
mkdirSync('dist/cdn', { recursive: true });
writeFileSync('dist/cdn/civic.css', all.code);
console.log(`dist/css: civic.css and ${components.map((folder) => `${folder}.css`).join(', ')}`);
