import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A message with a form per plural category of its language, chosen with
 * `Intl.PluralRules` from the `count` value. English needs `one` and `other`;
 * Welsh can use all six (`zero`, `one`, `two`, `few`, `many`, `other`).
 */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A message: text with `{placeholders}`, or one text per plural form. */
export type Message = string | PluralMessage;

/** Messages of one language, keyed `component.message`. */
export type Messages = Record<string, Message>;

/** The language used when neither the page nor a registered catalogue has one. */
export const FALLBACK_LANGUAGE = 'en';

const catalogues = new Map<string, Messages>();
const controllers = new Set<LocaliseController>();

/**
 * Adds or replaces messages for a language, for example a service's own
 * wording or a third language: `registerMessages('ga', { 'task.status.completed': 'Críochnaithe' })`.
 * Every connected component re-renders in its language.
 */
export function registerMessages(language: string, messages: Messages): void {
  const key = language.toLowerCase();
  catalogues.set(key, { ...catalogues.get(key), ...messages });
  for (const controller of controllers) controller.refresh();
}

/** The `lang` of the nearest element that has one, crossing shadow roots; the fallback without. */
export function languageOf(element: Element): string {
  // `closest` runs in the engine, which matters on a page of a thousand
  // fields: a script walk up every ancestor cost most of the render time there.
  let current: Element | null = element;
  while (current) {
    const withLanguage = current.closest('[lang]:not([lang=""])');
    if (withLanguage) return withLanguage.getAttribute('lang') ?? FALLBACK_LANGUAGE;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return FALLBACK_LANGUAGE;
}

/** The most specific registered catalogue for a BCP 47 tag: `cy-GB` uses `cy`. */
export function catalogueLanguage(language: string): string {
  const parts = language.toLowerCase().split('-');
  while (parts.length > 0) {
    const candidate = parts.join('-');
    if (catalogues.has(candidate)) return candidate;
    parts.pop();
  }
  return FALLBACK_LANGUAGE;
}

/**
 * The message `key` in `language` (falling back to English, then to the key
 * itself so a missing string is visible rather than blank), with `{name}`
 * placeholders replaced and the plural form chosen by `values.count`.
 */
export function translate(
  language: string,
  key: string,
  values: Record<string, string | number> = {},
): string {
  const catalogue = catalogueLanguage(language);
  const message = catalogues.get(catalogue)?.[key] ?? catalogues.get(FALLBACK_LANGUAGE)?.[key];
  if (message === undefined) return key;
  const text = typeof message === 'string' ? message : pluralForm(message, catalogue, values.count);
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}

function pluralForm(message: PluralMessage, language: string, count: string | number | undefined) {
  if (typeof count !== 'number') return message.other;
  const category = new Intl.PluralRules(language).select(count);
  return message[category] ?? message.other;
}

// One observer for the whole document: a `lang` change anywhere re-renders the
// components whose language it changes, so a language switcher needs no glue.
let languageObserver: MutationObserver | undefined;
function observeLanguageChanges(): void {
  if (languageObserver || typeof MutationObserver === 'undefined') return;
  languageObserver = new MutationObserver(() => {
    for (const controller of controllers) controller.refresh();
  });
  languageObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/**
 * Gives a component its language and messages: `this.#text.t('task.status.completed')`.
 * The language is the nearest `lang` attribute and updates live. In a server
 * render, only the element's own `lang` is known.
 */
export class LocaliseController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #language: string | undefined;
  // The first render uses only what a server render knows (the element's own
  // `lang`), because hydration trusts that first render to match the server's
  // HTML. The page's language follows in the next render.
  #firstRenderDone = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The language tag in use, such as `cy` or `en-GB`. */
  get language(): string {
    if (this.#firstRenderDone && this.#language !== undefined) return this.#language;
    const ownLanguage = this.#host.getAttribute('lang');
    return ownLanguage === null || ownLanguage === '' ? FALLBACK_LANGUAGE : ownLanguage;
  }

  hostConnected(): void {
    controllers.add(this);
    observeLanguageChanges();
    this.#language = languageOf(this.#host);
  }

  hostUpdated(): void {
    if (this.#firstRenderDone) return;
    const firstRenderLanguage = this.language;
    this.#firstRenderDone = true;
    if (this.language !== firstRenderLanguage) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-reads the language and re-renders the host if its messages may have changed. */
  refresh(): void {
    this.#language = languageOf(this.#host);
    this.#host.requestUpdate();
  }

  t(key: string, values?: Record<string, string | number>): string {
    return translate(this.language, key, values);
  }
}
