// Generates @civic-design/react from @civic-design/components' custom-elements.json:
// one client module per component folder (dist/<folder>.js and .d.ts) with a wrapper
// for each element it registers, built by the shared runtime (runtime/civic-react.js,
// copied to dist: each wrapper renders its markup function's canonical HTML), and
// dist/index.js re-exporting them all.
//
// The page furniture with no element (header, footer, details, table...) is found
// from what the package publishes: each folder with a markup module
// (dist/components/<folder>/markup.js, exported as components/*.js) and no element
// in the manifest gets a component named after the folder (CivicDetails), built by
// the same runtime from the folder's markup function (detailsMarkup) with props typed
// from its parameters (DetailsParams). It has no hooks, so its module is not a client
// module: a Server Component renders it on the server alone.
// The output is build output, never edited by hand or committed: a component added
// to the manifest gets its wrapper on the next build.
//
// Props are typed from the element classes' own declarations and the markup
// functions' parameters, with the manifest's attribute names as aliases; every event in the
// manifest except `click` (React's own onClick already works on any element)
// becomes a typed `on…` prop: `civic-error-change` -> `onCivicErrorChange`.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const COMPONENTS = '@civic-design/components';
const packageDir = join(dirname(new URL(import.meta.url).pathname), '..');
const outDir = join(packageDir, 'dist');
const require = createRequire(join(packageDir, 'package.json'));

const manifest = JSON.parse(readFileSync(require.resolve(`${COMPONENTS}/custom-elements.json`)));
const componentsDir = dirname(require.resolve(`${COMPONENTS}/package.json`));
const componentsPackage = JSON.parse(readFileSync(join(componentsDir, 'package.json'), 'utf8'));
const rootTypes = readFileSync(join(componentsDir, 'dist/index.d.ts'), 'utf8');
const serverTypes = readFileSync(join(componentsDir, 'dist/server/index.d.ts'), 'utf8');

/** Events React handles itself on every element: a mapping would only duplicate them. */
const REACT_HANDLED_EVENTS = new Set(['click']);

/** 'civic-error-change' -> 'onCivicErrorChange' */
function eventProp(eventName) {
  return `on${eventName
    .split(/[-_:]/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('')}`;
}

/** Names the package root exports, so that an event's detail type can be imported. */
function rootExports(name) {
  return new RegExp(`\\b${name}\\b`).test(rootTypes);
}

/** The TypeScript type of an event's object, and the detail types it needs imported. */
function eventType(event, warnings) {
  const text = event.type?.text ?? 'Event';
  const custom = /^CustomEvent<(.+)>$/.exec(text);
  if (custom) {
    const detail = custom[1];
    const names = detail.match(/\b[A-Z]\w*/g) ?? [];
    const missing = names.filter((name) => !rootExports(name));
    if (missing.length > 0) {
      warnings.push(
        `${event.name}: detail type ${detail} is not exported from ${COMPONENTS}; typed as unknown.`,
      );
      return { type: 'CustomEvent<unknown>', imports: [] };
    }
    return { type: text, imports: names };
  }
  if (text === 'CustomEvent') return { type: 'CustomEvent<unknown>', imports: [] };
  return { type: /^[A-Z]\w*Event$/.test(text) ? text : 'Event', imports: [] };
}

function collectElements() {
  const folders = new Map();
  for (const module of manifest.modules) {
    const folder = /^dist\/components\/([^/]+)\//.exec(module.path)?.[1];
    if (!folder) continue;
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const elements = folders.get(folder) ?? [];
      elements.push({ ...declaration, modulePath: module.path });
      folders.set(folder, elements);
    }
  }
  return new Map([...folders].sort(([a], [b]) => a.localeCompare(b)));
}

function docComment(element, ownMarkup) {
  const summary = element.summary ?? element.description ?? '';
  const lines = [
    `React wrapper for \`<${element.tagName}>\`${summary ? `: ${summary}` : '.'}`,
    '',
    ownMarkup
      ? 'Renders the canonical HTML (on the server too); the element is registered after the first render and adopts it.'
      : 'A data child: its parent reads it and builds the list in the browser.',
  ];
  return `/**\n${lines.map((line) => ` *${line ? ` ${line}` : ''}`).join('\n')}\n */`;
}

/** 'text-input' -> 'textInput' */
function camel(name) {
  return name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
}

/** The markup parameter an attribute stands for, where it is not the attribute in camel case. */
const PARAM_OF_ATTRIBUTE = {
  'field-id': 'id',
  readonly: 'readOnly',
  minlength: 'minLength',
  maxlength: 'maxLength',
  maxwords: 'maxWords',
  formaction: 'formAction',
  formenctype: 'formEnctype',
  formmethod: 'formMethod',
  formnovalidate: 'formNoValidate',
  formtarget: 'formTarget',
  // The text input's and textarea's parameters keep these HTML names.
  inputmode: 'inputmode',
  enterkeyhint: 'enterkeyhint',
  autocapitalize: 'autocapitalize',
  spellcheck: 'spellcheck',
};

