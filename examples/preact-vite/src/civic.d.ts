// Civic's elements in Preact's JSX. Each takes its own attributes, properties
// and events, generated from the components' manifest (`oncivic-error-change`
// with a typed `detail`), and the props Preact gives every HTML element
// (`onInput`, `class`, `aria-*`).
import type { HTMLAttributes } from 'preact';
import type { CustomElements } from '@civic-design/components/types/jsx';

type CivicElements = {
  [Tag in keyof CustomElements]: CustomElements[Tag] &
    Omit<HTMLAttributes<HTMLElement>, keyof CustomElements[Tag]>;
};

declare module 'preact' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into the framework's own
    interface IntrinsicElements extends CivicElements {}
  }
}
