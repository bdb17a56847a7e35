// Every colour pair components draw meets WCAG contrast in every shipped theme.
// Run after the build (`pnpm build`), because it reads the built themes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { contrastFailures, contrastRatio, describeFailure } from '../scripts/contrast.js';

const readJson = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const { pairs } = readJson('../src/contrast-pairs.json');
const themes = readJson('../dist/themes/index.json').map((theme) => theme.id);

describe('contrast of every pair in every shipped theme', () => {
  it('ships the default theme and at least two more', () => {
    assert.ok(themes.includes('default'));
    assert.ok(themes.length >= 3, `themes: ${themes.join(', ')}`);
  });

  for (const theme of themes) {
    it(`${theme}: every pair meets 4.5:1 for text and 3:1 for non-text`, () => {
      const failures = contrastFailures(readJson(`../dist/themes/${theme}.json`), pairs);
      assert.deepEqual(failures.map(describeFailure), []);
    });
  }
});

describe('the contrast check itself', () => {
  const theme = (values) =>
    Object.entries(values).map(([name, value]) => ({ name, value, condition: null }));

  it('computes WCAG 2 ratios', () => {
    assert.equal(contrastRatio('#000000', '#ffffff').toFixed(2), '21.00');
    assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54');
  });

  it('fails a text pair just below 4.5:1 and names it', () => {
    const badPair = {
      foreground: 'color.hint',
      background: 'color.page',
      kind: 'text',
      usedBy: 'a test',
    };
    const failures = contrastFailures(theme({ 'color.hint': '#777777', 'color.page': '#ffffff' }), [
      badPair,
    ]);
    assert.equal(failures.length, 1);
    assert.match(
      describeFailure(failures[0]),
      /color\.hint \(#777777\) on color\.page \(#ffffff\) is 4\.48:1; text needs 4\.5:1/,
    );
  });

  it('passes the same colour as non-text, where 3:1 is enough', () => {
    const pair = {
      foreground: 'color.hint',
      background: 'color.page',
      kind: 'non-text',
      usedBy: 'a test',
    };
    assert.deepEqual(
      contrastFailures(theme({ 'color.hint': '#777777', 'color.page': '#ffffff' }), [pair]),
      [],
    );
  });

  it('fails a non-text pair below 3:1, like yellow focus on white', () => {
    const pair = {
      foreground: 'color.focus',
      background: 'color.page',
      kind: 'non-text',
      usedBy: 'a test',
    };
    const failures = contrastFailures(
      theme({ 'color.focus': '#ffdd00', 'color.page': '#ffffff' }),
      [pair],
    );
    assert.equal(failures.length, 1);
  });

  it('reports a pair whose token the theme lacks', () => {
    const pair = {
      foreground: 'color.missing',
      background: 'color.page',
      kind: 'text',
      usedBy: 'a test',
    };
    const failures = contrastFailures(theme({ 'color.page': '#ffffff' }), [pair]);
    assert.equal(failures[0].problem, 'missing token');
  });
});
