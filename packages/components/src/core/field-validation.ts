// A question's checks, kept in the native control's own validity with
// setCustomValidity: the browser then blocks a submission, fires `invalid`
// and reports `validationMessage` as it does for its own rules, and the
// message is ours, naming the field in the page language.
import { fieldNameFor, type FieldMessages } from './field-messages.js';
import { translate } from './localisation.js';
import { checkConstraints, type Constraints, type ValidationFailure } from './validation.js';
import { warnOnce } from './warn.js';

/**
 * A check of an answer beyond the built-in rules. Return the error message
 * (which should name the field) or `null` when the answer is fine. Return a
 * promise for a check that asks a server; see `validationComplete`.
 */
export type CivicValidator = (
  value: string,
  field: HTMLElement,
) => string | null | undefined | Promise<string | null | undefined>;

/**
 * A failed rule of a component's own, beyond the built-in ones: `kind` names
 * it for per-field `messages` ("accept"), `key` is its message in the page
 * language (default `field.<kind>`), `values` fill the message's placeholders.
 */
export interface FieldFailure {
  kind: string;
  key?: string;
  values?: Record<string, string | number>;
}

/** What the validation reads from its question. */
export interface ValidatedField extends HTMLElement {
  readonly control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null;
  readonly constraints: Constraints;
  /** The component's own rule the answer breaks, checked before the built-in rules. */
  ownFailure?(): FieldFailure | null;
  readonly messages: FieldMessages;
  readonly fieldName: string;
  readonly label: string;
  readonly error: string;
}

function firstMessage(messages: readonly (string | null | undefined)[]): string {
  return messages.find((message) => typeof message === 'string' && message !== '') ?? '';
}

export class FieldValidation {
  validators: CivicValidator[] = [];
  /** A message from `setCustomValidity`, which wins over every rule. */
  customMessage = '';

  readonly #field: ValidatedField;
  readonly #language: () => string;
  #asyncMessage = '';
  #checkedValue: string | undefined;
  #checkedValidators: CivicValidator[] | undefined;
  #run = 0;
  #complete: Promise<boolean> = Promise.resolve(true);

  constructor(field: ValidatedField, language: () => string) {
    this.#field = field;
    this.#language = language;
  }

  /** Resolves once checks that ask a server have finished, with whether the answer is then valid. */
  get complete(): Promise<boolean> {
    return this.#complete;
  }

  /** The message for a failed rule: the field's own, else the page language's, naming the field. */
  messageFor(failure: ValidationFailure | FieldFailure): string {
    const field = this.#field;
    const language = this.#language();
    // From JSON a page wrote, so of any shape.
    const own: unknown = (field.messages as Record<string, unknown>)[failure.kind];
    if (typeof own === 'string') return own;
    if (own !== undefined && own !== null && typeof own === 'object') {
      const base = language.toLowerCase().split('-')[0] ?? '';
      const perLanguage = own as Record<string, unknown>;
      const text = perLanguage[language] ?? perLanguage[base];
      if (typeof text === 'string') return text;
    }
    const name = fieldNameFor(field.fieldName, field.label);
    const key =
      'key' in failure && failure.key !== undefined ? failure.key : `field.${failure.kind}`;
    return translate(language, key, {
      field: name,
      Field: name.charAt(0).toUpperCase() + name.slice(1),
      ...failure.values,
    });
  }

  /** Checks the answer now and writes the result into the control's validity. */
  run(): void {
    const control = this.#field.control;
    if (control === null) return;
    this.#runValidators(control.value);
    control.setCustomValidity(this.#currentMessage(control.value));
  }

  #currentMessage(value: string): string {
    if (this.customMessage !== '') return this.customMessage;
    if (this.#field.error !== '') return this.#field.error;
    const own = this.#field.ownFailure?.();
    if (own !== undefined && own !== null) return this.messageFor(own);
    const failure = checkConstraints(value, this.#field.constraints);
    if (failure !== null) return this.messageFor(failure);
    return this.#asyncMessage;
  }

  // Custom validators run when the answer (or the list) changes. A later run
  // supersedes an earlier one still waiting on a server, so a slow answer
  // about an old value never overwrites the current one.
  #runValidators(value: string): void {
    if (value === this.#checkedValue && this.validators === this.#checkedValidators) return;
    this.#checkedValue = value;
    this.#checkedValidators = this.validators;
    const run = ++this.#run;
    const field = this.#field;
    let results: ReturnType<CivicValidator>[];
    try {
      results = this.validators.map((validator) => validator(value, field));
    } catch (error: unknown) {
      warnOnce(
        `A validator of <${field.localName} name="${field.control?.name ?? ''}"> threw: ${String(error)}`,
      );
      results = [];
    }
    if (!results.some((result) => result instanceof Promise)) {
      this.#asyncMessage = firstMessage(results as (string | null | undefined)[]);
      this.#complete = Promise.resolve(this.#asyncMessage === '' && this.#isValid());
      return;
    }
    this.#complete = Promise.all(results.map((result) => Promise.resolve(result))).then(
      (messages) => {
        if (run === this.#run) {
          this.#asyncMessage = firstMessage(messages);
          this.run();
        }
        return this.#isValid();
      },
      (error: unknown) => {
        // A check that fails to run must not block the form; the server still validates.
        warnOnce(
          `A validator of <${field.localName} name="${field.control?.name ?? ''}"> threw: ${String(error)}`,
        );
        return this.#isValid();
      },
    );
  }

  #isValid(): boolean {
    const control = this.#field.control;
    if (control === null) return true;
    control.setCustomValidity(this.#currentMessage(control.value));
    return control.validity.valid;
  }
}
