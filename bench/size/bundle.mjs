// Bundles what the byte budgets in ../.size-limit.js measure, as a service's
// bundler would: each registering entry of @civic-design/components with what it imports,
// minified; Civic's benchmark form page (its one script and one stylesheet:
// tokens.css and, once the package has it, dist/css/civic.css); and each
// entry again on top of that form page, with everything the page already
// loads left out, which is what adding that component to it costs. An
// entry's own stylesheet (dist/css/<entry>.css), where it has one, is copied
// beside its script so that the budgets count it too.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CIVIC_ENTRIES, civicHasEntry, libraries } from '../libraries.mjs';

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

const pkgDir = join(benchDir, 'node_modules', '@civic-design', 'components');
// Every registering entry (`@civic-design/components/<folder>.js`): the
// component folders that built a define.js.
const entries = readdirSync(join(pkgDir, 'dist/components'))
  .filter((name) => civicHasEntry(name))
  .sort();

// Both Civic modes load the same script and stylesheet; the attributes page
// is always built, so it is the one measured here.
const civic = libraries.find((library) => library.id === 'civic-attributes');
const formElements = CIVIC_ENTRIES.form
  .filter((entry) => civicHasEntry(entry))
  .map((entry) => `civic-${entry}`);
const formPage = await build({
  ...options,
  stdin: {
    contents: civic.bundles.form.js,
    resolveDir: benchDir,
    loader: 'js',
    sourcefile: 'form-page.js',
  },
  outfile: join(outDir, 'form-page.js'),
  metafile: true,
});
await build({
  ...options,
  stdin: {
    contents: civic.bundles.form.css.files
      .map((file) => `@import ${JSON.stringify(file)};`)
      .join('\n'),
    loader: 'css',
    resolveDir: benchDir,
    sourcefile: 'form-page.css',
  },
  outfile: join(outDir, 'form-page.css'),
});
const onFormPage = new Set(
  Object.keys(formPage.metafile.inputs).map((input) => join(benchDir, input)),
);

const withCss = [];
for (const name of entries) {
  const css = join(pkgDir, 'dist', 'css', `${name}.css`);
  if (existsSync(css)) {
    copyFileSync(css, join(outDir, `${name}.css`));
    withCss.push(name);
  }
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
  JSON.stringify(
    {
      entries,
      withCss,
      formPage: formElements,
      formPageCss: civic.bundles.form.css.files.map((file) =>
        file.slice(file.indexOf('@civic-design/')),
      ),
    },
    null,
    2,
  ),
);
console.log(
  `Bundled the form page (${formElements.join(', ')}; ${civic.bundles.form.css.files.length} stylesheets) and ${entries.length} entries (${withCss.length} with a stylesheet).`,
);

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
