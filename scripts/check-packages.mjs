// Checks every public workspace package as npm would publish it: packs it,
// then checks the tarball's contents, its `exports`, its manifest, publint's
// rules and (for packages with JavaScript entry points) the TypeScript types
// with Are the Types Wrong, and runs the example apps in examples/ against the
// tarballs in Chromium (Next.js with JavaScript off and on; the Prototype Kit
// example's service page in Chromium, Firefox and WebKit). Run after `pnpm build`. Exits
// non-zero on any problem.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { nodeBinary } from './node-version.mjs';

const root = new URL('..', import.meta.url).pathname;
// CIVIC_EXAMPLES=nextjs,vue-vite runs only those example apps (all by default),
// for working on one app; the package checks always run.
const onlyExamples = process.env.CIVIC_EXAMPLES?.split(',').filter(Boolean);
const wanted = (folder) => onlyExamples === undefined || onlyExamples.includes(folder);
const problems = [];
// Every package's tarball, kept for the example apps that install them.
const tarballDir = mkdtempSync(join(tmpdir(), 'civic-tarballs-'));
const tarballs = {};

for (const folder of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', folder);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (pkg.private) continue;
  pkg.dir = dir;
  await checkPackage(dir, pkg);
  await checkWithPublint(dir, pkg);
}

// The framework example apps, installed from the tarballs and built by Vite.
const rootDevDependencies = JSON.parse(
  readFileSync(join(root, 'package.json'), 'utf8'),
).devDependencies;
const reactDevDependencies = JSON.parse(
  readFileSync(join(root, 'packages/react/package.json'), 'utf8'),
).devDependencies;
runViteExample('react-vite', 'React 19', {
  dependencies: [
    ...['react', 'react-dom', '@types/react', '@types/react-dom'].map((name) => [
      name,
      reactDevDependencies[name],
    ]),
    ...['vite', '@vitejs/plugin-react', 'typescript'].map((name) => [
      name,
      rootDevDependencies[name],
    ]),
  ],
  typecheck: ['tsc', 'tsconfig.json'],
});
// The same app on React 18, which the wrappers also support (peer range
// ^18 || ^19): the workspace's React 18 copy, and React 18's own types.
runViteExample('react-vite', 'React 18', {
  dependencies: [
    ['react', reactDevDependencies['react-18'].replace(/^npm:react@/, '')],
    ['react-dom', reactDevDependencies['react-dom-18'].replace(/^npm:react-dom@/, '')],
    ['@types/react', '18.3.32'],
    ['@types/react-dom', '18.3.7'],
    ...['vite', '@vitejs/plugin-react', 'typescript'].map((name) => [
      name,
      rootDevDependencies[name],
    ]),
  ],
  typecheck: ['tsc', 'tsconfig.json'],
});
runViteExample('vue-vite', 'Vue 3', {
  dependencies: ['vue', 'vite', '@vitejs/plugin-vue', 'vue-tsc', 'typescript'].map((name) => [
    name,
    rootDevDependencies[name],
  ]),
  typecheck: ['vue-tsc', 'tsconfig.app.json'],
});
runNextExample();
runAngularExample();
// Preact and Solid with raw <civic-*> tags, typed by the generated JSX and Solid
// types (tsc). Their Vite plugins (and @babel/core, the Preact plugin's peer
// dependency) are not workspace dependencies: pinned here.
const componentsDevDependencies = JSON.parse(
  readFileSync(join(root, 'packages/components/package.json'), 'utf8'),
).devDependencies;
runViteExample('preact-vite', 'Preact 11', {
  dependencies: [
    ['preact', componentsDevDependencies.preact],
    ['@preact/preset-vite', '2.10.6'],
    ['@babel/core', '7.29.16'],
    ...['vite', 'typescript'].map((name) => [name, rootDevDependencies[name]]),
  ],
  typecheck: ['tsc', 'tsconfig.json'],
});
runViteExample('solid-vite', 'Solid 1.9', {
  dependencies: [
    ['solid-js', componentsDevDependencies['solid-js']],
    ['vite-plugin-solid', '2.11.14'],
    ...['vite', 'typescript'].map((name) => [name, rootDevDependencies[name]]),
  ],
  typecheck: ['tsc', 'tsconfig.json'],
});
runSvelteKitExample();
runNodeExample('ssr-node', 'server-rendering', {
  dependencies: ['esbuild'].map((name) => [name, rootDevDependencies[name]]),
});
// Express, Nunjucks and busboy (the permit form's multipart posts) are not
// workspace dependencies: pinned here, from the registry. Its journeys run in
// Chromium unless CIVIC_BROWSERS says otherwise, as the Prototype Kit
// example's do: their pages are the same templates (examples/shared/views)
// and words, and test-e2e drives the same suite in all three engines.
runNodeExample('express-nunjucks', 'Express + Nunjucks', {
  dependencies: [
    ['express', '5.3.0'],
    ['nunjucks', '3.2.4'],
    ['busboy', '1.6.0'],
  ],
  test: 'app.test.mjs',
  timeout: 300_000,
  engines: 'chromium',
});
runPrototypeKitExample();
rmSync(tarballDir, { recursive: true, force: true });

