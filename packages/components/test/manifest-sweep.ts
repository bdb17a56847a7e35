// Mistakes and hostile input never break a page: every element the
// custom-elements manifest declares, every attribute and public property it
// lists, set to what real pages and frameworks set by mistake (null, wrong
// types, removal, empty, very long, right-to-left, emoji, malformed JSON,
// script and data URLs, values outside an enumeration). Driven by the
// manifest, so a component added later is swept without new code here.
//
// Each try asserts: no uncaught exception or rejected update; no "NaN",
// "null", "undefined" or "[object Object]" shown that the page did not
// write; nothing injected (no element the value's markup would make, no
// script run); nothing wider than a 320 CSS px page; and a `[civic]` warning
// for each developer mistake the manifest can recognise (a value outside an
// enumerated attribute's values, malformed JSON in an attribute whose type is
// not text, a script URL in a link attribute). Run `pnpm build` first: the
// manifest is built. The elements are shared between a few test files
// (src/sweep/sweep-<n>.test.ts), each under web-test-runner's time limit
// for one file.
import { expect } from '@open-wc/testing';
import { HOSTILE } from './hostile.js';
import { jsonText } from '../src/core/enumerated.js';
import { clearWarningHistory } from '../src/core/warn.js';

interface ManifestType {
  text: string;
}
interface ManifestAttribute {
  name: string;
  type?: ManifestType;
  fieldName?: string;
}
interface ManifestMember {
  kind: string;
  name: string;
  type?: ManifestType;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  name: string;
  slots?: { name: string; description?: string }[];
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
}
interface Manifest {
  modules: { path: string; declarations?: ManifestDeclaration[] }[];
}

const manifest = (await (
  await fetch('/packages/components/custom-elements.json')
).json()) as Manifest;

const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.customElement === true && declaration.tagName)
    .map((declaration) => ({ declaration, path: module.path })),
);

const folderOf = (path: string) => path.replace(/\/[^/]+$/, '');

/**
 * Where each element is swept: on its own, and inside each element of its
 * folder whose slot takes it (the manifest's slot description names
 * `<civic-task>`: a task inside its task list and its section, a row inside
 * its summary list), because data children take effect only in their parent.
 */
function placesOf(declaration: ManifestDeclaration, path: string): (string | undefined)[] {
  const child = `<${declaration.tagName}>`;
  const containers = elements
    .filter(
      (other) =>
        folderOf(other.path) === folderOf(path) &&
        (other.declaration.slots ?? []).some((slot) => slot.description?.includes(child)),
    )
    .map((other) => other.declaration.tagName);
  return [undefined, ...containers];
}

// Every element's registering entry: define.ts beside its class.
const defineEntries = [
  ...new Set(
    elements.map(
      ({ path }) =>
        `/packages/components/${path.replace(/^dist\//, 'src/').replace(/[^/]+\.js$/, 'define.ts')}`,
    ),
  ),
];
// Each on its own, so one that fails to load fails its own test below.
const loaded = await Promise.allSettled(defineEntries.map((entry) => import(entry)));
const unloadable = loaded.flatMap((result, index) =>
  result.status === 'rejected' ? [`${defineEntries[index]}: ${String(result.reason)}`] : [],
);

const PAGE_WIDTH = 320;
const SHOWN_BY_MISTAKE = /\bNaN\b|\bundefined\b|\bnull\b|\[object Object\]/;

const TEXT_VALUES: readonly string[] = [
  '',
  ' ',
  'W'.repeat(300),
  'Long words wrap '.repeat(40),
  'مرحبا، هذا نص من اليمين إلى اليسار',
  '👩🏽‍💻🏴󠁧󠁢󠁷󠁬󠁳󠁿 emoji ✅',
  HOSTILE,
  '"><svg onload="window.__civicHacked = true">',
  '{not json',
  '{"wrong": "shape"}',
  '[{"also": "wrong"}]',
  '-1',
  '0',
  '1e309',
  'javascript:window.__civicHacked = true',
  'data:text/html,<script>window.__civicHacked = true</script>',
];

