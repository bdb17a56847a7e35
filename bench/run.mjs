// `pnpm bench`: builds the pages, serves them on 127.0.0.1, loads them in
// headless Chromium interleaved (every library's page in each round, in an
// order from a seeded balanced Latin square, see order.mjs), and writes
// results/latest.json, results/latest.md and the table in docs/benchmark.md.
//
//   node run.mjs [--rounds N] [--warmup N] [--seed N] [--settle MS] [--no-write] [--reuse-pages]
import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { browserPaths, chromiumArgs } from '../scripts/browser-paths.js';
import { buildPages, pageKinds, pagesOf } from './build-pages.mjs';
import { libraries } from './libraries.mjs';
import { balance, plan, predecessorCounts } from './order.mjs';
import { fieldBoxes, finishTyping, markInputs, readyProbe, startTyping } from './probes.mjs';
import { writeReports } from './report.mjs';
import { serve } from './server.mjs';
import { mainThreadTimes, traceCategories } from './trace.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const { values: options } = parseArgs({
  options: {
    // Default: the smallest number of whole cycles of the longest Latin square
    // of the load order that is at least 7 rounds (10 for five libraries),
    // after one warm-up.
    rounds: { type: 'string' },
    warmup: { type: 'string', default: '1' },
    // The seed of the load order (default: a random one, recorded).
    seed: { type: 'string' },
    // A pause after each load, so that the closed page's renderer has shut
    // down before the next page starts.
    settle: { type: 'string', default: '300' },
    'no-write': { type: 'boolean', default: false },
    // A sentence about the machine for the report (what else was running).
    note: { type: 'string' },
    // Use the pages a previous `node build-pages.mjs` left in dist/pages.
    'reuse-pages': { type: 'boolean', default: false },
  },
});
const warmupRounds = Number(options.warmup);
const settleMs = Number(options.settle);
const seed = options.seed === undefined ? randomInt(2 ** 31) : Number(options.seed);
const libraryIds = libraries.map((library) => library.id);
const pageIds = pageKinds.map((kind) => kind.id);
// Each page's libraries: those that have its component (libraries.mjs).
const pagePlan = pageKinds.map((kind) => ({
  id: kind.id,
  libraryIds: libraries.filter((library) => pagesOf(library).includes(kind)).map(({ id }) => id),
}));
const cycle = plan({ pages: pagePlan, rounds: 0, warmupRounds: 0, seed }).cycle;
const rounds = options.rounds === undefined ? Math.ceil(7 / cycle) * cycle : Number(options.rounds);
const order = plan({ pages: pagePlan, rounds, warmupRounds, seed });

/** 50 characters, typed into question 500 of the N = 1000 page. */
const TYPED_TEXT = 'Flat 4, 17 Heol y Frenhines, Caerdydd CF10 3AB UK.';
const TYPED_FIELD = 'q500';
/** How long the upgrade check holds each page's script back (see checkUpgradeShifts). */
const LATE_SCRIPT_MS = 1000;
if (TYPED_TEXT.length !== 50) throw new Error(`typed text is ${TYPED_TEXT.length} characters`);

