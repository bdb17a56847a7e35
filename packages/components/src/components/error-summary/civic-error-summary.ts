import { CivicLightElement } from '../../core/light-element.js';
import { LocaliseController, translate } from '../../core/localisation.js';
import { elementFrom, toDom } from '../../core/markup-dom.js';
import {
  ensureId,
  listedControlOf,
  messageOf,
  owningField,
  type ListedControl,
} from './controls.js';
import { elementForHref, fieldFor, focusField } from './focus-field.js';
import { FormWatcher } from './form-watcher.js';
import { cleanItems, parseItems, sameItems, type ErrorSummaryItem } from './items.js';
import {
  clampHeadingLevel,
  descriptionPart,
  errorSummaryMarkup,
  itemPart,
  summaryIds,
  titlePart,
  type ErrorSummaryHeadingLevel,
  type ErrorSummaryParams,
} from './markup.js';
import { holdTitlePrefix } from './page-title.js';
import './messages.js';

export type { ErrorSummaryItem } from './items.js';
export type { ErrorSummaryHeadingLevel, ErrorSummaryParams } from './markup.js';

/** `detail` of `civic-show`: the errors now listed. */
export interface ErrorSummaryShowDetail {
  items: ErrorSummaryItem[];
}

/** An error as listed: an item, and the control it belongs to once known. */
interface Entry extends ErrorSummaryItem {
  control?: HTMLElement;
}

const OBSERVED = ['items', 'heading', 'heading-level', 'description'] as const;

