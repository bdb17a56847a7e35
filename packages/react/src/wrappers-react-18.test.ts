// The generated wrappers with React 18, which (unlike 19) sets every prop on a
// custom element as an attribute string and has no custom event props: the
// wrappers render the markup's DOM props and listen to custom events themselves. React 18 and the wrappers come as one bundle from the
// scripts/wtr React plugin, so that the wrappers import React 18.
import { expect } from '@open-wc/testing';
import type * as ReactTypes from 'react';
import type * as ReactDOMClientTypes from 'react-dom/client';
import type { CivicTextInput as CivicTextInputElement } from '@civic-design/components';
import type * as Wrappers from '../dist/index.js';
import { asParsed, FURNITURE_CASES } from './furniture-fixtures.js';

type React18Bundle = typeof Wrappers & {
  React: typeof ReactTypes;
  ReactDOMClient: typeof ReactDOMClientTypes;
  ReactDOMServer: {
    renderToString(node: ReactTypes.ReactNode): string;
    renderToStaticMarkup(node: ReactTypes.ReactNode): string;
  };
};

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

describe('React wrappers with React 18', () => {
  let bundle: React18Bundle;
  let container: HTMLDivElement;
  let root: ReactDOMClientTypes.Root;

  async function render(node: ReactTypes.ReactNode): Promise<void> {
    await bundle.React.act(async () => {
      root.render(node);
      await Promise.resolve();
    });
  }

  before(async () => {
    const url = '/__civic-react__/react-18.js';
    bundle = (await import(url)) as React18Bundle;
  });

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = bundle.ReactDOMClient.createRoot(container);
  });

  afterEach(async () => {
    await bundle.React.act(async () => {
      root.unmount();
      await Promise.resolve();
    });
    container.remove();
  });

  it('is React 18', () => {
    expect(bundle.React.version).to.match(/^18\./);
  });

  // First, while no element is defined yet, as on a page's first load.
  it('hydrates the server HTML with no warning, and the element adopts its input', async () => {
    const { React, ReactDOMClient, ReactDOMServer, CivicTextInput, CivicTextarea } = bundle;
    const page = React.createElement(
      'form',
      null,
      React.createElement(CivicTextInput, { label: 'Full name', name: 'full-name', numeric: true }),
      React.createElement(CivicTextarea, { label: 'Details', name: 'details', maxlength: 20 }),
    );
    const logged: string[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    try {
      const hydrating = document.createElement('div');
      document.body.append(hydrating);
      hydrating.innerHTML = ReactDOMServer.renderToString(page);
      const serverInput = hydrating.querySelector('input');
      let hydrated: ReactDOMClientTypes.Root | undefined;
      await React.act(async () => {
        hydrated = ReactDOMClient.hydrateRoot(hydrating, page, {
          onRecoverableError: (error) => logged.push(`recoverable: ${String(error)}`),
        });
        await Promise.resolve();
      });
      await customElements.whenDefined('civic-text-input');
      await customElements.whenDefined('civic-textarea');
      const field = hydrating.querySelector<CivicTextInputElement>('civic-text-input')!;
      expect(field.control).to.equal(serverInput);
      expect(field.numeric).to.equal(true);
      await React.act(async () => {
        hydrated?.unmount();
        await Promise.resolve();
      });
      hydrating.remove();
    } finally {
      console.error = originalError;
    }
    expect(logged).to.deep.equal([]);
  });

  it('renders the canonical HTML, gives an object prop to the element and calls a custom event prop', async () => {
    const shown: string[] = [];
    const messages = { required: 'Tell us your full name' };
    const { React, CivicTextInput } = bundle;
    await render(
      React.createElement(
        'form',
        null,
        React.createElement(CivicTextInput, {
          label: 'Full name',
          required: true,
          messages,
          onCivicErrorChange: (event) => shown.push(event.detail.message),
        }),
      ),
    );
    await customElements.whenDefined('civic-text-input');
    const input = container.querySelector<CivicTextInputElement>('civic-text-input')!;
    expect(input.messages).to.deep.equal(messages);
    expect(input.querySelector('label')?.textContent).to.equal('Full name');
    await input.updateComplete;

    container.querySelector('form')!.requestSubmit();
    await input.validationComplete;

    expect(shown).to.deep.equal(['Tell us your full name']);
  });
});

describe('Furniture components with React 18', () => {
  let bundle: React18Bundle;

  before(async () => {
    const url = '/__civic-react__/react-18.js';
    bundle = (await import(url)) as React18Bundle;
  });

  for (const { what, element, serverHtml } of FURNITURE_CASES) {
    it(`render the server entry's HTML for ${what}, and hydrate it with no warning`, async () => {
      const { React, ReactDOMClient, ReactDOMServer } = bundle;
      const page = element(React, bundle);
      expect(asParsed(ReactDOMServer.renderToString(page))).to.equal(asParsed(serverHtml));
      expect(asParsed(ReactDOMServer.renderToStaticMarkup(page))).to.equal(asParsed(serverHtml));

      const logged: string[] = [];
      const originalError = console.error;
      const originalWarn = console.warn;
      console.error = (...args: unknown[]) => logged.push(`error: ${args.map(String).join(' ')}`);
      console.warn = (...args: unknown[]) => logged.push(`warn: ${args.map(String).join(' ')}`);
      const hydrating = document.createElement('div');
      document.body.append(hydrating);
      try {
        hydrating.innerHTML = ReactDOMServer.renderToString(page);
        const serverNode = hydrating.firstElementChild;
        let hydrated: ReactDOMClientTypes.Root | undefined;
        await React.act(async () => {
          hydrated = ReactDOMClient.hydrateRoot(hydrating, page, {
            onRecoverableError: (error) => logged.push(`recoverable: ${String(error)}`),
          });
          await Promise.resolve();
        });
        expect(hydrating.firstElementChild).to.equal(serverNode);
        expect(asParsed(hydrating.innerHTML)).to.equal(asParsed(serverHtml));
        await React.act(async () => {
          hydrated?.unmount();
          await Promise.resolve();
        });
      } finally {
        console.error = originalError;
        console.warn = originalWarn;
        hydrating.remove();
      }
      expect(logged).to.deep.equal([]);
    });
  }
});