/** Element properties whose markup parameter has another name. */
const PARAM_OF_PROPERTY = { htmlFor: 'for' };

/** Components whose children are the page's content (kept in place), or their text. */
const CHILDREN = {
  button: 'text',
  'notification-banner': 'content',
  panel: 'content',
  tag: 'content',
  'status-tracker': 'data',
  'summary-list': 'data',
  'task-list': 'data',
  timeline: 'data',
};

/** Parameter types of the markup functions, where the name is not `<Folder>Params`. */
const PARAMS_TYPE = { fieldset: 'CivicFieldsetParams' };

function pascal(name) {
  const word = camel(name);
  return word[0].toUpperCase() + word.slice(1);
}

function writableProperties(element) {
  return (element.members ?? [])
    .filter(
      (member) =>
        member.kind === 'field' &&
        !member.static &&
        !member.readonly &&
        member.privacy !== 'private' &&
        member.privacy !== 'protected' &&
        !member.name.startsWith('#'),
    )
    .map((member) => member.name);
}

function generateFolder(folder, elements, warnings) {
  const header =
    '// Generated by scripts/generate-wrappers.mjs from custom-elements.json. Do not edit.';
  const js = [
    // A client module: hooks and refs run in the browser, and a Server
    // Component can render these wrappers (their server HTML is the markup's).
    "'use client';",
    header,
    "import { civicComponent } from './civic-react.js';",
  ];
  const dts = [header, "import type { CivicWrapper, CivicWrapperProps } from './civic-react.js';"];
  const markupModule = `${COMPONENTS}/components/${folder}/markup.js`;
  const markupName = `${camel(folder)}Markup`;
  const paramsType = PARAMS_TYPE[folder] ?? `${pascal(folder)}Params`;
  const hasMarkup = elements.some((element) => element.tagName === `civic-${folder}`);
  if (hasMarkup) {
    js.push(`import { ${markupName} } from '${markupModule}';`);
    dts.push(`import type { ${paramsType} } from '${markupModule}';`);
  }
  js.push('', `const register = () => import('${COMPONENTS}/${folder}.js');`);
  const detailImports = new Set();
  const bodies = { js: [], dts: [] };

  for (const element of elements) {
    const elementModule = `${COMPONENTS}/${element.modulePath.replace(/^dist\//, '')}`;
    const alias = `${element.name}Element`;
    dts.push(`import type { ${element.name} as ${alias} } from '${elementModule}';`);
    const ownMarkup = element.tagName === `civic-${folder}`;

    const properties = writableProperties(element);
    const attributes = Object.fromEntries(
      (element.attributes ?? []).map((attribute) => [
        attribute.name,
        PARAM_OF_ATTRIBUTE[attribute.name] ?? attribute.fieldName ?? camel(attribute.name),
      ]),
    );
    // Properties with no attribute hold what HTML cannot (validators): set once the element is defined.
    const attributeParams = new Set(Object.values(attributes));
    const propertyOnly = properties.filter((name) => !attributeParams.has(name));
    // Attributes spelt like their property (`label`) need no alias.
    for (const [name, param] of Object.entries(attributes)) {
      if (name === param) delete attributes[name];
    }

    const events = (element.events ?? []).filter(
      (event) => event.name && !REACT_HANDLED_EVENTS.has(event.name),
    );
    const eventLines = events.map((event) => {
      const { type, imports } = eventType(event, warnings);
      for (const name of imports) detailImports.add(name);
      return {
        prop: eventProp(event.name),
        name: event.name,
        type,
        description: event.description,
      };
    });

    const spec = {
      tagName: element.tagName,
      displayName: element.name,
      properties,
      propertyOnly,
      attributes,
      paramOfProperty: Object.fromEntries(
        Object.entries(PARAM_OF_PROPERTY).filter(([property]) => properties.includes(property)),
      ),
      events: Object.fromEntries(eventLines.map(({ prop, name }) => [prop, name])),
      children: ownMarkup ? (CHILDREN[folder] ?? 'none') : 'data-child',
    };
    const specText = JSON.stringify(spec, null, 2).slice(2, -2);
    bodies.js.push(
      [
        `export const ${element.name} = civicComponent({`,
        `${specText},`,
        `  markup: ${ownMarkup ? markupName : 'undefined'},`,
        '  register,',
        '});',
      ].join('\n'),
    );

    const eventsType = eventLines.length
      ? `{\n${eventLines
          .map(
            ({ prop, type, description }) =>
              `  ${description ? `/** ${description.replace(/\*\//g, '*\\/')} */\n  ` : ''}${prop}?: (event: ${type}) => void;`,
          )
          .join('\n')}\n}`
      : 'Record<never, never>';
    const settable = properties.length
      ? properties.map((name) => `'${name}'`).join(' | ')
      : 'never';
    const aliasMap = `{ ${Object.entries(attributes)
      .map(([name, param]) => `'${name}': '${param}'`)
      .join('; ')} }`;
    bodies.dts.push(
      [
        `/** Events of \`<${element.tagName}>\` as React props. */`,
        `export type ${element.name}Events = ${eventsType};`,
        `/** Props of the ${element.name} wrapper: the element's properties, or the attribute names of its HTML (\`maxlength\`, \`show-summary\`), and its events. */`,
        `export type ${element.name}Props = CivicWrapperProps<${alias}, ${settable}, ${ownMarkup ? paramsType : 'Record<never, never>'}, ${aliasMap}, ${element.name}Events>;`,
        docComment(element, ownMarkup),
        `export declare const ${element.name}: CivicWrapper<${alias}, ${element.name}Props>;`,
      ].join('\n'),
    );
  }

  if (detailImports.size > 0) {
    dts.push(`import type { ${[...detailImports].sort().join(', ')} } from '${COMPONENTS}';`);
  }
  return {
    js: `${js.join('\n')}\n\n${bodies.js.join('\n\n')}\n`,
    dts: `${dts.join('\n')}\n\n${bodies.dts.join('\n\n')}\n`,
  };
}

