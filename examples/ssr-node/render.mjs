// Server rendering Civic in Node without a template engine, as an Express
// route, a Next.js route handler or a static site generator would: the
// server entry writes each component's canonical HTML, so the page reads and
// submits before (and without) any JavaScript. See docs/servers.md.
import {
  renderButton,
  renderErrorSummary,
  renderTextarea,
  renderTextInput,
} from '@civic-design/components/server';

/**
 * The contact form page as HTML. `values` and `errors` come from the request,
 * as after a failed server-side validation.
 *
 * @param {{ values?: Record<string, string>, errors?: Record<string, string> }} [state]
 */
export function renderContactPage({ values = {}, errors = {} } = {}) {
  // The summary lists the server's errors, linked to their fields by id (the name).
  const items = Object.entries(errors).map(([name, text]) => ({ href: `#${name}`, text }));
  // Every value goes through the render functions, which escape it.
  const form = `
    ${items.length > 0 ? renderErrorSummary({ items }) : renderErrorSummary({ items: [] })}
    <form action="/contact" method="post" novalidate>
      ${renderTextInput({
        name: 'full-name',
        label: 'Full name',
        fieldName: 'your full name',
        autocomplete: 'name',
        required: true,
        value: values['full-name'],
        error: errors['full-name'],
      })}
      ${renderTextarea({
        name: 'reason',
        label: 'Why do you need a parking permit?',
        fieldName: 'why you need a parking permit',
        maxLength: 200,
        value: values.reason,
        error: errors.reason,
      })}
      ${renderButton({ text: 'Save and continue', name: 'action', value: 'save' })}
    </form>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${Object.keys(errors).length > 0 ? 'Error: ' : ''}Your contact details</title>
    <link rel="stylesheet" href="/tokens.css" />
    <link rel="stylesheet" href="/civic.css" />
    <script type="module" src="/client.js"></script>
  </head>
  <body>
    <main>
      <h1>Your contact details</h1>
      ${form}
    </main>
  </body>
</html>
`;
}
