import { css } from 'lit';

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

export const timelineStyles = [
  hostDefaults,
  css`
    :host {
      margin-block-end: var(--civic-spacing-6);
    }
  `,
];

export const eventStyles = [
  hostDefaults,
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
