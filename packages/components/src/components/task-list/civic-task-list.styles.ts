import { css } from 'lit';
import { tagStyles } from '../tag/civic-tag.styles.js';

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

export const listStyles = [
  hostDefaults,
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
  hostDefaults,
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
  hostDefaults,
  tagStyles,
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

    .link {
      color: var(--civic-color-link);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }

    .link:visited {
      color: var(--civic-color-link-visited);
    }

    .link:hover {
      color: var(--civic-color-link-hover);
      text-decoration-thickness: max(3px, 0.1875rem, 0.12em);
    }

    .link:active {
      color: var(--civic-color-link-active);
    }

    /* The whole row is the link's click target: an overlay, not nesting. */
    .link::after {
      content: '';
      position: absolute;
      inset: 0;
    }

    .link:focus {
      outline: var(--civic-focus-width) solid transparent;
    }

    .link:focus-visible {
      background-color: var(--civic-color-focus);
      box-shadow:
        0 -2px var(--civic-color-focus),
        0 var(--civic-focus-width) var(--civic-color-focus-text);
      color: var(--civic-color-focus-text);
      text-decoration: none;
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
