// The canonical HTML of a table, defined once: what a server writes (the
// civicTable macro). A native <table> with its caption, column headers and
// row headers (scope), numeric columns aligned at the end with figures of one
// width. Around it a wrapper that scrolls sideways when the table is wider
// than the screen (WCAG 1.4.10, reflow at 320 px): it is a region named by
// the caption and takes focus, so keyboard users can scroll it too
// (https://adrianroselli.com/2020/11/under-engineered-responsive-tables.html).
// No script.
import { enumerated, shownValue } from '../../core/enumerated.js';
import { classes, h, raw, type MarkupElement, type MarkupNode } from '../../core/markup.js';
import { warnOnce } from '../../core/warn.js';
import { wholeNumber } from '../../core/whole-number.js';

export const TABLE_CAPTION_SIZES = ['s', 'm', 'l', 'xl'] as const;
export type TableCaptionSize = (typeof TABLE_CAPTION_SIZES)[number];

/** One cell, or one column header. */
export interface TableCell {
  /** The cell's text. */
  text?: string;
  /** The cell's content as HTML the server trusts, instead of `text`. */
  html?: string;
  /** `numeric` aligns the cell at the end with figures of one width, for amounts and counts. */
  format?: 'numeric';
  /** Columns the cell spans. */
  colspan?: number;
  /** Rows the cell spans. */
  rowspan?: number;
}

export interface TableParams {
  /** What the table shows, such as "Dates and amounts"; it names the table and its scrolling region. */
  caption?: string;
  /** The caption's size, as a heading's: `s`, `m` (default), `l` or `xl`. */
  captionSize?: TableCaptionSize;
  /** The column headers, each with `text` and (for numbers) `format: "numeric"`. */
  head?: TableCell[];
  /** The rows, each a list of cells. */
  rows?: TableCell[][];
  /** Makes the first cell of each row its row header (`<th scope="row">`). */
  firstCellIsHeader?: boolean;
  /** The table's `id`, and the start of its caption's (`<id>-caption`); by default made from the caption. */
  id?: string;
}

function given(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** The caption size, or `m` with a warning naming the sizes. */
export function captionSize(value: unknown): TableCaptionSize {
  return enumerated(value, {
    owner: 'Table captionSize',
    choices: TABLE_CAPTION_SIZES,
    fallback: 'm',
  });
}

/** An id from the caption, so two tables on a page name their regions each by its own caption. */
export function tableId(params: TableParams): string {
  if (given(params.id)) return params.id.trim();
  const slug = (given(params.caption) ? params.caption : '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'civic-table' : `civic-table-${slug}`;
}

function cellContent(cell: TableCell): MarkupNode {
  if (given(cell.html)) return raw(cell.html);
  if (typeof cell.text === 'string') return cell.text;
  if (typeof cell.text === 'number') return String(cell.text);
  return null;
}

function isCell(value: unknown): value is TableCell {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A list of cells from what a template gave, leaving out what is not a cell (with a warning). */
function cellsOf(value: unknown, where: string): TableCell[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    warnOnce(
      `Table ${where} must be a list of cells such as [{"text":"Amount"}], not ${shownValue(value)}, so it is left out.`,
    );
    return [];
  }
  const cells = value.filter(isCell);
  if (cells.length !== value.length) {
    warnOnce(
      `Table ${where} has items that are not cells such as {"text":"£109.80"}; they are left out.`,
    );
  }
  return cells;
}

function cellAttributes(cell: TableCell, className: string) {
  const numeric = cell.format === 'numeric';
  if (cell.format !== undefined && !numeric) {
    warnOnce(
      `Table cell format="${shownValue(cell.format)}" is not "numeric", so the cell is text.`,
    );
  }
  const colspan = wholeNumber(cell.colspan, 2);
  const rowspan = wholeNumber(cell.rowspan, 2);
  return {
    class: classes(className, numeric && `${className}--numeric`),
    colspan: colspan === undefined ? undefined : String(colspan),
    rowspan: rowspan === undefined ? undefined : String(rowspan),
  };
}

export function tableMarkup(written: TableParams | null = {}): MarkupElement {
  const params: TableParams = written !== null && typeof written === 'object' ? written : {};
  const caption = given(params.caption) ? params.caption.trim() : undefined;
  const hasCaption = caption !== undefined;
  if (!hasCaption) {
    warnOnce(
      'Table has no caption, so neither the table nor its scrolling region has a name, and keyboard users cannot reach it to scroll: set caption.',
    );
  }
  const id = tableId(params);
  const captionId = `${id}-caption`;
  const size = captionSize(params.captionSize);
  const head = cellsOf(params.head, 'head');
  const rows = Array.isArray(params.rows) ? params.rows : cellsOf(params.rows, 'rows');
  return h(
    'div',
    {
      class: 'civic-table-wrapper',
      // Named by the caption, and focusable so arrow keys scroll it when it is wider than the screen.
      role: hasCaption ? 'region' : undefined,
      'aria-labelledby': hasCaption ? captionId : undefined,
      tabindex: hasCaption ? '0' : undefined,
    },
    h(
      'table',
      { class: 'civic-table', id: given(params.id) ? id : undefined },
      hasCaption
        ? h(
            'caption',
            { class: `civic-table__caption civic-table__caption--${size}`, id: captionId },
            caption,
          )
        : null,
      head.length === 0
        ? null
        : h(
            'thead',
            { class: 'civic-table__head' },
            h(
              'tr',
              { class: 'civic-table__row' },
              ...head.map((cell) =>
                h(
                  'th',
                  { scope: 'col', ...cellAttributes(cell, 'civic-table__header') },
                  cellContent(cell),
                ),
              ),
            ),
          ),
      h(
        'tbody',
        { class: 'civic-table__body' },
        ...rows.map((row, index) =>
          h(
            'tr',
            { class: 'civic-table__row' },
            ...cellsOf(row, `rows[${index}]`).map((cell, column) =>
              column === 0 && params.firstCellIsHeader === true
                ? h(
                    'th',
                    { scope: 'row', ...cellAttributes(cell, 'civic-table__header') },
                    cellContent(cell),
                  )
                : h('td', cellAttributes(cell, 'civic-table__cell'), cellContent(cell)),
            ),
          ),
        ),
      ),
    ),
  );
}
