// Generates the benchmark pages: for each library a form page (one text
// question and a button) and pages with 200 and 1000 text questions. Each page
// loads one script and one stylesheet, bundled from node_modules with esbuild
// (minified, as a production build would be) from only the modules it uses.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import * as sass from 'sass';
import { libraries, question } from './libraries.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** The pages, in the order each round measures them. */
export const pageKinds = [
  { id: 'form', title: 'Form page', questions: 1, button: true, bundle: 'form' },
  { id: 'n200', title: '200 text inputs', questions: 200, button: false, bundle: 'inputs' },
  { id: 'n1000', title: '1000 text inputs', questions: 1000, button: false, bundle: 'inputs' },
];

const esbuildOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  logLevel: 'warning',
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
};

/** Builds every page into `outDir`; returns what was built, per library. */
export async function buildPages(outDir) {
  rmSync(outDir, { recursive: true, force: true });
  const built = [];
  for (const library of libraries) {
    const dir = join(outDir, library.id);
    mkdirSync(dir, { recursive: true });
    const warnings = new Set();
    for (const bundle of ['form', 'inputs']) {
      if (bundle === 'inputs' && library.skipInputs) continue;
      const source = bundle === 'form' ? library.formJs : library.inputsJs;
      const messages = source ? await bundleScript(source, join(dir, `${bundle}.js`)) : [];
      for (const message of messages) warnings.add(message);
      await bundleStyles(bundle === 'form' ? library.formCss : library.inputsCss, dir, bundle);
    }
    const pages = [];
    for (const kind of pageKinds) {
      if (kind.bundle === 'inputs' && library.skipInputs) continue;
      const hasScript = Boolean(kind.bundle === 'form' ? library.formJs : library.inputsJs);
      writeFileSync(join(dir, `${kind.id}.html`), pageHtml(library, kind, hasScript));
      pages.push(kind.id);
    }
    built.push({ library: library.id, pages, warnings: [...warnings] });
  }
  writeFileSync(join(outDir, 'built.json'), JSON.stringify(built, null, 2));
  return built;
}

/** Bundles one page script; returns esbuild's warnings, which may mean missing code. */
async function bundleScript(source, outfile) {
  const result = await build({
    ...esbuildOptions,
    stdin: { contents: source, resolveDir: benchDir, loader: 'js', sourcefile: 'page.js' },
    outfile,
  });
  return result.warnings.map(
    (warning) => `${warning.text} (${warning.location?.file ?? 'unknown file'})`,
  );
}

async function bundleStyles(css, dir, bundle) {
  const outfile = join(dir, `${bundle}.css`);
  if (css.files) {
    // Several stylesheets (Civic's tokens and components) become the page's one.
    const contents = css.files.map((file) => `@import ${JSON.stringify(file)};`).join('\n');
    await build({
      ...esbuildOptions,
      stdin: { contents, loader: 'css', resolveDir: benchDir, sourcefile: `${bundle}.css` },
      outfile,
    });
    return;
  }
  let entry = css.file ? require.resolve(css.file) : null;
  if (css.scss) {
    const compiled = sass.compileString(css.scss, {
      loadPaths: [join(benchDir, 'node_modules')],
      quietDeps: true,
      silenceDeprecations: ['import'],
    });
    entry = join(dir, `${bundle}.source.css`);
    writeFileSync(entry, compiled.css);
  }
  await build({ ...esbuildOptions, entryPoints: [entry], outfile });
  if (css.scss) rmSync(entry);
}

function pageHtml(library, kind, hasScript) {
  const fields = [];
  for (let n = 1; n <= kind.questions; n++) fields.push(library.field(question(n)));
  const body = `<form action="#" method="post" novalidate>
${fields.join('\n')}
${kind.button ? library.button() : ''}
</form>`;
  const bodyClass = library.bodyClass ? ` class="${library.bodyClass}"` : '';
  return `<!doctype html>
<html lang="en"${library.id === 'govuk' ? ' class="govuk-template"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${kind.title}: ${library.name}</title>
<link rel="stylesheet" href="${kind.bundle}.css">
${hasScript ? `<script type="module" src="${kind.bundle}.js"></script>\n` : ''}</head>
<body${bodyClass}>
${library.wrap(body)}
</body>
</html>
`;
}

// `node build-pages.mjs`: build the pages alone (then `node run.mjs --reuse-pages`).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const built = await buildPages(join(benchDir, 'dist', 'pages'));
  console.log(built.map(({ library, pages }) => `${library}: ${pages.join(', ')}`).join('\n'));
}
