// The form controls an error summary lists: the native controls of a form
// (`form.elements`), each on its own or owned by a Civic question.
import { isQuestion, type CivicQuestion } from '../../core/field-element.js';

/** A control as the summary meets it in `form.elements`: it validates and can say why it is invalid. */
export type ListedControl = HTMLElement & {
  readonly form: HTMLFormElement | null;
  readonly willValidate: boolean;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  checkValidity(): boolean;
};

/** The form's controls that take part in validation, in form order. */
export function listedControls(form: HTMLFormElement): ListedControl[] {
  return [...form.elements].filter(
    (element): element is ListedControl =>
      element instanceof HTMLElement && 'willValidate' in element && 'checkValidity' in element,
  );
}

/**
 * The Civic question that owns a native control (its nearest question
 * ancestor: a field, or a group such as radios whose own input it is), or
 * null for a plain control.
 */
export function owningField(control: Element): CivicQuestion | null {
  for (let node = control.parentElement; node !== null; node = node.parentElement) {
    if (!isQuestion(node)) continue;
    // A plain input in a group's follow-up question is not the group's.
    return node.inputs === undefined || node.inputs.includes(control as HTMLElement) ? node : null;
  }
  return null;
}

/** The control the summary lists for `control`: a group's first input stands for all of its inputs. */
export function listedControlOf(control: ListedControl): ListedControl {
  const question = owningField(control);
  return question?.inputs !== undefined && question.control !== null
    ? (question.control as ListedControl)
    : control;
}

/** The message to list for a control: the error its question shows, else why it is invalid. */
export function messageOf(control: ListedControl): string {
  const shown = owningField(control)?.errorMessage ?? '';
  return shown !== '' ? shown : control.validationMessage;
}

/**
 * The control's `id`, giving it one first if it has none: its name (the
 * public-sector convention, so `#full-name` finds the `full-name` field), made
 * unique in its tree.
 */
export function ensureId(control: HTMLElement): string {
  if (control.id !== '') return control.id;
  const root = control.getRootNode() as Document | ShadowRoot;
  const base = (control.getAttribute('name') ?? '').trim().replace(/\s+/g, '-') || 'field';
  let id = base;
  for (let n = 2; root.getElementById(id) !== null; n++) id = `${base}-${n}`;
  control.id = id;
  return id;
}