/** The body of `export interface <name> {…}` in a declaration file, or undefined. */
function interfaceBody(types, name) {
  const start = new RegExp(`export interface ${name}\\b[^{]*\\{`).exec(types);
  if (start === null) return undefined;
  let depth = 1;
  let index = start.index + start[0].length;
  while (depth > 0 && index < types.length) {
    if (types[index] === '{') depth += 1;
    if (types[index] === '}') depth -= 1;
    index += 1;
  }
  return types.slice(start.index + start[0].length, index - 1);
}

/** The doc comment's text just before `export declare function <name>(`, or undefined. */
function docOf(types, name) {
  const found = new RegExp(
    `/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export declare function ${name}\\(`,
  ).exec(types);
  return found?.[1]
    .split('\n')
    .map((line) => line.replace(/^\s*\*?\s*/, ''))
    .join(' ')
    .trim();
}

/**
 * The markup-only folders: a markup module published under components/*.js and
 * no element in the manifest. Each must have its `<folder>Markup` function and
 * `<Folder>Params` type, or the build stops.
 */
async function collectMarkupOnly(elementFolders) {
  if (componentsPackage.exports?.['./components/*.js'] === undefined) {
    throw new Error(
      `${COMPONENTS} no longer exports ./components/*.js, so its markup modules cannot be imported.`,
    );
  }
  const componentsRoot = join(componentsDir, 'dist/components');
  const found = [];
  for (const folder of readdirSync(componentsRoot).sort()) {
    const markupJs = join(componentsRoot, folder, 'markup.js');
    if (elementFolders.has(folder) || !existsSync(markupJs)) continue;
    const where = `${COMPONENTS}/components/${folder}/markup.js`;
    const markupName = `${camel(folder)}Markup`;
    const paramsType = PARAMS_TYPE[folder] ?? `${pascal(folder)}Params`;
    const typesFile = join(componentsRoot, folder, 'markup.d.ts');
    const types = existsSync(typesFile) ? readFileSync(typesFile, 'utf8') : '';
    const markupModule = await import(pathToFileURL(markupJs).href);
    const signature = new RegExp(`export declare function ${markupName}\\(([^)]*)\\)`).exec(types);
    if (typeof markupModule[markupName] !== 'function' || signature === null) {
      throw new Error(
        `${where} has no element in the manifest and no exported function ${markupName} (with its declaration in markup.d.ts), so no React component can be made for "${folder}". Export ${markupName}(params), or give the folder an element.`,
      );
    }
    const params = interfaceBody(types, paramsType);
    if (params === undefined && !new RegExp(`export type ${paramsType}\\b`).test(types)) {
      throw new Error(
        `${where} exports ${markupName} but not its parameters' type ${paramsType}, so the React component's props cannot be typed. Export ${paramsType} from markup.ts.`,
      );
    }
    // A second parameter of type AuthoredContent is the place of the page's
    // own content: the component's children go there. Otherwise a `text`
    // parameter takes text children, as a button's does.
    const takesContent = /,\s*content\?: AuthoredContent$/.test(signature[1].trim());
    const takesText = params !== undefined && /^\s*text\?: string;/m.test(params);
    found.push({
      folder,
      markupName,
      paramsType,
      componentName: `Civic${pascal(folder)}`,
      renderName: `render${pascal(folder)}`,
      summary: docOf(serverTypes, `render${pascal(folder)}`),
      children: takesContent ? 'content' : takesText ? 'text' : 'none',
      // What the markup says of its content argument, for the component's doc.
      contentDoc: /@param content (.+?)(?= @\w|$)/.exec(docOf(types, markupName) ?? '')?.[1],
    });
  }
  return found;
}

