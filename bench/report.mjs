// Turns a run's results into Markdown tables; writes results/latest.json,
// results/latest.md and the generated part of docs/benchmark.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const benchDir = dirname(fileURLToPath(import.meta.url));
const resultsDir = join(benchDir, 'results');
const docsPage = join(benchDir, '..', 'docs', 'benchmark.md');
const START = '<!-- bench:start (written by `pnpm bench`; edit outside these markers) -->';
const END = '<!-- bench:end -->';

/** Writes the reports (unless `write` is false) and returns the Markdown. */
export async function writeReports(results, { write }) {
  const markdown = await format(tables(results), 'markdown');
  if (write) {
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(join(resultsDir, 'latest.md'), markdown);
    writeFileSync(
      join(resultsDir, 'latest.json'),
      await format(JSON.stringify(results, null, 2), 'json'),
    );
    await writeDocs(markdown);
  }
  return markdown;
}

async function format(text, parser) {
  const config = (await prettier.resolveConfig(join(benchDir, '..', 'docs', 'x.md'))) ?? {};
  return prettier.format(text, { ...config, parser });
}

async function writeDocs(markdown) {
  const current = existsSync(docsPage) ? readFileSync(docsPage, 'utf8') : `${START}\n${END}\n`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${docsPage} has lost its bench markers`);
  // The results' own heading becomes a sub-heading inside the docs page.
  const body = markdown.replace(/^# .*\n+/, '').replace(/^## /gm, '### ');
  const page = `${current.slice(0, start + START.length)}\n\n${body}\n${current.slice(end)}`;
  writeFileSync(docsPage, await format(page, 'markdown'));
}

const rounds = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const kB = (bytes) => (bytes / 1000).toFixed(1);
const ms = (value) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const mb = (value) => value.toFixed(2);
const ratio = (value) => (value === null ? '' : ` ×${value.toFixed(2)}`);
const shift = (value) => value.toFixed(3);
const px = (value) => (Math.abs(value) < 0.05 ? '0' : value.toFixed(1));

function cell(metric, unit) {
  if (!metric) return '–';
  return `**${unit(metric.median)}** (${unit(metric.min)}–${unit(metric.max)})${ratio(metric.ratio)}`;
}

function tables(results) {
  const names = Object.fromEntries(
    results.libraries.map((library) => [library.id, `${library.name} ${library.version}`]),
  );
  const { machine, order } = results;
  const orderText =
    `Load order: seed ${order.seed}; each page's libraries in the order of a row of a balanced Latin square (Williams design) of those libraries, a different row each round. ` +
    squareText(results) +
    ` A pause of ${results.settleMs} ms follows every load.`;
  const lines = [
    '# Civic and its peers: latest benchmark',
    '',
    `Run ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.cpus} CPU cores (${machine.cpuModel}), ` +
      `${machine.memoryGiB} GiB memory, ${machine.os}; headless Chromium ${machine.chromium}, Node ${machine.node}. ` +
      `${rounds(results.warmupRounds, 'warm-up round')}, then ${rounds(results.rounds, 'measured round')}, pages interleaved in each round. ` +
      `The run took ${machine.minutes} minutes; one-minute load average ${machine.loadAverage[0]} at the start, ` +
      `${Math.min(...machine.loadAverageByRound)}–${Math.max(...machine.loadAverageByRound)} after each round, ${machine.loadAverage[1]} at the end of the timed rounds.` +
      (machine.note ? ` ${machine.note}` : '') +
      (results.source?.commit
        ? ` Civic built from commit ${results.source.commit}${results.source.uncommittedPackages ? ', with uncommitted changes in packages/' : ''}.`
        : ''),
    '',
    orderText,
    '',
    'Libraries: ' + results.libraries.map((library) => names[library.id]).join(', ') + '.',
    '',
    ...results.notes.map((note) => `- ${note}`),
    '',
    ...targetLines(results, names),
    '## Bytes downloaded',
    '',
    'Kilobytes (1 kB = 1000 bytes) of the files each page loads, compressed with gzip (level 9) and brotli (quality 11). ' +
      'The last column compares JS + CSS brotli with the govuk-frontend page.',
    '',
    '| page | library | JS gzip | JS brotli | CSS gzip | CSS brotli | HTML brotli | JS + CSS brotli |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const page of Object.values(results.pages)) {
    for (const [id, entry] of Object.entries(page.libraries)) {
      const { js, css, html } = entry.bytes;
      lines.push(
        `| ${page.title} | ${names[id]} | ${kB(js.gzip)} | ${kB(js.brotli)} | ${kB(css.gzip)} | ${kB(css.brotli)} | ` +
          `${kB(html.brotli)} | ${kB(js.brotli + css.brotli)}${ratio(entry.bytes.jsCssBrotliRatio)} |`,
      );
    }
  }
  lines.push(
    '',
    '## Time and memory',
    '',
    'Each cell: **median** (min–max) ×ratio to the govuk-frontend page in the same run. ' +
      '*Ready*: navigation start until every custom element is defined and rendered, then two animation frames. ' +
      "*Script*, *style*, *layout* and *main thread*: CPU time of the page's main thread from navigation start to ready, from a Chromium trace: " +
      "script is every JavaScript event (evaluation, callbacks and microtasks, so Lit's update cycle too) less the style and layout it forced; " +
      'main thread is every task. ' +
      '*JS heap*: JSHeapUsedSize after two forced garbage collections. ' +
      '*Layout shift*: the layout-shift entries Chromium reported until ready, summed. ' +
      `*Typing*: 50 characters typed into question 500 with Playwright's keyboard.type, measured in the page ` +
      'from the first keydown to the animation frame after the last input event.',
  );
  for (const page of Object.values(results.pages)) {
    const typing = Object.values(page.libraries).some((entry) => entry.metrics.typing);
    lines.push(
      '',
      `### ${page.title}`,
      '',
      `| library | ready (ms) | script (ms) | style (ms) | layout (ms) | main thread (ms) | JS heap (MB) | layout shift |${typing ? ' typing (ms) |' : ''}`,
      `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |${typing ? ' ---: |' : ''}`,
    );
    for (const [id, { metrics }] of Object.entries(page.libraries)) {
      lines.push(
        `| ${names[id]} | ${cell(metrics.ready, ms)} | ${cell(metrics.script, ms)} | ${cell(metrics.style, ms)} | ` +
          `${cell(metrics.layout, ms)} | ${cell(metrics.mainThread, ms)} | ${cell(metrics.heap, mb)} | ` +
          `${shiftCell(metrics.layoutShift)} |${typing ? ` ${cell(metrics.typing, ms)} |` : ''}`,
      );
    }
  }
  lines.push(...upgradeLines(results, names));
  return lines.join('\n') + '\n';
}

