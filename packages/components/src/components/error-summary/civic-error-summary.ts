import { LitElement, html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { heading, headingLevel } from '../../core/heading.js';
import { LocaliseController } from '../../core/localisation.js';
import { safeUrl } from '../../core/safe-url.js';
import { errorSummaryStyles } from './civic-error-summary.styles.js';
import { fieldFor, focusField } from './focus-field.js';
import { FormWatcher } from './form-watcher.js';
import { holdTitlePrefix } from './page-title.js';
import {
  cleanItems,
  elementForHref,
  ensureId,
  isCivicControl,
  itemsConverter,
  messageOf,
  type ErrorSummaryItem,
  type ListedControl,
} from './items.js';
import './messages.js';

export type { ErrorSummaryItem } from './items.js';

/** `detail` of `civic-show`: the errors now listed. */
export interface ErrorSummaryShowDetail {
  items: ErrorSummaryItem[];
}

/** An error as listed: an item, and the field it belongs to once known. */
interface Entry extends ErrorSummaryItem {
  field?: HTMLElement;
}

/**
 * The list of a page's errors at the top of its main content, following the
 * public-sector error summary pattern. It cancels a submission of a form with
 * invalid fields and lists each error as a link to its field, takes focus so
 * that screen readers read it, and puts "Error: " before the page title. Each
 * link moves focus to its field with the question in view. It keeps up as
 * fields are fixed and goes away when none is left.
 *
 * It watches the form named by `for`, else the form it is inside, else every
 * form in its document. For errors a server found, give them as `items` (or
 * as `<a href="#field-id">` children) and the summary shows, and takes focus,
 * as the page loads.
 *
 * @tagname civic-error-summary
 * @summary Lists the errors on a page as links to the fields, and cancels submissions with errors.
 *
 * @slot description - Optional text under the heading, such as what to do about the errors.
 *
 * @fires civic-show - The summary appeared, or listed a new set of errors after a submission was stopped. Bubbles, composed. `detail.items`: the errors listed.
 * @fires civic-clear - The last error was fixed (or the form reset or submitted) and the summary hid. Bubbles, composed.
 *
 * @csspart summary - The box, with its border: focused when it appears.
 * @csspart heading - The heading ("There is a problem").
 * @csspart description - The wrapper of the description slot.
 * @csspart list - The list of errors.
 * @csspart link - Each error's link.
 */
export class CivicErrorSummary extends LitElement {
  static override styles = errorSummaryStyles;

  /** The `id` of the form to watch, when the summary is not inside it (as on `<label for>`). */
  @property({ reflect: true, attribute: 'for' }) htmlFor = '';

  /** Errors a server found, shown as the page loads: `[{"href": "#full-name", "text": "Enter your full name"}]` as a JSON attribute. Links with script URLs are refused. */
  @property({ converter: itemsConverter }) items: ErrorSummaryItem[] = [];

  /** The heading, instead of "There is a problem" in the page's language. */
  @property({ reflect: true, attribute: 'heading' }) heading = '';

  /** Heading level (1–6). Default 2. */
  @property({ type: Number, reflect: true, attribute: 'heading-level' }) headingLevel = 2;

  /** Keeps the summary from taking focus when the page loads with errors, for pages that show several examples. It still takes focus after a stopped submission. */
  @property({ type: Boolean, reflect: true, attribute: 'disable-auto-focus' })
  disableAutoFocus = false;

  // The errors on screen once they differ from the declared ones (`items` and
  // child links): those of the last stopped submission, or the declared ones
  // trimmed as fields are fixed. Null while the declared ones are shown, which
  // a server render can work out from the attributes alone.
  @state() private entries: Entry[] | null = null;

  @query('.summary') private readonly box!: HTMLElement | null;

  readonly #text = new LocaliseController(this);
  readonly #internals = this.attachInternals();
  #childItems: ErrorSummaryItem[] = [];
  #childObserver: MutationObserver | undefined;
  #focusRequested = false;
  #showRequested = false;
  #wasShown = false;

  constructor() {
    super();
    new FormWatcher(this, {
      watches: (form) => this.#watches(form),
      stopped: (_form, controls) => this.#showErrorsOf(controls),
      cleared: (form) =>
        this.#removeWhere((field) => (field as Partial<ListedControl>).form === form),
      changed: (control) => this.#nativeChanged(control),
      errorChanged: (control, message) => this.#updateEntry(control, message),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Links given as children are read into the list; keep up if they change.
    this.#childObserver ??= new MutationObserver(() => this.#readChildItems());
    this.#childObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href', 'slot'],
    });
    if (this.hasUpdated) this.#readChildItems();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
    holdTitlePrefix(this, '');
  }

  #watches(form: HTMLFormElement): boolean {
    if (this.htmlFor !== '') return form.id === this.htmlFor;
    const own = this.closest('form');
    return own === null || own === form;
  }

  #declaredEntries(): Entry[] {
    return [...cleanItems(this.items), ...this.#childItems].map(({ text, href }) => {
      const safe = href === undefined ? undefined : safeUrl(href, 'civic-error-summary');
      return safe === undefined ? { text } : { text, href: safe };
    });
  }

  // `<a href>` children that are not part of the description.
  #readChildItems(): void {
    const links = [...this.querySelectorAll('a[href]')].filter((link) => {
      for (
        let node: Element | null = link;
        node !== null && node !== this;
        node = node.parentElement
      ) {
        if (node.hasAttribute('slot')) return false;
      }
      return true;
    });
    const items = links.map((link) => ({
      href: link.getAttribute('href') ?? '',
      text: link.textContent.replace(/\s+/g, ' ').trim(),
    }));
    if (JSON.stringify(items) === JSON.stringify(this.#childItems)) return;
    this.#childItems = items;
    this.#showDeclared();
  }

  /** The errors listed now. */
  get #current(): Entry[] {
    return this.entries ?? this.#declaredEntries();
  }

  #showDeclared(): void {
    this.entries = null;
    this.requestUpdate();
    if (this.#current.length > 0) {
      this.#showRequested = true;
      if (!this.disableAutoFocus) this.#requestFocus();
    }
  }

  #showErrorsOf(controls: ListedControl[]): void {
    this.entries = controls.map((control) => ({
      text: messageOf(control),
      href: `#${encodeURIComponent(ensureId(control))}`,
      field: control,
    }));
    this.#showRequested = true;
    // After a submission the summary always takes focus: that is how it is announced.
    this.#requestFocus();
  }

  // Focus moves in the next updated(), once the summary is on screen.
  #requestFocus(): void {
    this.#focusRequested = true;
  }

  #fieldOf(entry: Entry): HTMLElement | null {
    if (entry.field?.isConnected) return entry.field;
    if (entry.href === undefined) return null;
    const target = elementForHref(entry.href, this.getRootNode());
    return target === null ? null : fieldFor(target);
  }

  #removeWhere(test: (field: HTMLElement) => boolean): void {
    const current = this.#current;
    const kept = current.filter((entry) => {
      const field = this.#fieldOf(entry);
      return field === null || !test(field);
    });
    if (kept.length !== current.length) this.entries = kept;
  }

  #updateEntry(control: Element, message: string): void {
    if (message === '') {
      this.#removeWhere((field) => field === control);
      return;
    }
    const current = this.#current;
    if (!current.some((entry) => this.#fieldOf(entry) === control && entry.text !== message))
      return;
    this.entries = current.map((entry) =>
      this.#fieldOf(entry) === control ? { ...entry, text: message } : entry,
    );
  }

  // Native inputs do not say when their error changes; re-check on a committed change.
  #nativeChanged(control: ListedControl): void {
    if (isCivicControl(control)) return;
    this.#updateEntry(control, control.validity.valid ? '' : control.validationMessage);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Items given after the page loaded, such as errors a server returned to a script.
    if (changed.has('items') && this.hasUpdated) this.#showDeclared();
  }

  override firstUpdated(): void {
    // Read after the first render, which must match the server's: the server
    // cannot see children. Items and children on the page now are errors the
    // server found, so the summary takes focus, as on page load.
    this.#readChildItems();
    if (this.#current.length > 0) {
      this.#showRequested = true;
      // updated() follows at once, in this same update.
      if (!this.disableAutoFocus) this.#requestFocus();
    }
  }

  protected override updated(): void {
    const shown = this.#current.length > 0;
    holdTitlePrefix(this, shown ? `${this.#text.t('error-summary.title-prefix')} ` : '');
    if (shown && this.#focusRequested && this.box !== null) {
      this.#focusRequested = false;
      this.box.focus();
      if (this.shadowRoot?.activeElement === this.box) this.#setTookFocus(true);
    }
    if (shown && this.#showRequested) {
      this.#showRequested = false;
      this.dispatchEvent(
        new CustomEvent<ErrorSummaryShowDetail>('civic-show', {
          bubbles: true,
          composed: true,
          detail: { items: this.#current.map(({ text, href }) => ({ text, href })) },
        }),
      );
    } else if (!shown && this.#wasShown) {
      this.dispatchEvent(new Event('civic-clear', { bubbles: true, composed: true }));
    }
    this.#wasShown = shown;
  }

  // The focus ring shows while the summary holds the focus it took, not
  // after a later click inside it (which focuses it too, as tabindex -1 allows).
  #setTookFocus(on: boolean): void {
    try {
      if (on) this.#internals.states.add('took-focus');
      else this.#internals.states.delete('took-focus');
    } catch {
      // Without CustomStateSet the :focus-visible ring is drawn instead.
    }
  }

  #onBlur = (): void => {
    this.#setTookFocus(false);
  };

  #onClick = (event: MouseEvent): void => {
    const index = (event.target as Element).closest('a')?.dataset.index;
    if (index === undefined) return;
    const entry = this.#current.at(Number(index));
    if (entry === undefined) return;
    const field = this.#fieldOf(entry);
    // A link to something other than a field on this page is an ordinary link.
    if (field === null) return;
    event.preventDefault();
    focusField(field);
  };

  override render() {
    const entries = this.#current;
    const shown = entries.length > 0;
    const title = this.heading === '' ? this.#text.t('error-summary.heading') : this.heading;
    // Focus announces the summary (no role="alert"): the group is named by the
    // heading and described by the errors, so a screen reader reads them all.
    // Focusable by script only (tabindex -1), whenever it shows.
    return html`<div
      part="summary"
      class="summary"
      role="group"
      aria-labelledby="title"
      aria-describedby="description list"
      tabindex=${ifDefined(shown ? '-1' : undefined)}
      ?hidden=${!shown}
      @blur=${this.#onBlur}
    >
      ${heading(headingLevel(this.headingLevel, 2), html`<span id="title">${title}</span>`)}
      <div part="description" class="description" id="description">
        <slot name="description"></slot>
      </div>
      <ul part="list" class="list" id="list" role="list" @click=${this.#onClick}>
        ${entries.map(
          (entry, index) =>
            html`<li>
              ${
                entry.href === undefined
                  ? entry.text
                  : html`<a part="link" class="link" href=${entry.href} data-index=${index}
                      >${entry.text}</a
                    >`
              }
            </li>`,
        )}
      </ul>
    </div>`;
  }
}
