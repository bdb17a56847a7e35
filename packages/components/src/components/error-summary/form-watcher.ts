// Watches form submissions for the error summary. It listens on the document
// (or shadow root) the summary is in, in the capture phase, because `invalid`
// does not bubble and because it must see a submission before the page's own
// `submit` listeners do.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isCivicControl, type ListedControl } from './items.js';

/** What the summary does when the watcher sees something. */
export interface FormWatcherDelegate {
  /** Whether the summary reports on this form. */
  watches(form: HTMLFormElement): boolean;
  /** A submission was stopped because of these controls, listed in form order. */
  stopped(form: HTMLFormElement, controls: ListedControl[]): void;
  /** A submission went through, or the form was reset: its errors are gone. */
  cleared(form: HTMLFormElement): void;
  /** A control's value was committed (`change`). */
  changed(control: ListedControl): void;
  /** A Civic control's shown error changed (`civic-error-change`); '' when cleared. */
  errorChanged(control: Element, message: string): void;
}

/** A control with checks that may ask a server: `validationComplete` settles when they finish. */
type AsyncChecked = Element & {
  readonly validationComplete: Promise<boolean>;
  readonly validators?: readonly unknown[];
};

function hasAsyncChecks(element: Element): element is AsyncChecked {
  return (
    'validationComplete' in element &&
    (element as { validationComplete: unknown }).validationComplete instanceof Promise
  );
}

function listedControls(form: HTMLFormElement): ListedControl[] {
  return [...form.elements].filter(
    (element): element is ListedControl =>
      element instanceof HTMLElement && 'willValidate' in element && 'checkValidity' in element,
  );
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
    if (!(root instanceof Document || root instanceof ShadowRoot)) return;
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
    // so the summary checks: Civic controls then show their own errors.
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
    const control = event.target as Element;
    if (this.#watchedForm(control) === null) return;
    if (hasAsyncChecks(control)) {
      // The control starts its checks when it next updates; note when they finish.
      const updating = (control as Partial<ReactiveControllerHost>).updateComplete;
      void Promise.resolve(updating).then(() => this.#isPending(control));
    }
    if (event.type === 'change') this.#delegate.changed(control as ListedControl);
  };

  #onErrorChange = (event: Event): void => {
    const message = (event as CustomEvent<{ message?: unknown } | null>).detail?.message;
    if (event.target instanceof Element && isCivicControl(event.target)) {
      this.#delegate.errorChanged(event.target, typeof message === 'string' ? message : '');
    }
  };

  // Whether a control's server checks may still be running. A promise is not
  // known to have settled until it has been seen to, so a control with
  // validators counts as pending until then; one without validators never is.
  #isPending(control: Element): boolean {
    if (!hasAsyncChecks(control)) return false;
    if (Array.isArray(control.validators) && control.validators.length === 0) return false;
    const promise = control.validationComplete;
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
      listedControls(form).map((control) =>
        hasAsyncChecks(control)
          ? control.validationComplete.catch(() => true)
          : Promise.resolve(true),
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
  // formaction go with it. A <civic-button> submits through a stand-in button
  // that is gone by now, so a copy of that stands in again.
  #resubmit(form: HTMLFormElement, submitter: HTMLElement | null): void {
    let standIn: HTMLElement | null = null;
    let used = submitter;
    if (submitter !== null && (submitter as HTMLButtonElement).form !== form) {
      standIn = submitter.cloneNode() as HTMLElement;
      standIn.hidden = true;
      form.append(standIn);
      used = standIn;
    }
    this.#resubmitting = true;
    try {
      form.requestSubmit(used);
    } finally {
      this.#resubmitting = false;
      standIn?.remove();
    }
  }
}
