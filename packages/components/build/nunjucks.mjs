// The Nunjucks macros and the `civicHtml` function they call, for servers that
// render Civic's markup from templates: plain Express + Nunjucks and the
// GOV.UK Prototype Kit (govuk-prototype-kit.config.json). Runs after the main
// build, which writes dist/server/index.js.
//
//   dist/nunjucks/index.cjs           civicHtml, addCivicNunjucks(env) and the
//                                     render functions, bundled (for the kit and
//                                     CommonJS apps); index.d.cts its types
//   dist/nunjucks/index.js            the same as an ES module over ../server;
//                                     index.d.ts its types
//   dist/nunjucks/prototype-kit.cjs   the kit's `nunjucksFunctions` file: the kit
//                                     require()s it, and it registers civicHtml
//   dist/nunjucks/civic/<folder>/macro.njk   every src/components/*/macro.njk
//
// The kit config's `nunjucksMacros` must name every copied macro (and nothing
// else): a local build writes that list; in CI a stale list fails the build.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import * as prettier from 'prettier';

const packageDir = new URL('..', import.meta.url).pathname;
const componentsDir = join(packageDir, 'src/components');
const serverEntry = join(packageDir, 'dist/server/index.js');
const outDir = join(packageDir, 'dist/nunjucks');

if (!existsSync(serverEntry)) {
  throw new Error(`${serverEntry} is missing: the Nunjucks build runs after the main build.`);
}
mkdirSync(outDir, { recursive: true });

// Nunjucks escapes a global's string result; the `safe` filter of the
// environment itself marks it as markup, so this needs no nunjucks import and
// works whichever copy of Nunjucks the app has.
const addCivicNunjucks = `
/** Registers the civicHtml global, which Civic's macros call, on a Nunjucks environment. */
export function addCivicNunjucks(env) {
  const safe = env.getFilter('safe');
  env.addGlobal('civicHtml', (component, params) => safe(civicHtml(component, params)));
  return env;
}
`;

// CommonJS: one self-contained file, so require() needs nothing of ours beside it.
await build({
  stdin: {
    contents: `import { civicHtml } from './dist/server/index.js';\nexport * from './dist/server/index.js';\n${addCivicNunjucks}`,
    resolveDir: packageDir,
    sourcefile: 'civic-nunjucks-entry.js',
  },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  outfile: join(outDir, 'index.cjs'),
  logLevel: 'warning',
});

// ES module: the server entry is already one, so import it rather than copy it.
writeFileSync(
  join(outDir, 'index.js'),
  `// Civic's Nunjucks helpers (see build/nunjucks.mjs).\nimport { civicHtml } from '../server/index.js';\nexport * from '../server/index.js';\n${addCivicNunjucks}`,
);

const serverTypes = existsSync(join(packageDir, 'dist/server/index.d.ts'));
const environmentType = `/** The part of a Nunjucks Environment that addCivicNunjucks uses. */
export interface NunjucksEnvironment {
  addGlobal(name: string, value: unknown): unknown;
  getFilter(name: string): (value: unknown) => unknown;
}
/** Registers the civicHtml global, which Civic's macros call, on a Nunjucks environment. */
export declare function addCivicNunjucks<Environment extends NunjucksEnvironment>(
  env: Environment,
): Environment;
`;
writeFileSync(
  join(outDir, 'index.d.ts'),
  serverTypes
    ? `export * from '../server/index.js';\n${environmentType}`
    : `export declare function civicHtml(component: string, params: object): string;\n${environmentType}`,
);
// The CommonJS types stand alone: a .d.cts re-exporting ES module types is an
// error for TypeScript's node16 resolution.
writeFileSync(
  join(outDir, 'index.d.cts'),
  `/** The canonical HTML of a Civic component (its folder name, e.g. "text-input"). */\nexport declare function civicHtml(component: string, params: object): string;\n${environmentType}`,
);

// The GOV.UK Prototype Kit require()s each \`nunjucksFunctions\` file once its
// Nunjucks environment exists (lib/utils/index.js, addNunjucksFunctions), and
// the file registers functions through the kit's own API. renderAsHtml makes
// the kit wrap the result in its Nunjucks' SafeString.
writeFileSync(
  join(outDir, 'prototype-kit.cjs'),
  `// Registers civicHtml, which Civic's macros call, with the GOV.UK Prototype Kit:
// govuk-prototype-kit.config.json lists this file under nunjucksFunctions.
const { civicHtml } = require('./index.cjs');
const { views } = require('govuk-prototype-kit');

views.addFunction('civicHtml', civicHtml, { renderAsHtml: true });
`,
);

