// The canonical HTML of a fieldset, defined once: what a server writes
// (renderFieldset, the civicFieldset macro) and what <civic-fieldset> is
// when it enhances it. The content is the page's own (other Civic
// questions, such as the lines of an address).
import { fieldsetHasError, fieldsetPart, type FieldsetParams } from '../../core/fieldset-markup.js';
import { h, raw, type MarkupElement, type MarkupNode } from '../../core/markup.js';
import { given } from '../../core/field-markup.js';

export type { FieldsetParams, LegendSize } from '../../core/fieldset-markup.js';

/** A fieldset's parameters; `html` is the content as HTML the server trusts (for the macro). */
export interface CivicFieldsetParams extends FieldsetParams {
  /** The questions inside, as HTML the server trusts. Server rendering only; `content` nodes win. */
  html?: string;
}

/**
 * `<civic-fieldset>` around `content`: a native `<fieldset class="civic-fieldset">`
 * with the legend, hint and error first. No form group: the questions inside
 * are each their own; the group's error marks the fieldset itself.
 */
export function fieldsetMarkup(
  params: CivicFieldsetParams,
  ...content: MarkupNode[]
): MarkupElement {
  const inner = content.length > 0 ? content : [given(params.html) ? raw(params.html) : null];
  return h(
    'civic-fieldset',
    // The base of the hint and error ids, for the element to find them by.
    { 'field-id': given(params.id) ? params.id : undefined },
    fieldsetPart(params, fieldsetHasError(params) && 'civic-fieldset--error', ...inner),
  );
}
