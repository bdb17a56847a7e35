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
            ...(declaration.events ?? []),
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

// The analyzer records `new CustomEvent<ErrorChangeDetail>('civic-error-change')`
// as plain `CustomEvent`, losing the detail type that typed event props in the
// React wrappers and framework types need. This reads the type argument from the
// source and writes `CustomEvent<Detail>` on every event of that name.
function customEventDetailTypes() {
  const detailTypes = new Map();
  return {
    name: 'civic-custom-event-detail-types',
    analyzePhase({ ts, node }) {
      if (!ts.isNewExpression(node) || node.expression.getText() !== 'CustomEvent') return;
      const [eventName] = node.arguments ?? [];
      const [detailType] = node.typeArguments ?? [];
      if (!eventName || !detailType || !ts.isStringLiteral(eventName)) return;
      const type = `CustomEvent<${detailType.getText()}>`;
      const known = detailTypes.get(eventName.text);
      // Two different details under one name cannot be typed by name alone.
      detailTypes.set(eventName.text, known === undefined || known === type ? type : null);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const type = detailTypes.get(event.name);
            if (type && (!event.type || event.type.text === 'CustomEvent'))
              event.type = { text: type };
          }
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
  plugins: [publishedModulePaths(), publicMembersOnly(), customEventDetailTypes()],
};