/** Per group of pages with the same square: its rows, whether the run walked it whole, how balanced it was. */
function squareText(results) {
  const { order, pages } = results;
  // Older results: one square for every page.
  const cycles =
    order.cycles ?? Object.fromEntries(Object.keys(pages).map((id) => [id, order.cycle]));
  const groups = new Map();
  for (const id of Object.keys(pages)) {
    const key = (order.pageLibraries?.[id] ?? []).length + ':' + cycles[id];
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(id);
  }
  return [...groups.values()]
    .map((ids) => {
      const rows = cycles[ids[0]];
      const count = order.pageLibraries?.[ids[0]]?.length;
      const whole = results.rounds % rows === 0;
      const balance = balanceText(ids.map((id) => order.balance[id]));
      return (
        `${ids.map((id) => pages[id].title).join(', ')}: ` +
        (count ? `${count} libraries, ` : '') +
        `a ${rows}-row square, ` +
        (whole
          ? `${results.rounds / rows} whole cycle${results.rounds === rows ? '' : 's'} of it`
          : `not a whole cycle of it (${results.rounds} rounds of ${rows} rows), so not balanced`) +
        `: every library followed every other ${balance}.`
      );
    })
    .join(' ');
}

function balanceText(entries) {
  const min = Math.min(...entries.map((entry) => entry.min));
  const max = Math.max(...entries.map((entry) => entry.max));
  return min === max
    ? `exactly ${min} time${min === 1 ? '' : 's'}`
    : `between ${min} and ${max} times`;
}

