// What the first release would do, done without publishing anything
// (`pnpm release:check`, after `pnpm build`):
//
// 1. `changeset status`: the pending changesets and the bumps they make.
// 2. In a throwaway copy of the workspace, `changeset version`, as the release
//    workflow's version pull request will: the versions each package would
//    get and the CHANGELOG each would publish, printed.
// 3. Each public package packed from that copy (so `workspace:` ranges are
//    rewritten to the new versions as `pnpm pack` and `pnpm publish` do), and
//    installed ALONE in a fresh folder from its tarball, its Civic dependencies
//    from their tarballs only, never the workspace: the rewritten range must
//    accept the version of the tarball it resolved to, and the package must import.
// 4. `npm publish --dry-run` of every tarball.
// 5. The repository's address is set once, in the root package.json: each
//    package's `repository` must name the same one, and every link in each
//    README must be absolute (npm's site cannot follow a relative link).
//
// Exits non-zero on any problem.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const changesetBin = join(root, 'node_modules/.bin/changeset');
const problems = [];
const rootManifest = readJson(join(root, 'package.json'));
const repositoryUrl = rootManifest.repository?.url;
const repositoryWeb = repositoryUrl?.replace(/^git\+/, '').replace(/\.git$/, '');

const publicPackages = readdirSync(join(root, 'packages'))
  .map((folder) => ({ folder, manifest: readJson(join(root, 'packages', folder, 'package.json')) }))
  .filter(({ manifest }) => !manifest.private);

heading('Pending changesets (changeset status)');
run(changesetBin, ['status', '--verbose'], { cwd: root, print: true });

checkRepositoryAndReadmes();

const copy = mkdtempSync(join(tmpdir(), 'civic-release-'));
const tarballs = mkdtempSync(join(tmpdir(), 'civic-release-tarballs-'));
try {
  versionInCopy(copy);
  const packed = publicPackages.map(({ folder }) => pack(join(copy, 'packages', folder), tarballs));
  for (const tarball of packed) installAlone(tarball, packed);
  heading('npm publish --dry-run, from each tarball');
  for (const tarball of packed) publishDryRun(tarball);
} finally {
  rmSync(copy, { recursive: true, force: true });
  rmSync(tarballs, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`\n${problems.length} release problem(s):`);
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  process.exit(1);
}
console.log('\nThe release is ready: every package packs, installs alone and would publish.');

/** The workspace, without installed modules, versioned as the release would. */
function versionInCopy(target) {
  const skip = new Set(['node_modules', '.git', 'storybook-static', 'coverage']);
  cpSync(root, target, {
    recursive: true,
    filter: (source) =>
      !relative(root, source)
        .split('/')
        .some((part) => skip.has(part)),
  });
  // The changelog generator named in .changeset/config.json is resolved from here.
  symlinkSync(join(root, 'node_modules'), join(target, 'node_modules'));
  const pending = readdirSync(join(root, '.changeset')).filter(
    (file) => file.endsWith('.md') && file !== 'README.md',
  );
  const named = new Set(
    pending.flatMap((file) =>
      [...readFileSync(join(root, '.changeset', file), 'utf8').matchAll(/^'([^']+)':/gm)].map(
        (match) => match[1],
      ),
    ),
  );
  heading(
    `Versions the release would give (changeset version, in a throwaway copy; ${pending.length} changesets pending)`,
  );
  run(changesetBin, ['version'], { cwd: target });
  for (const { folder, manifest } of publicPackages) {
    const versioned = readJson(join(target, 'packages', folder, 'package.json'));
    console.log(`  ${manifest.name}: ${manifest.version} → ${versioned.version}`);
    // Right after a release no changesets are pending and nothing moves;
    // with some pending, a package they name must get a new version.
    if (pending.length > 0 && versioned.version === manifest.version && named.has(manifest.name)) {
      problems.push(`${manifest.name} has changesets but would stay at ${manifest.version}.`);
    }
  }
  for (const { folder, manifest } of publicPackages) {
    const changelog = join(target, 'packages', folder, 'CHANGELOG.md');
    heading(`CHANGELOG.md of ${manifest.name}, as the release would write it`);
    if (!existsSync(changelog)) {
      if (named.has(manifest.name)) {
        problems.push(`changeset version wrote no CHANGELOG.md for ${manifest.name}.`);
      } else console.log('  (no changes yet)');
      continue;
    }
    console.log(readFileSync(changelog, 'utf8').trim());
  }
}

