// Bundles what the byte budgets in ../.size-limit.js measure, as a service's
// bundler would: each registering entry of @civic-design/components with Lit,
// minified; Civic's benchmark form page (its one script and one stylesheet);
// and each entry again on top of that form page, with everything the page
// already loads left out, which is what adding that component to it costs.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { civicHasEntry, libraries } from '../libraries.mjs';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(benchDir, 'dist', 'size');
const options = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  logLevel: 'warning',
};

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const pkg = JSON.parse(
  readFileSync(
    join(benchDir, 'node_modules', '@civic-design', 'components', 'package.json'),
    'utf8',
  ),
);
const entries = Object.keys(pkg.exports)
  .map((key) => /^\.\/([a-z-]+)\.js$/.exec(key)?.[1])
  .filter((name) => name !== undefined && civicHasEntry(name));

const civic = libraries.find((library) => library.id === 'civic');
const formPage = await build({
  ...options,
  stdin: { contents: civic.formJs, resolveDir: benchDir, loader: 'js', sourcefile: 'form-page.js' },
  outfile: join(outDir, 'form-page.js'),
  metafile: true,
});
await build({
  ...options,
  entryPoints: [join(benchDir, 'node_modules', '@civic-design', 'tokens', 'dist', 'tokens.css')],
  outfile: join(outDir, 'form-page.css'),
});
const onFormPage = new Set(
  Object.keys(formPage.metafile.inputs).map((input) => join(benchDir, input)),
);

for (const name of entries) {
  const source = `import '@civic-design/components/${name}.js';`;
  const stdin = { contents: source, resolveDir: benchDir, loader: 'js', sourcefile: `${name}.js` };
  await build({ ...options, stdin, outfile: join(outDir, `${name}.js`) });
  await build({
    ...options,
    stdin,
    outfile: join(outDir, `${name}.added.js`),
    plugins: [leaveOut(onFormPage)],
  });
}

writeFileSync(
  join(outDir, 'manifest.json'),
  JSON.stringify({ entries, formPage: civic.elements }, null, 2),
);
console.log(`Bundled the form page (${civic.elements.join(', ')}) and ${entries.length} entries.`);

/** Marks as external every module the form page already loads. */
function leaveOut(modules) {
  return {
    name: 'leave-out-form-page-modules',
    setup(builder) {
      builder.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.resolving || args.kind === 'entry-point') return undefined;
        const resolved = await builder.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: { resolving: true },
        });
        if (resolved.errors.length > 0) return undefined;
        return modules.has(resolved.path) ? { path: args.path, external: true } : resolved;
      });
    },
  };
}
