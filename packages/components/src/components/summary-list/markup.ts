// The canonical HTML of a summary list ("check your answers"), defined once:
// what a server writes (the civicSummaryList macro) and what
// <civic-summary-list> builds from its <civic-summary-row> data children.
//
// One description list for the whole list, a row (`<div>`, which HTML allows
// in a `<dl>`) per key, as in GOV.UK Frontend's summary list: a screen reader
// announces "description list, 4 items" and reads each key (term) with its
// value (definition). A row's actions are a third definition: one action is
// a plain link, several are a list. A row without actions has no empty
// definition (a screen reader would announce it as an empty item); when other
// rows have actions it carries `--no-actions` and the CSS keeps its value in
// the value column, so the columns line up.
import { shownValue } from '../../core/enumerated.js';
import { translate } from '../../core/localisation.js';
import { classes, h, raw, type MarkupElement, type MarkupNode } from '../../core/markup.js';
import { warnOnce } from '../../core/warn.js';
import { actionLink, linkableActions, type SummaryAction } from './actions.js';
import './messages.js';

export type { SummaryAction } from './actions.js';

/** One row: a key, its value and the links that act on it. */
export interface SummaryRowParams {
  /** The key: what was asked, such as "Name" or "Date of birth". */
  key: string;
  /** The value as text; each line of it (split at line breaks) is a line on the page. */
  value?: string;
  /** The value as HTML, instead of `value`: the page's own trusted HTML (a list, paragraphs), written by a server only. */
  html?: string;
  /** A "Change" link (in the list's language) to this URL, before any `actions`. */
  changeHref?: string;
  /** What the row's links act on, read after their text by screen readers; default the key. Shorten a long key here. */
  visuallyHiddenText?: string;
  /** Links for this row, such as "Change" and "Remove". */
  actions?: SummaryAction[];
}

export interface SummaryListParams {
  /** The rows, in reading order. */
  rows?: SummaryRowParams[];
  /** Removes the lines between rows, for a short summary inside other content. */
  noBorder?: boolean;
  /** Shows the list as a card with this title, one of several similar things (each qualification, each choice). */
  cardTitle?: string;
  /** Level of the card title (1–6); default 2. */
  headingLevel?: number | string;
  /** Links for the whole card, such as "Delete choice"; each is named with the card title. */
  cardActions?: SummaryAction[];
  /** Language of the built-in text (the "Change" of `changeHref`), such as `cy`; default English. */
  lang?: string;
}

/** Text of a value from anywhere (a template, an attribute): never "null" or "[object Object]". */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** A params value that should be a list, as one (a template may pass one item, or nothing). */
function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? (value as unknown[]) : [value];
}

