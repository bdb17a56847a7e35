// The SvelteKit example, built by `vite build` with adapter-node against the
// packed tarballs (scripts/check-packages.mjs installs, type-checks and builds
// it), run as its own Node server and driven in Chromium. The browser talks to
// the recording server of examples/submission-server.mjs, which keeps each
// form posted to /submit and fetches every other request from SvelteKit's.
//
// - JavaScript off: the server-rendered form page holds each element's
//   canonical HTML (the same DOM as @civic-design/components/server writes),
//   so its labels and native controls are there, and it posts what was typed.
//   The task page's list holds the rows as renderTaskList writes them, beside
//   its <civic-task> data children, which are not shown.
// - JavaScript on: each element enhances the control the server wrote (the
//   one Svelte binds); then the pages every example app passes
//   (examples/app-check.mjs), with no console error and no warning but Civic's
//   own (a hydration mismatch warns).
//
//   node examples/sveltekit/check.mjs <the built app's folder> <node binary>
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkApp } from '../app-check.mjs';
import {
  freePort,
  launchChromium,
  startSubmissionServer,
  whenPrinted,
} from '../submission-server.mjs';

const [app, node] = process.argv.slice(2);
if (!app || !node) throw new Error('Give the built app’s folder and the Node binary to run it.');
// The render functions of the installed tarball: the canonical HTML the page must hold.
const civic = await import(
  pathToFileURL(join(app, 'node_modules/@civic-design/components/dist/server/index.js')).href
);

