'use client';
// A client component of the app's own, for state and a typed custom event:
// the name is controlled (runs of spaces tidied to one), and the error the
// field shows is kept in state and written to data-name-error.
import { useState } from 'react';
import type { CivicTextInput as CivicTextInputElement } from '@civic-design/components';
import { CivicTextInput } from '@civic-design/react';

export function NameQuestion() {
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState('');
  return (
    <div data-name-error={nameError}>
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
    </div>
  );
}