function given(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** The card title's level: a whole number 1–6, else 2 (with a warning when one was given). */
export function cardHeadingLevel(value: unknown): number {
  if (value === undefined || value === null || value === '') return 2;
  const level = typeof value === 'string' ? Number(value) : value;
  if (typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6)
    return level;
  warnOnce(
    `<civic-summary-list> heading-level="${shownValue(value)}" is not a whole ` +
      'number from 1 to 6, so the card title is a level 2 heading.',
  );
  return 2;
}

/** A text value's lines, with a line break between them; blank lines are left out. */
function lines(value: string): MarkupNode[] {
  const shown = value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return shown.flatMap((line, index) => (index === 0 ? [line] : [h('br'), line]));
}

interface RowContext {
  /** Whether any row of the list has an action (then rows without get `--no-actions`). */
  anyActions: boolean;
  cardTitle: string | undefined;
}

interface CleanRow {
  key: string;
  value: MarkupNode[];
  hiddenText: string;
  actions: SummaryAction[];
}

function cleanRow(row: SummaryRowParams, lang: string): CleanRow {
  const key = textOf(row.key).trim();
  if (key === '') {
    warnOnce(
      '<civic-summary-row> has no label: give every row its key (label="Name"), ' +
        'which a screen reader reads before the value.',
    );
  }
  const change: SummaryAction[] = given(row.changeHref)
    ? [{ href: row.changeHref, text: translate(lang, 'summary-list.change') }]
    : [];
  return {
    key,
    value: typeof row.html === 'string' ? [raw(row.html)] : lines(textOf(row.value)),
    hiddenText: given(row.visuallyHiddenText) ? row.visuallyHiddenText.trim() : key,
    actions: linkableActions([...change, ...listOf(row.actions)], 'civic-summary-row'),
  };
}

/** What a row's link says after its text: the row's key (or shorter text), and the card it is in. */
function rowHiddenText(action: SummaryAction, row: CleanRow, cardTitle: string | undefined) {
  const subject = given(action.visuallyHiddenText)
    ? action.visuallyHiddenText.trim()
    : row.hiddenText;
  return cardTitle === undefined ? subject : `${subject} (${cardTitle})`.trim();
}

function rowActions(row: CleanRow, cardTitle: string | undefined): MarkupElement | null {
  if (row.actions.length === 0) return null;
  const link = (action: SummaryAction) =>
    actionLink(action, rowHiddenText(action, row, cardTitle), 'civic-summary-list__link');
  return h(
    'dd',
    { class: 'civic-summary-list__actions' },
    row.actions.length === 1
      ? link(row.actions[0])
      : h(
          'ul',
          { class: 'civic-summary-list__actions-list' },
          ...row.actions.map((action) =>
            h('li', { class: 'civic-summary-list__actions-list-item' }, link(action)),
          ),
        ),
  );
}

function rowPart(row: CleanRow, context: RowContext): MarkupElement {
  const noActions = context.anyActions && row.actions.length === 0;
  return h(
    'div',
    {
      class: classes('civic-summary-list__row', noActions && 'civic-summary-list__row--no-actions'),
    },
    h('dt', { class: 'civic-summary-list__key' }, row.key),
    h('dd', { class: 'civic-summary-list__value' }, ...row.value),
    rowActions(row, context.cardTitle),
  );
}

/** The card's own links: one is a plain link, several a list; each named with the card title. */
function cardActionsPart(actions: SummaryAction[], cardTitle: string): MarkupNode {
  const link = (action: SummaryAction) =>
    actionLink(
      action,
      given(action.visuallyHiddenText)
        ? `${action.visuallyHiddenText.trim()} (${cardTitle})`
        : `(${cardTitle})`,
      'civic-summary-card__link',
    );
  if (actions.length === 0) return null;
  if (actions.length === 1) {
    return h('div', { class: 'civic-summary-card__actions' }, link(actions[0]));
  }
  return h(
    'ul',
    { class: 'civic-summary-card__actions' },
    ...actions.map((action) => h('li', { class: 'civic-summary-card__action' }, link(action))),
  );
}

export function summaryListMarkup(params: SummaryListParams): MarkupElement {
  const lang = given(params.lang) ? params.lang : 'en';
  const cardTitle = textOf(params.cardTitle).trim() || undefined;
  // Params may come from a template as anything: rows that are not objects are left out.
  const rows = listOf(params.rows)
    .filter((row): row is SummaryRowParams => typeof row === 'object' && row !== null)
    .map((row) => cleanRow(row, lang));
  const context: RowContext = {
    anyActions: rows.some((row) => row.actions.length > 0),
    cardTitle,
  };
  const list = h(
    'dl',
    {
      class: classes(
        'civic-summary-list',
        params.noBorder === true && 'civic-summary-list--no-border',
      ),
    },
    ...rows.map((row) => rowPart(row, context)),
  );
  if (cardTitle === undefined) {
    if (listOf(params.cardActions).length > 0) {
      warnOnce(
        '<civic-summary-list> has card-actions but no card-title, so they are not shown: ' +
          'give the card a title, which names each of its actions.',
      );
    }
    return h('civic-summary-list', {}, list);
  }
  return h(
    'civic-summary-list',
    {},
    h(
      'div',
      { class: 'civic-summary-card' },
      h(
        'div',
        { class: 'civic-summary-card__title-wrapper' },
        h(
          `h${cardHeadingLevel(params.headingLevel)}`,
          { class: 'civic-summary-card__title' },
          cardTitle,
        ),
        cardActionsPart(
          linkableActions(listOf(params.cardActions), 'civic-summary-list'),
          cardTitle,
        ),
      ),
      h('div', { class: 'civic-summary-card__content' }, list),
    ),
  );
}