function shiftCell(metric) {
  if (!metric) return '–';
  return `**${shift(metric.median)}** (${shift(metric.min)}–${shift(metric.max)})`;
}

/** The targets (issue 12 on the 1000-input page; issues 13 and 14 on the lists), pass or miss. */
function targetLines(results, names) {
  if (!results.targets?.length) return [];
  const verdict = (check) => (check.limit === null ? '' : check.pass ? 'pass' : '**miss**');
  const limit = (check) => (check.limit === null ? '–' : `≤ ${check.limit.toFixed(1)}`);
  const value = (check, digits = 2) => (check.value === null ? '–' : check.value.toFixed(digits));
  const lines = [
    '## Targets',
    '',
    'Medians of this run, pass or miss (not gates: one run on one machine). Ready time and main-thread CPU as a multiple of the govuk-frontend page, JS heap after garbage collection in MB. ' +
      'Issue 12: the 1000-input page. Issues 13 and 14: the task list and the summary list ready within 1.2 times govuk-frontend.',
    '',
    '| page | Civic | issue | ready ×govuk-frontend | target | ready | main-thread CPU ×govuk-frontend | target | CPU | JS heap (MB) | target | heap |',
    '| --- | --- | --- | ---: | ---: | --- | ---: | ---: | --- | ---: | ---: | --- |',
  ];
  for (const entry of results.targets) {
    lines.push(
      `| ${results.pages[entry.page].title} | ${names[entry.library]} | ${entry.issue ?? '12'} | ` +
        `${value(entry.ready)} | ${limit(entry.ready)} | ${verdict(entry.ready)} | ` +
        `${value(entry.mainThread)} | ${limit(entry.mainThread)} | ${verdict(entry.mainThread)} | ` +
        `${value(entry.heap)} | ${limit(entry.heap)} | ${verdict(entry.heap)} |`,
    );
  }
  lines.push('');
  return lines;
}

/** What the upgrade moved: with the script late, and box by box where the inputs are in the HTML. */
function upgradeLines(results, names) {
  const rows = [];
  for (const [pageId, perLibrary] of Object.entries(results.upgradeShifts ?? {})) {
    for (const [id, entry] of Object.entries(perLibrary)) {
      const missing = entry.missing ? ` (${entry.missing} boxes gone)` : '';
      const boxes =
        entry.movedPx === undefined
          ? '– | – | – | –'
          : `${entry.fields} | ${px(entry.movedPx)}${missing} | ${px(entry.resizedPx)} | ${entry.kept} of ${entry.fields}`;
      const late = entry.lateScriptLayoutShift === null ? '–' : shift(entry.lateScriptLayoutShift);
      rows.push(
        `| ${results.pages[pageId].title} | ${names[id]} | ${late} | ${px(entry.formHeightChangePx)} | ${boxes} |`,
      );
    }
  }
  if (rows.length === 0) return [];
  return [
    '',
    '## What the upgrade moves',
    '',
    `Untimed loads. _Layout shift, script late_: each page loaded with its script held back ${results.lateScriptMs} ms, so that it is painted before the script runs (as on a slow network), and the layout-shift entries until ready summed. ` +
      'It counts only boxes that were painted before and moved; boxes new in the frame (what an element builds, the content of a newly attached shadow root) are not counted, so this can read 0 where a reader sees the page jump. ' +
      "_Height change_: the height of the page's content (its `<main>`) after the upgrade less its height with the script blocked, in CSS pixels: how far anything below it would move. " +
      'For the pages whose native inputs are in the HTML, the label and input of the first questions with the script blocked are compared with the upgraded page: ' +
      'the largest move and the largest change of width or height, in CSS pixels, and how many of those inputs are still the elements the HTML had (not replaced by the upgrade).',
    '',
    '| page | library | layout shift, script late | height change (px) | questions compared | moved (px) | resized (px) | inputs kept |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ];
}
