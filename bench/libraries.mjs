// The libraries compared, and how each writes the same question. Every page
// asks the same questions with the same words; only the markup differs, and
// each library gets the markup its own documentation shows.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));

/** Civic's server rendering entry (Node, no DOM), once the package has it. */
const civicServerPath = join(
  benchDir,
  'node_modules',
  '@civic-design',
  'components',
  'dist',
  'server',
  'index.js',
);
const civicServer = existsSync(civicServerPath)
  ? await import(pathToFileURL(civicServerPath).href)
  : null;

/** The words of question `n`, identical in every library. */
export function question(n) {
  return {
    name: `q${n}`,
    label: `Question ${n}: your full name`,
    hint: `Write it as it appears on your passport (question ${n})`,
    error: `Enter your full name for question ${n}`,
  };
}

const escape = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

function installedVersion(name) {
  const pkg = JSON.parse(readFileSync(packageJsonPath(name), 'utf8'));
  return pkg.version;
}

function packageJsonPath(name) {
  // Read from node_modules directly: not every peer exports ./package.json.
  return join(benchDir, 'node_modules', name, 'package.json');
}

/** Whether Civic's built package has a registering entry yet (it is growing). */
export function civicHasEntry(entry) {
  const pkgPath = packageJsonPath('@civic-design/components');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const target = pkg.exports?.[`./${entry}.js`]?.default;
  return typeof target === 'string' && existsSync(join(dirname(pkgPath), target));
}

/**
 * One library: its markup for a text question and a submit button, the
 * modules and styles its pages bundle, and how to reach the native input.
 *
 * `formJs`/`inputsJs` are the source of the page's one script (null: none).
 * `css` is what goes into the page's one stylesheet: `{ file }` for CSS to
 * bundle, `{ scss }` for Sass to compile.
 */
export const libraries = [
  {
    id: 'govuk',
    name: 'govuk-frontend',
    version: installedVersion('govuk-frontend'),
    bodyClass: 'govuk-template__body',
    // govuk-frontend's own JavaScript (double-click prevention) runs only on
    // pages that have a button; text inputs need no script.
    formJs: `document.body.classList.add('js-enabled', 'govuk-frontend-supported');
import { Button, createAll } from 'govuk-frontend';
createAll(Button);`,
    inputsJs: null,
    // Only the Sass this page uses. GDS Transport may only be used on
    // GOV.UK domains; every other service uses Arial, so the page does too.
    formCss: {
      scss: govukScss(['input', 'button']),
    },
    inputsCss: { scss: govukScss(['input']) },
    wrap: (body) =>
      `<div class="govuk-width-container"><main class="govuk-main-wrapper">${body}</main></div>`,
    field: (q) => `<div class="govuk-form-group govuk-form-group--error">
<label class="govuk-label" for="${q.name}">${escape(q.label)}</label>
<div id="${q.name}-hint" class="govuk-hint">${escape(q.hint)}</div>
<p id="${q.name}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${escape(q.error)}</p>
<input class="govuk-input govuk-input--error" id="${q.name}" name="${q.name}" type="text" aria-describedby="${q.name}-hint ${q.name}-error">
</div>`,
    button: () =>
      `<button type="submit" class="govuk-button" data-module="govuk-button">Continue</button>`,
    elements: [],
  },
  {
    id: 'webawesome',
    name: '@awesome.me/webawesome',
    version: installedVersion('@awesome.me/webawesome'),
    bodyClass: '',
    formJs: `import '@awesome.me/webawesome/dist/components/input/input.js';
import '@awesome.me/webawesome/dist/components/button/button.js';`,
    inputsJs: `import '@awesome.me/webawesome/dist/components/input/input.js';`,
    // The theme holds the design tokens; component styles ship in the JS.
    formCss: { file: '@awesome.me/webawesome/dist/styles/themes/default.css' },
    inputsCss: { file: '@awesome.me/webawesome/dist/styles/themes/default.css' },
    wrap: (body) => `<main>${body}</main>`,
    // Web Awesome has a label and a hint but no error message: custom-error
    // marks the field invalid and the message goes in the hint slot.
    field: (
      q,
    ) => `<wa-input name="${q.name}" label="${escape(q.label)}" custom-error="${escape(q.error)}">
<span slot="hint">${escape(q.hint)}<br><strong>Error: ${escape(q.error)}</strong></span>
</wa-input>`,
    button: () => `<wa-button type="submit" variant="brand">Continue</wa-button>`,
    elements: ['wa-input', 'wa-button'],
  },
  {
    id: 'gcds',
    name: '@gcds-core/components',
    version: installedVersion('@gcds-core/components'),
    bodyClass: '',
    // The custom-elements build: each module defines its element and the
    // elements it renders (label, hint, error message).
    formJs: `import { defineCustomElement as defineInput } from '@gcds-core/components/dist/components/gcds-input.js';
import { defineCustomElement as defineButton } from '@gcds-core/components/dist/components/gcds-button.js';
defineInput();
defineButton();`,
    inputsJs: `import { defineCustomElement as defineInput } from '@gcds-core/components/dist/components/gcds-input.js';
defineInput();`,
    // gcds.css is the one stylesheet the package ships (tokens and global
    // styles); its web-font @import points off this machine and is blocked.
    formCss: { file: '@gcds-core/components/dist/gcds/gcds.css' },
    inputsCss: { file: '@gcds-core/components/dist/gcds/gcds.css' },
    wrap: (body) => `<main>${body}</main>`,
    field: (q) =>
      `<gcds-input input-id="${q.name}" name="${q.name}" label="${escape(q.label)}" hint="${escape(q.hint)}" error-message="${escape(q.error)}"></gcds-input>`,
    button: () => `<gcds-button type="submit">Continue</gcds-button>`,
    elements: ['gcds-input', 'gcds-button'],
  },
  ...civicModes(),
];

