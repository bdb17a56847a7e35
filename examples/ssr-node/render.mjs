// Server rendering Civic in Node with @lit-labs/ssr, as an Express route, a
// Next.js route handler or a static site generator would: every element's
// shadow DOM goes out as declarative shadow DOM (<template shadowrootmode>), so
// the page reads correctly before any JavaScript runs. See docs/frameworks.md.
//
// The application installs @lit-labs/ssr (server) and @lit-labs/ssr-client
// (browser); Civic itself depends on lit alone.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
// Registering entries, as in the browser: the server renders what is registered.
import '@civic-design/components/button.js';
import '@civic-design/components/error-summary.js';
import '@civic-design/components/text-input.js';
import '@civic-design/components/textarea.js';

/**
 * The contact form page as HTML. `values` and `errors` come from the request,
 * as after a failed server-side validation.
 *
 * @param {{ values?: Record<string, string>, errors?: Record<string, string> }} [state]
 */
export async function renderContactPage({ values = {}, errors = {} } = {}) {
  // The summary lists the server's errors, linked to their fields by id.
  const items = Object.entries(errors).map(([name, text]) => ({ href: `#${name}`, text }));
  const form = html`
    <civic-error-summary items=${JSON.stringify(items)}></civic-error-summary>
    <form action="/contact" method="post">
      <civic-text-input
        id="full-name"
        label="Full name"
        name="full-name"
        field-name="your full name"
        autocomplete="name"
        required
        value=${values['full-name'] ?? ''}
        error=${errors['full-name'] ?? ''}
      ></civic-text-input>
      <civic-textarea
        id="reason"
        label="Why do you need a parking permit?"
        field-name="why you need a parking permit"
        name="reason"
        maxlength="200"
        value=${values.reason ?? ''}
        error=${errors.reason ?? ''}
      ></civic-textarea>
      <civic-button type="submit" name="action" value="save">Save and continue</civic-button>
    </form>
  `;
  // Lit escapes every value in the template; only the page shell is a string.
  const body = await collectResult(render(form));
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${Object.keys(errors).length > 0 ? 'Error: ' : ''}Your contact details</title>
    <link rel="stylesheet" href="/tokens.css" />
    <!-- Hydration support, then the components: see client.js. -->
    <script type="module" src="/client.js"></script>
  </head>
  <body>
    <main>
      <h1>Your contact details</h1>
      ${body}
    </main>
  </body>
</html>
`;
}
