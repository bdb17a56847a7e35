// The page furniture with no element (header, footer, details, table...) as
// React components, with React 19: React's HTML is the server entry's HTML for
// the same parameters, on the server, in the browser and after hydration, with
// the page's own content (children) in place. They have no hooks and are not
// client modules, so a Server Component renders them. Run `pnpm build` first.
import { expect } from '@open-wc/testing';
import { act, createElement, Fragment, type ReactElement } from 'react';
import * as ReactClient from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { clearWarningHistory } from '@civic-design/components/core/warn.js';
import { warningsDuring } from '../../components/test/warnings.js';
import * as Components from '../dist/index.js';
import type {
  CivicBackLinkProps,
  CivicHeaderProps,
  CivicInsetTextProps,
  CivicTableProps,
} from '../dist/index.js';
import {
  asParsed,
  FURNITURE,
  FURNITURE_CASES,
  FURNITURE_MODULES,
  type CaseReact,
} from './furniture-fixtures.js';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const RAW_HTML_ERROR =
  '[civic] HTML parameters (hintHtml, html and the like) are for servers writing HTML; in React, give text, or render your own content as children.';

/** What React Server Components' server bundle holds: React's server build and the furniture modules. */
type ReactServerBundle = typeof Components & {
  React: CaseReact & Record<string, unknown>;
};

/** The message `action` throws, or undefined. */
function thrownBy(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}

