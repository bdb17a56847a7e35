// `pnpm bench`: builds the pages, serves them on 127.0.0.1, loads them in
// headless Chromium interleaved (A B C D, A B C D, ...), and writes
// results/latest.json, results/latest.md and the table in docs/benchmark.md.
//
//   node run.mjs [--rounds N] [--warmup N] [--no-write] [--reuse-pages]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { browserPaths, chromiumArgs } from '../scripts/browser-paths.js';
import { buildPages, pageKinds } from './build-pages.mjs';
import { libraries } from './libraries.mjs';
import { finishTyping, readyProbe, startTyping } from './probes.mjs';
import { writeReports } from './report.mjs';
import { serve } from './server.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const { values: options } = parseArgs({
  options: {
    // Seven measured rounds after one warm-up (8 x 4 libraries x 3 pages =
    // 96 loads) took 4 1/4 minutes on two busy cores; more rounds, longer.
    rounds: { type: 'string', default: '7' },
    warmup: { type: 'string', default: '1' },
    'no-write': { type: 'boolean', default: false },
    // Use the pages a previous `node build-pages.mjs` left in dist/pages.
    'reuse-pages': { type: 'boolean', default: false },
  },
});
const rounds = Number(options.rounds);
const warmupRounds = Number(options.warmup);

/** 50 characters, typed into question 500 of the N = 1000 page. */
const TYPED_TEXT = 'Flat 4, 17 Heol y Frenhines, Caerdydd CF10 3AB UK.';
const TYPED_FIELD = 'q500';
if (TYPED_TEXT.length !== 50) throw new Error(`typed text is ${TYPED_TEXT.length} characters`);

