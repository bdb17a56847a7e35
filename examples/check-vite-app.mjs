// A framework example app (examples/react-vite, examples/vue-vite) as a team
// would ship it: built by Vite against the packed @civic-design/* tarballs
// (scripts/check-packages.mjs installs and builds it in a temporary folder),
// served with a small server that records what the form posts, and driven in
// Chromium through the pages every example app has (examples/app-check.mjs).
//
//   node examples/check-vite-app.mjs <the built app's dist folder> <label>
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { checkApp } from './app-check.mjs';
import { launchChromium, startSubmissionServer } from './submission-server.mjs';

const [dist, label] = process.argv.slice(2);
if (!dist || !label) throw new Error('Give the built app’s dist folder and a label.');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const missing = [];

const { origin, submissions, close } = await startSubmissionServer((url) => {
  // The query (the task page's `?page=tasks`) is for the app, not the server.
  const { pathname } = new URL(url, 'http://app');
  const path = pathname === '/' ? 'index.html' : normalize(pathname).replace(/^\/+/, '');
  try {
    if (path.startsWith('..')) throw new Error('outside dist');
    const body = readFileSync(join(dist, path));
    return { type: types[extname(path)] ?? 'application/octet-stream', body };
  } catch {
    if (url !== '/favicon.ico') missing.push(url);
    return null;
  }
});
const browser = await launchChromium();
try {
  await checkApp(browser, {
    label: `${label} + Vite example from the tarballs`,
    origin,
    submissions,
  });
  assert.deepEqual(missing, [], 'every file the page asked for was built');
} finally {
  await browser.close();
  close();
}
