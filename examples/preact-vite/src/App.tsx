import { useState } from 'preact/hooks';
import type { CivicTextInput } from '@civic-design/components';

/** Runs of spaces become one, as the answer is typed. */
const tidy = (name: string) => name.replace(/\s{2,}/g, ' ');

// The name is controlled: Preact state holds it (tidied) and sets it back on
// the element's `value` property. The reason is uncontrolled: the form submits
// whatever was typed. Both submit through the native form.
export function App() {
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState('');
  return (
    // data-name-error shows what the typed oncivic-error-change listener received.
    <main data-name-error={nameError}>
      <civic-error-summary />
      <h1>Your details</h1>
      <form action="/submit" method="post" noValidate>
        <civic-text-input
          name="full-name"
          label="Full name"
          autocomplete="name"
          required
          value={name}
          onInput={(event) => {
            const field = event.currentTarget as CivicTextInput;
            const tidied = tidy(field.value);
            // Preact renders when the state changes, and sets `value` then. A
            // tidied answer equal to the state (a second space typed after
            // "Siân ") renders nothing, so it goes back on the element here.
            if (tidied === name) field.value = tidied;
            else setName(tidied);
          }}
          oncivic-error-change={(event) => setNameError(event.detail.message)}
        />
        <civic-textarea name="reason" label="Why do you need a permit?" maxlength={200} required />
        <civic-button type="submit" name="action" value="continue">
          Continue
        </civic-button>
      </form>
    </main>
  );
}

// Never rendered: `tsc` fails on this unless the listener's event is typed
// (a misspelt `detail` field is an error).
export function MisspeltDetail() {
  return (
    <civic-text-input
      // @ts-expect-error the detail of civic-error-change has no `nope`
      oncivic-error-change={(event) => event.detail.nope}
    />
  );
}
