// Runs a component's whole test suite twice: rendered in the browser, and
// rendered on the server by @lit-labs/ssr (declarative shadow DOM) then
// hydrated. The server render uses the built package in Node, exactly what a
// Node server would import. Hydration must raise no error and leave the same
// shadow DOM as a client render.
//
// Import this module before any component: it installs Lit's hydration support,
// which must be in place before LitElement is first evaluated.
import {
  cleanupFixtures,
  csrFixture,
  ssrHydratedFixture,
  ssrNonHydratedFixture,
} from '@lit-labs/testing/fixtures.js';
import { expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

export type RenderMode = 'client-rendered' | 'server-rendered and hydrated';

/** Renders a template in the current mode and returns its first element. */
export type Fixture = <T extends Element = HTMLElement>(template: TemplateResult) => Promise<T>;

/** The built registering entry the server imports for a component folder name. */
function serverModule(component: string): string {
  return `/packages/components/dist/components/${component}/define.js`;
}

/**
 * Every shadow root in the fixture as a user sees it: no Lit markers, no
 * whitespace runs, and no <style> (the server inlines styles that the client
 * adopts as constructed stylesheets).
 */
function visibleMarkup(fixtureRoot: Element): string[] {
  const hosts = [fixtureRoot, ...fixtureRoot.querySelectorAll('*')].filter((el) => el.shadowRoot);
  return hosts.map((host) =>
    withSortedAttributes(host.shadowRoot!)
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/\s+/g, ' ')
      .replace(/> </g, '><')
      .trim(),
  );
}

/** The markup with each element's attributes in name order: the server writes static ones first. */
function withSortedAttributes(root: ShadowRoot): string {
  const copy = document.createElement('div');
  for (const node of root.childNodes) copy.append(node.cloneNode(true));
  for (const element of copy.querySelectorAll('*')) {
    const attributes = [...element.attributes]
      .map((attribute) => [attribute.name, attribute.value] as const)
      .sort(([a], [b]) => a.localeCompare(b));
    for (const [name] of attributes) element.removeAttribute(name);
    for (const [name, value] of attributes) element.setAttribute(name, value);
  }
  return copy.innerHTML;
}

/**
 * Waits until every element in the fixture has finished updating, including
 * updates that one element's first render asks of another (a list numbering
 * its sections) and those queued by mutation observers.
 */
export async function settle(fixtureRoot: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setTimeout(resolve));
    const elements = [fixtureRoot, ...fixtureRoot.querySelectorAll('*')];
    await Promise.all(
      elements.map(
        (el) =>
          (el as Element & { updateComplete?: Promise<unknown> }).updateComplete ??
          Promise.resolve(),
      ),
    );
  }
}

function failOnHydrationErrors<T>(render: () => Promise<T>): Promise<T> {
  const problems: string[] = [];
  const recordError = (event: ErrorEvent) => problems.push(event.message);
  const originalConsoleError = console.error;
  console.error = (...args: unknown[]) => {
    problems.push(args.map(String).join(' '));
    originalConsoleError.apply(console, args);
  };
  window.addEventListener('error', recordError);
  return render().finally(() => {
    window.removeEventListener('error', recordError);
    console.error = originalConsoleError;
    expect(problems, 'errors while hydrating').to.deep.equal([]);
  });
}

function hydratedFixture(components: string[]): Fixture {
  const modules = components.map(serverModule);
  return async <T extends Element>(template: TemplateResult) => {
    const hydrated = await failOnHydrationErrors(async () => {
      const root = await ssrHydratedFixture(template, { modules, base: location.origin });
      // The fixture hydrates only the first deferred element; a template with
      // several components (a form with two buttons) needs the rest too.
      for (const deferred of root.parentElement!.querySelectorAll('[defer-hydration]')) {
        deferred.removeAttribute('defer-hydration');
        await (deferred as Element & { updateComplete?: Promise<unknown> }).updateComplete;
      }
      return root;
    });
    const clientRendered = await csrFixture(template, { modules: [], base: location.origin });
    await settle(hydrated);
    await settle(clientRendered);
    expect(
      visibleMarkup(hydrated),
      'hydrated shadow DOM (the server renders packages/components/dist: run pnpm build after editing src)',
    ).to.deep.equal(visibleMarkup(clientRendered));
    clientRendered.parentElement?.remove();
    return hydrated as unknown as T;
  };
}

const clientFixture: Fixture = async <T extends Element>(template: TemplateResult) =>
  (await csrFixture(template, { modules: [], base: location.origin })) as unknown as T;

/**
 * Declares `suite` once per render mode. `components` are the folder names of
 * every Civic element the fixtures use, so the server can import them.
 */
export function forEachRenderMode(
  components: string[],
  suite: (fixture: Fixture, mode: RenderMode) => void,
): void {
  const modes: [RenderMode, Fixture][] = [
    ['client-rendered', clientFixture],
    ['server-rendered and hydrated', hydratedFixture(components)],
  ];
  for (const [mode, fixture] of modes) {
    describe(mode, () => {
      afterEach(() => cleanupFixtures());
      suite(fixture, mode);
    });
  }
}

/**
 * The server's HTML as a browser without JavaScript shows it: declarative
 * shadow DOM, never hydrated (`defer-hydration` keeps Lit away). For checking
 * that content components read correctly with JavaScript off.
 */
export async function serverRenderedWithoutScript<T extends Element>(
  components: string[],
  template: TemplateResult,
): Promise<T> {
  const root = await ssrNonHydratedFixture(template, {
    modules: components.map(serverModule),
    base: location.origin,
  });
  return root as unknown as T;
}
