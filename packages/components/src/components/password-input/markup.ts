// The canonical HTML of a password input, defined once: what a server writes
// (renderPasswordInput, the civicPasswordInput macro) and what
// <civic-password-input> builds from its attributes. The show/hide button is
// in that HTML but `hidden`: it only works with the element's script, which
// unhides it, and a button that does nothing is worse than none.
import {
  fieldErrorPart,
  fieldIds,
  formGroup,
  given,
  hasError,
  headerDescriptions,
  hintPart,
  hostOptions,
  labelPart,
  type FieldParams,
} from '../../core/field-markup.js';
import { translate } from '../../core/localisation.js';
import { classes, h, idList, type MarkupElement, type MarkupNode } from '../../core/markup.js';
import './messages.js';

/** What a password manager should do with the field: fill a saved password, or make and save a new one. */
export type PasswordAutocomplete = 'current-password' | 'new-password';

export interface PasswordInputParams extends FieldParams {
  /** `current-password` (the default) to sign in, `new-password` to create or change one. */
  autocomplete?: PasswordAutocomplete;
  /** Fewest characters; checked by the element's script (and your server). */
  minLength?: number;
  /** The on-screen keyboard, such as `numeric` for a PIN. */
  inputmode?: string;
  /** The label of the Enter key on an on-screen keyboard. */
  enterkeyhint?: string;
}

/**
 * The words on the show/hide button: "Show" or "Hide" on screen, and after
 * them a visually hidden " password", so its name is "Show password".
 */
export function toggleContent(shown: boolean, language: string | undefined): MarkupNode[] {
  const lang = language ?? 'en';
  return [
    translate(lang, shown ? 'password-input.hide' : 'password-input.show'),
    h('span', { class: 'civic-visually-hidden' }, ` ${translate(lang, 'password-input.field')}`),
  ];
}

/** What the status says after the button was pressed. */
export function statusText(shown: boolean, language: string | undefined): string {
  return translate(language ?? 'en', shown ? 'password-input.shown' : 'password-input.hidden');
}

/** The native input alone, with the ids of what describes it. Always a password field: only script shows the password. */
export function passwordInputControl(params: PasswordInputParams): MarkupElement {
  const ids = fieldIds(params);
  return h('input', {
    class: classes(
      'civic-input',
      'civic-password-input__input',
      hasError(params) && 'civic-input--error',
    ),
    id: ids.control,
    name: given(params.name) ? params.name : undefined,
    type: 'password',
    value: given(params.value) ? params.value : undefined,
    // A shown password is a text field: spell checkers (some of them online
    // services), automatic capitals and autocorrect must never touch it.
    spellcheck: 'false',
    autocapitalize: 'none',
    autocorrect: 'off',
    autocomplete: given(params.autocomplete) ? params.autocomplete : 'current-password',
    inputmode: given(params.inputmode) ? params.inputmode : undefined,
    enterkeyhint: given(params.enterkeyhint) ? params.enterkeyhint : undefined,
    required: params.required === true,
    disabled: params.disabled === true,
    readonly: params.readOnly === true,
    'aria-describedby': idList(...headerDescriptions(ids, params)),
    'aria-invalid': hasError(params) ? 'true' : undefined,
  });
}

/** The show/hide button, hidden until the element's script makes it work. */
export function passwordInputToggle(params: PasswordInputParams): MarkupElement {
  const ids = fieldIds(params);
  return h(
    'button',
    {
      type: 'button',
      class: 'civic-button civic-button--secondary civic-password-input__toggle',
      'aria-controls': ids.control,
      disabled: params.disabled === true,
      hidden: true,
    },
    ...toggleContent(false, params.lang),
  );
}

export function passwordInputMarkup(params: PasswordInputParams): MarkupElement {
  const ids = fieldIds(params);
  return h(
    'civic-password-input',
    {
      ...hostOptions(params),
      // Checked by the element's script with a message that names the field;
      // not on the input, whose own check would show the browser's message.
      minlength: params.minLength,
    },
    formGroup(
      params,
      'civic-password-input',
      labelPart(ids, params),
      hintPart(ids, params),
      fieldErrorPart(ids, params),
      h(
        'div',
        { class: 'civic-input__wrapper civic-password-input__wrapper' },
        passwordInputControl(params),
        passwordInputToggle(params),
      ),
      // Empty until the button is first pressed, so nothing is read on load.
      h('div', {
        class: 'civic-password-input__status civic-visually-hidden',
        'aria-live': 'polite',
      }),
    ),
  );
}
