/** @jsxImportSource preact */
// Preact: dist/types/preact.d.ts adds Civic's elements to Preact's JSX, as
// docs/frameworks.md tells an application to import it.
import type {} from '../../dist/types/preact.js';

export const form = (
  <form method="post">
    <civic-text-input
      label="Full name"
      name="full-name"
      required
      class="app-question"
      aria-describedby="help"
      onInput={(event) => event.currentTarget.dataset}
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
