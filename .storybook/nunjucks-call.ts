// Each story's code, as "Show code" and the docs pages show it, starts with the
// Nunjucks macro call that writes the same component from the same arguments:
// a story's args are its markup function's parameters, which are the macro's
// parameters (one markup function behind the element, the server entry and
// the macros). Below the call comes the HTML the story renders.
import kitConfig from '../packages/components/govuk-prototype-kit.config.json' with { type: 'json' };

/** The macro of each component folder: `text-input` → `civicTextInput`. */
const macros = new Map(
  kitConfig.nunjucksMacros.map(({ macroName, importFrom }) => [
    importFrom.replace(/^civic\/|\/macro\.njk$/g, ''),
    { macroName, importFrom },
  ]),
);

/** A value as a Nunjucks literal: JSON's syntax, with `none` for null; functions are left out. */
function literal(value: unknown, indent: string): string | undefined {
  if (value === null) return 'none';
  if (typeof value === 'function' || typeof value === 'symbol' || value === undefined) {
    return undefined;
  }
  if (Array.isArray(value)) {
    const items = value
      .map((item) => literal(item, `${indent}  `))
      .filter((item) => item !== undefined);
    if (items.length === 0) return '[]';
    return `[\n${items.map((item) => `${indent}  ${item}`).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => [key, literal(item, `${indent}  `)] as const)
      .filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    const keyOf = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key));
    return `{\n${entries.map(([key, item]) => `${indent}  ${keyOf(key)}: ${item}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/**
 * The macro call for a component's story args, or undefined when the
 * component has no macro (a data child such as `civic-task`, a pattern).
 */
export function nunjucksCall(
  component: unknown,
  args: Record<string, unknown>,
): string | undefined {
  if (typeof component !== 'string' || !component.startsWith('civic-')) return undefined;
  const macro = macros.get(component.slice('civic-'.length));
  if (macro === undefined) return undefined;
  const params = literal(args, '') ?? '{}';
  return `{% from "${macro.importFrom}" import ${macro.macroName} %}\n{{ ${macro.macroName}(${params}) }}`;
}

/** Storybook's source transform: the macro call, then the HTML. */
export function withNunjucksCall(
  code: string,
  context: { component?: unknown; args: Record<string, unknown> },
): string {
  const call = nunjucksCall(context.component, context.args);
  if (call === undefined) return code;
  return `{# Nunjucks #}\n${call}\n\n<!-- HTML -->\n${code}`;
}