/** `pnpm pack`, which rewrites `workspace:` ranges as `pnpm publish` does. */
function pack(dir, destination) {
  const [result] = [
    JSON.parse(
      run('pnpm', ['pack', '--pack-destination', destination, '--json'], { cwd: dir }).trim(),
    ),
  ].flat();
  const manifest = JSON.parse(
    run('tar', ['-xOzf', result.filename, 'package/package.json'], { cwd: destination }),
  );
  return { file: result.filename, manifest };
}

/**
 * A fresh folder with one dependency, the tarball; any Civic package it needs
 * comes from its own tarball through overrides, as the registry would serve it.
 * The range the tarball declares (rewritten from `workspace:`) must accept the
 * version that tarball carries, or the registry would not resolve it either.
 */
function installAlone(tarball, packed) {
  const { name, version } = tarball.manifest;
  heading(`${name}@${version}, installed alone from its tarball`);
  const app = mkdtempSync(join(tmpdir(), 'civic-install-'));
  try {
    const civicDependencies = Object.entries(tarball.manifest.dependencies ?? {}).filter(([dep]) =>
      packed.some((other) => other.manifest.name === dep),
    );
    for (const [dep, range] of civicDependencies) {
      const provided = packed.find((other) => other.manifest.name === dep).manifest.version;
      const accepted = rangeAccepts(range, provided);
      console.log(
        `  depends on ${dep} "${range}": the release publishes ${provided}, ${accepted ? 'accepted' : 'NOT accepted'}`,
      );
      if (range.startsWith('workspace:')) {
        problems.push(`${name} would publish the range "${range}" for ${dep}, unrewritten.`);
      } else if (!accepted) {
        problems.push(`${name} needs ${dep} "${range}", but the release publishes ${provided}.`);
      }
    }
    const overrides = Object.fromEntries(
      packed
        .filter((other) => other !== tarball)
        .map((other) => [other.manifest.name, `file:${other.file}`]),
    );
    writeFileSync(
      join(app, 'package.json'),
      `${JSON.stringify(
        {
          name: 'civic-install-check',
          private: true,
          type: 'module',
          dependencies: { [name]: `file:${tarball.file}` },
        },
        null,
        2,
      )}\n`,
    );
    const overrideLines = Object.entries(overrides).map(([dep, spec]) => `  '${dep}': '${spec}'`);
    writeFileSync(
      join(app, 'pnpm-workspace.yaml'),
      overrideLines.length > 0 ? `overrides:\n${overrideLines.join('\n')}\n` : '',
    );
    // Peer dependencies (React for the wrappers) are the application's to
    // install; a missing peer is reported by pnpm, not a failure of ours.
    run(
      'pnpm',
      [
        'install',
        '--prefer-offline',
        '--reporter',
        'silent',
        '--config.strict-peer-dependencies=false',
      ],
      { cwd: app },
    );
    const installed = listInstalled(app);
    console.log(`  installed: ${installed.join(', ')}`);
    for (const [dep] of civicDependencies) {
      // Resolved from the package itself, as Node does when it imports it.
      const fromPackage = createRequire(
        realpathSync(join(app, 'node_modules', name, 'package.json')),
      );
      const resolved = readJson(fromPackage.resolve(`${dep}/package.json`));
      const expected = packed.find((other) => other.manifest.name === dep).manifest.version;
      if (resolved.version !== expected) {
        problems.push(
          `${name} resolved ${dep}@${resolved.version}, not the release's ${expected}.`,
        );
      }
    }
    importEntry(app, tarball.manifest);
  } catch (error) {
    problems.push(
      `${name}@${version} does not install alone from its tarball: ${firstLine(error)}`,
    );
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
}

/** What the folder's node_modules holds: the tarball and what it brought. */
function listInstalled(app) {
  const output = JSON.parse(run('pnpm', ['list', '--json', '--depth', '1'], { cwd: app }));
  const dependencies = output[0]?.dependencies ?? {};
  return Object.entries(dependencies).flatMap(([dep, info]) => [
    `${dep}@${info.version}`,
    ...Object.entries(info.dependencies ?? {}).map(([sub, subInfo]) => `${sub}@${subInfo.version}`),
  ]);
}

/** The package's main entry imports in Node where it has no browser-only code. */
function importEntry(app, manifest) {
  const entries = {
    '@civic-design/tokens': '@civic-design/tokens',
    '@civic-design/components': '@civic-design/components/server',
  };
  const specifier = entries[manifest.name];
  if (!specifier) {
    // The React wrappers need React and a DOM; the example apps in
    // `pnpm test:packages` render them. Here: every file they import is there.
    const entry = join(app, 'node_modules', manifest.name, manifest.exports['.'].default);
    if (!existsSync(entry)) problems.push(`${manifest.name}'s entry ${entry} is missing.`);
    return;
  }
  const script = `const module = await import(${JSON.stringify(specifier)}); console.log('  imports ${specifier}: ' + Object.keys(module).length + ' exports');`;
  process.stdout.write(run(process.execPath, ['--input-type=module', '-e', script], { cwd: app }));
}

function publishDryRun(tarball) {
  const { name, version } = tarball.manifest;
  try {
    const output = run(
      'npm',
      ['publish', tarball.file, '--dry-run', '--access', 'public', '--tag', 'latest', '--json'],
      { cwd: tmpdir(), stderr: 'pipe' },
    );
    // npm 11 keys its result by package name.
    const parsed = JSON.parse(output.slice(output.indexOf('{')));
    const result = parsed[name] ?? parsed;
    console.log(
      `  ${result.id}: ${result.files.length} files, ${Math.round(result.size / 1024)} kB packed, would publish with tag latest, public (dry run)`,
    );
    if (result.name !== name || result.version !== version) {
      problems.push(`npm would publish ${result.id}, not ${name}@${version}.`);
    }
  } catch (error) {
    problems.push(`npm publish --dry-run of ${name}@${version} failed: ${firstLine(error)}`);
  }
}

function checkRepositoryAndReadmes() {
  heading('Repository address and README links');
  if (!repositoryWeb?.startsWith('https://')) {
    problems.push(
      'The root package.json needs "repository": { "type": "git", "url": "git+https://…" }.',
    );
    return;
  }
  console.log(`  repository: ${repositoryWeb} (root package.json)`);
  for (const { folder, manifest } of publicPackages) {
    const { repository } = manifest;
    if (repository?.url !== repositoryUrl || repository?.directory !== `packages/${folder}`) {
      problems.push(
        `${manifest.name}: "repository" must be { "type": "git", "url": "${repositoryUrl}", "directory": "packages/${folder}" }.`,
      );
    }
    if (manifest.homepage !== `${repositoryWeb}/tree/main/packages/${folder}#readme`) {
      problems.push(
        `${manifest.name}: "homepage" must be "${repositoryWeb}/tree/main/packages/${folder}#readme".`,
      );
    }
    if (manifest.bugs?.url !== `${repositoryWeb}/issues`) {
      problems.push(`${manifest.name}: "bugs" must be { "url": "${repositoryWeb}/issues" }.`);
    }
    // Links in prose; code blocks show a service's own paths (/assets/…).
    const readme = readFileSync(join(root, 'packages', folder, 'README.md'), 'utf8').replace(
      /```[\s\S]*?```/g,
      '',
    );
    const links = [...readme.matchAll(/\]\(([^)\s]+)[^)]*\)|href="([^"]+)"/g)].map(
      (match) => match[1] ?? match[2],
    );
    const relativeLinks = links.filter((link) => !/^(https?:|mailto:|#)/.test(link));
    for (const link of relativeLinks) {
      problems.push(
        `${manifest.name}'s README links to "${link}", which npm's site cannot follow.`,
      );
    }
    const ownLinks = links.filter((link) => link.startsWith(repositoryWeb));
    console.log(
      `  ${manifest.name}: README has ${links.length} links, ${ownLinks.length} to the repository, ${relativeLinks.length} relative`,
    );
  }
}

