// Civic's elements in Solid's JSX. Each takes its own attributes, properties
// and events, generated from the components' manifest (`on:civic-error-change`
// with a typed `detail`), and the props Solid gives every HTML element
// (`onInput`, `class`, `aria-*`). Solid's `JSX.ExplicitProperties` types
// `prop:value`, which sets the element's `value` property, never the attribute.
import type { JSX } from 'solid-js';
import type { CustomElements } from '@civic-design/components/types/solid';

type CivicElements = {
  [Tag in keyof CustomElements]: CustomElements[Tag] &
    Omit<JSX.HTMLAttributes<HTMLElement>, keyof CustomElements[Tag]>;
};

declare module 'solid-js' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into the framework's own
    interface IntrinsicElements extends CivicElements {}
    interface ExplicitProperties {
      value: string;
    }
  }
}
