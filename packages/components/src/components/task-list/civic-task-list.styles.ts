import { css } from 'lit';
import { blockHostStyles, linkStyles } from '../../core/styles.js';
import { tagStyles } from '../tag/civic-tag.styles.js';

export const listStyles = [
  blockHostStyles,
  css`
    :host {
      margin-block-end: var(--civic-spacing-6);
    }

    .summary {
      margin: 0 0 var(--civic-spacing-5);
      font-weight: var(--civic-font-weight-bold);
    }
  `,
];

export const sectionStyles = [
  blockHostStyles,
  css`
    :host {
      margin-block-end: var(--civic-spacing-7);
    }

    .heading {
      margin: 0 0 var(--civic-spacing-4);
      font-size: var(--civic-font-size-heading-m);
      font-weight: var(--civic-font-weight-bold);
      line-height: var(--civic-line-height-heading);
    }
  `,
];

export const taskStyles = [
  blockHostStyles,
  tagStyles,
  linkStyles,
  css`
    .row {
      position: relative;
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: var(--civic-spacing-1) var(--civic-spacing-4);
      padding: var(--civic-spacing-3) var(--civic-spacing-1);
      border-block-end: var(--civic-border-width-input) solid var(--civic-color-border);
    }

    .linked:hover {
      background-color: var(--civic-color-surface-secondary);
    }

    .name {
      flex: 1 1 15rem;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }

    /* The whole row is the link's click target: an overlay, not nesting. */
    .link::after {
      content: '';
      position: absolute;
      inset: 0;
    }

    .unavailable .title {
      color: var(--civic-color-text-secondary);
    }

    .hint {
      margin-block-start: var(--civic-spacing-1);
      color: var(--civic-color-text-secondary);
    }

    .status {
      flex: 0 1 auto;
      max-inline-size: 100%;
      overflow-wrap: anywhere;
    }

    @media (forced-colors: active) {
      .link:focus-visible {
        outline: var(--civic-focus-width) solid Highlight;
      }
    }
  `,
];
