import { css } from 'lit';

const linkStyles = css`
  .action {
    color: var(--civic-color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .action:visited {
    color: var(--civic-color-link-visited);
  }
  .action:hover {
    color: var(--civic-color-link-hover);
    text-decoration-thickness: max(3px, 0.1875rem, 0.12em);
  }
  .action:focus {
    outline: var(--civic-focus-width) solid transparent;
  }
  .action:focus-visible {
    background-color: var(--civic-color-focus);
    box-shadow:
      0 -2px var(--civic-color-focus),
      0 var(--civic-focus-width) var(--civic-color-focus-text);
    color: var(--civic-color-focus-text);
    text-decoration: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--civic-spacing-1) var(--civic-spacing-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

const hostDefaults = css`
  :host {
    display: block;
    font-family: var(--civic-font-family);
    font-size: var(--civic-font-size-body);
    line-height: var(--civic-line-height-body);
    color: var(--civic-color-text);
  }
  :host([hidden]) {
    display: none;
  }
`;

export const rowStyles = [
  hostDefaults,
  linkStyles,
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
  hostDefaults,
  linkStyles,
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
