// Themes override semantic tokens only, and the check a service runs on its own
// theme reports typos, primitives and what was left at the default.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkTheme, semanticPaths } from '../scripts/check-theme.js';

const themesFolder = new URL('../src/themes/', import.meta.url);
const shipped = readdirSync(themesFolder).filter((file) => file.endsWith('.json'));

describe('shipped themes', () => {
  for (const file of shipped) {
    it(`${file} sets only semantic tokens`, () => {
      const report = checkTheme(JSON.parse(readFileSync(new URL(file, themesFolder), 'utf8')));
      assert.deepEqual(report.unknown, []);
      assert.deepEqual(report.primitive, []);
    });
  }

  // Run after the build: the index is what a theme switcher shows people.
  it('are listed in dist/themes/index.json by id with the name people see', () => {
    const index = JSON.parse(readFileSync(new URL('../dist/themes/index.json', import.meta.url)));
    assert.deepEqual(
      index.map(({ id, name }) => `${id}: ${name}`),
      ['default: Civic default', 'council: Council (example)', 'high-contrast: High contrast'],
    );
  });
});

describe('checkTheme', () => {
  it('reports a misspelt token', () => {
    const report = checkTheme({ color: { lnk: { $value: '#00707a' } } });
    assert.deepEqual(report.unknown, ['color.lnk']);
  });

  it('reports a primitive override', () => {
    const report = checkTheme({ palette: { blue: { 500: { $value: '#00707a' } } } });
    assert.deepEqual(report.primitive, ['palette.blue.500']);
  });

  it('lists every semantic token a theme leaves at its default', () => {
    const report = checkTheme({ color: { link: { $value: '#00707a' } } });
    assert.ok(!report.leftAtDefault.includes('color.link'));
    assert.ok(report.leftAtDefault.includes('color.link-visited'));
    assert.equal(report.leftAtDefault.length, semanticPaths().length - 1);
  });
});
