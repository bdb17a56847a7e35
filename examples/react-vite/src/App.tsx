import { useState } from 'react';
import type { CivicTextInput as CivicTextInputElement } from '@civic-design/components';
import { CivicButton, CivicErrorSummary, CivicTextarea, CivicTextInput } from '@civic-design/react';

// The name is controlled: React state holds it (with runs of spaces tidied to
// one) and sets it back on the element. The reason is uncontrolled: the form
// submits whatever was typed. Both submit through the native form.
export function App() {
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState('');
  return (
    // data-name-error shows what the typed onCivicErrorChange prop received.
    <main data-name-error={nameError}>
      <CivicErrorSummary />
      <h1>Your details</h1>
      <form action="/submit" method="post" noValidate>
        <CivicTextInput
          name="full-name"
          label="Full name"
          autocomplete="name"
          required
          value={name}
          onInput={(event) => {
            const field = event.currentTarget as CivicTextInputElement;
            setName(field.value.replace(/\s{2,}/g, ' '));
          }}
          onCivicErrorChange={(event) => setNameError(event.detail.message)}
        />
        <CivicTextarea name="reason" label="Why do you need a permit?" maxLength={200} required />
        <CivicButton type="submit" name="action" value="continue">
          Continue
        </CivicButton>
      </form>
    </main>
  );
}
