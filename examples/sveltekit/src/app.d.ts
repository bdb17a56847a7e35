// Civic's elements in Svelte markup, typed for svelte-check and editors: their
// attributes, properties and events (oncivic-error-change) with Svelte's own
// HTML attributes and events added.
import type { CustomElements } from '@civic-design/components/types/svelte';

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SvelteHTMLElements extends CustomElements {}
}

export {};