// The server entry names every component by hand (its render function, and
// its place in civicHtml's table, which the macros call): a component folder
// with a markup function and neither would be missing from every server.
const server = await import(serverEntry);
// civicHtml's error for a name it does not know lists every name it does.
const knownToCivicHtml = (() => {
  try {
    server.civicHtml('', {});
  } catch (error) {
    return /Use one of: (.*)\.$/.exec(error.message)?.[1].split(', ') ?? [];
  }
  return [];
})();
const missingFromServer = [];
for (const entry of readdirSync(componentsDir, { withFileTypes: true })) {
  if (!entry.isDirectory() || !existsSync(join(componentsDir, entry.name, 'markup.ts'))) continue;
  const render = `render${entry.name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase())}`;
  if (typeof server[render] !== 'function') missingFromServer.push(`${render} is not exported`);
  if (!knownToCivicHtml.includes(entry.name)) {
    missingFromServer.push(`civicHtml does not know "${entry.name}"`);
  }
}
if (missingFromServer.length > 0) {
  throw new Error(
    `src/server/index.ts is missing components that have a markup.ts:\n  ${missingFromServer.join('\n  ')}`,
  );
}

// Every component's macro, under civic/<folder>/ so that templates import
// "civic/text-input/macro.njk" with dist/nunjucks as a search path.
const macros = {};
for (const entry of readdirSync(componentsDir, { withFileTypes: true })) {
  const source = join(componentsDir, entry.name, 'macro.njk');
  if (!entry.isDirectory() || !existsSync(source)) continue;
  const target = join(outDir, 'civic', entry.name);
  mkdirSync(target, { recursive: true });
  copyFileSync(source, join(target, 'macro.njk'));
  const names = [...readFileSync(source, 'utf8').matchAll(/\{%-?\s*macro\s+(\w+)\s*\(/g)].map(
    (match) => match[1],
  );
  if (names.length === 0) throw new Error(`${source} defines no macro.`);
  for (const name of names) macros[name] = `civic/${entry.name}/macro.njk`;
}
if (Object.keys(macros).length === 0) throw new Error(`No macro.njk in ${componentsDir}.`);

// The kit imports what nunjucksMacros names into pages that extend its layouts.
const kitConfig = JSON.parse(
  readFileSync(join(packageDir, 'govuk-prototype-kit.config.json'), 'utf8'),
);
const listed = Object.fromEntries(
  (kitConfig.nunjucksMacros ?? []).map(({ macroName, importFrom }) => [macroName, importFrom]),
);
const mismatches = [
  ...Object.entries(macros)
    .filter(([name, from]) => listed[name] !== from)
    .map(([name, from]) => `{ "macroName": "${name}", "importFrom": "${from}" } is not listed`),
  ...Object.entries(listed)
    .filter(([name, from]) => macros[name] !== from)
    .map(([name, from]) => `${name} from ${from} is listed, but no macro file defines it`),
];
if (mismatches.length > 0) {
  // Nobody lists macros by hand: a local build writes the list from the macro
  // files. CI builds what was committed, so there a stale list fails.
  if (process.env.CI) {
    throw new Error(
      `govuk-prototype-kit.config.json's nunjucksMacros and the macro files disagree (run pnpm build and commit the file):\n  ${mismatches.join('\n  ')}`,
    );
  }
  kitConfig.nunjucksMacros = Object.entries(macros)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([macroName, importFrom]) => ({ macroName, importFrom }));
  // Written as the repository's formatter writes it, so the lint check passes.
  const configFile = join(packageDir, 'govuk-prototype-kit.config.json');
  const options = (await prettier.resolveConfig(configFile)) ?? {};
  writeFileSync(
    configFile,
    await prettier.format(JSON.stringify(kitConfig), { ...options, filepath: configFile }),
  );
  console.log(
    `Nunjucks: govuk-prototype-kit.config.json now lists ${mismatches.length > 1 ? 'the macros' : 'the macro'} found:\n  ${mismatches.join('\n  ')}`,
  );
}
console.log(
  `Nunjucks: ${Object.keys(macros).length} macros (${Object.keys(macros).join(', ')}) and civicHtml in dist/nunjucks`,
);
