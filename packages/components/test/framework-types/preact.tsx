/** @jsxImportSource preact */
// Preact: CustomElements from dist/types/jsx.d.ts in Preact's IntrinsicElements,
// as docs/frameworks.md tells an application to declare it.
import type { CustomElements } from '../../dist/types/jsx.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

export const form = (
  <form method="post">
    <civic-text-input
      label="Full name"
      name="full-name"
      required
      oncivic-error-change={(event) => event.detail.message.toUpperCase()}
    />
    <civic-button type="submit" variant="secondary">
      Save
    </civic-button>
  </form>
);

// @ts-expect-error 'purple' is not a ButtonVariant
export const wrongVariant = <civic-button variant="purple" />;
// @ts-expect-error the detail of civic-error-change has no `text`
export const wrongDetail = <civic-text-input oncivic-error-change={(event) => event.detail.text} />;
