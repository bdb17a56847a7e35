// React ships CommonJS only, which a browser cannot import. For the React
// wrapper tests, this serves `react` and `react-dom/client` as ES modules: one
// esbuild bundle holds both (so react-dom uses the same React), and two small
// modules re-export its named exports. It answers only those two specifiers.
//
// It also serves /__civic-react__/react-18.js: React 18 (the package's
// `react-18` and `react-dom-18` aliases) bundled with the generated wrappers,
// which then import React 18, for the test that the wrappers work there too.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const PREFIX = '/__civic-react__/';
const MODULES = { react: 'react.js', 'react-dom/client': 'react-dom-client.js' };

export function reactEsmPlugin({ packageDir }) {
  // Resolve React from the package whose tests use it, at its pinned version.
  const require = createRequire(join(resolve(packageDir), 'package.json'));
  let bundle;

  async function bundled() {
    bundle ??= build({
      stdin: {
        contents:
          "export * as React from 'react'; export * as ReactDOMClient from 'react-dom/client';",
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
      if (file === MODULES.react) return { body: reexport('React', 'react'), type: 'js' };
      if (file === MODULES['react-dom/client'])
        return { body: reexport('ReactDOMClient', 'react-dom/client'), type: 'js' };
      return undefined;
    },
  };
}