/** Whether a caret, tilde or exact range accepts a version (all Civic uses). */
function rangeAccepts(range, version) {
  const parse = (text) => text.split('-')[0].split('.').map(Number);
  const [major, minor, patch] = parse(version);
  const exact = /^(\d+\.\d+\.\d+)$/.exec(range);
  if (exact) return exact[1] === version;
  const match = /^([~^])(\d+)\.(\d+)\.(\d+)$/.exec(range);
  if (!match) return false;
  const [, operator, ...bound] = match;
  const [bMajor, bMinor, bPatch] = bound.map(Number);
  const atLeast =
    major > bMajor ||
    (major === bMajor && (minor > bMinor || (minor === bMinor && patch >= bPatch)));
  if (!atLeast) return false;
  if (operator === '~') return major === bMajor && minor === bMinor;
  if (bMajor > 0) return major === bMajor;
  if (bMinor > 0) return major === 0 && minor === bMinor;
  return major === 0 && minor === 0 && patch === bPatch;
}

function run(command, args, { cwd, print = false, stderr = 'inherit' } = {}) {
  const output = execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', stderr],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (print) process.stdout.write(output);
  return output;
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function heading(text) {
  console.log(`\n== ${text}`);
}

function firstLine(error) {
  return String(error.stderr || error.message)
    .split('\n')
    .find((line) => line.trim() !== '');
}
