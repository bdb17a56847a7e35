// The generated React wrappers (run `pnpm build` first: they are build output),
// rendered by React 19 in the browser. The scripts/wtr React plugin serves React's
// CommonJS as ES modules. No JSX, so the test needs no JSX transform.
import { expect } from '@open-wc/testing';
import { act, createElement, type JSX, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { CivicButton as CivicButtonElement } from '@civic-design/components';
import type { CivicTextInput as CivicTextInputElement } from '@civic-design/components';
import {
  CivicButton,
  CivicTextInput,
  type CivicButtonProps,
  type CivicTextInputProps,
} from '../dist/index.js';
// Raw <civic-*> tags in React 19 JSX, typed.
import type {} from '@civic-design/components/types/react';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

describe('React wrappers', () => {
  let container: HTMLDivElement;
  let root: Root;

  async function render(node: ReactNode): Promise<void> {
    await act(async () => {
      root.render(node);
      await Promise.resolve();
    });
  }

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(async () => {
    await act(async () => {
      root.unmount();
      await Promise.resolve();
    });
    container.remove();
  });

  it('renders the canonical HTML, then registers the element, which adopts it', async () => {
    await render(createElement(CivicButton, { variant: 'secondary', name: 'action' }, 'Save'));
    const button = container.querySelector<CivicButtonElement>('civic-button')!;
    const native = button.querySelector('button');
    expect(native?.outerHTML).to.equal(
      '<button type="submit" class="civic-button civic-button--secondary" name="action">Save</button>',
    );
    await customElements.whenDefined('civic-button');
    expect(customElements.get('civic-button')).to.equal(button.constructor);
    expect(button.querySelector('button')).to.equal(native);
  });

  it('gives an object prop to the element, and a function prop as a property', async () => {
    const messages = { required: 'Tell us your full name' };
    const validators = [
      (value: string) => (value === 'x' ? 'Enter more than one letter' : undefined),
    ];
    await render(createElement(CivicTextInput, { label: 'Full name', messages, validators }));
    await customElements.whenDefined('civic-text-input');
    const input = container.querySelector<CivicTextInputElement>('civic-text-input')!;
    expect(input.messages).to.deep.equal(messages);
    expect(input.validators).to.equal(validators);
  });

  it('sets a changed prop on the element as its property, keeping the native input', async () => {
    const form = (value: string) =>
      createElement(CivicTextInput, { label: 'Full name', name: 'full-name', value });
    await render(form('Sarah'));
    await customElements.whenDefined('civic-text-input');
    const native = container.querySelector('input')!;
    expect(native.value).to.equal('Sarah');
    await render(form('Sarah Philips'));
    expect(container.querySelector('input')).to.equal(native);
    expect(native.value).to.equal('Sarah Philips');
  });

  it('calls a typed event prop with the custom event and its detail', async () => {
    const shown: string[] = [];
    const props: CivicTextInputProps = {
      label: 'Full name',
      name: 'full-name',
      required: true,
      messages: { required: 'Tell us your full name' },
      onCivicErrorChange: (event) => shown.push(event.detail.message),
    };
    await render(createElement('form', null, createElement(CivicTextInput, props)));
    await customElements.whenDefined('civic-text-input');
    const input = container.querySelector<CivicTextInputElement>('civic-text-input')!;
    await input.updateComplete;

    container.querySelector('form')!.requestSubmit();
    await input.validationComplete;
    await input.updateComplete;

    expect(shown).to.deep.equal(['Tell us your full name']);
  });

  it('types the props from the element', () => {
    // Compile-time checks, run by `pnpm typecheck`: these lines would compile
    // without the error if the props were untyped.
    // @ts-expect-error 'purple' is not a ButtonVariant
    const wrongVariant: CivicButtonProps = { variant: 'purple' };
    const wrongDetail: CivicTextInputProps = {
      // @ts-expect-error the detail of civic-error-change is an ErrorChangeDetail
      onCivicErrorChange: (event: CustomEvent<{ text: string }>) => event.type,
    };
    // @ts-expect-error maxlength, the attribute name, is a number as maxLength is
    const wrongLength: CivicTextInputProps = { maxlength: 'two hundred' };
    const attributeNames: CivicTextInputProps = { maxlength: 200, 'field-id': 'name' };
    expect([wrongVariant, wrongDetail, wrongLength, attributeNames]).to.have.length(4);
    // Raw tags, as React 19 renders them: properties and `on` + the event's name.
    const raw = createElement('civic-text-input', {
      label: 'Full name',
      'oncivic-error-change': (event: CustomEvent<{ message: string }>) => event.detail.message,
    });
    const rawProps: JSX.IntrinsicElements['civic-text-input'] = { label: 'Full name' };
    // @ts-expect-error 'purple' is not a ButtonVariant, on a raw tag too
    const wrongRawVariant: JSX.IntrinsicElements['civic-button'] = { variant: 'purple' };
    expect([raw.type, rawProps, wrongRawVariant]).to.have.length(3);
    expect(CivicButton.displayName).to.equal('CivicButton');
  });
});