const CHILDREN_DOC = {
  content:
    "Its children are the page's own content, written where the markup holds it (where a server's `html` goes).",
  text: 'Its text children are its `text`.',
  none: 'It takes no children.',
};

function generateMarkupOnly(component) {
  const { folder, markupName, paramsType, componentName, renderName, summary, children } =
    component;
  const childrenDoc =
    children === 'content' && component.contentDoc !== undefined
      ? `Its children go to the place of ${markupName}'s content argument: ${component.contentDoc[0].toLowerCase()}${component.contentDoc.slice(1)}`
      : CHILDREN_DOC[children];
  const header =
    '// Generated by scripts/generate-wrappers.mjs from @civic-design/components. Do not edit.';
  const markupModule = `${COMPONENTS}/components/${folder}/markup.js`;
  const js = [
    header,
    // Not a client module: no hooks, refs or effects, so a Server Component
    // renders it on the server alone (and a client component in the browser).
    "import { civicMarkupComponent } from './civic-react.js';",
    `import { ${markupName} } from '${markupModule}';`,
    '',
    `export const ${componentName} = civicMarkupComponent({`,
    `  displayName: '${componentName}',`,
    `  markup: ${markupName},`,
    `  children: '${children}',`,
    '});',
    '',
  ];
  const doc = [
    `${summary ? `${summary.replace(/\*\//g, '*\\/')} ` : ''}The same HTML as \`${renderName}\` from \`${COMPONENTS}/server\`, as React elements; no element and no hooks, so Server Components render it too.`,
    '',
    `${childrenDoc.replace(/\*\//g, '*\\/')} Props are ${markupName}'s parameters, without the HTML ones (\`html\`, \`…Html\`), which are for servers.`,
  ];
  const dts = [
    header,
    "import type { CivicMarkupComponent, CivicMarkupProps } from './civic-react.js';",
    `import type { ${paramsType} } from '${markupModule}';`,
    '',
    `/** Props of ${componentName}: the parameters of \`${markupName}\` (what a server gives \`${renderName}\`), without its HTML ones. */`,
    `export type ${componentName}Props = CivicMarkupProps<${paramsType}, '${children}'>;`,
    `/**\n${doc.map((line) => ` *${line ? ` ${line}` : ''}`).join('\n')}\n */`,
    `export declare const ${componentName}: CivicMarkupComponent<${componentName}Props>;`,
    '',
  ];
  return { js: js.join('\n'), dts: dts.join('\n') };
}

const folders = collectElements();
if (folders.size === 0) throw new Error(`No custom elements in ${COMPONENTS}'s manifest.`);
const markupOnly = await collectMarkupOnly(folders);
if (markupOnly.length === 0) {
  throw new Error(`No markup-only folders found in ${COMPONENTS}/dist/components.`);
}

const warnings = [];
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
for (const file of ['civic-react.js', 'civic-react.d.ts']) {
  copyFileSync(join(packageDir, 'runtime', file), join(outDir, file));
}
for (const [folder, elements] of folders) {
  const { js, dts } = generateFolder(folder, elements, warnings);
  writeFileSync(join(outDir, `${folder}.js`), js);
  writeFileSync(join(outDir, `${folder}.d.ts`), dts);
}
for (const component of markupOnly) {
  const { js, dts } = generateMarkupOnly(component);
  writeFileSync(join(outDir, `${component.folder}.js`), js);
  writeFileSync(join(outDir, `${component.folder}.d.ts`), dts);
}
const index = [
  '// Generated by scripts/generate-wrappers.mjs from custom-elements.json. Do not edit.',
  '// Importing from here registers every element; import `@civic-design/react/<name>.js`',
  '// for one component only.',
  ...[...folders.keys(), ...markupOnly.map(({ folder }) => folder)]
    .sort((a, b) => a.localeCompare(b))
    .map((folder) => `export * from './${folder}.js';`),
  '',
].join('\n');
writeFileSync(join(outDir, 'index.js'), index);
writeFileSync(join(outDir, 'index.d.ts'), index);

for (const warning of warnings) console.warn(`warning: ${warning}`);
const count = [...folders.values()].reduce((sum, elements) => sum + elements.length, 0);
console.log(
  `Generated ${count} React wrappers in ${folders.size} modules, and ${markupOnly.length} components of the page furniture with no element (${markupOnly.map(({ componentName }) => componentName).join(', ')}).`,
);
