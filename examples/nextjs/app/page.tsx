// A Server Component: no 'use client' here. The Civic wrappers are client
// components that render their canonical HTML on the server, so this page's
// HTML holds the labels and native inputs, and the form posts with JavaScript off.
import { CivicButton, CivicErrorSummary, CivicTextarea } from '@civic-design/react';
import { NameQuestion } from './name-question';

export default function DetailsPage() {
  return (
    <main>
      <CivicErrorSummary />
      <h1>Your details</h1>
      <form action="/submit" method="post" noValidate>
        <NameQuestion />
        <CivicTextarea
          name="reason"
          label="Why do you need a permit?"
          field-name="why you need a permit"
          maxlength={200}
          required
        />
        <CivicButton type="submit" name="action" value="continue">
          Continue
        </CivicButton>
      </form>
    </main>
  );
}
