// The GOV.UK Prototype Kit example as a team would set it up: a new kit
// project (`govuk-prototype-kit create`), Civic installed into it from the
// packed tarballs as a kit plugin, the question page and its routes copied in,
// the kit's own server started, then the page checked over HTTP and driven in
// Chromium from an empty submission through the errors to the answers, and the
// two journeys (journeys.test.mjs, test-e2e/journey-suite.mjs: "Apply, then track" and
// the parking permit form, posted as multipart/form-data and read by busboy)
// driven in Chromium with page script off and on, and the service page
// (service-page.test.mjs) in Chromium, Firefox and WebKit. The journeys' pages
// are the same HTML test-e2e drives in all three engines with the same suite;
// CIVIC_BROWSERS=chromium,firefox,webkit runs them here in all three too.
//
//   node examples/prototype-kit/check.mjs <components .tgz> [<tokens .tgz>]
//
// scripts/check-packages.mjs runs it with the tarballs it packed. Needs the npm
// registry (the kit, govuk-frontend and busboy are installed from it), and a
// display for WebKit (scripts/with-display.sh).
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, launchChromium } from '../submission-server.mjs';

// axe-core, the repository's own copy, injected into the kit's pages.
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const KIT_VERSION = '13.20.3';
// The permit form posts multipart/form-data, which the kit does not parse.
const BUSBOY_VERSION = '1.6.0';
const tarballs = process.argv.slice(2).map((file) => resolve(file));
if (tarballs.length === 0) throw new Error('Give the packed @civic-design/components tarball.');

const started = Date.now();
const here = new URL('.', import.meta.url).pathname;
const workDir = mkdtempSync(join(tmpdir(), 'civic-prototype-kit-'));
const project = join(workDir, 'prototype');
const pluginDir = join(project, 'node_modules/@civic-design/components');
const children = new Set();
let server;
let serverOutput = '';
let browser;

// Stopped from outside (the caller's timeout, Ctrl-C): stop the kit's server too.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill();
    stopServer();
    rmSync(workDir, { recursive: true, force: true });
    console.error(`The prototype kit example was stopped (${signal}) after ${seconds(started)}.`);
    process.exit(1);
  });
}

function step(text) {
  console.log(`  [${seconds(started)}] ${text}`);
}

/** Runs a command to its end without a terminal (so nothing can prompt), giving its output. */
function run(command, args, options = {}) {
  return new Promise((resolveRun, reject) => {
    const child = execFile(
      command,
      args,
      { encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 1024 * 1024, ...options },
      (error, stdout, stderr) => {
        children.delete(child);
        if (!error) resolveRun(stdout);
        else {
          const why = error.killed ? `stopped by ${error.signal}` : `exit ${error.code}`;
          const message = `\`${command} ${args.join(' ')}\` failed (${why}):\n${stdout}${stderr}`;
          reject(new Error(message, { cause: error }));
        }
      },
    );
    child.stdin.end();
    children.add(child);
  });
}

