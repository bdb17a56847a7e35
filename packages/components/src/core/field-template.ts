import { html, nothing, type TemplateResult } from 'lit';

/** Ids inside a control's shadow root, where they are unique by construction. */
export const FIELD_IDS = {
  control: 'control',
  label: 'label',
  hint: 'hint',
  error: 'error',
} as const;

/** What the shared field template shows around a native control. */
export interface FieldContent {
  label: string;
  hint: string;
  errorMessage: string;
  /** "Error" in the page language, read before the message by screen readers. */
  errorPrefix: string;
  /** The label is the page's `<h1>`, for a page that asks one question. */
  labelIsPageHeading: boolean;
}

/**
 * Label, hint and error message in the order a screen reader meets them,
 * all in the same shadow root as the control so every `for` and
 * `aria-describedby` reference resolves (the public-sector question pattern).
 */
export function fieldHeader(content: FieldContent): TemplateResult {
  const label = html`<label
    part="label"
    id=${FIELD_IDS.label}
    class="label"
    for=${FIELD_IDS.control}
    >${content.label}</label
  >`;
  return html`${
    content.labelIsPageHeading ? html`<h1 class="label-wrapper">${label}</h1>` : label
  }${
    content.hint === ''
      ? nothing
      : html`<div part="hint" id=${FIELD_IDS.hint} class="hint">${content.hint}</div>`
  }${
    content.errorMessage === ''
      ? nothing
      : html`<p part="error-message" id=${FIELD_IDS.error} class="error-message">
          <span class="visually-hidden">${content.errorPrefix}:</span> ${content.errorMessage}
        </p>`
  }`;
}

/** The `aria-describedby` of the control: hint, then error, then any extra ids. */
export function describedBy(
  content: FieldContent,
  ...extra: (string | false)[]
): string | undefined {
  const ids = [
    content.hint === '' ? '' : FIELD_IDS.hint,
    content.errorMessage === '' ? '' : FIELD_IDS.error,
    ...extra,
  ].filter((id): id is string => typeof id === 'string' && id !== '');
  return ids.length === 0 ? undefined : ids.join(' ');
}