const PROPERTY_VALUES: readonly unknown[] = [
  null,
  undefined,
  42,
  Number.NaN,
  true,
  { an: 'object' },
  ['an', 'array'],
  '',
  HOSTILE,
];

/** The string literals of a union type such as `'primary' | 'secondary'`, or none. */
function enumeratedValues(type: ManifestType | undefined): string[] {
  if (!type) return [];
  const parts = type.text.split('|').map((part) => part.trim());
  const literals = parts.filter((part) => /^'[^']*'$/.test(part)).map((part) => part.slice(1, -1));
  const others = parts.filter((part) => !/^'[^']*'$/.test(part) && part !== 'undefined');
  return others.length === 0 ? literals : [];
}

const PLAIN_TYPES = /^(string|boolean|number)( \| (undefined|null))*$/;
const isJsonType = (type: ManifestType | undefined) =>
  type !== undefined && !PLAIN_TYPES.test(type.text) && enumeratedValues(type).length === 0;
const isUrlAttribute = (name: string) => /(^|-)href$|^formaction$|^action$/.test(name);

interface Try {
  what: string;
  problem: string;
}

let uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(event.message);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));

/** Waits for the element's update (a rejected one is a failure). */
async function updated(element: Element): Promise<void> {
  const update = (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  try {
    await update;
  } catch (error) {
    uncaught.push(`rejected update: ${String(error)}`);
  }
}

/** Waits for the element and its parent, then for a task, so what they scheduled has run. */
async function settled(element: Element, holder: Element): Promise<void> {
  await updated(element);
  // A parent rebuilds from its data children in a mutation observer's microtask.
  await updated(holder);
  await new Promise((resolve) => setTimeout(resolve));
  await updated(holder);
}

/** Everything the element shows, in its own DOM and any shadow root. */
function shownText(element: Element): string {
  const parts = [element.textContent];
  const walk = (root: Element | ShadowRoot) => {
    for (const child of root.querySelectorAll('*')) {
      if (child.shadowRoot) {
        parts.push(child.shadowRoot.textContent);
        walk(child.shadowRoot);
      }
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'value']) {
        const value = child.getAttribute(name);
        if (value) parts.push(value);
      }
    }
  };
  walk(element);
  if (element.shadowRoot) {
    parts.push(element.shadowRoot.textContent);
    walk(element.shadowRoot);
  }
  return parts.join(' ');
}

function injected(element: Element): boolean {
  const roots: (Element | ShadowRoot)[] = [element];
  if (element.shadowRoot) roots.push(element.shadowRoot);
  return (
    window.__civicHacked === true ||
    roots.some((root) => root.querySelector('[onerror], [onload], script') !== null)
  );
}

async function attempt(
  tag: string,
  container: string | undefined,
  what: string,
  given: string,
  apply: (element: HTMLElement) => void,
  expectWarning: false | RegExp,
  failures: Try[],
): Promise<void> {
  const page = document.createElement('div');
  page.style.width = `${PAGE_WIDTH}px`;
  document.body.append(page);
  const form = document.createElement('form');
  page.append(form);
  const element = document.createElement(tag);
  const holder = container === undefined ? element : document.createElement(container);
  if (holder !== element) holder.append(element);
  const warnings: string[] = [];
  const originalWarn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  uncaught = [];
  clearWarningHistory();
  try {
    form.append(holder);
    await updated(element);
    try {
      apply(element);
    } catch (error) {
      failures.push({ what, problem: `threw ${String(error)}` });
    }
    await settled(element, holder);
    if (uncaught.length > 0) failures.push({ what, problem: `uncaught: ${uncaught.join('; ')}` });
    const shown = shownText(holder);
    const match = SHOWN_BY_MISTAKE.exec(shown);
    if (match && !given.includes(match[0])) {
      failures.push({ what, problem: `shows "${match[0]}"` });
    }
    if (injected(holder)) failures.push({ what, problem: 'injected markup or ran script' });
    if (page.scrollWidth > PAGE_WIDTH + 1) {
      failures.push({ what, problem: `${page.scrollWidth}px wide on a ${PAGE_WIDTH}px page` });
    }
    if (expectWarning && !warnings.some((warning) => expectWarning.test(warning))) {
      failures.push({ what, problem: `no [civic] warning matching ${String(expectWarning)}` });
    }
  } finally {
    console.warn = originalWarn;
    window.__civicHacked = false;
    page.remove();
  }
}

