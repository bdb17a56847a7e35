import { css } from 'lit';
import { blockHostStyles, linkStyles, visuallyHiddenStyles } from '../../core/styles.js';

// The list of action links, in a row or a card header.
const actionListStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--civic-spacing-1) var(--civic-spacing-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;

export const rowStyles = [
  blockHostStyles,
  linkStyles,
  visuallyHiddenStyles,
  actionListStyles,
  css`
    .row {
      display: grid;
      grid-template-columns: 1fr;
      gap: var(--civic-spacing-1) var(--civic-spacing-4);
      margin: 0;
      padding-block: var(--civic-spacing-2);
      /* The list sets --_civic-summary-border to none for its no-border variant. */
      border-block-end: var(
        --_civic-summary-border,
        var(--civic-border-width-input) solid var(--civic-color-border)
      );
    }
    @media (min-width: 40.0625em) {
      .row {
        grid-template-columns: 30% 1fr 20%;
      }
    }
    dt {
      font-weight: var(--civic-font-weight-bold);
      overflow-wrap: anywhere;
    }
    dd {
      margin: 0;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    @media (min-width: 40.0625em) {
      .actions-cell {
        justify-self: end;
        text-align: end;
      }
    }
  `,
];

export const listStyles = [
  blockHostStyles,
  linkStyles,
  visuallyHiddenStyles,
  actionListStyles,
  css`
    :host {
      margin-block-end: var(--civic-spacing-6);
    }
    :host([no-border]) {
      --_civic-summary-border: none;
    }
    .card {
      border: var(--civic-border-width-input) solid var(--civic-color-border);
    }
    .card-header {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: var(--civic-spacing-2) var(--civic-spacing-4);
      padding: var(--civic-spacing-3) var(--civic-spacing-4);
      background-color: var(--civic-color-surface-secondary);
    }
    .heading {
      margin: 0;
      font-size: var(--civic-font-size-heading-s);
      font-weight: var(--civic-font-weight-bold);
      line-height: var(--civic-line-height-heading);
      overflow-wrap: anywhere;
    }
    .card .rows {
      padding-inline: var(--civic-spacing-4);
    }
  `,
];
