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

function cell(metric, unit) {
  if (!metric) return '–';
  return `**${unit(metric.median)}** (${unit(metric.min)}–${unit(metric.max)})${ratio(metric.ratio)}`;
}

function tables(results) {
  const names = Object.fromEntries(
    results.libraries.map((library) => [library.id, `${library.name} ${library.version}`]),
  );
  const { machine } = results;
  const lines = [
    '# Civic and its peers: latest benchmark',
    '',
    `Run ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.cpus} CPU cores (${machine.cpuModel}), ` +
      `${machine.memoryGiB} GiB memory, ${machine.os}; headless Chromium ${machine.chromium}, Node ${machine.node}. ` +
      `${rounds(results.warmupRounds, 'warm-up round')}, then ${rounds(results.rounds, 'measured round')}, pages interleaved in each round.`,
    '',
    'Libraries: ' + results.libraries.map((library) => names[library.id]).join(', ') + '.',
    '',
    ...results.notes.map((note) => `- ${note}`),
    '',
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
      "*Script*, *layout* and *style*: Chromium's ScriptDuration, LayoutDuration and RecalcStyleDuration at that point. " +
      '*JS heap*: JSHeapUsedSize after two forced garbage collections. ' +
      `*Typing*: 50 characters typed into question 500 with Playwright's keyboard.type, measured in the page ` +
      'from the first keydown to the animation frame after the last input event.',
  );
  for (const page of Object.values(results.pages)) {
    const typing = Object.values(page.libraries).some((entry) => entry.metrics.typing);
    lines.push(
      '',
      `### ${page.title}`,
      '',
      `| library | ready (ms) | script (ms) | layout (ms) | style (ms) | JS heap (MB) |${typing ? ' typing (ms) |' : ''}`,
      `| --- | ---: | ---: | ---: | ---: | ---: |${typing ? ' ---: |' : ''}`,
    );
    for (const [id, { metrics }] of Object.entries(page.libraries)) {
      lines.push(
        `| ${names[id]} | ${cell(metrics.ready, ms)} | ${cell(metrics.script, ms)} | ${cell(metrics.layout, ms)} | ` +
          `${cell(metrics.style, ms)} | ${cell(metrics.heap, mb)} |${typing ? ` ${cell(metrics.typing, ms)} |` : ''}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}
