import { css } from 'lit';
import { blockHostStyles, linkStyles } from '../../core/styles.js';

export const errorSummaryStyles = [
  blockHostStyles,
  linkStyles,
  css`
    .summary {
      box-sizing: border-box;
      margin-block-end: var(--civic-spacing-7);
      padding: var(--civic-spacing-5);
      /* Shape as well as colour marks it as errors (WCAG 1.4.1). */
      border: var(--civic-border-width-error) solid var(--civic-color-error);
      overflow-wrap: anywhere;
    }
    .summary[hidden] {
      display: none;
    }
    /* Focus goes to the summary when it appears: show where it went (WCAG 2.4.7).
       Kept as separate rules: an engine that does not know :state() drops only its own. */
    .summary:focus {
      outline: none;
    }
    .summary:focus-visible {
      outline: var(--civic-focus-width) solid var(--civic-color-focus);
      outline-offset: 0;
    }
    :host(:state(took-focus)) .summary:focus {
      outline: var(--civic-focus-width) solid var(--civic-color-focus);
      outline-offset: 0;
    }
    .heading {
      margin: 0 0 var(--civic-spacing-4);
      font-size: var(--civic-font-size-heading-m);
      font-weight: var(--civic-font-weight-bold);
      line-height: var(--civic-line-height-heading);
    }
    .description ::slotted(*) {
      margin-block: 0 var(--civic-spacing-4);
    }
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .list li {
      margin-block-end: var(--civic-spacing-2);
      font-weight: var(--civic-font-weight-bold);
      color: var(--civic-color-error);
    }
    .list li:last-child {
      margin-block-end: 0;
    }
    /* Error links keep the error colour in every state but focus. */
    .list .link:link,
    .list .link:visited,
    .list .link:hover,
    .list .link:active {
      color: var(--civic-color-error);
    }
    .list .link:focus-visible {
      color: var(--civic-color-focus-text);
    }

    @media (forced-colors: active) {
      .summary {
        border-color: CanvasText;
      }
      .summary:focus-visible {
        outline-color: Highlight;
      }
      :host(:state(took-focus)) .summary:focus {
        outline-color: Highlight;
      }
    }
  `,
];
