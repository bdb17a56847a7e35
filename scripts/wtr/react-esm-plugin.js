// React ships CommonJS only, which a browser cannot import. For the React
// wrapper tests, this serves `react`, `react-dom/client` and `react-dom/server`
// (its browser build) as ES modules: one esbuild bundle holds them (so react-dom
// uses the same React), and small modules re-export their named exports. It
// answers only those specifiers.
//
// It also serves /__civic-react__/react-18.js: React 18 (the package's
// `react-18` and `react-dom-18` aliases) bundled with the generated wrappers,
// which then import React 18, for the test that the wrappers work there too.
//
// And /__civic-react__/react-server.js?modules=details,table: the named
// generated modules bundled as a React Server Components server bundles them,
// under the `react-server` condition, so they import React's server build,
// which has no state or effect hooks (useState, useRef, useEffect). Client
// modules never run there, so only modules that are not client modules may
// be named.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const PREFIX = '/__civic-react__/';
const MODULES = {
  react: 'react.js',
  'react-dom/client': 'react-dom-client.js',
  'react-dom/server': 'react-dom-server.js',
};
const NAMESPACES = {
  react: 'React',
  'react-dom/client': 'ReactDOMClient',
  'react-dom/server': 'ReactDOMServer',
};
const BUNDLE_SOURCE = Object.entries(NAMESPACES)
  .map(([specifier, namespace]) => `export * as ${namespace} from '${specifier}';`)
  .join(' ');

export function reactEsmPlugin({ packageDir }) {
  // Resolve React from the package whose tests use it, at its pinned version.
  const require = createRequire(join(resolve(packageDir), 'package.json'));
  let bundle;

  async function bundled() {
    bundle ??= build({
      stdin: {
        contents: BUNDLE_SOURCE,
        resolveDir: resolve(packageDir),
      },
      bundle: true,
      format: 'esm',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
    }).then((result) => result.outputFiles[0].text);
    return bundle;
  }

  // The export names, read in a child process: loading React's development
  // build inside the test runner would write to the runner's own console.
  function exportNames(specifier) {
    // Node's build of react-dom/server names the same renderToString as the
    // browser build the bundle holds (which needs browser globals to load).
    const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(require.resolve(specifier))}))))`;
    const names = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
    return names.filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
  }

  function reexport(namespace, specifier) {
    const names = exportNames(specifier);
    return [
      `import { ${namespace} } from '${PREFIX}bundle.js';`,
      `export default ${namespace};`,
      `export const { ${names.join(', ')} } = ${namespace};`,
    ].join('\n');
  }

  let react18;
  async function bundledWithReact18() {
    const dir = resolve(packageDir);
    react18 ??= build({
      stdin: {
        contents: [
          "export * as React from 'react';",
          "export * as ReactDOMClient from 'react-dom/client';",
          // Its browser build by path: the alias below bypasses react-dom's exports.
          `export * as ReactDOMServer from '${join(dir, 'node_modules/react-dom-18/server.browser.js')}';`,
          "export * from './dist/index.js';",
        ].join('\n'),
        resolveDir: dir,
      },
      bundle: true,
      format: 'esm',
      write: false,
      alias: {
        react: join(dir, 'node_modules/react-18'),
        'react-dom': join(dir, 'node_modules/react-dom-18'),
      },
      define: { 'process.env.NODE_ENV': '"development"' },
    }).then((result) => result.outputFiles[0].text);
    return react18;
  }

  const reactServer = new Map();
  function bundledForReactServer(modules) {
    const dir = resolve(packageDir);
    const key = modules.join(',');
    if (!reactServer.has(key)) {
      reactServer.set(
        key,
        build({
          stdin: {
            contents: [
              "export * as React from 'react';",
              ...modules.map((name) => `export * from './dist/${name}.js';`),
            ].join('\n'),
            resolveDir: dir,
          },
          bundle: true,
          format: 'esm',
          write: false,
          conditions: ['react-server'],
          define: { 'process.env.NODE_ENV': '"development"' },
        }).then((result) => result.outputFiles[0].text),
      );
    }
    return reactServer.get(key);
  }

  return {
    name: 'civic-react-esm',
    resolveImport({ source }) {
      return source in MODULES ? PREFIX + MODULES[source] : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const file = context.path.slice(PREFIX.length);
      if (file === 'bundle.js') return { body: await bundled(), type: 'js' };
      if (file === 'react-18.js') return { body: await bundledWithReact18(), type: 'js' };
      if (file === 'react-server.js') {
        const modules = new URLSearchParams(context.querystring).get('modules')?.split(',') ?? [];
        if (modules.length === 0 || !modules.every((name) => /^[a-z][a-z-]*$/.test(name))) {
          throw new Error(`${context.url}: modules= names the generated modules to bundle.`);
        }
        return { body: await bundledForReactServer(modules), type: 'js' };
      }
      const specifier = Object.keys(MODULES).find((name) => MODULES[name] === file);
      if (specifier === undefined) return undefined;
      return { body: reexport(NAMESPACES[specifier], specifier), type: 'js' };
    },
  };
}
