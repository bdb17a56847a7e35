// Registering entry for the summary list: `import '@civic-design/components/summary-list.js'`
// defines <civic-summary-list> and <civic-summary-row>.
import { defineElement } from '../../core/define-element.js';
import { CivicSummaryList } from './civic-summary-list.js';
import { CivicSummaryRow } from './civic-summary-row.js';

// Rows first: the list then finds its rows upgraded when it builds.
defineElement('civic-summary-row', CivicSummaryRow);
defineElement('civic-summary-list', CivicSummaryList);

export { CivicSummaryList, CivicSummaryRow };
export type { SummaryAction } from './actions.js';
export type { SummaryListParams, SummaryRowParams } from './markup.js';

declare global {
  interface HTMLElementTagNameMap {
    'civic-summary-list': CivicSummaryList;
    'civic-summary-row': CivicSummaryRow;
  }
}
