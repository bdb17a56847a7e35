import { warnOnce } from '../../core/warn.js';

/** One error in the summary: its message and the field it links to. */
export interface ErrorSummaryItem {
  /** The message, naming the field: "Enter your full name". */
  text: string;
  /** Where the link goes: `#` and the `id` of the field. Without it the message shows as text. */
  href?: string;
}

/** A form control as the summary meets it: a native one or a Civic one. */
export type ListedControl = HTMLElement & {
  readonly form: HTMLFormElement | null;
  readonly willValidate: boolean;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  checkValidity(): boolean;
};

/** A Civic form control: it shows its own error and says when that changes. */
type CivicControl = ListedControl & { readonly errorMessage: string };

export function isCivicControl(element: Element): element is CivicControl {
  return 'errorMessage' in element && typeof element.errorMessage === 'string';
}

/** Only well-formed items: a non-empty string `text`, and a string `href` if any. */
export function cleanItems(value: unknown): ErrorSummaryItem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (item === null || typeof item !== 'object') return [];
    const { text, href } = item as Record<string, unknown>;
    if (typeof text !== 'string' || text.trim() === '') return [];
    return [typeof href === 'string' ? { text, href } : { text }];
  });
}

/** Reads the `items` attribute: a JSON array of `{ "href": "#id", "text": "…" }`. */
export const itemsConverter = {
  fromAttribute(value: string | null): ErrorSummaryItem[] {
    if (value === null || value.trim() === '') return [];
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return cleanItems(parsed);
    } catch {
      // Reported below.
    }
    warnOnce(
      `<civic-error-summary> could not read items="${value.slice(0, 60)}": give a JSON array ` +
        'such as [{"href": "#full-name", "text": "Enter your full name"}].',
    );
    return [];
  },
  toAttribute(value: ErrorSummaryItem[]): string {
    return JSON.stringify(value);
  },
};

/** The message to list for a control: the error it shows, else why it is invalid. */
export function messageOf(control: ListedControl): string {
  if (isCivicControl(control) && control.errorMessage !== '') return control.errorMessage;
  return control.validationMessage;
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

/** The element a same-page link like `#full-name` points at, in `root`. */
export function elementForHref(href: string, root: Node): HTMLElement | null {
  if (!href.startsWith('#') || href.length < 2) return null;
  let id = href.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A stray % is part of the id.
  }
  const tree = root as Partial<Document | ShadowRoot>;
  return tree.getElementById?.(id) ?? null;
}
