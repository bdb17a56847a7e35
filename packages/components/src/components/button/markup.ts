// The canonical HTML of a button, defined once: what a server writes
// (renderButton, the civicButton macro) and what <civic-button> builds from
// its attributes. A native <button> (or <a> when it has an href) in the
// page's DOM, so it submits its form, follows its link and is announced as
// what it is with or without JavaScript.
import { classes, h, raw, type MarkupElement, type MarkupNode } from '../../core/markup.js';
import { safeUrl } from '../../core/safe-url.js';
import { warnOnce } from '../../core/warn.js';

/** The visual and semantic weight of a button. */
export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'inverse' | 'start';

/** What a button does in its form, as on the native `<button type>`. */
export type ButtonType = 'submit' | 'reset' | 'button';

export const BUTTON_VARIANTS: readonly ButtonVariant[] = [
  'primary',
  'secondary',
  'warning',
  'inverse',
  'start',
];

export const BUTTON_TYPES: readonly ButtonType[] = ['submit', 'reset', 'button'];

export interface ButtonParams {
  /** The button text, such as "Save and continue". */
  text?: string;
  /** The button's content as HTML, instead of `text`; the page's own trusted HTML, written by a server only. */
  html?: string;
  /** `primary` (default), `secondary`, `warning`, `inverse` or `start`. */
  variant?: ButtonVariant;
  /** `submit` (default), `reset` or `button`. Not used by a link. */
  type?: ButtonType;
  /** Sent with the form, with `value`, when this button submits it. */
  name?: string;
  value?: string;
  /** Turns the button off. A disabled link loses its `href` and is marked unavailable. */
  disabled?: boolean;
  /** Makes it a link (`<a>`) to this URL. Script URLs (`javascript:`) are refused. */
  href?: string;
  /** The link's browsing context; `_blank` adds `rel="noopener noreferrer"`. */
  target?: string;
  /** Ignores a second click within one second (needs the element's script). */
  preventDoubleClick?: boolean;
  /** The `id` of the form the button belongs to, when it is outside it. */
  form?: string;
  /** Where the form is sent when this button submits it. Script URLs are refused. */
  formAction?: string;
  formMethod?: string;
  formEnctype?: string;
  /** Submits without the browser's validation, for "Save and come back later". */
  formNoValidate?: boolean;
  formTarget?: string;
}

function given(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function isOneOf<T extends string>(choices: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (choices as readonly string[]).includes(value);
}

/** A wrong value as a warning quotes it: short, and never "[object Object]". */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.slice(0, 30);
}

/** The variant, or `primary` (with a warning naming the choices) when it is not one. */
export function buttonVariant(variant: unknown): ButtonVariant {
  if (variant === undefined || variant === null || variant === '') return 'primary';
  if (isOneOf(BUTTON_VARIANTS, variant)) return variant;
  warnOnce(
    `<civic-button> variant="${shown(variant)}" is not a variant, so it is a primary button. ` +
      `Use ${BUTTON_VARIANTS.join(', ')}.`,
  );
  return 'primary';
}

/** The type, or `submit` (with a warning naming the choices) when it is not one. */
export function buttonType(type: unknown): ButtonType {
  if (type === undefined || type === null || type === '') return 'submit';
  if (isOneOf(BUTTON_TYPES, type)) return type;
  warnOnce(
    `<civic-button> type="${shown(type)}" is not a button type, so it is a submit button. ` +
      'Use submit, reset or button; for a link, set href.',
  );
  return 'submit';
}

/** The start button's arrow: decoration, hidden from assistive technology. */
export function startIcon(): MarkupElement {
  return h(
    'svg',
    {
      class: 'civic-button__start-icon',
      'aria-hidden': 'true',
      focusable: 'false',
      width: '17.5',
      height: '19',
      viewBox: '0 0 33 40',
    },
    h('path', { fill: 'currentColor', d: 'M0 0h13l20 20-20 20H0l20-20z' }),
  );
}

/** The native `<button>` or `<a>` with its content. */
export function buttonControl(params: ButtonParams): MarkupElement {
  const variant = buttonVariant(params.variant);
  const content: MarkupNode[] = [
    given(params.html) ? raw(params.html) : params.text,
    variant === 'start' && startIcon(),
  ];
  const className = classes('civic-button', variant !== 'primary' && `civic-button--${variant}`);
  const preventDoubleClick = params.preventDoubleClick === true;

  if (typeof params.href === 'string') {
    const disabled = params.disabled === true;
    const href = disabled ? undefined : safeUrl(params.href, 'civic-button');
    const linked = href !== undefined;
    return h(
      'a',
      {
        href,
        class: className,
        target: linked && given(params.target) ? params.target : undefined,
        rel: linked && params.target === '_blank' ? 'noopener noreferrer' : undefined,
        // A link with no href is not announced as a link, so a disabled one
        // keeps the role and says it is unavailable.
        role: disabled ? 'link' : undefined,
        'aria-disabled': disabled ? 'true' : undefined,
        draggable: 'false',
        'data-prevent-double-click': preventDoubleClick,
      },
      ...content,
    );
  }

  return h(
    'button',
    {
      type: buttonType(params.type),
      class: className,
      name: given(params.name) ? params.name : undefined,
      value: given(params.value) ? params.value : undefined,
      form: given(params.form) ? params.form : undefined,
      formaction: given(params.formAction) ? safeUrl(params.formAction, 'civic-button') : undefined,
      formmethod: given(params.formMethod) ? params.formMethod : undefined,
      formenctype: given(params.formEnctype) ? params.formEnctype : undefined,
      formnovalidate: params.formNoValidate === true,
      formtarget: given(params.formTarget) ? params.formTarget : undefined,
      disabled: params.disabled === true,
      'data-prevent-double-click': preventDoubleClick,
    },
    ...content,
  );
}

/** `<civic-button>` around its native button or link. */
export function buttonMarkup(params: ButtonParams): MarkupElement {
  return h('civic-button', {}, buttonControl(params));
}
