// Builds the tokens with Style Dictionary from the DTCG JSON in src/:
//
//   dist/tokens.css              semantic tokens as --civic-* custom properties
//   dist/themes/<theme>.css      what a theme changes, on :root
//   dist/themes/<theme>.scoped.css  the same under [data-civic-theme="<theme>"]
//   dist/themes/all.scoped.css   every theme, scoped, for run-time switching
//   dist/themes/<theme>.json     every semantic token of a theme, resolved (for tools and tests)
//   dist/tokens.js, .d.ts        typed ES module constants
//   dist/tokens.json             resolved values, nested
//   dist/contrast-pairs.json     the colour pairs components draw, for contrast checks
//   dist/_tokens.scss            SCSS variables
//
// Components read semantic tokens only, so the CSS holds no primitives.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import StyleDictionary from 'style-dictionary';
import {
  CONDITIONS,
  cssName,
  declarationKey,
  isPrimitive,
  tokenList,
} from './scripts/token-model.js';

const PRIMITIVES = 'src/primitives/*.json';
const SEMANTIC = 'src/semantic/*.json';
const themes = readdirSync('src/themes')
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));

StyleDictionary.registerFormat({
  name: 'civic/css',
  format: ({ dictionary, options }) => cssStylesheet(dictionary.allTokens, options),
});
StyleDictionary.registerFormat({
  name: 'civic/token-list',
  format: ({ dictionary }) => `${JSON.stringify(tokenList(dictionary.allTokens), null, 2)}\n`,
});

const log = { verbosity: 'default', warnings: 'error' };

// The default theme: every output format.
const base = new StyleDictionary({
  source: [PRIMITIVES, SEMANTIC],
  log,
  platforms: {
    css: {
      transformGroup: 'css',
      buildPath: 'dist/',
      files: [
        { destination: 'tokens.css', format: 'civic/css', options: { selector: ':root' } },
        { destination: 'themes/default.json', format: 'civic/token-list' },
      ],
    },
    js: {
      transformGroup: 'js',
      buildPath: 'dist/',
      files: [
        { destination: 'tokens.js', format: 'javascript/es6' },
        { destination: 'tokens.d.ts', format: 'typescript/es6-declarations' },
      ],
    },
    json: {
      transformGroup: 'js',
      buildPath: 'dist/',
      files: [{ destination: 'tokens.json', format: 'json/nested' }],
    },
    scss: {
      transformGroup: 'scss',
      prefix: 'civic',
      buildPath: 'dist/',
      files: [{ destination: '_tokens.scss', format: 'scss/variables' }],
    },
  },
});
await base.buildAllPlatforms();
const defaults = new Map(
  (await base.getPlatformTokens('css')).allTokens.map((token) => [
    declarationKey(token),
    token.$value,
  ]),
);

// Each theme: only what differs from the default, so a theme stylesheet loads
// after tokens.css and stays small. A theme overrides semantic tokens only;
// scripts/check-theme.js enforces that.
for (const theme of themes) {
  const themed = new StyleDictionary({
    include: [PRIMITIVES, SEMANTIC],
    source: [`src/themes/${theme}.json`],
    log,
    platforms: {
      css: {
        transformGroup: 'css',
        buildPath: 'dist/themes/',
        files: [
          {
            destination: `${theme}.css`,
            format: 'civic/css',
            options: { selector: ':root', defaults, theme },
          },
          {
            destination: `${theme}.scoped.css`,
            format: 'civic/css',
            options: { selector: `[data-civic-theme='${theme}']`, defaults, theme },
          },
          { destination: `${theme}.json`, format: 'civic/token-list' },
        ],
      },
    },
  });
  await themed.buildAllPlatforms();
}

// The shipped themes, each with the name people see (a theme switcher, the
// Storybook toolbar) and what it is for.
mkdirSync('dist/themes', { recursive: true });
const themeIndex = [
  {
    id: 'default',
    name: 'Civic default',
    description: 'The default palette and type scale, close to GOV.UK Frontend.',
  },
  ...themes.map((theme) => {
    const source = JSON.parse(readFileSync(`src/themes/${theme}.json`, 'utf8'));
    const name = source.$extensions?.['civic-design']?.name;
    if (typeof name !== 'string' || name.trim() === '') {
      throw new Error(
        `src/themes/${theme}.json needs a name: "$extensions": { "civic-design": { "name": "…" } }`,
      );
    }
    return { id: theme, name, description: source.$description };
  }),
];
writeFileSync('dist/themes/index.json', `${JSON.stringify(themeIndex, null, 2)}\n`);
// Every theme at once, each under its attribute, for tools that switch themes
// at run time (Storybook's toolbar, a service's preview page).
writeFileSync(
  'dist/themes/all.scoped.css',
  themes.map((theme) => readFileSync(`dist/themes/${theme}.scoped.css`, 'utf8')).join('\n'),
);
// Published so a service can contrast-test its own theme against the same pairs.
copyFileSync('src/contrast-pairs.json', 'dist/contrast-pairs.json');

/**
 * The stylesheet: unconditional semantic tokens on the selector, then one
 * block per condition (tablet breakpoint, reduced motion, forced colours).
 * With `defaults`, only declarations that differ from them are written.
 */
function cssStylesheet(tokens, { selector, defaults: baseline, theme }) {
  const blocks = new Map([[null, []]]);
  for (const token of tokens) {
    if (isPrimitive(token)) continue;
    const condition = CONDITIONS[token.path[0]] ?? null;
    const name = cssName(token);
    if (baseline?.get(declarationKey(token)) === token.$value) continue;
    if (!blocks.has(condition)) blocks.set(condition, []);
    blocks.get(condition).push(`  --${name}: ${token.$value};`);
  }
  const heading = theme
    ? `/* Civic theme "${theme}": the tokens it changes. Load after tokens.css. */`
    : '/* Civic design tokens. Generated from packages/tokens/src by Style Dictionary. */';
  const parts = [heading];
  for (const [condition, declarations] of blocks) {
    if (declarations.length === 0) continue;
    const rule = `${selector} {\n${declarations.join('\n')}\n}`;
    parts.push(condition === null ? rule : `@media ${condition} {\n${indent(rule)}\n}`);
  }
  return `${parts.join('\n\n')}\n`;
}

function indent(text) {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
