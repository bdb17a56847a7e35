// Svelte 5: CustomElements from dist/types/svelte.d.ts added to the elements
// that svelte-check knows, as Svelte's docs on typing custom elements describe.
import type { SvelteHTMLElements } from 'svelte/elements';
import type { CustomElements } from '../../dist/types/svelte.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends CustomElements {}
}

export const button: SvelteHTMLElements['civic-button'] = { variant: 'secondary' };
export const textInput: SvelteHTMLElements['civic-text-input'] = {
  label: 'Full name',
  'on:civic-error-change': (event) => event.detail.message.toUpperCase(),
};

// @ts-expect-error 'purple' is not a ButtonVariant
export const wrongVariant: SvelteHTMLElements['civic-button'] = { variant: 'purple' };

// Svelte 5 event attributes, for the native events and Civic's own, and
// Svelte's HTML attributes on every element (the docs' snippet).
export const svelte5: SvelteHTMLElements['civic-text-input'] = {
  label: 'Full name',
  name: 'full-name',
  value: '',
  'aria-describedby': 'name-help',
  oninput: (event) => (event.currentTarget as HTMLElement).tagName,
  'oncivic-error-change': (event) => event.detail.message.toUpperCase(),
};
export const wrongSvelte5Detail: SvelteHTMLElements['civic-text-input'] = {
  // @ts-expect-error the detail of civic-error-change has no `text`
  'oncivic-error-change': (event) => event.detail.text,
};