const started = Date.now();
const loadBefore = loadavg();
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
const roundLoad = []; // one-minute load average after each round
const requests = {}; // requests[page][library] = { local: [file], blocked: [url] }
try {
  console.log(
    `Load order: seed ${seed}, balanced Latin squares of ${[...new Set(Object.values(order.cycles))].join(' and ')} rows, ${rounds} measured rounds.`,
  );
  const total = warmupRounds + rounds;
  for (let round = 0; round < total; round++) {
    const warm = round < warmupRounds;
    const roundStart = Date.now();
    for (const [k, kind] of pageKinds.entries()) {
      for (const id of order.orders[round][k]) {
        const library = libraries.find((entry) => entry.id === id);
        if (!built.find((entry) => entry.library === library.id)?.pages.includes(kind.id)) continue;
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
    roundLoad.push(Math.round(loadavg()[0] * 10) / 10);
    console.log(
      `${label}: ${((Date.now() - roundStart) / 1000).toFixed(1)} s, load average ${roundLoad.at(-1)}`,
    );
  }
  const machine = {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    chromium: browser.version(),
    node: process.version,
    os: osName(),
    // One-minute load average when the run started and when it ended: above
    // the number of cores means other work was competing for them.
    loadAverage: [loadBefore[0], loadavg()[0]].map((value) => Math.round(value * 10) / 10),
    loadAverageByRound: roundLoad,
    note: options.note ?? null,
  };
  const source = sourceOf();
  console.log('Checking what the upgrade moves (script held back, and blocked)...');
  const upgradeShifts = await checkUpgradeShifts();
  machine.minutes = Math.round((Date.now() - started) / 6000) / 10;
  const results = summarise(machine, source, upgradeShifts);
  const markdown = await writeReports(results, { write: !options['no-write'] });
  console.log(`\n${markdown}`);
  console.log(`Finished in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
} finally {
  await browser.close();
  await server.close();
}

async function measure(library, kind) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const url = `${server.origin}/${library.id}/${kind.id}.html`;
  let tracing = false;
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

    await browser.startTracing(page, { categories: traceCategories });
    tracing = true;
    await page.goto(url, { waitUntil: 'load' });
    const ready = await withTimeout(
      page.evaluate(() => globalThis.__benchReady),
      30_000,
      `${library.id} ${kind.id} never became ready`,
    );
    if (errors.length > 0) throw new Error(`${library.id} ${kind.id}: ${errors.join('; ')}`);
    const timings = await performanceMetrics(cdp);
    tracing = false;
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const times = mainThreadTimes(trace.traceEvents ?? trace, url);
    if (times.withoutThreadClock > 0) {
      throw new Error(
        `${library.id} ${kind.id}: ${times.withoutThreadClock} trace events lack CPU time`,
      );
    }
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await performanceMetrics(cdp)).JSHeapUsedSize;

    const metrics = {
      ready: ready.time,
      script: times.script,
      style: times.style,
      layout: times.layout,
      mainThread: times.mainThread,
      heap: heap / 2 ** 20,
      layoutShift: ready.layoutShift?.score ?? null,
      // For comparison with earlier runs, which read these; not in the tables.
      scriptWall: times.scriptWall,
      cdpScriptDuration: timings.ScriptDuration * 1000,
      cdpRecalcStyleDuration: timings.RecalcStyleDuration * 1000,
      cdpLayoutDuration: timings.LayoutDuration * 1000,
      cdpTaskDuration: timings.TaskDuration * 1000,
    };
    if (metrics.layoutShift === null) delete metrics.layoutShift;
    if (kind.id === 'n1000') Object.assign(metrics, await typeInto(page, library));
    return { metrics, requests: { local, blocked } };
  } finally {
    if (tracing) await browser.stopTracing().catch(() => {});
    await context.close();
    await new Promise((resolve) => setTimeout(resolve, settleMs));
  }
}

/**
 * What upgrading moves, outside the timed loads (a held script, and reading
 * boxes, which forces layout). Every page is loaded with its script held back
 * for LATE_SCRIPT_MS, so that the page is painted before it runs, as on a slow
 * network, and the layout shifts Chromium reports until ready are summed; and
 * once with its script blocked, to compare the content's height without the
 * script and after the upgrade. On the pages that have their native inputs
 * before any script (govuk-frontend's, Civic's server HTML) the label and
 * input of the first five questions are compared too. Chromium's layout-shift
 * entries count only boxes that were painted before and moved, not boxes new
 * in the frame (what an element builds, a new shadow root's content); the
 * height and box comparisons do not depend on that.
 */
async function checkUpgradeShifts() {
  const out = {};
  for (const kind of pageKinds) {
    for (const library of libraries) {
      if (!built.find((entry) => entry.library === library.id)?.pages.includes(kind.id)) continue;
      const late = await loadWithScript(library, kind, 'late');
      const before = await loadWithScript(library, kind, 'blocked');
      const entry = {
        lateScriptLayoutShift: late.layoutShift?.score ?? null,
        formHeightChangePx: late.boxes.formHeight - before.boxes.formHeight,
      };
      if (before.boxes.fields.some((field) => field.input !== null)) {
        Object.assign(entry, compareBoxes(before.boxes, late.boxes));
      }
      (out[kind.id] ??= {})[library.id] = entry;
    }
  }
  return out;
}

/** One untimed load, its script `late` (held back) or `blocked`. */
async function loadWithScript(library, kind, script) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(readyProbe);
    await context.addInitScript(markInputs);
    const page = await context.newPage();
    await page.route(/\.js$/, async (route) => {
      if (script === 'blocked') return route.abort();
      await new Promise((resolve) => setTimeout(resolve, LATE_SCRIPT_MS));
      return route.continue();
    });
    await page.goto(`${server.origin}/${library.id}/${kind.id}.html`, { waitUntil: 'load' });
    let layoutShift = null;
    if (script === 'late') {
      ({ layoutShift } = await withTimeout(
        page.evaluate(() => globalThis.__benchReady),
        30_000,
        `${library.id} ${kind.id} never became ready`,
      ));
    } else {
      await page.evaluate(
        () =>
          new Promise((resolve) =>
            globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(resolve)),
          ),
      );
    }
    const boxes = await page.evaluate(fieldBoxes, Math.min(5, kind.questions));
    return { boxes, layoutShift };
  } finally {
    await context.close();
    await new Promise((resolve) => setTimeout(resolve, settleMs));
  }
}

/** The largest move or resize of any compared box, in CSS pixels. */
function compareBoxes(before, after) {
  let moved = 0;
  let resized = 0;
  let missing = 0;
  const kept = after.fields.filter((field) => field.original).length;
  before.fields.forEach((field, i) => {
    for (const part of ['label', 'input']) {
      const a = field[part];
      const b = after.fields[i]?.[part];
      if (!a || !b) {
        missing += 1;
        continue;
      }
      moved = Math.max(moved, Math.abs(a.x - b.x), Math.abs(a.y - b.y));
      resized = Math.max(resized, Math.abs(a.width - b.width), Math.abs(a.height - b.height));
    }
  });
  return { fields: before.fields.length, movedPx: moved, resizedPx: resized, missing, kept };
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

function summarise(machine, source, upgradeShifts) {
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
  const counts = predecessorCounts(order, warmupRounds, pageIds);
  return {
    date: new Date().toISOString(),
    machine,
    source,
    rounds,
    warmupRounds,
    settleMs,
    lateScriptMs: LATE_SCRIPT_MS,
    order: {
      seed,
      cycle: order.cycle,
      // Per page kind: its square's rows, and whether the run walked it whole.
      cycles: order.cycles,
      wholeCycles: Object.fromEntries(pageIds.map((id) => [id, rounds % order.cycles[id] === 0])),
      pageLibraries: Object.fromEntries(pagePlan.map((page) => [page.id, page.libraryIds])),
      // Per page kind: fewest and most times one library followed another.
      balance: Object.fromEntries(
        pagePlan.map((page) => [page.id, balance(counts.within[page.id], page.libraryIds)]),
      ),
      acrossBlocks: balance(counts.acrossBlocks, libraryIds),
      followed: counts,
      orders: order.orders,
    },
    typedText: TYPED_TEXT,
    libraries: libraries.map(({ id, name, version, targets }) => ({ id, name, version, targets })),
    targets: targetsOf(pages),
    upgradeShifts,
    notes: notes(),
    pages,
  };
}

/** The targets of each Civic mode (issues 12, 13 and 14), against its medians in this run. */
function targetsOf(pages) {
  const out = [];
  for (const library of libraries) {
    for (const { issue, page, ...limits } of library.targets ?? []) {
      const metrics = pages[page]?.libraries[library.id]?.metrics;
      if (!metrics) continue;
      const check = (value, limit) =>
        limit === undefined
          ? { value, limit: null, pass: null }
          : { value, limit, pass: value !== null && value <= limit };
      out.push({
        library: library.id,
        issue,
        page,
        ready: check(metrics.ready.ratio, limits.ready),
        mainThread: check(metrics.mainThread.ratio, limits.mainThread),
        heap: check(metrics.heap.median, limits.heap),
      });
    }
  }
  return out;
}

function notes() {
  const civic = libraries.find((library) => library.id === 'civic-attributes');
  const list = [
    'Web Awesome has no error-message attribute: its text inputs put the error text in the hint slot and set custom-error; its radio and checkbox groups put it in the hint slot.',
    "GC Design System's radios and checkboxes take their options as the JSON attribute its docs show.",
    "govuk-frontend's pages use Arial, as every service off GOV.UK domains must; its Sass is compiled with only the components each page uses.",
    'gcds.css imports web fonts from another host; those requests fail at once here and their bytes are not counted.',
  ];
  for (const library of libraries) {
    for (const [page, lacks] of Object.entries(library.missing ?? {})) {
      const titles = pageKinds.filter((kind) => kind.bundle === page).map((kind) => kind.title);
      if (titles.length === 0) continue;
      list.push(
        `${library.name} ${lacks}, so it is left out of the page${titles.length > 1 ? 's' : ''} ${titles.map((title) => `"${title}"`).join(', ')}.`,
      );
    }
  }
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
  if (!libraries.some((library) => library.id === 'civic-server')) {
    list.unshift(
      "Civic's package has no server entry (dist/server/index.js) yet: only the attributes pages are measured.",
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

/** The commit Civic was built from, and whether packages/ differed from it. */
function sourceOf() {
  const git = (...args) =>
    execFileSync('git', ['-C', join(benchDir, '..'), ...args], { encoding: 'utf8' }).trim();
  try {
    return {
      commit: git('rev-parse', '--short', 'HEAD'),
      uncommittedPackages: git('status', '--porcelain', '--', 'packages') !== '',
    };
  } catch {
    return { commit: null, uncommittedPackages: null };
  }
}

function osName() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]*)/m.exec(release)?.[1] ?? process.platform;
  } catch {
    return `${process.platform} ${execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim()}`;
  }
}
