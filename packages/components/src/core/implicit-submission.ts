// Enter in a single-line field submits its form ("implicit submission",
// https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#implicit-submission).
// The browser does this only for native inputs owned by the form, and ours sit
// in a shadow root, so the control asks for it here.

interface SubmitButtonLike extends HTMLElement {
  type: string;
  disabled: boolean;
}

function isSubmitButton(element: Element): element is SubmitButtonLike {
  const type = (element as Partial<SubmitButtonLike>).type;
  if (element instanceof HTMLButtonElement) return element.type === 'submit';
  if (element instanceof HTMLInputElement) return type === 'submit' || type === 'image';
  // A form-associated button such as <civic-button type="submit">.
  return (
    element.localName.endsWith('-button') && type === 'submit' && !element.hasAttribute('href')
  );
}

/**
 * Handles a keydown in a single-line field: Enter (not while an input method
 * is composing a character) submits the field's form implicitly.
 */
export function submitOnEnter(event: KeyboardEvent, form: HTMLFormElement | null): void {
  if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented || form === null) return;
  event.preventDefault();
  submitImplicitly(form);
}

/**
 * Submits `form` as pressing Enter in a text field would: through its default
 * button (the first submit button), so that button's name and value are sent
 * and its own handling runs; nothing happens if that button is disabled.
 */
export function submitImplicitly(form: HTMLFormElement): void {
  const defaultButton = [...form.elements].find(isSubmitButton);
  if (defaultButton === undefined) {
    form.requestSubmit();
    return;
  }
  if (defaultButton.disabled || defaultButton.matches(':disabled')) return;
  if (defaultButton instanceof HTMLButtonElement || defaultButton instanceof HTMLInputElement) {
    form.requestSubmit(defaultButton);
  } else {
    defaultButton.click();
  }
}
