// Watches form submissions for the error summary. It listens on the document
// (or shadow root) the summary is in, in the capture phase, because `invalid`
// does not bubble and because it must see a submission before the page's own
// `submit` listeners do. The controls are the native ones in `form.elements`;
// a Civic question (a CivicField, or a group of inputs) owns its native control, shows the error
// itself and says when it changes with `civic-error-change`.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isQuestion } from '../../core/field-element.js';
import { listedControls, owningField, type ListedControl } from './controls.js';

/** What the summary does when the watcher sees something. */
export interface FormWatcherDelegate {
  /** Whether the summary reports on this form. */
  watches(form: HTMLFormElement): boolean;
  /** A submission was stopped because of these controls, listed in form order. */
  stopped(form: HTMLFormElement, controls: ListedControl[]): void;
  /** A submission went through, or the form was reset: its errors are gone. */
  cleared(form: HTMLFormElement): void;
  /** A plain native control's value was committed (`change`): it is not a Civic question's. */
  changed(control: ListedControl): void;
  /** The error a Civic question shows on its control changed (`civic-error-change`); '' when cleared. */
  errorChanged(control: Element, message: string): void;
}

function inFormOrder(form: HTMLFormElement, controls: Iterable<ListedControl>): ListedControl[] {
  const order = [...form.elements];
  return [...controls].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

function stop(event: Event): void {
  event.preventDefault();
  // As when the browser's own validation stops a submission, the page's submit
  // listeners hear nothing: a script that sends the form itself must not send it.
  event.stopImmediatePropagation();
}

export class FormWatcher implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #delegate: FormWatcherDelegate;
  #root: Document | ShadowRoot | null = null;
  // Controls whose `invalid` fired in the current validation run, which the
  // browser dispatches one after another in a single task.
  #burst: { form: HTMLFormElement; controls: Set<ListedControl> } | null = null;
  // True while the summary itself calls checkValidity(): those `invalid`
  // events are its own and already accounted for.
  #checking = false;
  // True while the summary submits again after waiting for server checks.
  #resubmitting = false;
  readonly #settled = new WeakSet<Promise<boolean>>();
  readonly #seen = new WeakSet<Promise<boolean>>();

  constructor(host: ReactiveControllerHost & HTMLElement, delegate: FormWatcherDelegate) {
    this.#host = host;
    this.#delegate = delegate;
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.#host.getRootNode();
    if (!(root instanceof Document || root instanceof ShadowRoot) || root === this.#root) return;
    this.hostDisconnected();
    this.#root = root;
    root.addEventListener('invalid', this.#onInvalid, true);
    root.addEventListener('submit', this.#onSubmit, true);
    root.addEventListener('reset', this.#onReset, true);
    root.addEventListener('input', this.#onValueChange, true);
    root.addEventListener('change', this.#onValueChange, true);
    root.addEventListener('civic-error-change', this.#onErrorChange);
  }

  hostDisconnected(): void {
    const root = this.#root;
    if (root === null) return;
    root.removeEventListener('invalid', this.#onInvalid, true);
    root.removeEventListener('submit', this.#onSubmit, true);
    root.removeEventListener('reset', this.#onReset, true);
    root.removeEventListener('input', this.#onValueChange, true);
    root.removeEventListener('change', this.#onValueChange, true);
    root.removeEventListener('civic-error-change', this.#onErrorChange);
    this.#root = null;
  }

  #watchedForm(target: EventTarget | null): HTMLFormElement | null {
    const form = (target as Partial<ListedControl> | null)?.form;
    return form instanceof HTMLFormElement && this.#delegate.watches(form) ? form : null;
  }

  // A form without `novalidate`: the browser fires `invalid` at each invalid
  // control and does not submit. Cancelling each event keeps the browser's own
  // message bubble away; the summary lists them all once the run is over.
  // (A Civic question shows its own error from the same event, at its control.)
  #onInvalid = (event: Event): void => {
    if (this.#checking) return;
    const form = this.#watchedForm(event.target);
    if (form === null) return;
    event.preventDefault();
    if (this.#burst === null) {
      this.#burst = { form, controls: new Set() };
      setTimeout(this.#endBurst);
    }
    if (this.#burst.form === form) this.#burst.controls.add(event.target as ListedControl);
  };

  #endBurst = (): void => {
    const burst = this.#burst;
    this.#burst = null;
    if (burst !== null) this.#delegate.stopped(burst.form, inFormOrder(burst.form, burst.controls));
  };

  #onSubmit = (event: Event): void => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !this.#delegate.watches(form)) return;
    if (this.#resubmitting) {
      this.#delegate.cleared(form);
      return;
    }
    const submitter = (event as SubmitEvent).submitter;
    // "Save and come back later" buttons skip validation on purpose.
    if ((submitter as HTMLButtonElement | null)?.formNoValidate === true) return;
    const controls = listedControls(form);
    if (controls.some((control) => this.#isPending(control))) {
      stop(event);
      void this.#submitWhenChecked(form, submitter);
      return;
    }
    // A form with `novalidate` submits without the browser checking anything,
    // so the summary checks: Civic questions then show their own errors.
    if (form.noValidate) {
      const invalid = this.#check(controls);
      if (invalid.length > 0) {
        stop(event);
        this.#delegate.stopped(form, invalid);
        return;
      }
    }
    this.#delegate.cleared(form);
  };

  #onReset = (event: Event): void => {
    const form = event.target;
    if (form instanceof HTMLFormElement && this.#delegate.watches(form)) {
      this.#delegate.cleared(form);
    }
  };

  #onValueChange = (event: Event): void => {
    const control = event.target as ListedControl;
    if (this.#watchedForm(control) === null) return;
    const field = owningField(control);
    if (field !== null) {
      // The question starts its checks in its own listener, after this one:
      // note when they finish, so a submission does not wait for checks that are done.
      queueMicrotask(() => this.#isPending(control));
      return;
    }
    if (event.type === 'change') this.#delegate.changed(control);
  };

  #onErrorChange = (event: Event): void => {
    const field = event.target;
    if (!isQuestion(field) || field.control === null) return;
    const message = (event as CustomEvent<{ message?: unknown } | null>).detail?.message;
    this.#delegate.errorChanged(field.control, typeof message === 'string' ? message : '');
  };

  // Whether a control's server checks may still be running. A promise is not
  // known to have settled until it has been seen to, so a question with
  // validators counts as pending until then; one without validators never is.
  #isPending(control: Element): boolean {
    const field = owningField(control);
    if (field === null || field.validators.length === 0) return false;
    const promise = field.validationComplete;
    if (!this.#seen.has(promise)) {
      this.#seen.add(promise);
      const settle = () => this.#settled.add(promise);
      promise.then(settle, settle);
    }
    return !this.#settled.has(promise);
  }

  /** Checks each control as a submission would; returns the invalid ones in form order. */
  #check(controls: ListedControl[]): ListedControl[] {
    this.#checking = true;
    try {
      return controls.filter((control) => control.willValidate && !control.checkValidity());
    } finally {
      this.#checking = false;
    }
  }

  async #submitWhenChecked(form: HTMLFormElement, submitter: HTMLElement | null): Promise<void> {
    await Promise.all(
      listedControls(form).map(
        (control) =>
          owningField(control)?.validationComplete.catch(() => true) ?? Promise.resolve(true),
      ),
    );
    const invalid = this.#check(listedControls(form));
    if (invalid.length > 0) {
      this.#delegate.stopped(form, invalid);
      return;
    }
    this.#resubmit(form, submitter);
  }

  // Submits again as the same button would, so its name=value and any
  // formaction go with it. A button that has left the form meanwhile cannot
  // submit it; the form is then submitted without one.
  #resubmit(form: HTMLFormElement, submitter: HTMLElement | null): void {
    const button = (submitter as HTMLButtonElement | HTMLInputElement | null) ?? null;
    const usable = button !== null && button.isConnected && button.form === form;
    this.#resubmitting = true;
    try {
      form.requestSubmit(usable ? button : null);
    } finally {
      this.#resubmitting = false;
    }
  }
}