const started = Date.now();
const pagesDir = join(benchDir, 'dist', 'pages');
const built = options['reuse-pages'] ? reusePages() : await buildPages(pagesDir);
const server = await serve(pagesDir);
const browser = await chromium.launch({
  executablePath: browserPaths.chromium,
  headless: true,
  // Nothing but the local server is reachable: a request elsewhere (a peer's
  // web fonts) fails at once instead of waiting for a network timeout.
  args: [...chromiumArgs, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});

const samples = {}; // samples[page][library][metric] = number[]
const requests = {}; // requests[page][library] = { local: [file], blocked: [url] }
try {
  const total = warmupRounds + rounds;
  for (let round = 0; round < total; round++) {
    const warm = round < warmupRounds;
    const roundStart = Date.now();
    for (const kind of pageKinds) {
      for (const library of libraries) {
        if (!built.find((entry) => entry.library === library.id).pages.includes(kind.id)) continue;
        const result = await measure(library, kind);
        if (warm) continue;
        const perLibrary = ((samples[kind.id] ??= {})[library.id] ??= {});
        for (const [metric, value] of Object.entries(result.metrics)) {
          (perLibrary[metric] ??= []).push(value);
        }
        (requests[kind.id] ??= {})[library.id] ??= result.requests;
      }
    }
    const label = warm ? `warm-up ${round + 1}` : `round ${round - warmupRounds + 1}/${rounds}`;
    console.log(`${label}: ${((Date.now() - roundStart) / 1000).toFixed(1)} s`);
  }
  const machine = {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    chromium: browser.version(),
    node: process.version,
    os: osName(),
  };
  const results = summarise(machine);
  const markdown = await writeReports(results, { write: !options['no-write'] });
  console.log(`\n${markdown}`);
  console.log(`Finished in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
} finally {
  await browser.close();
  await server.close();
}

async function measure(library, kind) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(readyProbe);
    const page = await context.newPage();
    const local = [];
    const blocked = [];
    page.on('request', (request) => {
      const file = request.url().startsWith(server.origin) ? server.fileFor(request.url()) : null;
      if (file) local.push(file);
      else blocked.push(request.url());
    });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    await page.goto(`${server.origin}/${library.id}/${kind.id}.html`, { waitUntil: 'load' });
    const ready = await withTimeout(
      page.evaluate(() => globalThis.__benchReady),
      30_000,
      `${library.id} ${kind.id} never became ready`,
    );
    if (errors.length > 0) throw new Error(`${library.id} ${kind.id}: ${errors.join('; ')}`);
    const timings = await performanceMetrics(cdp);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await performanceMetrics(cdp)).JSHeapUsedSize;

    const metrics = {
      ready,
      script: timings.ScriptDuration * 1000,
      layout: timings.LayoutDuration * 1000,
      style: timings.RecalcStyleDuration * 1000,
      heap: heap / 2 ** 20,
    };
    if (kind.id === 'n1000') Object.assign(metrics, await typeInto(page, library));
    return { metrics, requests: { local, blocked } };
  } finally {
    await context.close();
  }
}

async function typeInto(page, library) {
  await page.evaluate(startTyping, TYPED_FIELD);
  const wallStart = performance.now();
  await page.keyboard.type(TYPED_TEXT);
  const wall = performance.now() - wallStart;
  const typed = await page.evaluate(finishTyping);
  if (typed.value !== TYPED_TEXT || typed.inputs !== TYPED_TEXT.length) {
    throw new Error(
      `${library.id}: typing gave ${typed.inputs} input events and value ${JSON.stringify(typed.value)}`,
    );
  }
  return { typing: typed.lastFrameAfterInput - typed.firstKeydown, typingWall: wall };
}

async function performanceMetrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
}

function reusePages() {
  return JSON.parse(readFileSync(join(pagesDir, 'built.json'), 'utf8'));
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function summarise(machine) {
  const pages = {};
  for (const kind of pageKinds) {
    const perLibrary = samples[kind.id] ?? {};
    const baseline = perLibrary.govuk;
    pages[kind.id] = { title: kind.title, libraries: {} };
    for (const library of libraries) {
      const values = perLibrary[library.id];
      if (!values) continue;
      const metrics = {};
      for (const [metric, list] of Object.entries(values)) {
        const stats = describe(list);
        const base = baseline?.[metric] ? median(baseline[metric]) : null;
        metrics[metric] = { ...stats, ratio: base ? stats.median / base : null };
      }
      pages[kind.id].libraries[library.id] = {
        bytes: bytesOf(requests[kind.id][library.id]),
        metrics,
      };
    }
  }
  for (const kind of pageKinds) {
    const base = pages[kind.id].libraries.govuk?.bytes;
    for (const entry of Object.values(pages[kind.id].libraries)) {
      const ours = entry.bytes.js.brotli + entry.bytes.css.brotli;
      const theirs = base ? base.js.brotli + base.css.brotli : 0;
      entry.bytes.jsCssBrotliRatio = theirs ? ours / theirs : null;
    }
  }
  return {
    date: new Date().toISOString(),
    machine,
    rounds,
    warmupRounds,
    typedText: TYPED_TEXT,
    libraries: libraries.map(({ id, name, version }) => ({ id, name, version })),
    notes: notes(),
    pages,
  };
}

function notes() {
  const civic = libraries.find((library) => library.id === 'civic');
  const list = [
    'Radios and checkboxes are left out of every form page: Civic has neither yet.',
    'Web Awesome has no error-message attribute: its pages put the error text in the hint slot and set custom-error.',
    "govuk-frontend's pages use Arial, as every service off GOV.UK domains must; its Sass is compiled with only the components each page uses.",
    'gcds.css imports web fonts from another host; those requests fail at once here and their bytes are not counted.',
  ];
  for (const { library, warnings } of built) {
    const name = libraries.find((entry) => entry.id === library).name;
    for (const warning of warnings) {
      list.push(`Bundling ${name} warned, so its script may lack code it needs: ${warning}.`);
    }
  }
  if (!civic.hasTextInput) {
    list.unshift(
      "Civic has no text input yet: its form page has only the button and its N-input pages are not measured, so Civic's form page is not comparable.",
    );
  }
  return list;
}

function bytesOf({ local, blocked }) {
  const sums = {};
  for (const file of new Set(local)) {
    const type = { '.js': 'js', '.css': 'css', '.html': 'html' }[extname(file)] ?? 'other';
    const content = readFileSync(file);
    const entry = (sums[type] ??= { raw: 0, gzip: 0, brotli: 0, files: 0 });
    entry.raw += content.length;
    entry.gzip += gzipSync(content, { level: 9 }).length;
    entry.brotli += brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
    entry.files += 1;
  }
  const empty = { raw: 0, gzip: 0, brotli: 0, files: 0 };
  return {
    js: sums.js ?? empty,
    css: sums.css ?? empty,
    html: sums.html ?? empty,
    other: sums.other ?? empty,
    blockedRequests: [...new Set(blocked)],
  };
}

function describe(values) {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    samples: values.map((value) => Math.round(value * 100) / 100),
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function osName() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]*)/m.exec(release)?.[1] ?? process.platform;
  } catch {
    return `${process.platform} ${execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim()}`;
  }
}
