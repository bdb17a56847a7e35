// Editor hints and framework types, generated from custom-elements.json after the
// analyzer has written it (the last step of the components build), with the
// custom-elements-manifest integrations from the ecosystem:
//
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json  VS Code
//   dist/web-types.json                                                  JetBrains
//   dist/types/jsx.d.ts     `CustomElements` for JSX IntrinsicElements (any JSX framework)
//   dist/types/preact.d.ts  Preact's JSX IntrinsicElements, with Preact's HTML props
//   dist/types/solid.d.ts   Solid's JSX IntrinsicElements, with Solid's HTML props
//   dist/types/vue.d.ts     Vue's GlobalComponents
//   dist/types/svelte.d.ts  Svelte's svelteHTML IntrinsicElements
//   dist/types/react.d.ts   React 19's JSX IntrinsicElements (raw <civic-*> tags)
//   dist/types/events.d.ts  the DOM's HTMLElementEventMap: addEventListener in any
//                           TypeScript, and Angular's `(civic-error-change)` `$event`
//
// Types are the manifest's, with our own type names pointing at the package's
// declarations (dist/index.d.ts), so they match what users of the classes see.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateSolidJsTypes } from 'custom-element-solidjs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const rootTypes = readFileSync('dist/index.d.ts', 'utf8');

/**
 * The manifest as these generators expect it. They are given a copy, because
 * they add their own fields to what they read.
 *
 * - Only registered elements (a tag name): abstract bases such as the form
 *   control are not elements of their own.
 * - A property is listed once: not again when an attribute of the same name
 *   (`value`) already is, and not at all when it is read-only (`form`).
 * - Only custom events (`civic-…`): the frameworks type native `click`, `input`
 *   and `change` themselves, better than a generic event could.
 * - An event's type is its detail type, which they wrap in `CustomEvent<…>`.
 * - Our own type names (`ButtonVariant`, `ErrorChangeDetail`) become
 *   `import('../index.js').Name`, so each file needs no import list (the
 *   generators' own lists repeat a name imported for two elements).
 */
function forGenerators() {
  const copy = structuredClone(manifest);
  for (const module of copy.modules) {
    module.declarations = (module.declarations ?? []).filter(
      (declaration) => !declaration.customElement || declaration.tagName,
    );
    for (const declaration of module.declarations) {
      const attributeNames = new Set((declaration.attributes ?? []).map(({ name }) => name));
      for (const attribute of declaration.attributes ?? []) typed(attribute);
      if (declaration.members) {
        declaration.members = declaration.members
          .filter((member) => !member.readonly && !attributeNames.has(member.name))
          .map(typed);
      }
      if (declaration.events) {
        declaration.events = declaration.events
          .filter((event) => event.name?.includes('-'))
          .map((event) => ({ ...event, type: { text: detailType(event) } }));
      }
    }
  }
  return copy;
}

/** Whether the package root exports a type of this name. */
function exported(name) {
  return new RegExp(`\\b${name}\\b`).test(rootTypes);
}

function qualified(typeText) {
  return typeText.replace(/\b[A-Z]\w*\b/g, (name) =>
    exported(name) ? `import('../index.js').${name}` : name,
  );
}

function typed(member) {
  if (member.type?.text) member.type = { ...member.type, text: qualified(member.type.text) };
  return member;
}

function detailType(event) {
  const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
  if (!detail) return 'unknown';
  const names = detail.match(/\b[A-Z]\w*/g) ?? [];
  return names.every(exported) ? qualified(detail) : 'unknown';
}

const common = { hideLogs: true };
// Relative to dist/types, where the type files are written.
const types = { ...common, outdir: 'dist/types' };

generateVsCodeCustomElementData(forGenerators(), { ...common, outdir: 'dist' });
generateJetBrainsWebTypes(forGenerators(), { ...common, outdir: 'dist', packageJson: false });
generateJsxTypes(forGenerators(), { ...types, fileName: 'jsx.d.ts' });
generateSolidJsTypes(forGenerators(), { ...types, fileName: 'solid.d.ts' });
generateVuejsTypes(forGenerators(), { ...types, fileName: 'vue.d.ts' });
generateSvelteTypes(forGenerators(), { ...types, fileName: 'svelte.d.ts' });

// Two gaps in the generators' output, closed here so that the files compile
// (test/framework-types checks them with tsc):
// - Solid's props name the element classes (JSX.OnAttributes<CivicButton>) without
//   importing them.
// - Svelte's base props borrow React's global JSX namespace, which a Svelte
//   project does not have; in Svelte markup `style` is a string.
const elementClasses = forGenerators()
  .modules.flatMap((module) => module.declarations)
  .filter((declaration) => declaration.customElement)
  .map((declaration) => declaration.name);
