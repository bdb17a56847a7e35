// The generated wrappers with React 18, which (unlike 19) sets every prop on a
// custom element as an attribute string and has no custom event props: the
// wrappers render the markup's DOM props and listen to custom events themselves. React 18 and the wrappers come as one bundle from the
// scripts/wtr React plugin, so that the wrappers import React 18.
import { expect } from '@open-wc/testing';
import type * as ReactTypes from 'react';
import type * as ReactDOMClientTypes from 'react-dom/client';
import type { CivicTextInput as CivicTextInputElement } from '@civic-design/components';
import type * as Wrappers from '../dist/index.js';

type React18Bundle = typeof Wrappers & {
  React: typeof ReactTypes;
  ReactDOMClient: typeof ReactDOMClientTypes;
  ReactDOMServer: { renderToString(node: ReactTypes.ReactNode): string };
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
