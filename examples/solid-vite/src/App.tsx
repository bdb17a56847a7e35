import { createSignal } from 'solid-js';
import type { CivicTextInput } from '@civic-design/components';

/** Runs of spaces become one, as the answer is typed. */
const tidy = (name: string) => name.replace(/\s{2,}/g, ' ');

// The name is controlled: a signal holds it (tidied) and `prop:value` sets it
// back on the element's `value` property. Solid sets any expression on a
// custom element as a property; `prop:` says so where it matters, since the
// `value` attribute is the answer `form.reset()` returns to. The reason is
// uncontrolled: the form submits whatever was typed. Both submit through the
// native form.
export function App() {
  const [name, setName] = createSignal('');
  const [nameError, setNameError] = createSignal('');
  return (
    // data-name-error shows what the typed on:civic-error-change listener received.
    <main data-name-error={nameError()}>
      <civic-error-summary />
      <h1>Your details</h1>
      <form action="/submit" method="post" novalidate>
        <civic-text-input
          name="full-name"
          label="Full name"
          autocomplete="name"
          required
          prop:value={name()}
          onInput={(event) => {
            const field = event.currentTarget as CivicTextInput;
            const tidied = tidy(field.value);
            // Solid sets `value` when the signal changes. A tidied answer equal
            // to the signal (a second space typed after "Siân ") changes
            // nothing, so it goes back on the element here.
            if (tidied === name()) field.value = tidied;
            else setName(tidied);
          }}
          on:civic-error-change={(event) => setNameError(event.detail.message)}
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
      on:civic-error-change={(event) => event.detail.nope}
    />
  );
}
