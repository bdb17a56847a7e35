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

/**
 * Choice question `n` of the radios and checkboxes page: radios for odd `n`
 * (one answer from three), checkboxes for even `n` (any of four). The first
 * option's id is the name, the others `<name>-2`, `<name>-3`, as in
 * govuk-frontend and Civic.
 */
export function choiceQuestion(n) {
  const radios = n % 2 === 1;
  return {
    kind: radios ? 'radios' : 'checkboxes',
    name: `q${n}`,
    legend: radios
      ? `Question ${n}: how should we contact you?`
      : `Question ${n}: which types of waste do you transport?`,
    hint: radios ? `Choose one (question ${n})` : `Select all that apply (question ${n})`,
    error: radios
      ? `Select how we should contact you for question ${n}`
      : `Select the types of waste you transport for question ${n}`,
    items: radios
      ? [
          { value: 'email', text: 'Email' },
          { value: 'phone', text: 'Phone' },
          { value: 'text', text: 'Text message' },
        ]
      : [
          { value: 'rubble', text: 'Rubble or building waste' },
          { value: 'mines', text: 'Waste from mines or quarries' },
          { value: 'farm', text: 'Farm or agricultural waste' },
          { value: 'chemical', text: 'Chemical waste' },
        ],
  };
}

/** The statuses the task list cycles through, with the words every library shows. */
const TASK_STATUSES = [
  { status: 'completed', statusText: 'Completed', tag: null },
  { status: 'in-progress', statusText: 'In progress', tag: 'teal' },
  { status: 'not-started', statusText: 'Not yet started', tag: 'blue' },
  { status: 'incomplete', statusText: 'Incomplete', tag: 'blue' },
  { status: 'cannot-start', statusText: 'Cannot start yet', tag: null },
];

/** Task `n` of the task-list page: every fifth cannot start yet (no link), every fourth has a hint. */
export function task(n) {
  const state = TASK_STATUSES[(n - 1) % TASK_STATUSES.length];
  return {
    n,
    text: `Task ${n}: check your details`,
    href: `/task/${n}`,
    hint: n % 4 === 0 ? `It takes about 5 minutes (task ${n})` : undefined,
    ...state,
  };
}