describe('Furniture components on the server', () => {
  for (const { what, element, serverHtml } of FURNITURE_CASES) {
    it(`render the server entry's HTML for ${what}`, () => {
      const page = element({ createElement }, Components);
      expect(asParsed(renderToString(page))).to.equal(asParsed(serverHtml));
      expect(asParsed(renderToStaticMarkup(page))).to.equal(asParsed(serverHtml));
    });
  }

  it('are the plain function components of the markup-only folders, next to the element wrappers', () => {
    const functions = Object.entries(Components)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .sort();
    expect(functions).to.deep.equal([...FURNITURE]);
    expect(FURNITURE.map((name) => Components[name].displayName)).to.deep.equal([...FURNITURE]);
  });

  it('are not client modules, as the element wrappers are', async () => {
    // The dev server may put "use strict" first; a directive is any line of its own.
    const isClientModule = async (name: string) => {
      const source = await (await fetch(`/packages/react/dist/${name}.js`)).text();
      return /^["']use client["'];?$/m.test(source);
    };
    expect(await Promise.all(FURNITURE_MODULES.map(isClientModule))).to.deep.equal(
      FURNITURE_MODULES.map(() => false),
    );
    expect(await isClientModule('panel')).to.equal(true);
  });

  it('render in a Server Component, with the React server build that has no state or effect hooks', async () => {
    const url = `/__civic-react__/react-server.js?modules=${FURNITURE_MODULES.join(',')}`;
    const server = (await import(url)) as ReactServerBundle;
    // The server build, which a component calling useRef or useEffect could not run with.
    expect(
      ['useState', 'useRef', 'useEffect', 'useLayoutEffect'].filter((hook) => hook in server.React),
    ).to.deep.equal([]);
    expect(server.React).not.to.equal(ReactClient);
    for (const { what, element, serverHtml } of FURNITURE_CASES) {
      // As React Server Components render a Server Component: its function called with
      // its props, outside any client render. Its elements then become HTML.
      const written = element(server.React, server);
      const type = written.type as (props: unknown) => ReactElement;
      const rendered = type(written.props);
      expect(asParsed(renderToStaticMarkup(rendered)), what).to.equal(asParsed(serverHtml));
    }
  });

  it('throw the HTML parameters’ error for html, logoHtml and a table cell’s html', () => {
    const attempts = [
      createElement(Components.CivicInsetText, { html: '<p>Apply</p>' } as CivicInsetTextProps),
      createElement(Components.CivicHeader, {
        organisationName: 'Cardiff Council',
        logoHtml: '<img alt="">',
      } as CivicHeaderProps),
      createElement(
        Components.CivicDetails,
        { summaryText: 'Help', html: '<p>Help</p>' } as never,
        'Children do not make html safe',
      ),
      createElement(Components.CivicTable, {
        caption: 'Fees',
        rows: [[{ html: '<b>£10</b>' }]],
      }),
    ];
    expect(attempts.map((page) => thrownBy(() => renderToString(page)))).to.deep.equal(
      attempts.map(() => RAW_HTML_ERROR),
    );
  });

  it('warn once, naming the component, about children they cannot show', async () => {
    const { CivicBackLink, CivicDetails, CivicTable } = Components;
    clearWarningHistory();
    let html = '';
    const warnings = await warningsDuring(() => {
      html = renderToStaticMarkup(
        createElement(
          Fragment,
          null,
          createElement(CivicTable, { id: 'fees' }, 'Fees'),
          createElement(CivicBackLink, { href: '/' }, createElement('b', null, 'Back')),
          createElement(CivicDetails, { summaryText: 'Help', text: 'From text' }, 'From children'),
          createElement(CivicBackLink, { href: '/', text: 'From text' }, 'From children'),
        ),
      );
    });
    expect(warnings).to.deep.equal([
      '[civic] CivicTable takes no children, so they are left out: give what it shows as its props.',
      '[civic] Table has no caption, so neither the table nor its scrolling region has a name, and keyboard users cannot reach it to scroll: set caption.',
      "[civic] CivicBackLink's children are its text, so children that are not text are left out.",
      '[civic] CivicDetails has both text and children; the children are shown: give one of them.',
      '[civic] CivicBackLink has both text and children; the text is shown: give one of them.',
    ]);
    expect(html).to.equal(
      '<div class="civic-table-wrapper"><table class="civic-table" id="fees"><tbody class="civic-table__body"></tbody></table></div>' +
        '<a class="civic-back-link" href="/">Back</a>' +
        '<details class="civic-details"><summary class="civic-details__summary"><span class="civic-details__summary-text">Help</span></summary><div class="civic-details__text">From children</div></details>' +
        '<a class="civic-back-link" href="/">From text</a>',
    );
  });

  it('types the props from the markup parameters', () => {
    // Compile-time checks, run by `pnpm typecheck`: each line would compile
    // without the error if the props were untyped.
    // @ts-expect-error html is for servers; a React page gives children
    const html: CivicInsetTextProps = { html: '<p>Apply</p>' };
    // @ts-expect-error logoHtml is for servers; the logo is the header's children
    const logo: CivicHeaderProps = { logoHtml: '<img alt="">' };
    // @ts-expect-error 'huge' is not a caption size
    const size: CivicTableProps = { caption: 'Fees', captionSize: 'huge' };
    // @ts-expect-error a table takes no children
    const tableChildren: CivicTableProps = { caption: 'Fees', children: 'Fees' };
    // @ts-expect-error a back link's children are its text
    const linkChildren: CivicBackLinkProps = { children: createElement('b', null, 'Back') };
    const rich: CivicInsetTextProps = { children: createElement('p', null, 'Apply') };
    expect([html, logo, size, tableChildren, linkChildren, rich]).to.have.length(6);
  });
});

describe('Furniture components in the browser', () => {
  let container: HTMLDivElement;
  let root: Root | undefined;
  let logged: string[];
  const originalError = console.error;
  const originalWarn = console.warn;

  async function inAct(action: () => void): Promise<void> {
    await act(async () => {
      action();
      await Promise.resolve();
    });
  }

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    logged = [];
    console.error = (...args: unknown[]) => logged.push(`error: ${args.map(String).join(' ')}`);
    console.warn = (...args: unknown[]) => logged.push(`warn: ${args.map(String).join(' ')}`);
  });

  afterEach(async () => {
    await inAct(() => root?.unmount());
    console.error = originalError;
    console.warn = originalWarn;
    root = undefined;
    container.remove();
  });

  for (const { what, element, serverHtml } of FURNITURE_CASES) {
    it(`render ${what} as the server does, and hydrate its server HTML with no warning`, async () => {
      const page = element({ createElement }, Components);
      await inAct(() => {
        root = createRoot(container);
        root.render(page);
      });
      expect(asParsed(container.innerHTML)).to.equal(asParsed(serverHtml));
      await inAct(() => root?.unmount());

      container.innerHTML = renderToString(page);
      const serverNode = container.firstElementChild;
      await inAct(() => {
        root = hydrateRoot(container, page, {
          onRecoverableError: (error) => logged.push(`recoverable: ${String(error)}`),
        });
      });
      expect(container.firstElementChild).to.equal(serverNode);
      expect(asParsed(container.innerHTML)).to.equal(asParsed(serverHtml));
      expect(logged).to.deep.equal([]);
    });
  }

  it("updates the page's own content as React updates any children, in the same block", async () => {
    const inset = (text: string) =>
      createElement(
        Components.CivicInsetText,
        { id: 'weeks' },
        createElement('p', null, text),
        createElement('a', { href: '/apply' }, 'Apply now'),
      );
    await inAct(() => {
      root = createRoot(container);
      root.render(inset('It can take up to 8 weeks.'));
    });
    const block = container.firstElementChild;
    await inAct(() => root?.render(inset('It can take up to 12 weeks.')));
    expect(container.firstElementChild).to.equal(block);
    expect(container.innerHTML).to.equal(
      '<div class="civic-inset-text" id="weeks"><p>It can take up to 12 weeks.</p><a href="/apply">Apply now</a></div>',
    );
    expect(logged).to.deep.equal([]);
  });
});