const port = await freePort();
const kitOrigin = `http://127.0.0.1:${port}`;
const kit = spawn(node, [join(app, 'build/index.js')], {
  cwd: app,
  env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const failed = [];
const { origin, submissions, close } = await startSubmissionServer(async (url) => {
  try {
    const response = await fetch(`${kitOrigin}${url}`);
    if (response.ok) {
      const body = Buffer.from(await response.arrayBuffer());
      return { type: response.headers.get('content-type') ?? 'application/octet-stream', body };
    }
    if (url !== '/favicon.ico') failed.push(`${url}: ${response.status}`);
  } catch (error) {
    failed.push(`${url}: ${error.message}`);
  }
  return null;
});
const browser = await launchChromium();

try {
  await whenPrinted(kit, /Listening on/, 'the SvelteKit server');

  // JavaScript off: what a person whose script failed to load gets.
  const withoutScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await withoutScript.newPage();
  plain.setDefaultTimeout(10_000);
  await plain.goto(`${origin}/`);
  assert.equal(await plain.title(), 'Your details');
  const expected = {
    'civic-error-summary': civic.renderErrorSummary({}),
    'civic-text-input': civic.renderTextInput({
      name: 'full-name',
      label: 'Full name',
      autocomplete: 'name',
      required: true,
    }),
    'civic-textarea': civic.renderTextarea({
      name: 'reason',
      label: 'Why do you need a permit?',
      maxLength: 200,
      required: true,
    }),
    'civic-button': civic.renderButton({
      type: 'submit',
      name: 'action',
      value: 'continue',
      text: 'Continue',
    }),
  };
  for (const [tag, html] of Object.entries(expected)) {
    const { page, canonical } = await plain.evaluate(readBoth, [tag, html]);
    assert.deepEqual(page, canonical, `<${tag}> holds the HTML its render function writes`);
  }
  // What a person reads and fills in, as they meet it.
  assert.equal(await plain.locator('label[for="full-name"]').textContent(), 'Full name');
  assert.equal(
    await plain.locator('label[for="reason"]').textContent(),
    'Why do you need a permit?',
  );
  assert.equal(
    await plain.locator('#reason-info').textContent(),
    'You can enter up to 200 characters',
  );
  assert.equal(await plain.locator('.civic-error-summary').isHidden(), true);
  await plain.locator('#full-name').fill('Siân Evans');
  await plain.locator('#reason').fill('To park outside my house');
  await Promise.all([
    plain.waitForURL(`${origin}/submit`),
    plain.getByRole('button', { name: 'Continue' }).click(),
  ]);
  assert.deepEqual(
    submissions.splice(0).map((body) => Object.fromEntries(new URLSearchParams(body))),
    [{ 'full-name': 'Siân Evans', reason: 'To park outside my house', action: 'continue' }],
    'without JavaScript the form posted what was typed',
  );
  // The task page: the rows as the server wrote them, a link for each task that
  // can be started; the <civic-task> data children beside them are not shown.
  await plain.goto(`${origin}/tasks`);
  const { page, canonical } = await plain.evaluate(readBoth, [
    'civic-task-list',
    civic.renderTaskList({
      id: 'tasks',
      showSummary: true,
      tasks: [
        { text: 'Your details', href: '/details', status: 'completed' },
        {
          text: 'Vehicle',
          href: '/vehicle',
          hint: 'Make, model and registration',
          status: 'in-progress',
        },
        { text: 'Pay the fee', status: 'cannot-start' },
      ],
    }),
    'civic-task',
  ]);
  assert.deepEqual(page, canonical, 'the task list holds the HTML renderTaskList writes');
  assert.equal(
    await plain.locator('civic-task-list').innerText(),
    [
      'You have completed 1 of 3 tasks',
      '',
      'Your details',
      'Completed',
      'Vehicle',
      'Make, model and registration',
      'In progress',
      'Pay the fee',
      'Cannot start yet',
    ].join('\n'),
    'the tasks read without JavaScript, and the data children are not shown',
  );
  assert.deepEqual(
    await plain
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')])),
    [
      ['Your details', '/details'],
      ['Vehicle', '/vehicle'],
    ],
  );
  await withoutScript.close();

  // JavaScript on: hydration, then the elements register and enhance the
  // server's HTML. checkApp fails on console errors; a warning fails here.
  const context = await browser.newContext();
  const warnings = [];
  context.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  // The native controls the server wrote are the ones the elements enhance
  // (and Svelte binds): kept as the parser made them, before any script ran.
  const tab = await context.newPage();
  tab.setDefaultTimeout(10_000);
  await tab.addInitScript(() =>
    globalThis.document.addEventListener('DOMContentLoaded', () => {
      const { document } = globalThis;
      globalThis.serverNodes = ['#full-name', '#reason', 'civic-button button'].map((selector) =>
        document.querySelector(selector),
      );
      globalThis.upgradedEarly = ['civic-text-input', 'civic-textarea', 'civic-button'].filter(
        (tag) => globalThis.customElements.get(tag) !== undefined,
      );
    }),
  );
  await tab.goto(`${origin}/`);
  await tab.waitForFunction(
    () => globalThis.document.querySelectorAll(':not(:defined)').length === 0,
  );
  assert.deepEqual(
    await tab.evaluate(() => globalThis.upgradedEarly),
    [],
    'the nodes were read before any element was defined',
  );
  assert.deepEqual(
    await tab.evaluate(() => {
      const { document, serverNodes } = globalThis;
      const enhanced = [
        document.querySelector('civic-text-input').control,
        document.querySelector('civic-textarea').control,
        document.querySelector('civic-button button'),
      ];
      return enhanced.map((node, index) => node !== null && node === serverNodes[index]);
    }),
    [true, true, true],
    'each element enhanced the control the server wrote',
  );
  await tab.close();
  await checkApp(context, {
    label: 'SvelteKit example from the tarballs (server-rendered by adapter-node)',
    origin,
    submissions,
    tasksPath: '/tasks',
  });
  // Svelte warns of a hydration mismatch even in a production build. The one
  // warning expected is Civic's own, for the reason's label, which is a
  // question and which app-check.mjs's error messages expect as it is: once
  // for each of the two loads of the form page above.
  const questionLabel =
    '[civic] The label "Why do you need a permit?" is a question, so error messages cannot name the field from it. Set field-name, for example field-name="your full name", or give messages.';
  assert.deepEqual(
    warnings,
    [questionLabel, questionLabel],
    'no other console warning: hydration matched the server HTML',
  );
  await context.close();
  assert.deepEqual(failed, [], 'the SvelteKit server answered every request the pages made');
  console.log(
    '  SvelteKit example: the server HTML is the canonical HTML and posts with JavaScript off; with it on the elements enhanced the server’s controls, with no hydration warning',
  );
} finally {
  await browser.close();
  close();
  kit.kill();
}

/**
 * In the page: the element `selector` and the first element of `html`, each
 * read as elements, attributes and text, leaving out the page's data children
 * (`dataChildren`, a selector) that the element reads and never shows.
 * Comments (Svelte's hydration markers) and whitespace between elements are
 * not content, and an empty value attribute
 * (Svelte writes one for a bound input) gives the same control as none.
 */
function readBoth([selector, html, dataChildren]) {
  const read = (element) => ({
    tag: element.localName,
    attributes: Object.fromEntries(
      [...element.attributes]
        .filter((attribute) => !(attribute.name === 'value' && attribute.value === ''))
        .map((attribute) => [attribute.name, attribute.value])
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
    children: [...element.childNodes]
      .filter((child) => child.nodeType === 1 || child.nodeType === 3)
      .filter((child) => !(dataChildren && child.nodeType === 1 && child.matches(dataChildren)))
      .map((child) =>
        child.nodeType === 1 ? read(child) : child.textContent.replace(/\s+/g, ' ').trim(),
      )
      .filter((child) => child !== ''),
  });
  const template = globalThis.document.createElement('template');
  template.innerHTML = html;
  return {
    page: read(globalThis.document.querySelector(selector)),
    canonical: read(template.content.firstElementChild),
  };
}