function normalisedText(node: Node): string {
  return node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function itemOf(entry: Entry): ErrorSummaryItem {
  return entry.href === undefined ? { text: entry.text } : { text: entry.text, href: entry.href };
}

/**
 * The list of a page's errors at the top of its main content, following the
 * public-sector error summary pattern. It cancels a submission of a form with
 * invalid fields and lists each error as a link to its field, takes focus so
 * that screen readers read it, and puts "Error: " before the page title. Each
 * link moves focus to its field with the question in view. It keeps up as
 * fields are fixed and hides when none is left.
 *
 * Its content is ordinary HTML in the page: a server writes it
 * (`renderErrorSummary`, the `civicErrorSummary` macro) with the errors it
 * found, and it reads and works without script; or the element builds the same
 * HTML from its attributes. It watches the form named by `for`, else the form
 * it is inside, else every form in its document.
 *
 * @tagname civic-error-summary
 * @summary Lists the errors on a page as links to the fields, and cancels submissions with errors.
 *
 * @attr {string} for - The `id` of the form to watch, when the summary is not inside it.
 * @attr {string} items - Errors to show, as a JSON array of objects with `text` and `href` (`#` and the field's id).
 * @attr {string} heading - The title, instead of "There is a problem".
 * @attr {number} heading-level - Level of the title, 1–6 (default 2).
 * @attr {string} description - Text under the title.
 * @attr {boolean} disable-auto-focus - Do not take focus as the page loads with errors.
 *
 * @fires {CustomEvent<ErrorSummaryShowDetail>} civic-show - The summary appeared, or listed a new set of errors after a submission was stopped. Bubbles, composed. `detail.items`: the errors listed.
 * @fires civic-clear - The last error was fixed (or the form reset or submitted) and the summary hid. Bubbles, composed.
 */
export class CivicErrorSummary extends CivicLightElement {
  protected static override upgradedProperties: readonly string[] = [
    'items',
    'heading',
    'headingLevel',
    'description',
    'htmlFor',
    'disableAutoFocus',
  ];

  static get observedAttributes(): string[] {
    return [...OBSERVED];
  }

  readonly #text = new LocaliseController(this);
  #internals: ElementInternals | null = null;
  #box: HTMLElement | null = null;
  #entries: Entry[] = [];
  // The title is the default one of the page's language, which follows the language.
  #defaultHeading = true;
  #focusRequested = false;
  #showRequested = false;
  #wasShown = false;

  constructor() {
    super();
    new FormWatcher(this, {
      watches: (form) => this.#watches(form),
      stopped: (_form, controls) => this.#showErrorsOf(controls),
      cleared: (form) => this.#removeWhere((control) => this.#formOf(control) === form),
      changed: (control) => this.#nativeChanged(control),
      errorChanged: (control, message) => this.#updateEntry(control, message),
    });
  }

  // ---- Building and enhancing ------------------------------------------

  protected override enhance(): void {
    const find = () => this.querySelector<HTMLElement>(':scope > .civic-error-summary');
    this.#box = find();
    if (this.#box === null) {
      const tree = errorSummaryMarkup(this.#paramsFromAttributes());
      this.replaceChildren(
        ...tree.children.map((child) => toDom(child)).filter((node): node is Node => node !== null),
      );
      this.#box = find();
      this.#defaultHeading = !this.hasAttribute('heading');
    } else {
      // A server's title is the default one if it reads as this page's
      // default or the English one (a server that did not know the language).
      const text = this.#title === null ? null : normalisedText(this.#title);
      this.#defaultHeading =
        text === this.#text.t('error-summary.heading') ||
        text === translate('en', 'error-summary.heading');
    }
    const box = this.#box;
    if (box === null) return;
    this.#makeTitleIdUnique();
    this.#entries = this.#readEntries();
    box.addEventListener('click', this.#onClick);
    box.addEventListener('blur', this.#onBlur);
  }

  protected override enhanced(): void {
    // Errors in the page as it loads are errors the server found: show them,
    // and take focus, so a screen reader reads them first.
    if (this.#entries.length > 0) this.#requestShow(!this.disableAutoFocus);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#entries.length > 0) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    holdTitlePrefix(this, '');
  }

  #paramsFromAttributes(): ErrorSummaryParams {
    const attribute = (name: string) => this.getAttribute(name) ?? undefined;
    const { base } = summaryIds(this.id);
    return {
      // Links written inside the element (the older way to give server errors) come after `items`.
      items: [...parseItems(this.getAttribute('items')), ...this.#looseLinks()],
      heading: attribute('heading'),
      headingLevel: attribute('heading-level'),
      description: attribute('description') ?? this.#looseDescription(),
      id: this.#freeBase(base),
      lang: this.#text.language,
    };
  }

  // `<a href>` children of an element written without the summary's markup.
  #looseLinks(): ErrorSummaryItem[] {
    const links = [...this.querySelectorAll('a[href]')].filter(
      (link) => link.closest('[slot="description"]') === null,
    );
    return cleanItems(
      links.map((link) => ({ href: link.getAttribute('href') ?? '', text: normalisedText(link) })),
    );
  }

  #looseDescription(): string | undefined {
    const description = this.querySelector('[slot="description"]');
    return description === null ? undefined : normalisedText(description);
  }

  // The first base whose title id is free in the page: `civic-error-summary`,
  // then `civic-error-summary-2`… (a second summary on the page).
  #freeBase(base: string): string {
    const root = this.getRootNode() as Partial<Document>;
    const taken = (candidate: string) => {
      const found = root.getElementById?.(summaryIds(candidate).title) ?? null;
      return found !== null && found !== this.#title;
    };
    if (!taken(base)) return base;
    let n = 2;
    while (taken(`${base}-${n}`)) n++;
    return `${base}-${n}`;
  }

  // Two server-written summaries without their own ids share a title id; the
  // second then names itself with the first one's title. Give it its own.
  #makeTitleIdUnique(): void {
    const title = this.#title;
    const box = this.#box;
    if (title === null || box === null || title.id === '') return;
    const root = this.getRootNode() as Partial<Document>;
    if ((root.getElementById?.(title.id) ?? title) === title) return;
    const base = this.#freeBase(title.id.replace(/-title$/, ''));
    title.id = summaryIds(base).title;
    box.setAttribute('aria-labelledby', title.id);
  }

  #readEntries(): Entry[] {
    const list = this.#list;
    if (list === null) return [];
    return [...list.children].flatMap((item): Entry[] => {
      const link = item.querySelector('a[href]');
      const text = normalisedText(link ?? item);
      if (text === '') return [];
      return [link === null ? { text } : { text, href: link.getAttribute('href') ?? '' }];
    });
  }

  get #title(): HTMLElement | null {
    return this.#box?.querySelector<HTMLElement>('.civic-error-summary__title') ?? null;
  }

  get #list(): HTMLElement | null {
    return this.#box?.querySelector<HTMLElement>('.civic-error-summary__list') ?? null;
  }

  // ---- Properties --------------------------------------------------------

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (!this.isEnhanced || old === value) return;
    switch (name) {
      case 'items':
        this.items = parseItems(value);
        break;
      case 'heading':
        this.#setHeading(value ?? '');
        break;
      case 'heading-level':
        this.#setHeadingLevel(value);
        break;
      case 'description':
        this.#setDescription(value ?? '');
        break;
    }
  }

  /**
   * The errors listed now, as `{ text, href }`. Set it to show errors a server
   * returned to a script (it takes focus unless `disable-auto-focus`), or to
   * `[]` to hide the summary. Links with script URLs are refused.
   */
  get items(): ErrorSummaryItem[] {
    return this.#entries.map(itemOf);
  }
  set items(value: ErrorSummaryItem[] | string) {
    // A JSON string too: some frameworks (Vue) set what a template writes as an attribute as the property.
    const items = typeof value === 'string' ? parseItems(value) : cleanItems(value);
    if (!this.isEnhanced) {
      this.setAttribute('items', JSON.stringify(items));
      return;
    }
    this.#setEntries(items);
    if (items.length > 0) this.#requestShow(!this.disableAutoFocus);
  }

  /** The `id` of the form to watch, when the summary is not inside it (as on `<label for>`). */
  get htmlFor(): string {
    return this.getAttribute('for') ?? '';
  }
  set htmlFor(value: string) {
    this.setAttribute('for', value);
  }

  /** The title, instead of "There is a problem" in the page's language. */
  get heading(): string {
    return this.getAttribute('heading') ?? '';
  }
  set heading(value: string) {
    if (typeof value === 'string' && value !== '') this.setAttribute('heading', value);
    else this.removeAttribute('heading');
  }

  /** Level of the title, 1–6. Default 2. */
  get headingLevel(): ErrorSummaryHeadingLevel {
    const title = this.#title;
    if (title !== null) return clampHeadingLevel(title.localName.slice(1));
    return clampHeadingLevel(this.getAttribute('heading-level') ?? 2);
  }
  set headingLevel(value: number) {
    this.setAttribute('heading-level', String(clampHeadingLevel(value)));
  }

  /** Text under the title, such as what to do about the errors. */
  get description(): string {
    const part = this.#box?.querySelector('.civic-error-summary__description');
    return part ? normalisedText(part) : (this.getAttribute('description') ?? '');
  }
  set description(value: string) {
    if (typeof value === 'string' && value !== '') this.setAttribute('description', value);
    else this.removeAttribute('description');
  }

  /** Keeps the summary from taking focus when the page loads with errors, for pages that show several examples. It still takes focus after a stopped submission. */
  get disableAutoFocus(): boolean {
    return this.hasAttribute('disable-auto-focus');
  }
  set disableAutoFocus(value: boolean) {
    this.toggleAttribute('disable-auto-focus', value);
  }

  #setHeading(value: string): void {
    const title = this.#title;
    this.#defaultHeading = value === '';
    if (title === null) return;
    const text = value === '' ? this.#text.t('error-summary.heading') : value;
    if (title.textContent !== text) title.textContent = text;
  }

  #setHeadingLevel(value: string | null): void {
    const title = this.#title;
    if (title === null) return;
    const level = clampHeadingLevel(value ?? 2);
    if (title.localName === `h${level}`) return;
    const replacement = elementFrom(titlePart(title.id, level, title.textContent));
    title.replaceWith(replacement);
  }

  #setDescription(value: string): void {
    const existing = this.#box?.querySelector('.civic-error-summary__description') ?? null;
    if (value === '') {
      existing?.remove();
      return;
    }
    const part = toDom(descriptionPart(value));
    if (existing !== null) existing.textContent = value;
    else if (part !== null) this.#list?.before(part);
  }

  // ---- The errors --------------------------------------------------------

  #watches(form: HTMLFormElement): boolean {
    const htmlFor = this.htmlFor;
    if (htmlFor !== '') return form.id === htmlFor;
    const own = this.closest('form');
    return own === null || own === form;
  }

  #showErrorsOf(controls: ListedControl[]): void {
    // Every radio of a required group is invalid: the group is listed once, at its first.
    const listed = [...new Set(controls.map(listedControlOf))];
    this.#setEntries(
      listed.map((control) => ({
        text: messageOf(control),
        href: `#${encodeURIComponent(ensureId(control))}`,
        control,
      })),
    );
    // After a stopped submission the summary always takes focus: that is how it is announced.
    this.#requestShow(true);
  }

  #controlOf(entry: Entry): HTMLElement | null {
    if (entry.control?.isConnected === true) return entry.control;
    if (entry.href === undefined) return null;
    const target = elementForHref(entry.href, this.getRootNode());
    return target === null ? null : fieldFor(target);
  }

  #formOf(control: HTMLElement): HTMLFormElement | null {
    return (control as Partial<ListedControl>).form ?? null;
  }

  #removeWhere(test: (control: HTMLElement) => boolean): void {
    const kept = this.#entries.filter((entry) => {
      const control = this.#controlOf(entry);
      return control === null || !test(control);
    });
    if (kept.length !== this.#entries.length) this.#setEntries(kept);
  }

  #updateEntry(control: Element, message: string): void {
    if (message === '') {
      this.#removeWhere((listed) => listed === control);
      return;
    }
    if (!this.#entries.some((entry) => this.#controlOf(entry) === control)) return;
    this.#setEntries(
      this.#entries.map((entry) =>
        this.#controlOf(entry) === control ? { ...entry, text: message } : entry,
      ),
    );
  }

  // Plain native inputs do not say when their error changes; re-check on a committed change.
  #nativeChanged(control: ListedControl): void {
    if (owningField(control) !== null) return;
    this.#updateEntry(control, control.validity.valid ? '' : control.validationMessage);
  }

  #setEntries(entries: Entry[]): void {
    const unchanged = sameItems(entries, this.#entries);
    this.#entries = entries;
    if (!unchanged) this.#renderList();
    this.requestUpdate();
  }

  #requestShow(focus: boolean): void {
    this.#showRequested = true;
    if (focus) this.#focusRequested = true;
    this.requestUpdate();
  }

  // Brings the list in line with the entries, keeping the links that stay
  // (a focused link keeps its focus), with the part the markup is made of.
  #renderList(): void {
    const list = this.#list;
    const box = this.#box;
    if (list === null || box === null) return;
    const keyOf = (item: ErrorSummaryItem) => `${item.href ?? ''}\u0000${item.text}`;
    const existing = new Map<string, Element[]>();
    for (const item of list.children) {
      const link = item.querySelector('a[href]');
      const key = keyOf({
        text: normalisedText(link ?? item),
        href: link?.getAttribute('href') ?? undefined,
      });
      existing.set(key, [...(existing.get(key) ?? []), item]);
    }
    const nodes = this.#entries.map(
      (entry) => existing.get(keyOf(entry))?.shift() ?? elementFrom(itemPart(itemOf(entry))),
    );
    for (const unused of [...existing.values()].flat()) unused.remove();
    let reference = list.firstChild;
    for (const node of nodes) {
      if (node === reference) reference = reference.nextSibling;
      else list.insertBefore(node, reference);
    }
    while (reference !== null) {
      const next: ChildNode | null = reference.nextSibling;
      reference.remove();
      reference = next;
    }
    box.hidden = this.#entries.length === 0;
  }

  // ---- Updates: language, title prefix, focus, events ---------------------

  protected override update(): void {
    if (this.#box === null) return;
    if (!this.isConnected) {
      holdTitlePrefix(this, '');
      return;
    }
    if (this.#defaultHeading) this.#setHeading('');
    const shown = this.#entries.length > 0;
    holdTitlePrefix(this, shown ? `${this.#text.t('error-summary.title-prefix')} ` : '');
    if (shown && this.#focusRequested) {
      this.#box.focus();
      this.#setTookFocus(document.activeElement === this.#box);
    }
    this.#focusRequested = false;
    if (shown && this.#showRequested) {
      this.dispatchEvent(
        new CustomEvent<ErrorSummaryShowDetail>('civic-show', {
          bubbles: true,
          composed: true,
          detail: { items: this.items },
        }),
      );
    } else if (!shown && this.#wasShown) {
      this.dispatchEvent(new Event('civic-clear', { bubbles: true, composed: true }));
    }
    this.#showRequested = false;
    this.#wasShown = shown;
  }

  // The focus ring shows while the summary holds the focus it took, not
  // after a later click inside it (which focuses it too, as tabindex -1 allows).
  #setTookFocus(on: boolean): void {
    try {
      this.#internals ??= this.attachInternals();
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
    const link = (event.target as Element).closest('a[href]');
    if (link === null || event.defaultPrevented) return;
    const target = elementForHref(link.getAttribute('href') ?? '', this.getRootNode());
    const control = target === null ? null : fieldFor(target);
    // A link to something other than a field on this page is an ordinary link.
    if (control === null) return;
    event.preventDefault();
    focusField(control);
  };
}
