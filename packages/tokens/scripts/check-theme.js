#!/usr/bin/env node
// Checks a theme file before a service ships it:
//   node packages/tokens/scripts/check-theme.js path/to/my-theme.json
// It fails when the theme sets a token that is not semantic (a typo, or a
// primitive, which components never read), and lists the semantic tokens the
// theme leaves at their default so nothing is forgotten by accident. Run the
// contrast test after adding the theme to src/themes.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageRoot = new URL('..', import.meta.url);

/** Paths of every token (an object with `$value`) in a DTCG tree. */
export function tokenPaths(tree, prefix = []) {
  if (tree === null || typeof tree !== 'object') return [];
  if ('$value' in tree) return [prefix.join('.')];
  return Object.entries(tree)
    .filter(([key]) => !key.startsWith('$'))
    .flatMap(([key, value]) => tokenPaths(value, [...prefix, key]));
}

function readTree(relativePath) {
  return JSON.parse(readFileSync(new URL(relativePath, packageRoot), 'utf8'));
}

function pathsIn(folder) {
  return readdirSync(new URL(folder, packageRoot))
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => tokenPaths(readTree(`${folder}/${file}`)));
}

export const semanticPaths = () => pathsIn('src/semantic');
export const primitivePaths = () => pathsIn('src/primitives');

/**
 * `unknown`: set by the theme but not a semantic token (errors).
 * `primitive`: primitives the theme tries to change (errors).
 * `leftAtDefault`: semantic tokens the theme does not set (for review).
 */
export function checkTheme(theme) {
  const semantic = new Set(semanticPaths());
  const primitives = new Set(primitivePaths());
  const themed = tokenPaths(theme);
  return {
    unknown: themed.filter((path) => !semantic.has(path) && !primitives.has(path)),
    primitive: themed.filter((path) => primitives.has(path)),
    leftAtDefault: [...semantic].filter((path) => !themed.includes(path)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: node check-theme.js <theme.json>');
    process.exit(2);
  }
  const report = checkTheme(JSON.parse(readFileSync(file, 'utf8')));
  for (const path of report.unknown) console.error(`✗ ${path} is not a semantic token (a typo?)`);
  for (const path of report.primitive) {
    console.error(`✗ ${path} is a primitive; override the semantic tokens that use it instead`);
  }
  console.log(`${report.leftAtDefault.length} semantic tokens keep their default values:`);
  for (const path of report.leftAtDefault) console.log(`  ${path}`);
  process.exit(report.unknown.length + report.primitive.length > 0 ? 1 : 0);
}
