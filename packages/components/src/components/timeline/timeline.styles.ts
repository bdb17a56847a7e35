import { css } from 'lit';
import { blockHostStyles } from '../../core/styles.js';

export const timelineStyles = [
  blockHostStyles,
  css`
    :host {
      margin-block-end: var(--civic-spacing-6);
    }
  `,
];

export const eventStyles = [
  blockHostStyles,
  css`
    .event {
      position: relative;
      padding-block-end: var(--civic-spacing-5);
      padding-inline-start: var(--civic-spacing-5);
      /* The line that joins the events (decorative). */
      border-inline-start: var(--civic-border-width-error) solid var(--civic-color-border);
      overflow-wrap: anywhere;
    }
    .heading {
      margin: 0 0 var(--civic-spacing-1);
      font-size: var(--civic-font-size-heading-s);
      font-weight: var(--civic-font-weight-bold);
      line-height: var(--civic-line-height-heading);
    }
    .date {
      display: block;
      margin-block-end: var(--civic-spacing-2);
      color: var(--civic-color-text-secondary);
    }
    .byline {
      margin: 0 0 var(--civic-spacing-2);
      color: var(--civic-color-text-secondary);
    }
  `,
];
