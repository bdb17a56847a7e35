// The canonical HTML of a date input, defined once: what a server writes
// (renderDateInput, the civicDateInput macro) and what <civic-date-input>
// builds from its attributes. Three native text inputs (day, month, year) in
// a fieldset whose legend asks the question. Each part is submitted under
// the name and its part, `${name}-day`, `${name}-month`, `${name}-year`, and
// has the id `${id}-day`…, so an error summary link can go to the part that
// is wrong; the fieldset's hint and error have the ids `${id}-hint`, `${id}-error`.
import { given } from '../../core/field-markup.js';
import {
  fieldsetFormGroup,
  fieldsetIds,
  fieldsetPart,
  groupHostOptions,
  type GroupParams,
} from '../../core/fieldset-markup.js';
import { translate } from '../../core/localisation.js';
import { classes, h, type MarkupElement } from '../../core/markup.js';
import { DATE_PARTS, isIsoDate, partsOf, type DatePart, type DateParts } from './date-rules.js';
import './messages.js';

export type { DatePart, DateParts } from './date-rules.js';

export interface DateInputParams extends Omit<GroupParams, 'role'> {
  /** The date as an ISO string ("2001-02-03"), filling the three parts. */
  value?: string;
  /** What was typed in each part, as a server shows it again (even if wrong); wins over `value`. */
  values?: Partial<DateParts>;
  /** The parts a server's `error` is about, marked invalid; all three when not given. */
  errorParts?: DatePart[];
  /** `bday` for a date of birth: the parts get `bday-day`, `bday-month`, `bday-year`. Nothing else is supported. */
  autocomplete?: string;
  /** An answer is needed; checked by the element's script (and your server). */
  required?: boolean;
  /** The date must be before today; checked by script. */
  past?: boolean;
  /** The date must be after today; checked by script. */
  future?: boolean;
  /** The earliest date allowed, ISO ("1900-01-01"); checked by script. */
  min?: string;
  /** The latest date allowed, ISO; checked by script. */
  max?: string;
}

/** Ids of the parts: `${id}-day`, `${id}-month`, `${id}-year`. */
export function partId(base: string, part: DatePart): string {
  return `${base}-${part}`;
}

/** The name a part is submitted under: `${name}-day`… */
export function partName(name: string, part: DatePart): string {
  return `${name}-${part}`;
}

/** What each part holds: the typed values, else the parts of the ISO value. */
function partValues(params: DateInputParams): Partial<DateParts> {
  // From a template, so of any shape.
  const values: unknown = params.values;
  if (values !== null && typeof values === 'object') return values;
  return (typeof params.value === 'string' ? partsOf(params.value) : null) ?? {};
}

/** The parts a shown error marks. */
export function markedParts(params: DateInputParams): DatePart[] {
  if (!given(params.error) && !given(params.errorHtml)) return [];
  const asked = Array.isArray(params.errorParts)
    ? DATE_PARTS.filter((part) => params.errorParts?.includes(part))
    : [];
  return asked.length > 0 ? asked : [...DATE_PARTS];
}

/** One part's native input alone, for building it and keeping it in step. */
export function datePartInput(
  params: DateInputParams,
  part: DatePart,
  invalid: boolean,
): MarkupElement {
  const base = fieldsetIds(params).base;
  const raw: unknown = partValues(params)[part];
  // A template may pass a number.
  const value = typeof raw === 'number' ? String(raw) : raw;
  return h('input', {
    class: classes(
      'civic-input',
      'civic-date-input__input',
      `civic-date-input__input--width-${part === 'year' ? 4 : 2}`,
      invalid && 'civic-input--error',
    ),
    id: partId(base, part),
    name: given(params.name) ? partName(params.name, part) : undefined,
    type: 'text',
    inputmode: 'numeric',
    // Only for a date of birth: other dates are not the person's birthday.
    autocomplete: params.autocomplete === 'bday' ? `bday-${part}` : undefined,
    value: typeof value === 'string' && value !== '' ? value : undefined,
    'aria-invalid': invalid ? 'true' : undefined,
  });
}

function partItem(params: DateInputParams, part: DatePart, invalid: boolean): MarkupElement {
  const base = fieldsetIds(params).base;
  return h(
    'div',
    { class: 'civic-date-input__item' },
    h(
      'label',
      { class: 'civic-label civic-date-input__label', for: partId(base, part) },
      translate(params.lang ?? 'en', `date-input.${part}`),
    ),
    datePartInput(params, part, invalid),
  );
}

export function dateInputMarkup(params: DateInputParams): MarkupElement {
  const base = fieldsetIds(params).base;
  const marked = markedParts(params);
  return h(
    'civic-date-input',
    {
      ...groupHostOptions(params),
      required: params.required === true,
      past: params.past === true,
      future: params.future === true,
      min: isIsoDate(params.min) ? params.min : undefined,
      max: isIsoDate(params.max) ? params.max : undefined,
    },
    fieldsetFormGroup(
      params,
      fieldsetPart(
        // role="group" so VoiceOver on iOS reads the legend with each part.
        { ...params, role: 'group' },
        'civic-date-input__fieldset',
        h(
          'div',
          { class: 'civic-date-input', id: base },
          ...DATE_PARTS.map((part) => partItem(params, part, marked.includes(part))),
        ),
      ),
    ),
  );
}