// - An application imports the file to type its tags, so the file itself adds
//   Civic's elements to Solid's JSX, each with Solid's own HTML props (`onInput`,
//   `class`, `aria-*`) beside its own, and types `prop:value` (Solid's way to set
//   the `value` property, not the attribute that form.reset() returns to).
editFile('dist/types/solid.d.ts', (text) =>
  text
    .replace(
      /^/,
      `import type { JSX as SolidJSX } from 'solid-js';\nimport type { ${[...new Set(elementClasses)].sort().join(', ')} } from '../index.js';\n`,
    )
    .concat(
      `
type SolidCivicElements = {
  [Tag in keyof CustomElements]: CustomElements[Tag] &
    Omit<SolidJSX.HTMLAttributes<HTMLElement>, keyof CustomElements[Tag]>;
};

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements extends SolidCivicElements {}
    interface ExplicitProperties {
      value: string;
    }
  }
}
`,
    ),
);
// - Svelte 5 (runes) listens with event attributes (`oncivic-error-change`), which
//   the generator does not write (only Svelte 4's `on:` directive), and every
//   element also takes Svelte's own HTML attributes and events (`oninput`,
//   `aria-*`, `data-*`) from `svelte/elements`.
editFile('dist/types/svelte.d.ts', (text) =>
  text
    .replace('children?: JSX.Element;', 'children?: unknown;')
    .replace('style?: JSX.CSSProperties;', 'style?: string;')
    .replace(
      /^( *)"on:(civic-[\w-]+)"\?: (.+);$/gm,
      '$1"on:$2"?: $3;\n$1/** The same event, as a Svelte 5 event attribute. */\n$1"on$2"?: $3;',
    )
    .replace(
      /Partial<(\w+)Props & BaseProps & BaseEvents>/g,
      'Partial<$1Props & BaseEvents> & Omit<HTMLAttributes<HTMLElement>, keyof $1Props>',
    )
    .replace(/^/, "import type { HTMLAttributes } from 'svelte/elements';\n"),
);

// - Vue turns `@civic-error-change` in a template into the prop
//   `onCivicErrorChange`, which vue-tsc looks up to type `$event`; the generator
//   writes only `oncivic-error-change`, so `$event` was untyped.
// - A static attribute in a Vue template is text (`maxlength="200"`), so a
//   numeric attribute also takes a string there.
editFile('dist/types/vue.d.ts', (text) =>
  text
    .replace(/^( *"?[a-z][a-z-]*"?\?: )number;$/gm, '$1number | string;')
    .replace(/^( *)"on(civic-[\w-]+)"\?: (.+);$/gm, (line, indent, name, type) => {
      const prop = `on${name.replace(/(^|-)(\w)/g, (_, dash, letter) => letter.toUpperCase())}`;
      return `${line}\n${indent}/** The same event, as Vue's \`@${name}\` listens for it. */\n${indent}${prop}?: ${type};`;
    }),
);

// React 19 sets a custom element's known properties and listens for its events
// by `on` + the event's name, as Preact does: the JSX types suit it, with React's
// own key, ref and children.
writeFileSync(
  'dist/types/react.d.ts',
  `// Generated by build/framework-types.mjs: raw <civic-*> tags in React 19 TSX.
import type { DOMAttributes, ReactNode, RefAttributes } from 'react';
import type { CustomElements } from './jsx.js';

type ReactCustomElements = {
  [Tag in keyof CustomElements]: CustomElements[Tag] &
    RefAttributes<HTMLElement> &
    Omit<DOMAttributes<HTMLElement>, 'children' | 'dangerouslySetInnerHTML'> & {
      children?: ReactNode;
      className?: string;
    };
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends ReactCustomElements {}
  }
}
`,
);

// Preact sets a custom element's known properties and listens for its events
// by `on` + the event's name: the JSX types with Preact's own HTML props
// (`onInput`, `class`, `aria-*`) beside each element's.
writeFileSync(
  'dist/types/preact.d.ts',
  `// Generated by build/framework-types.mjs: <civic-*> tags in Preact's JSX.
import type { HTMLAttributes } from 'preact';
import type { CustomElements } from './jsx.js';

type PreactCivicElements = {
  [Tag in keyof CustomElements]: CustomElements[Tag] &
    Omit<HTMLAttributes<HTMLElement>, keyof CustomElements[Tag]>;
};

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends PreactCivicElements {}
  }
}
`,
);

// Every custom event by name in the DOM's own event map, so that
// `element.addEventListener('civic-error-change', …)` (and Angular's strict
// templates, which type `$event` from it) know its detail. One event name
// has one detail type across the elements that fire it.
const eventTypes = new Map();
const declared = manifest.modules.flatMap((module) => module.declarations ?? []);
for (const declaration of forGenerators().modules.flatMap((module) => module.declarations)) {
  const original = declared.find((candidate) => candidate.name === declaration.name);
  for (const event of declaration.events ?? []) {
    const stated = original?.events?.find((each) => each.name === event.name)?.type?.text ?? '';
    const type = stated.startsWith('CustomEvent') ? `CustomEvent<${event.type.text}>` : 'Event';
    const known = eventTypes.get(event.name);
    if (known !== undefined && known.type !== type) {
      throw new Error(`${event.name} has two detail types: ${known.type} and ${type}.`);
    }
    eventTypes.set(event.name, { type, description: event.description });
  }
}
const eventLines = [...eventTypes]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([name, { type, description }]) => {
    const doc = description ? `    /** ${description.replace(/\*\//g, '*\\/')} */\n` : '';
    return `${doc}    '${name}': ${type};`;
  });
writeFileSync(
  'dist/types/events.d.ts',
  `// Generated by build/framework-types.mjs: Civic's custom events in the DOM's event map.
declare global {
  interface HTMLElementEventMap {
${eventLines.join('\n')}
  }
}
export {};
`,
);

function editFile(path, edit) {
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before)
    throw new Error(`${path}: the generator's output changed; review build/framework-types.mjs.`);
  writeFileSync(path, after);
}

console.log('Generated editor data and framework types in dist/ from custom-elements.json.');