/** Row `n` of the summary-list page: a key, its answer and a Change link. */
export function summaryRow(n) {
  return {
    key: `Question ${n}: your full name`,
    value: `Answer ${n}: Sam Jones`,
    changeHref: `/change/${n}`,
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
  // `@civic-design/components/<entry>.js` is `dist/components/<entry>/define.js` (its exports' `./*.js`).
  const pkgPath = packageJsonPath('@civic-design/components');
  return existsSync(join(dirname(pkgPath), 'dist/components', entry, 'define.js'));
}

/** The entries each Civic page imports (when the built package has them). */
export const CIVIC_ENTRIES = {
  form: ['text-input', 'button'],
  inputs: ['text-input'],
  choices: ['radios', 'checkboxes'],
  tasks: ['task-list'],
  summary: ['summary-list'],
};

/**
 * One library: its markup for each part of a page, the modules and styles
 * each of its pages bundles, and the custom elements it defines.
 *
 * `bundles[name]` is one page's script and stylesheet: `js` the source of
 * its one script (null: none), `css` what goes into its one stylesheet
 * (`{ file }` for CSS to bundle, `{ files }` for several, `{ scss }` for Sass
 * to compile). A library without a bundle for a page (it has no such
 * component) is left out of that page; `missing` says what it lacks.
 *
 * The markup: `field(q)` a text question, `button()` the submit button,
 * `choice(q)` a radios or checkboxes question (q.kind), `taskList(tasks)`
 * and `summaryList(rows)` the whole list.
 */
export const libraries = [
  {
    id: 'govuk',
    name: 'govuk-frontend',
    version: installedVersion('govuk-frontend'),
    bodyClass: 'govuk-template__body',
    bundles: {
      // govuk-frontend's own JavaScript (double-click prevention) runs only on
      // pages that have a button; text inputs, the task list and the summary
      // list need no script. Radios and checkboxes are initialised as its
      // docs say for a page that imports only what it uses: createAll.
      form: {
        js: `document.body.classList.add('js-enabled', 'govuk-frontend-supported');
import { Button, createAll } from 'govuk-frontend';
createAll(Button);`,
        // Only the Sass this page uses. GDS Transport may only be used on
        // GOV.UK domains; every other service uses Arial, so the page does too.
        css: { scss: govukScss(['input', 'button']) },
      },
      inputs: { js: null, css: { scss: govukScss(['input']) } },
      choices: {
        js: `document.body.classList.add('js-enabled', 'govuk-frontend-supported');
import { Checkboxes, Radios, createAll } from 'govuk-frontend';
createAll(Radios);
createAll(Checkboxes);`,
        css: { scss: govukScss(['radios', 'checkboxes']) },
      },
      tasks: { js: null, css: { scss: govukScss(['task-list']) } },
      summary: { js: null, css: { scss: govukScss(['summary-list']) } },
    },
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
    // The GOV.UK radios and checkboxes markup (its Nunjucks macros' output).
    choice: (q) => `<div class="govuk-form-group govuk-form-group--error">
<fieldset class="govuk-fieldset" aria-describedby="${q.name}-hint ${q.name}-error">
<legend class="govuk-fieldset__legend">${escape(q.legend)}</legend>
<div id="${q.name}-hint" class="govuk-hint">${escape(q.hint)}</div>
<p id="${q.name}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${escape(q.error)}</p>
<div class="govuk-${q.kind}" data-module="govuk-${q.kind}">
${q.items
  .map((item, i) => {
    const id = i === 0 ? q.name : `${q.name}-${i + 1}`;
    return `<div class="govuk-${q.kind}__item">
<input class="govuk-${q.kind}__input" id="${id}" name="${q.name}" type="${q.kind === 'radios' ? 'radio' : 'checkbox'}" value="${item.value}">
<label class="govuk-label govuk-${q.kind}__label" for="${id}">${escape(item.text)}</label>
</div>`;
  })
  .join('\n')}
</div>
</fieldset>
</div>`,
    // The GOV.UK task list: statuses in words, unfinished ones as tags, and
    // no link for a task that cannot start yet (its idPrefix is "tasks").
    taskList: (tasks) => `<ul class="govuk-task-list">
${tasks
  .map((t) => {
    const id = `tasks-${t.n}`;
    const link = t.status !== 'cannot-start';
    const describedBy = [t.hint && `${id}-hint`, `${id}-status`].filter(Boolean).join(' ');
    const name = link
      ? `<a class="govuk-link govuk-task-list__link" href="${t.href}" aria-describedby="${describedBy}">${escape(t.text)}</a>`
      : `<div>${escape(t.text)}</div>`;
    const hint = t.hint
      ? `\n<div id="${id}-hint" class="govuk-task-list__hint">${escape(t.hint)}</div>`
      : '';
    const status = t.tag
      ? `<strong class="govuk-tag govuk-tag--${t.tag}">${escape(t.statusText)}</strong>`
      : escape(t.statusText);
    const statusClass =
      t.status === 'cannot-start' ? ' govuk-task-list__status--cannot-start-yet' : '';
    return `<li class="govuk-task-list__item${link ? ' govuk-task-list__item--with-link' : ''}">
<div class="govuk-task-list__name-and-hint">
${name}${hint}
</div>
<div class="govuk-task-list__status${statusClass}" id="${id}-status">${status}</div>
</li>`;
  })
  .join('\n')}
</ul>`,
    // The GOV.UK summary list with a Change link on every row.
    summaryList: (rows) => `<dl class="govuk-summary-list">
${rows
  .map(
    (row) => `<div class="govuk-summary-list__row">
<dt class="govuk-summary-list__key">${escape(row.key)}</dt>
<dd class="govuk-summary-list__value">${escape(row.value)}</dd>
<dd class="govuk-summary-list__actions"><a class="govuk-link" href="${row.changeHref}">Change<span class="govuk-visually-hidden"> ${escape(row.key)}</span></a></dd>
</div>`,
  )
  .join('\n')}
</dl>`,
    elements: [],
  },
  {
    id: 'webawesome',
    name: '@awesome.me/webawesome',
    version: installedVersion('@awesome.me/webawesome'),
    bodyClass: '',
    // The theme holds the design tokens; component styles ship in the JS.
    bundles: {
      form: {
        js: `import '@awesome.me/webawesome/dist/components/input/input.js';
import '@awesome.me/webawesome/dist/components/button/button.js';`,
        css: { file: '@awesome.me/webawesome/dist/styles/themes/default.css' },
      },
      inputs: {
        js: `import '@awesome.me/webawesome/dist/components/input/input.js';`,
        css: { file: '@awesome.me/webawesome/dist/styles/themes/default.css' },
      },
      choices: {
        js: `import '@awesome.me/webawesome/dist/components/radio-group/radio-group.js';
import '@awesome.me/webawesome/dist/components/radio/radio.js';
import '@awesome.me/webawesome/dist/components/checkbox-group/checkbox-group.js';
import '@awesome.me/webawesome/dist/components/checkbox/checkbox.js';`,
        css: { file: '@awesome.me/webawesome/dist/styles/themes/default.css' },
      },
    },
    missing: { tasks: 'has no task list', summary: 'has no summary list' },
    wrap: (body) => `<main>${body}</main>`,
    // Web Awesome has a label and a hint but no error message: custom-error
    // marks the field invalid and the message goes in the hint slot.
    field: (
      q,
    ) => `<wa-input name="${q.name}" label="${escape(q.label)}" custom-error="${escape(q.error)}">
<span slot="hint">${escape(q.hint)}<br><strong>Error: ${escape(q.error)}</strong></span>
</wa-input>`,
    button: () => `<wa-button type="submit" variant="brand">Continue</wa-button>`,
    // A radio group of radios, a checkbox group of checkboxes; the error goes
    // in the hint slot, as on its inputs.
    choice: (q) => {
      const hint = `<span slot="hint">${escape(q.hint)}<br><strong>Error: ${escape(q.error)}</strong></span>`;
      if (q.kind === 'radios') {
        return `<wa-radio-group name="${q.name}" label="${escape(q.legend)}">
${hint}
${q.items.map((item) => `<wa-radio value="${item.value}">${escape(item.text)}</wa-radio>`).join('\n')}
</wa-radio-group>`;
      }
      return `<wa-checkbox-group label="${escape(q.legend)}">
${hint}
${q.items.map((item) => `<wa-checkbox name="${q.name}" value="${item.value}">${escape(item.text)}</wa-checkbox>`).join('\n')}
</wa-checkbox-group>`;
    },
    elements: [
      'wa-input',
      'wa-button',
      'wa-radio-group',
      'wa-radio',
      'wa-checkbox-group',
      'wa-checkbox',
    ],
  },
  {
    id: 'gcds',
    name: '@gcds-core/components',
    version: installedVersion('@gcds-core/components'),
    bodyClass: '',
    // The custom-elements build: each module defines its element and the
    // elements it renders (label, hint, error message). gcds.css is the one
    // stylesheet the package ships (tokens and global styles); its web-font
    // @import points off this machine and is blocked.
    bundles: {
      form: {
        js: `import { defineCustomElement as defineInput } from '@gcds-core/components/dist/components/gcds-input.js';
import { defineCustomElement as defineButton } from '@gcds-core/components/dist/components/gcds-button.js';
defineInput();
defineButton();`,
        css: { file: '@gcds-core/components/dist/gcds/gcds.css' },
      },
      inputs: {
        js: `import { defineCustomElement as defineInput } from '@gcds-core/components/dist/components/gcds-input.js';
defineInput();`,
        css: { file: '@gcds-core/components/dist/gcds/gcds.css' },
      },
      choices: {
        js: `import { defineCustomElement as defineRadios } from '@gcds-core/components/dist/components/gcds-radios.js';
import { defineCustomElement as defineCheckboxes } from '@gcds-core/components/dist/components/gcds-checkboxes.js';
defineRadios();
defineCheckboxes();`,
        css: { file: '@gcds-core/components/dist/gcds/gcds.css' },
      },
    },
    missing: { tasks: 'has no task list', summary: 'has no summary list' },
    wrap: (body) => `<main>${body}</main>`,
    field: (q) =>
      `<gcds-input input-id="${q.name}" name="${q.name}" label="${escape(q.label)}" hint="${escape(q.hint)}" error-message="${escape(q.error)}"></gcds-input>`,
    button: () => `<gcds-button type="submit">Continue</gcds-button>`,
    // Options as the JSON its docs show, each with its own id.
    choice: (q) => {
      const options = q.items.map((item, i) => ({
        id: i === 0 ? q.name : `${q.name}-${i + 1}`,
        label: item.text,
        value: item.value,
      }));
      return `<gcds-${q.kind} name="${q.name}" legend="${escape(q.legend)}" hint="${escape(q.hint)}" error-message="${escape(q.error)}" options="${escape(JSON.stringify(options))}"></gcds-${q.kind}>`;
    },
    elements: ['gcds-input', 'gcds-button', 'gcds-radios', 'gcds-checkboxes'],
  },
  ...civicModes(),
];

/**
 * Civic, authored two ways, measured side by side with the same script and
 * the same stylesheet; only the page's HTML differs.
 *
 * - "Civic (server HTML)": each component is the canonical markup written in
 *   Node by the package's server entry (renderTextInput, renderRadios,
 *   renderCheckboxes, renderTaskList, renderSummaryList, renderButton): the
 *   host element with its native HTML inside, which the script upgrades.
 * - "Civic (attributes)": the host element with attributes only, or for the
 *   lists data children (`<civic-task>`, `<civic-summary-row>`); the element
 *   builds the same markup itself when the script runs.
 *
 * Both link tokens.css and, once the package ships it, dist/css/civic.css
 * (every component's styles). Before the server entry exists only the
 * attributes page is built, as Civic was measured before. A page whose
 * entries the built package lacks is not built for Civic.
 */
function civicModes() {
  const css = [civicFile('@civic-design/tokens', 'dist/tokens.css')];
  const civicCss = civicFile('@civic-design/components', 'dist/css/civic.css');
  if (existsSync(civicCss)) css.push(civicCss);
  const hasTextInput = civicHasEntry('text-input');
  const bundles = {};
  const missing = {};
  for (const [page, entries] of Object.entries(CIVIC_ENTRIES)) {
    const have = entries.filter((entry) => civicHasEntry(entry));
    // The form page is measured with what there is (the button alone, once).
    if (have.length === entries.length || (page === 'form' && have.length > 0)) {
      bundles[page] = {
        js: have.map((entry) => `import '@civic-design/components/${entry}.js';`).join('\n'),
        css: { files: css },
      };
    } else {
      const lacking = entries.filter((entry) => !have.includes(entry));
      missing[page] = `has no ${lacking.join(' or ')} entry in its built package yet`;
    }
  }
  const shared = {
    version: `${installedVersion('@civic-design/components')} (this repository)`,
    hasTextInput,
    bodyClass: '',
    bundles,
    missing,
    wrap: (body) => `<main>${body}</main>`,
    elements: [
      'civic-text-input',
      'civic-button',
      'civic-radios',
      'civic-checkboxes',
      'civic-task-list',
      'civic-task',
      'civic-summary-list',
      'civic-summary-row',
    ],
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
    choice: (q) =>
      `<civic-${q.kind} name="${q.name}" legend="${escape(q.legend)}" hint="${escape(q.hint)}" error="${escape(q.error)}" items="${escape(JSON.stringify(q.items))}"></civic-${q.kind}>`,
    taskList: (tasks) => `<civic-task-list id="tasks">
${tasks
  .map((t) => {
    const href = t.status === 'cannot-start' ? '' : ` href="${t.href}"`;
    const hint = t.hint ? ` hint="${escape(t.hint)}"` : '';
    return `<civic-task${href} status="${t.status}"${hint}>${escape(t.text)}</civic-task>`;
  })
  .join('\n')}
</civic-task-list>`,
    summaryList: (rows) => `<civic-summary-list>
${rows
  .map(
    (row) =>
      `<civic-summary-row label="${escape(row.key)}" change-href="${row.changeHref}">${escape(row.value)}</civic-summary-row>`,
  )
  .join('\n')}
</civic-summary-list>`,
    targets: targetsFor({ ratio: 1.3, heap: 3 }),
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
    choice: (q) =>
      (q.kind === 'radios' ? civicServer.renderRadios : civicServer.renderCheckboxes)({
        name: q.name,
        legend: q.legend,
        hint: q.hint,
        error: q.error,
        items: q.items,
      }),
    taskList: (tasks) =>
      civicServer.renderTaskList({
        id: 'tasks',
        tasks: tasks.map((t) => ({
          text: t.text,
          href: t.status === 'cannot-start' ? undefined : t.href,
          hint: t.hint,
          status: t.status,
        })),
      }),
    summaryList: (rows) => civicServer.renderSummaryList({ rows }),
    serverRendered: true,
    targets: targetsFor({ ratio: 1.1, heap: 1.5 }),
  };
  return [server, attributes];
}

/**
 * The targets a Civic mode's medians are checked against (the report says
 * pass or miss; nothing fails). Issue 12, on the 1000-input page: ready time
 * and main-thread CPU within `ratio` times govuk-frontend's (1.1 for the
 * server HTML, 1.3 for attributes) and the JS heap after garbage collection
 * within `heap` MB; issues 13 and 14: the 200-task list and the 200-row summary list
 * ready within 1.2 times govuk-frontend's, asked of Civic without naming a
 * way of authoring, so both are checked.
 */
function targetsFor({ ratio, heap }) {
  return [
    { issue: '12', page: 'n1000', ready: ratio, mainThread: ratio, heap },
    { issue: '13, 14', page: 'tasks200', ready: 1.2 },
    { issue: '13, 14', page: 'summary200', ready: 1.2 },
  ];
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
