/** @jsxImportSource solid-js */
// Solid: CustomElements from dist/types/solid.d.ts in Solid's IntrinsicElements.
import type { CustomElements } from '../../dist/types/solid.js';

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

export const form = (
  <form method="post">
    <civic-text-input
      label="Full name"
      required
      on:civic-error-change={(event) => event.detail.message.toUpperCase()}
    />
    <civic-button type="submit" variant="secondary">
      Save
    </civic-button>
  </form>
);

// @ts-expect-error 'purple' is not a ButtonVariant
export const wrongVariant = <civic-button variant="purple" />;
