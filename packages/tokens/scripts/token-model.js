// How Civic's token tree maps to CSS, shared by the build, the theme check and
// the tests.

/**
 * Top-level groups whose tokens apply only under a media condition. Their
 * tokens replace the namesake without the group prefix: `tablet.font-size.body`
 * is `--civic-font-size-body` from the tablet breakpoint up. The breakpoint is
 * scale.breakpoint.tablet in em, since media queries cannot read custom properties.
 */
export const CONDITIONS = {
  tablet: '(min-width: 40.0625em)',
  'reduced-motion': '(prefers-reduced-motion: reduce)',
  'forced-colors': '(forced-colors: active)',
};

/** Primitives feed semantic tokens and themes; components and CSS never see them. */
export function isPrimitive(token) {
  return token.filePath.replaceAll('\\', '/').includes('/primitives/');
}

/** `color.button.primary.text` -> `civic-color-button-primary-text`. */
export function cssName(token) {
  const path = token.path[0] in CONDITIONS ? token.path.slice(1) : token.path;
  return ['civic', ...path].join('-');
}

/** Identifies a declaration: its name, and its condition if it has one. */
export function declarationKey(token) {
  return token.path[0] in CONDITIONS ? `${token.path[0]}:${cssName(token)}` : cssName(token);
}

/** The semantic tokens as a flat, resolved list for tools, docs and tests. */
export function tokenList(tokens) {
  return tokens
    .filter((token) => !isPrimitive(token))
    .map((token) => ({
      name: token.path.join('.'),
      cssVariable: `--${cssName(token)}`,
      condition: CONDITIONS[token.path[0]] ?? null,
      type: token.$type ?? token.type,
      value: token.$value ?? token.value,
      description: token.$description ?? token.comment ?? '',
    }));
}
