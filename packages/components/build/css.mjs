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

// Shared files (core/*.css, which may import each other) go once each, before
// every component's own rules, each after what it imports. A component that
// imports another component's stylesheet (the task list uses the tag's) comes
// after that component, and the imported rules are not repeated.
const componentFile = (folder) => resolve('src/components', folder, `${folder}.css`);
const componentFiles = new Map(components.map((folder) => [componentFile(folder), folder]));
const shared = new Map();
function addShared(file) {
  if (shared.has(file)) return;
  const source = readFileSync(file, 'utf8');
  for (const [, path] of source.matchAll(IMPORT)) addShared(resolve(dirname(file), path));
  shared.set(file, source.replace(IMPORT, ''));
}
const bodies = new Map();
function addComponent(folder) {
  if (bodies.has(folder)) return;
  const file = componentFile(folder);
  const source = readFileSync(file, 'utf8');
  for (const [, path] of source.matchAll(IMPORT)) {
    const imported = resolve(dirname(file), path);
    if (componentFiles.has(imported)) addComponent(componentFiles.get(imported));
    else addShared(imported);
  }
  bodies.set(folder, source.replace(IMPORT, ''));
}
for (const folder of components) addComponent(folder);
const all = await transform([...shared.values(), ...bodies.values()].join('\n'), {
  loader: 'css',
  minify: true,
  target,
});
writeFileSync('dist/css/civic.css', all.code);
// The CDN folder holds everything a page without a build step links.
mkdirSync('dist/cdn', { recursive: true });
writeFileSync('dist/cdn/civic.css', all.code);
console.log(`dist/css: civic.css and ${components.map((folder) => `${folder}.css`).join(', ')}`);