/** Every try for one element, with its failures. */
async function sweep(
  declaration: ManifestDeclaration,
  container: string | undefined,
): Promise<{ tries: number; failures: Try[] }> {
  const tag = declaration.tagName!;
  const inside = container === undefined ? '' : ` (in ${container})`;
  const failures: Try[] = [];
  let tries = 0;
  for (const attribute of declaration.attributes ?? []) {
    const choices = enumeratedValues(attribute.type);
    const values = [...TEXT_VALUES, ...choices];
    for (const value of values) {
      let warning: false | RegExp = false;
      if (choices.length > 0 && value.trim() !== '' && !choices.includes(value)) {
        warning = /^\[civic\] /;
      } else if (isJsonType(attribute.type) && /^[[{]/.test(value) && value.includes('not json')) {
        warning = /^\[civic\] /;
      } else if (isUrlAttribute(attribute.name) && /^(javascript|data):/.test(value)) {
        warning = /^\[civic\] /;
      }
      tries += 1;
      await attempt(
        tag,
        container,
        `${tag}${inside} ${attribute.name}="${value.slice(0, 30)}"`,
        value,
        (element) => element.setAttribute(attribute.name, value),
        warning,
        failures,
      );
    }
    tries += 1;
    await attempt(
      tag,
      container,
      `${tag}${inside} ${attribute.name} set, then removed`,
      'x',
      (element) => {
        element.setAttribute(attribute.name, choices[0] ?? 'x');
        element.removeAttribute(attribute.name);
      },
      false,
      failures,
    );
  }
  const properties = (declaration.members ?? []).filter(
    (member) =>
      member.kind === 'field' &&
      !member.static &&
      !member.readonly &&
      member.privacy !== 'private' &&
      member.privacy !== 'protected' &&
      !member.name.startsWith('#'),
  );
  for (const property of properties) {
    for (const value of PROPERTY_VALUES) {
      tries += 1;
      // A number set as text is written as the platform writes it: `input.value = NaN` shows "NaN".
      const given = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
      await attempt(
        tag,
        container,
        `${tag}${inside}.${property.name} = ${describeValue(value)}`,
        given,
        (element) => {
          (element as unknown as Record<string, unknown>)[property.name] = value;
        },
        false,
        failures,
      );
    }
  }
  return { tries, failures };
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 30));
  if (Number.isNaN(value)) return 'NaN';
  return jsonText(value);
}

/** Declares the tests for every `count`th element, starting at `shard` (1-based). */
export function sweepShard(shard: number, count: number): void {
  describe('every element in the manifest, with mistakes and hostile input', () => {
    before(() => {
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
    });
    after(() => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    });

    it(`finds the elements to sweep (part ${shard} of ${count}), and loads every registering entry`, () => {
      expect(elements.length).to.be.greaterThan(10);
      expect(unloadable).to.deep.equal([]);
    });

    for (const [index, { declaration, path }] of elements.entries()) {
      if (index % count !== shard - 1) continue;
      if (!customElements.get(declaration.tagName!)) continue;
      for (const container of placesOf(declaration, path)) {
        const place = container === undefined ? '' : ` inside ${container}`;
        it(`${declaration.tagName}${place}: no exception, no stray text, no injection, no overflow, a warning for each mistake`, async function () {
          this.timeout(120_000);
          const { tries, failures } = await sweep(declaration, container);
          console.log(
            `[sweep] ${declaration.tagName}${place}: ${tries} tries, ${failures.length} failures`,
          );
          expect(failures.map((failure) => `${failure.what}: ${failure.problem}`)).to.deep.equal(
            [],
          );
        });
      }
    }
  });
}