try {
  await run('npx', [
    '--yes',
    `govuk-prototype-kit@${KIT_VERSION}`,
    'create',
    project,
    '--no-version-control',
    // Without it, create installs whichever kit is newest into the project.
    `--version=${KIT_VERSION}`,
  ]);
  step(`kit ${KIT_VERSION} project created`);

  // Installed as a user installs a plugin: into the project's dependencies,
  // from the tarballs (a folder would be a symlink, which the kit mishandles);
  // busboy from the registry, for the permit form's multipart posts.
  await run(
    'npm',
    ['install', '--no-audit', '--no-fund', ...tarballs, `busboy@${BUSBOY_VERSION}`],
    {
      cwd: project,
    },
  );
  const validation = await run('npx', ['govuk-prototype-kit', 'validate-plugin', pluginDir], {
    cwd: project,
  });
  assert.match(validation, /The plugin config is valid/, validation);
  step('Civic installed from the tarballs; validate-plugin: the plugin config is valid');

  cpSync(join(here, 'app'), join(project, 'app'), { recursive: true });
  // The journeys' words and checks, and the permit page's form, are shared
  // with the Express example: app/journeys.js requires ../../shared/journeys.mjs
  // (beside the prototype here, as in the repository), and the views include
  // the shared templates.
  cpSync(join(here, '../shared'), join(workDir, 'shared'), { recursive: true });
  cpSync(join(here, '../shared/views'), join(project, 'app/views'), { recursive: true });

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // `serve` is the kit's server without the file watcher and restarts of `dev`.
  server = spawn('npm', ['run', 'serve'], {
    cwd: project,
    detached: true, // its own process group, so npm's children stop with it
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      USE_AUTH: 'false',
      USE_HTTPS: 'false',
      USE_BROWSER_SYNC: 'false',
    },
  });
  server.stdout.on('data', (chunk) => (serverOutput += chunk));
  server.stderr.on('data', (chunk) => (serverOutput += chunk));
  await waitForServer(`${origin}/question`);
  step(`kit serving at ${origin}`);

  // The server's HTML: Civic's canonical markup from the macros, and the
  // plugin's stylesheets and script in the kit layout.
  const page = await fetch(`${origin}/question`);
  assert.equal(page.status, 200, 'GET /question');
  const html = await page.text();
  const label = /<label\b[^>]*\bfor="full-name"[^>]*>\s*Full name\s*<\/label>/;
  assert.match(html, label, 'the "Full name" label points at its input');
  const nameInput = element(html, 'input', 'full-name');
  assert.equal(nameInput.name, 'full-name');
  assert.match(nameInput['aria-describedby'] ?? '', /\bfull-name-hint\b/);
  const textarea = element(html, 'textarea', 'reason');
  assert.equal(textarea.name, 'reason');
  assert.match(textarea['aria-describedby'] ?? '', /\breason-info\b/, 'the count message');
  assert.match(html, /id="reason-info"[^>]*>\s*You can enter up to 200 characters/);
  assert.equal(element(html, 'input', 'password').type, 'password');
  assert.match(html, /<civic-button\b[^>]*>\s*<button\b[^>]*>\s*Continue\s*<\/button>/);

  const assetBase = '/plugin-assets/%40civic-design%2Fcomponents/dist';
  const links = [...html.matchAll(/<link\b[^>]*\bhref="([^"]+)"/g)].map((match) => match[1]);
  const scripts = [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"/g)];
  for (const file of ['/cdn/tokens.css', '/css/civic.css']) {
    assert.ok(links.includes(assetBase + file), `the page links ${assetBase}${file}`);
  }
  const civicScript = scripts.find((match) => match[2] === `${assetBase}/cdn/civic.js`);
  assert.ok(civicScript, `the page loads ${assetBase}/cdn/civic.js`);
  assert.match(civicScript[1], /type="module"/, 'civic.js is loaded as a module');
  for (const [file, type] of [
    ['/cdn/tokens.css', /text\/css/],
    ['/css/civic.css', /text\/css/],
    ['/cdn/civic.js', /javascript/],
  ]) {
    const asset = await fetch(origin + assetBase + file);
    assert.equal(asset.status, 200, `GET ${assetBase}${file}`);
    assert.match(asset.headers.get('content-type') ?? '', type, `${file}'s content type`);
  }
  step('GET /question: canonical markup, tokens.css, civic.css and civic.js (module) all 200');

  // The server's checks, posted as a browser without JavaScript posts them.
  const empty = await fetch(`${origin}/question`, {
    method: 'POST',
    body: new URLSearchParams({ 'full-name': '', reason: '', password: '', action: 'continue' }),
  });
  assert.equal(empty.status, 422, 'an empty submission is answered with the page and its errors');
  const errorsHtml = await empty.text();
  for (const [id, tag, message] of [
    ['full-name', 'input', 'Enter your full name'],
    ['reason', 'textarea', 'Enter why you need a permit'],
    ['password', 'input', 'Enter a password'],
  ]) {
    assert.match(errorsHtml, new RegExp(`<a\\b[^>]*href="#${id}"[^>]*>\\s*${message}\\s*</a>`));
    const control = element(errorsHtml, tag, id);
    assert.match(control['aria-describedby'] ?? '', new RegExp(`\\b${id}-error\\b`));
    assert.equal(control['aria-invalid'], 'true', `${id} is marked invalid`);
    assert.match(errorsHtml, new RegExp(`id="${id}-error"[^>]*>[\\s\\S]*?${message}`));
  }
  step('POST /question, empty: 422 with the error summary and each field error');

  browser = await launchChromium();
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('response', (response) => {
    if (response.status() >= 400 && response.request().method() === 'GET') {
      problems.push(`${response.status()} for ${response.url()}`);
    }
  });
  await tab.goto(`${origin}/question`);
  await tab.waitForFunction(() => globalThis.customElements.get('civic-text-input') !== undefined);
  const summaryLinks = tab.locator('civic-error-summary a');
  const button = tab.locator('civic-button button');

  // Empty: every question in the summary, whether the browser or the server stops it.
  await button.click();
  await tab.waitForFunction(
    () => globalThis.document.querySelectorAll('civic-error-summary a').length === 3,
  );
  assert.match(await tab.title(), /^Error: /, 'the title says there is an error');
  await summaryLinks.first().click();
  assert.equal(await tab.evaluate(() => globalThis.document.activeElement?.id), 'full-name');

  // A name with digits passes the browser's checks but not the server's.
  await tab.locator('#full-name').fill('Siân Evans 2');
  await tab.locator('#reason').fill('To park outside my house');
  await tab.locator('#password').fill('correct horse battery');
  await Promise.all([tab.waitForResponse(`${origin}/question`), button.click()]);
  await tab.waitForLoadState();
  assert.deepEqual(
    await summaryLinks.allTextContents().then((texts) => texts.map((text) => text.trim())),
    ['Full name must not include numbers'],
  );
  assert.equal(await tab.locator('#reason').inputValue(), 'To park outside my house');
  assert.equal(await tab.locator('#full-name').getAttribute('aria-invalid'), 'true');

  await tab.locator('#full-name').fill('Siân Evans');
  await tab.locator('#password').fill('correct horse battery');
  await Promise.all([tab.waitForURL(`${origin}/confirmation`), button.click()]);
  assert.equal(await tab.locator('#answer-full-name').textContent(), 'Siân Evans');
  assert.equal(await tab.locator('#answer-reason').textContent(), 'To park outside my house');
  assert.deepEqual(problems, [], 'no script errors or missing files');
  step('Chromium: empty -> errors, server error on the name -> fixed -> confirmation');

  // The whole service page passes axe's WCAG 2.2 A and AA rules, in each
  // language, with script on. (axe's best-practice "region" rule would flag the
  // skip link, phase banner and back link for sitting outside a landmark: they
  // sit before <main> on purpose, so the skip link passes them by.)
  for (const path of ['/service-page', '/service-page?lang=cy']) {
    await tab.goto(`${origin}${path}`);
    await tab.waitForFunction(
      () => globalThis.document.querySelectorAll(':not(:defined)').length === 0,
    );
    await tab.addScriptTag({ content: axeSource });
    const violations = await tab.evaluate(async () =>
      (
        await globalThis.axe.run(globalThis.document, {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
        })
      ).violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
      ),
    );
    assert.deepEqual(violations, [], `axe on ${path}`);
  }
  assert.deepEqual(problems, [], 'no script errors or missing files');
  step('Chromium: the service page passes axe (WCAG 2.2 A and AA) in English and Welsh');
  await browser.close();
  browser = undefined;

  // The journeys with script off and on (node:test), in Chromium unless asked.
  const { serviceName } = JSON.parse(readFileSync(join(project, 'app/config.json'), 'utf8'));
  const journeyEngines = process.env.CIVIC_BROWSERS ?? 'chromium';
  await runTests(join(here, 'journeys.test.mjs'), {
    CIVIC_KIT_ORIGIN: origin,
    CIVIC_KIT_SERVICE_NAME: serviceName,
    CIVIC_BROWSERS: journeyEngines,
  });
  step(
    `journeys: apply then track (English, Welsh) and the permit form, in ${journeyEngines}, script off and on`,
  );
  await runTests(join(here, 'service-page.test.mjs'), { CIVIC_KIT_ORIGIN: origin });
  step('the service page from the macros: landmarks (English, Welsh), cookie banner, skip link');
} catch (error) {
  // The end of the kit's log (its start is Sass deprecation warnings).
  if (serverOutput) console.error(`The kit's output, last lines:\n${serverOutput.slice(-4000)}`);
  console.error(`The prototype kit example failed after ${seconds(started)}:`);
  console.error(error);
  process.exitCode = 1;
} finally {
  await browser?.close();
  stopServer();
  rmSync(workDir, { recursive: true, force: true });
  if (process.exitCode !== 1) {
    console.log(`  prototype kit example from the tarballs: passed in ${seconds(started)}`);
  }
}

/** Runs a node:test file to its end, its report on this process's output; fails if a test does. */
function runTests(file, env) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--test', '--test-reporter=spec', file], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env },
    });
    children.add(child);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      children.delete(child);
      if (code === 0) resolveRun();
      else reject(new Error(`${file} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

function stopServer() {
  if (server?.exitCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGTERM'); // the group: npm, its shell and the kit
  } catch {
    // already gone
  }
}

/** The attributes of the `<tag id="id">` in html, or a failed assertion. */
function element(html, tag, id) {
  const found = [...html.matchAll(new RegExp(`<${tag}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'g'))]
    .map((match) =>
      Object.fromEntries(
        [...match[1].matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map(([, key, value]) => [
          key,
          value ?? '',
        ]),
      ),
    )
    .find((attributes) => attributes.id === id);
  assert.ok(found, `the page has <${tag} id="${id}">`);
  return found;
}

async function waitForServer(url) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The kit's server exited (${server.exitCode}).`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`The kit's server did not answer ${url} within 90 s.`);
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}
