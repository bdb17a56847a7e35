// Generates the benchmark pages: for each library a form page (one text
// question and a button), pages with 200 and 1000 text questions, a page of
// 100 radios and checkboxes questions, a 200-task task list and a 200-row
// summary list. Each page loads one script and one stylesheet, bundled from
// node_modules with esbuild (minified, as a production build would be) from
// only the modules it uses. A library without the page's component is left
// out of that page.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import * as sass from 'sass';
import { choiceQuestion, libraries, question, summaryRow, task } from './libraries.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/**
 * The pages, in the order each round measures them. `bundle` names the
 * library's script and stylesheet the page loads (libraries.mjs); `body`
 * writes the page's content with the library's markup.
 */
export const pageKinds = [
  {
    id: 'form',
    title: 'Form page',
    bundle: 'form',
    questions: 1,
    body: (library) => form([library.field(question(1)), library.button()]),
  },
  {
    id: 'n200',
    title: '200 text inputs',
    bundle: 'inputs',
    questions: 200,
    body: (library) => form(times(200, (n) => library.field(question(n)))),
  },
  {
    id: 'n1000',
    title: '1000 text inputs',
    bundle: 'inputs',
    questions: 1000,
    body: (library) => form(times(1000, (n) => library.field(question(n)))),
  },
  {
    id: 'choices100',
    title: '100 radios and checkboxes',
    bundle: 'choices',
    questions: 100,
    body: (library) => form(times(100, (n) => library.choice(choiceQuestion(n)))),
  },
  {
    id: 'tasks200',
    title: 'Task list, 200 tasks',
    bundle: 'tasks',
    questions: 0,
    body: (library) => library.taskList(times(200, task)),
  },
  {
    id: 'summary200',
    title: 'Summary list, 200 rows',
    bundle: 'summary',
    questions: 0,
    body: (library) => library.summaryList(times(200, summaryRow)),
  },
];

/** The pages a library has: those whose bundle it has. */
export function pagesOf(library) {
  return pageKinds.filter((kind) => library.bundles[kind.bundle] !== undefined);
}

function times(count, make) {
  const out = [];
  for (let n = 1; n <= count; n++) out.push(make(n));
  return out;
}

function form(parts) {
  return `<form action="#" method="post" novalidate>\n${parts.join('\n')}\n</form>`;
}

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
    const kinds = pagesOf(library);
    for (const bundle of new Set(kinds.map((kind) => kind.bundle))) {
      const { js, css } = library.bundles[bundle];
      const messages = js ? await bundleScript(js, join(dir, `${bundle}.js`)) : [];
      for (const message of messages) warnings.add(message);
      await bundleStyles(css, dir, bundle);
    }
    const pages = [];
    for (const kind of kinds) {
      const hasScript = Boolean(library.bundles[kind.bundle].js);
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
  const body = kind.body(library);
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