if (problems.length > 0) {
  console.error(`\n${problems.length} package problem(s):`);
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  process.exit(1);
}
console.log('\nAll packages passed.');

async function checkPackage(dir, pkg) {
  const destination = mkdtempSync(join(tmpdir(), 'civic-pack-'));
  try {
    const packed = JSON.parse(
      execFileSync('pnpm', ['pack', '--pack-destination', destination, '--json'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    );
    const files = new Set(packed.files.map((file) => file.path));
    execFileSync('tar', ['-xzf', packed.filename, '-C', destination]);
    tarballs[pkg.name] = join(tarballDir, basename(packed.filename));
    copyFileSync(packed.filename, tarballs[pkg.name]);
    const unpacked = join(destination, 'package');
    const unpackedBytes = [...files].reduce(
      (sum, file) => sum + statSync(join(unpacked, file)).size,
      0,
    );
    console.log(
      `${pkg.name}@${pkg.version}: ${files.size} files, ${kib(packed.size)} packed, ${kib(unpackedBytes)} unpacked`,
    );

    for (const file of files) {
      if (/\.(test|stories)\.|(^|\/)src\//.test(file)) {
        problems.push(
          `${pkg.name} publishes ${file}; keep tests, stories and sources out of "files".`,
        );
      }
    }
    if (!files.has('README.md')) problems.push(`${pkg.name} publishes no README.md.`);
    if (!files.has('LICENSE')) problems.push(`${pkg.name} publishes no LICENSE.`);

    for (const [entry, target] of exportTargets(pkg.exports)) {
      const path = target.replace(/^\.\//, '');
      const found = path.includes('*')
        ? [...files].some((file) => wildcardPattern(path).test(file))
        : files.has(path);
      if (!found)
        problems.push(`${pkg.name} exports "${entry}" as ${target}, which is not in the tarball.`);
    }

    for (const pattern of Array.isArray(pkg.sideEffects) ? pkg.sideEffects : []) {
      if (pattern.includes('/src/')) continue; // for Vite in the workspace; not published
      const path = pattern.replace(/^\.\//, '');
      if (!path.startsWith('*') && ![...files].some((file) => wildcardPattern(path).test(file))) {
        problems.push(
          `${pkg.name} lists side effects in ${pattern}, but no published file matches.`,
        );
      }
    }

    if (pkg.customElements) {
      const tags = checkManifest(pkg, files, unpacked);
      checkEditorData(pkg, unpacked, tags);
    }
    if (files.has('dist/cdn/civic.js')) runHtmlExample(pkg, join(unpacked, 'dist/cdn'));
    await reportStylesheetSizes(files, unpacked);
    reportBundleSizes(files, unpacked);
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
}

// Every module the custom-elements manifest names must be a published file, or
// editors, Storybook and wrapper generators point at nothing.
function checkManifest(pkg, files, unpacked) {
  const manifestPath = join(unpacked, pkg.customElements);
  if (!existsSync(manifestPath)) {
    problems.push(
      `${pkg.name} names ${pkg.customElements} in "customElements" but does not publish it.`,
    );
    return;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const elements = [];
  for (const module of manifest.modules) {
    if (!files.has(module.path)) {
      problems.push(`${pkg.name}'s manifest names ${module.path}, which is not published.`);
    }
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) elements.push(declaration.tagName);
    }
  }
  if (elements.length === 0) problems.push(`${pkg.name}'s manifest declares no custom elements.`);
  console.log(`  custom elements in the manifest: ${elements.join(', ')}`);
  return elements;
}

// Editor hints generated from the manifest must describe every element in it,
// and the framework types must compile as an application uses them.
function checkEditorData(pkg, unpacked, tags) {
  const described = {
    'dist/vscode.html-custom-data.json': (data) => data.tags.map((tag) => tag.name),
    [pkg['web-types']?.replace(/^\.\//, '') ?? 'web-types']: (data) =>
      data.contributions.html.elements.map((element) => element.name),
  };
  for (const [file, names] of Object.entries(described)) {
    const path = join(unpacked, file);
    if (!existsSync(path)) {
      problems.push(`${pkg.name} does not publish ${file}.`);
      continue;
    }
    const missing = tags.filter(
      (tag) => !names(JSON.parse(readFileSync(path, 'utf8'))).includes(tag),
    );
    if (missing.length > 0) problems.push(`${pkg.name}'s ${file} lacks ${missing.join(', ')}.`);
  }
  const typeTests = join(pkg.dir, 'test/framework-types');
  if (!existsSync(typeTests)) return;
  try {
    execFileSync(join(root, 'node_modules/.bin/tsc'), ['--project', typeTests], {
      cwd: root,
      stdio: 'inherit',
    });
    console.log('  framework types (JSX, Preact, Solid, Vue, Svelte) compile with tsc');
  } catch {
    problems.push(`${pkg.name}: the framework types in dist/types do not compile (see above).`);
  }
}

// The plain-HTML example app, served from this tarball's CDN files and driven
// in Chromium: empty submission, error summary, answers, submission.
function runHtmlExample(pkg, cdnDir) {
  if (!wanted('html-cdn')) return;
  try {
    execFileSync(process.execPath, [join(root, 'examples/html-cdn/check.mjs'), cdnDir], {
      cwd: root,
      stdio: 'inherit',
      timeout: 120_000,
    });
  } catch {
    problems.push(`${pkg.name}: the plain-HTML example failed with the packed CDN bundle.`);
  }
}

// A framework example app as a team would build it: copied to a folder of its
// own, given a package.json whose @civic-design/* dependencies are the packed
// tarballs (and, through overrides, the tarballs' dependencies on each other)
// and whose framework and Vite versions are the workspace's, installed from the
// pnpm store, type-checked (tsc, vue-tsc), built by Vite, then served
// and driven in Chromium by examples/check-vite-app.mjs.
function runViteExample(folder, label, { dependencies, typecheck }) {
  withInstalledExample(folder, label, dependencies, (app, run) => {
    if (typecheck) {
      const [checker, project] = typecheck;
      run(join(app, 'node_modules/.bin', checker), ['--project', project]);
    }
    run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn']);
    run(process.execPath, [join(root, 'examples/check-vite-app.mjs'), join(app, 'dist'), label]);
  });
}

// A Node server app (the server-rendering and Express + Nunjucks examples):
// installed the same way, then its node:test file runs against the installed copy.
// `display`: under scripts/with-display.sh (a virtual display when there is
// none), for tests that drive WebKit's MiniBrowser.
function runNodeExample(
  folder,
  label,
  { dependencies, test = 'ssr.test.mjs', display = false, timeout = 120_000, engines },
) {
  withInstalledExample(folder, label, dependencies, (app) => {
    const command = [process.execPath, '--test', join(root, 'examples', folder, test)];
    if (display) command.unshift('bash', join(root, 'scripts/with-display.sh'));
    execFileSync(command[0], command.slice(1), {
      cwd: root,
      stdio: 'inherit',
      timeout,
      env: {
        ...process.env,
        CIVIC_EXAMPLE_APP: app,
        ...(engines && !process.env.CIVIC_BROWSERS ? { CIVIC_BROWSERS: engines } : {}),
      },
    });
  });
}

// The Next.js App Router example: a Server Component page rendering the React
// wrappers, built by `next build` (which type-checks it) at the workspace's
// Next.js version, then started and driven in Chromium with JavaScript off and
// on by examples/nextjs/check.mjs.
function runNextExample() {
  const dependencies = [
    ...['react', 'react-dom', '@types/react', '@types/react-dom'].map((name) => [
      name,
      reactDevDependencies[name],
    ]),
    ...['next', 'typescript'].map((name) => [name, rootDevDependencies[name]]),
    // Next.js type-checks with Node's types; this version is in the workspace's lockfile.
    ['@types/node', '20.19.43'],
  ];
  withInstalledExample(
    'nextjs',
    'Next.js App Router',
    dependencies,
    (app, run) => {
      run(join(app, 'node_modules/.bin/next'), ['build'], 300_000);
      run(process.execPath, [join(root, 'examples/nextjs/check.mjs'), app]);
    },
    // sharp (Next.js image optimisation, unused here) would build from source.
    { sharp: false },
  );
}

// The Angular 22 example: its framework packages pinned here (not workspace
// dependencies), built by Angular's own `ng build` (the application builder:
// ahead of time, with strict templates, so its templates are type-checked) on
// Node 22, then served as static files and driven in Chromium by
// examples/angular/check.mjs: the shared form and task pages, and what the
// name's FormControl and the reason's NgModel hold as the form is filled in.
function runAngularExample() {
  const angular = ['core', 'common', 'compiler', 'compiler-cli', 'forms', 'platform-browser'];
  const dependencies = [
    ...angular.map((name) => [`@angular/${name}`, '22.2.6']),
    ['@angular/build', '22.2.7'],
    ['@angular/cli', '22.2.7'],
    ['rxjs', '7.8.2'],
    ['tslib', '2.9.1'],
    // The TypeScript that @angular/compiler-cli 22.2 accepts (>=6.0 <6.1).
    ['typescript', '6.0.3'],
  ];
  withInstalledExample(
    'angular',
    'Angular 22',
    dependencies,
    (app, run) => {
      const node = nodeBinary(22);
      execFileSync(node, [join(app, 'node_modules/@angular/cli/bin/ng.js'), 'build'], {
        cwd: app,
        stdio: 'inherit',
        timeout: 300_000,
        // Node 22 first on PATH for anything the CLI starts; no analytics prompt.
        env: {
          ...process.env,
          PATH: `${dirname(node)}:${process.env.PATH}`,
          NG_CLI_ANALYTICS: 'false',
        },
      });
      run(process.execPath, [join(root, 'examples/angular/check.mjs'), join(app, 'dist/browser')]);
    },
    // The build's file watcher and its cache database (lmdb and its msgpackr
    // extension) have native install steps that a one-off build does not need.
    { '@parcel/watcher': false, lmdb: false, 'msgpackr-extract': false },
  );
}

// The SvelteKit 3 + Svelte 5 example: type-checked by svelte-check (no error,
// no warning), built by `vite build` with adapter-node, run as its own server
// on Node 22 (SvelteKit 3 needs it; pnpm stays on this Node), and driven in
// Chromium by examples/sveltekit/check.mjs: its server HTML holds each
// element's canonical HTML and posts with JavaScript off; with it on, the
// pages every example app passes (examples/app-check.mjs), hydrated with no
// warning. Its framework versions are pinned here, outside the workspace.
function runSvelteKitExample() {
  const dependencies = [
    ['@sveltejs/kit', '3.2.0'],
    ['@sveltejs/adapter-node', '6.0.1'],
    ['@sveltejs/vite-plugin-svelte', '7.3.1'],
    ['svelte', '5.57.3'],
    ['svelte-check', '4.7.8'],
    // SvelteKit 3 asks for TypeScript 6 (the workspace's is 5.9).
    ['typescript', '6.0.3'],
    ['vite', rootDevDependencies.vite],
  ];
  withInstalledExample('sveltekit', 'SvelteKit', dependencies, (app, run) => {
    const node = nodeBinary(22);
    const bin = (path) => join(app, 'node_modules', path);
    // Generates .svelte-kit (the route types and the tsconfig the app's extends).
    run(node, [bin('@sveltejs/kit/svelte-kit.js'), 'sync']);
    run(node, [
      bin('svelte-check/bin/svelte-check'),
      '--tsconfig',
      './tsconfig.json',
      '--fail-on-warnings',
    ]);
    run(node, [bin('vite/bin/vite.js'), 'build', '--logLevel', 'warn']);
    run(process.execPath, [join(root, 'examples/sveltekit/check.mjs'), app, node]);
  });
}

// The GOV.UK Prototype Kit example: its check creates a kit project with the
// kit's own `create`, installs the tarballs into it as a kit plugin and drives
// the kit's server (examples/prototype-kit/check.mjs), its journeys in three
// engines (WebKit needs a display: with-display.sh).
function runPrototypeKitExample() {
  if (!wanted('prototype-kit')) return;
  const packed = ['@civic-design/components', '@civic-design/tokens'].map((name) => tarballs[name]);
  const check = [process.execPath, join(root, 'examples/prototype-kit/check.mjs'), ...packed];
  try {
    execFileSync('bash', [join(root, 'scripts/with-display.sh'), ...check], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      timeout: 360_000,
    });
  } catch {
    problems.push(
      'The GOV.UK Prototype Kit example (examples/prototype-kit) failed with the packed tarballs.',
    );
  }
}

function withInstalledExample(folder, label, dependencies, check, builds = {}) {
  if (!wanted(folder)) return;
  const started = Date.now();
  // The example sits in a folder of its own with examples/shared beside it,
  // as in the repository (the Express example imports ../shared/journeys.mjs).
  const workDir = mkdtempSync(join(tmpdir(), `civic-${folder}-`));
  const app = join(workDir, folder);
  const run = (command, args, timeout = 120_000) =>
    execFileSync(command, args, {
      cwd: app,
      stdio: 'inherit',
      timeout,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
  try {
    cpSync(join(root, 'examples', folder), app, {
      recursive: true,
      filter: (source) =>
        !/(^|\/)(check\.mjs|\w+\.test\.mjs|node_modules|dist|\.next|next-env\.d\.ts)$/.test(source),
    });
    cpSync(join(root, 'examples/shared'), join(workDir, 'shared'), { recursive: true });
    const civic = Object.fromEntries(
      Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]),
    );
    const manifest = {
      name: `civic-example-${folder}`,
      private: true,
      type: 'module',
      dependencies: { ...civic, ...Object.fromEntries(dependencies) },
    };
    writeFileSync(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const overrides = Object.entries(civic).map(([name, spec]) => `  '${name}': '${spec}'`);
    // pnpm refuses install scripts it was not told about; esbuild's checks
    // that its platform binary arrived. Nothing else may run one.
    const allowed = Object.entries({ esbuild: true, ...builds }).map(
      ([name, allow]) => `  '${name}': ${allow}`,
    );
    writeFileSync(
      join(app, 'pnpm-workspace.yaml'),
      `overrides:\n${overrides.join('\n')}\nallowBuilds:\n${allowed.join('\n')}\n`,
    );
    run('pnpm', ['install', '--prefer-offline', '--reporter', 'silent']);
    check(app, run);
    console.log(`  (${label}: install, build and checks in ${seconds(started)})`);
  } catch {
    problems.push(`The ${label} example (examples/${folder}) failed with the packed tarballs.`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

async function checkWithPublint(dir, pkg) {
  const { messages } = await publint({
    pkgDir: dir,
    level: 'suggestion',
    strict: true,
    pack: 'pnpm',
  });
  for (const message of messages) {
    problems.push(
      `${pkg.name} (publint ${message.type}): ${formatMessage(message, pkg, { color: false })}`,
    );
  }

  const hasTypes = exportTargets(pkg.exports).some(([, target]) => target.endsWith('.d.ts'));
  if (!hasTypes) return;
  try {
    // esm-only: we ship ES modules alone, so CommonJS `require` is out of scope.
    execFileSync(
      join(root, 'node_modules/.bin/attw'),
      [
        '--pack',
        dir,
        '--profile',
        'esm-only',
        '--format',
        'table-flipped',
        '--no-summary',
        '--entrypoints',
        ...codeEntrypoints(pkg),
      ],
      { cwd: root, stdio: 'inherit' },
    );
  } catch {
    problems.push(`${pkg.name}: Are the Types Wrong found problems (see its table above).`);
  }
}

/** Every [entry, file] pair of an `exports` map, through nested conditions. */
function exportTargets(exports, entry = '.') {
  if (typeof exports === 'string') return [[entry, exports]];
  if (exports === null || typeof exports !== 'object') return [];
  return Object.entries(exports).flatMap(([key, value]) =>
    exportTargets(value, key.startsWith('.') ? key : entry),
  );
}

// attw checks JavaScript and its types; stylesheets and JSON are not its business.
function codeEntrypoints(pkg) {
  const direct = exportTargets(pkg.exports)
    .filter(([entry, target]) => !entry.includes('*') && target.endsWith('.js'))
    .map(([entry]) => entry);
  return [...new Set([...direct, ...wildcardExamples(pkg)])];
}

// attw cannot enumerate wildcard exports, so check one real module behind each.
function wildcardExamples(pkg) {
  return exportTargets(pkg.exports)
    .filter(([entry, target]) => entry.includes('*') && target.endsWith('.js'))
    .map(([entry, target]) => {
      const pattern = wildcardPattern(target.replace(/^\.\//, '')).source.replace('.+', '(.+)');
      const files = readdirSync(pkg.dir, { recursive: true }).map(String);
      const match = files.map((file) => new RegExp(pattern).exec(file)).find(Boolean);
      if (!match) throw new Error(`${pkg.name}: nothing was built for ${entry}; run pnpm build.`);
      return entry.replace('*', match[1]);
    });
}

function wildcardPattern(path) {
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.+');
  return new RegExp(`^${escaped}$`);
}

// What a browser downloads for each stylesheet: minified, then brotli-compressed.
async function reportStylesheetSizes(files, unpacked) {
  for (const file of [...files].filter((name) => name.endsWith('.css')).sort()) {
    const source = readFileSync(join(unpacked, file), 'utf8');
    const { code } = await transform(source, { loader: 'css', minify: true });
    const brotli = brotliCompressSync(Buffer.from(code)).length;
    console.log(`  ${file}: ${source.length} B, ${code.length} B minified, ${brotli} B brotli`);
  }
}

// What a page without a build step downloads for the CDN bundle, already minified.
function reportBundleSizes(files, unpacked) {
  for (const file of [...files].filter((name) => /(^|\/)cdn\/[^/]+\.js$/.test(name)).sort()) {
    const code = readFileSync(join(unpacked, file));
    const gzip = gzipSync(code, { level: 9 }).length;
    const brotli = brotliCompressSync(code).length;
    console.log(`  ${file}: ${code.length} B minified, ${gzip} B gzip, ${brotli} B brotli`);
  }
  // A page loading per-component entries fetches each entry and every chunk it
  // imports, each compressed on its own.
  const pages = {
    'text input and button': ['text-input', 'button'],
    'question page (error summary, text input, textarea, button)': [
      'error-summary',
      'text-input',
      'textarea',
      'button',
    ],
  };
  for (const [page, components] of Object.entries(pages)) {
    const loaded = new Set();
    for (const name of components)
      importClosure(unpacked, `dist/cdn/components/${name}.js`, loaded);
    if (loaded.size === 0 || ![...loaded].every((file) => files.has(file))) continue;
    const bytes = [...loaded].map((file) => readFileSync(join(unpacked, file)));
    const sum = (measure) => bytes.reduce((total, code) => total + measure(code), 0);
    console.log(
      `  dist/cdn/components for a ${page}: ${loaded.size} files, ${sum((code) => code.length)} B minified, ${sum((code) => gzipSync(code, { level: 9 }).length)} B gzip, ${sum((code) => brotliCompressSync(code).length)} B brotli`,
    );
  }
}

/** A module and every module it imports statically, by relative path. */
function importClosure(unpacked, file, loaded) {
  if (loaded.has(file) || !existsSync(join(unpacked, file))) return loaded;
  loaded.add(file);
  const code = readFileSync(join(unpacked, file), 'utf8');
  for (const [, specifier] of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    importClosure(unpacked, normalize(join(dirname(file), specifier)), loaded);
  }
  return loaded;
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