/**
 * Civic, authored two ways, measured side by side with the same script and
 * the same stylesheet; only the page's HTML differs.
 *
 * - "Civic (server HTML)": each field is the canonical markup written in Node
 *   by renderTextInput() from the package's server entry (host element,
 *   label, hint, error message and native input), which the script upgrades.
 * - "Civic (attributes)": `<civic-text-input name label hint error>` only;
 *   the element builds the same markup itself when the script runs.
 *
 * Both link tokens.css and, once the package ships it, dist/css/civic.css
 * (every component's styles). Before the server entry exists only the
 * attributes page is built, as Civic was measured before.
 */
function civicModes() {
  const hasTextInput = civicHasEntry('text-input');
  const css = [civicFile('@civic-design/tokens', 'dist/tokens.css')];
  const civicCss = civicFile('@civic-design/components', 'dist/css/civic.css');
  if (existsSync(civicCss)) css.push(civicCss);
  const shared = {
    version: `${installedVersion('@civic-design/components')} (this repository)`,
    hasTextInput,
    // Until the text input exists, only the button can be compared.
    skipInputs: !hasTextInput,
    bodyClass: '',
    formJs: [
      hasTextInput && `import '@civic-design/components/text-input.js';`,
      `import '@civic-design/components/button.js';`,
    ]
      .filter(Boolean)
      .join('\n'),
    inputsJs: hasTextInput ? `import '@civic-design/components/text-input.js';` : null,
    formCss: { files: css },
    inputsCss: { files: css },
    wrap: (body) => `<main>${body}</main>`,
    elements: hasTextInput ? ['civic-text-input', 'civic-button'] : ['civic-button'],
  };
  const attributes = {
    ...shared,
    id: 'civic-attributes',
    name: 'Civic (attributes)',
    field: (q) =>
      hasTextInput
        ? `<civic-text-input name="${q.name}" label="${escape(q.label)}" hint="${escape(q.hint)}" error="${escape(q.error)}"></civic-text-input>`
        : '',
    button: () => `<civic-button type="submit">Continue</civic-button>`,
    // Issue 12's targets on the 1000-input page.
    targets: { page: 'n1000', ready: 1.3, mainThread: 1.3, heap: 3 },
  };
  if (!civicServer) return [attributes];
  const server = {
    ...shared,
    id: 'civic-server',
    name: 'Civic (server HTML)',
    field: (q) =>
      civicServer.renderTextInput({ name: q.name, label: q.label, hint: q.hint, error: q.error }),
    button: () =>
      civicServer.renderButton
        ? civicServer.renderButton({ text: 'Continue', type: 'submit' })
        : `<civic-button type="submit">Continue</civic-button>`,
    serverRendered: true,
    targets: { page: 'n1000', ready: 1.1, mainThread: 1.1, heap: 1.5 },
  };
  return [server, attributes];
}

function civicFile(pkg, file) {
  return join(benchDir, 'node_modules', pkg, file);
}

function govukScss(components) {
  return [
    `@use "govuk-frontend/dist/govuk/base" with ($govuk-font-family: (arial, sans-serif));`,
    `@use "govuk-frontend/dist/govuk/core";`,
    `@use "govuk-frontend/dist/govuk/objects";`,
    ...components.map((name) => `@use "govuk-frontend/dist/govuk/components/${name}";`),
    `@use "govuk-frontend/dist/govuk/utilities";`,
  ].join('\n');
}
