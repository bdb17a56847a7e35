// Builds one ES module per source file (preserveModules) so that every
// component's registering entry stays separate and tree-shakeable, and class-only
// imports never pull in a registration. esbuild strips types without checking
// them; `tsc --emitDeclarationOnly` writes the .d.ts files and checks as it goes.
//
// The second build is the CDN bundle (dist/cdn/civic.js): every element
// in one minified file, for pages without a build step (see build/cdn-bundle.js).
// The third is the same code split per component for such pages that use a
// few: dist/cdn/components/<folder>.js registers one component's elements, and
// what several share (core, the field base) is in dist/cdn/chunks/, fetched once.
import { readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { cdnBundle, cdnEntry, registeringFolders } from './build/cdn-bundle.js';

const input = readdirSync('src', { recursive: true })
  .filter((file) => file.endsWith('.ts') && !/\.(test|stories)\.ts$/.test(file))
  .map((file) => `src/${file}`);

const esbuildOptions = { target: 'es2022', tsconfig: '../../tsconfig.base.json' };

export default [
  {
    input,
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
    plugins: [esbuild({ ...esbuildOptions, sourceMap: true })],
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  {
    input: cdnEntry,
    // Lit's production build (no development warnings): the default export conditions.
    plugins: [cdnBundle(), nodeResolve(), esbuild({ ...esbuildOptions, minify: true })],
    output: { file: 'dist/cdn/civic.js', format: 'esm' },
  },
  {
    input: Object.fromEntries(
      registeringFolders().map((folder) => [folder, `src/components/${folder}/define.ts`]),
    ),
    plugins: [nodeResolve(), esbuild({ ...esbuildOptions, minify: true })],
    output: {
      dir: 'dist/cdn',
      format: 'esm',
      entryFileNames: 'components/[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
];
