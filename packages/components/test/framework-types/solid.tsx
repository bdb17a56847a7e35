/** @jsxImportSource solid-js */
// Solid: dist/types/solid.d.ts adds Civic's elements to Solid's JSX, as
// docs/frameworks.md tells an application to import it.
import type {} from '../../dist/types/solid.js';

export const form = (
  <form method="post">
    <civic-text-input
      label="Full name"
      required
      class="app-question"
      prop:value="Siân Evans"
      onInput={(event) => event.currentTarget.dataset}
      on:civic-error-change={(event) => event.detail.message.toUpperCase()}
    />
    <civic-button type="submit" variant="secondary">
      Save
    </civic-button>
  </form>
);

// @ts-expect-error 'purple' is not a ButtonVariant
export const wrongVariant = <civic-button variant="purple" />;
export const wrongDetail = (
  <civic-text-input
    // @ts-expect-error the detail of civic-error-change has no `text`
    on:civic-error-change={(event) => event.detail.text}
  />
);
// @ts-expect-error prop:value is the text of the answer
export const wrongValue = <civic-text-input prop:value={42} />;
