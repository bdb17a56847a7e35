// Generates custom-elements.json from the JSDoc in src. Module paths are mapped
// from src/*.ts to the published dist/*.js files, so editors, the React wrapper
// generator and Storybook point at code that exists in the npm package.
const toPublishedPath = (path) => path.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');

function publishedModulePaths() {
  return {
    name: 'civic-published-module-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.path = toPublishedPath(module.path);
        for (const exported of module.exports ?? []) {
          if (exported.declaration?.module) {
            exported.declaration.module = toPublishedPath(exported.declaration.module);
          }
        }
        for (const declaration of module.declarations ?? []) {
          if (declaration.superclass?.module) {
            declaration.superclass.module = toPublishedPath(declaration.superclass.module);
          }
          for (const member of [
            ...(declaration.members ?? []),
            ...(declaration.attributes ?? []),
          ]) {
            if (member.inheritedFrom?.module) {
              member.inheritedFrom.module = toPublishedPath(member.inheritedFrom.module);
            }
          }
        }
      }
    },
  };
}

// The manifest describes what a consuming developer can use. Private fields and
// static class plumbing (formAssociated, shadowRootOptions) are not element API,
// and listing them would put them in Storybook's controls and editor hints.
function publicMembersOnly() {
  return {
    name: 'civic-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) =>
              !member.static &&
              member.privacy !== 'private' &&
              member.privacy !== 'protected' &&
              !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publishedModulePaths(), publicMembersOnly()],
};
