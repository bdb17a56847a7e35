// Builds one ES module per source file (preserveModules) so that every
// component's registering entry stays separate and tree-shakeable, and class-only
// imports never pull in a registration. esbuild strips types without checking
// them; `tsc --emitDeclarationOnly` writes the .d.ts files and checks as it goes.
import { readdirSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';

const input = readdirSync('src', { recursive: true })
  .filter((file) => file.endsWith('.ts') && !/\.(test|stories)\.ts$/.test(file))
  .map((file) => `src/${file}`);

export default {
  input,
  external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
  plugins: [esbuild({ target: 'es2022', tsconfig: '../../tsconfig.base.json', sourceMap: true })],
  output: {
    dir: 'dist',
    format: 'esm',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
};
