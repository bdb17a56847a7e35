import { css } from 'lit';
import { blockHostStyles } from '../../core/styles.js';

export const trackerStyles = [
  blockHostStyles,
  css`
    :host {
      /* The layout follows the tracker's own width, not the viewport's, so it
         is vertical in a narrow column and at 400% zoom alike. */
      container-type: inline-size;
      margin-block-end: var(--civic-spacing-6);
    }
    .heading {
      margin: 0 0 var(--civic-spacing-4);
      font-size: var(--civic-font-size-heading-m);
      font-weight: var(--civic-font-weight-bold);
      line-height: var(--civic-line-height-heading);
      overflow-wrap: anywhere;
    }
    .list {
      display: flex;
      flex-direction: column;
    }
    @container (min-width: 40em) {
      .list {
        flex-direction: row;
      }
      ::slotted(civic-stage) {
        flex: 1 1 0;
        min-inline-size: 0;
      }
    }
  `,
];

export const stageStyles = [
  blockHostStyles,
  css`
    .stage {
      display: flex;
      gap: var(--civic-spacing-3);
      padding-block-end: var(--civic-spacing-4);
    }
    @container (min-width: 40em) {
      .stage {
        flex-direction: column;
        padding-inline-end: var(--civic-spacing-3);
      }
    }
    .marker {
      flex: none;
      box-sizing: border-box;
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin-block-start: 0.125rem;
      border: var(--civic-border-width-input) solid var(--civic-color-border-input);
      border-radius: 50%;
      background-color: var(--civic-color-surface);
    }
    [data-state='completed'] .marker,
    [data-state='current'] .marker {
      border-color: var(--civic-color-success);
      background-color: var(--civic-color-success);
    }
    [data-state='current'] .marker {
      background-color: var(--civic-color-surface);
      box-shadow: inset 0 0 0 0.25rem var(--civic-color-success);
    }
    [data-state='stopped'] .marker {
      border-color: var(--civic-color-error);
      background-color: var(--civic-color-error);
    }
    .content {
      display: flex;
      flex-direction: column;
      gap: var(--civic-spacing-1);
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .title {
      font-weight: var(--civic-font-weight-bold);
    }
    .state,
    .date {
      color: var(--civic-color-text-secondary);
    }
    [data-state='current'] .state {
      color: var(--civic-color-text);
      font-weight: var(--civic-font-weight-bold);
    }
    [data-state='stopped'] .state {
      color: var(--civic-color-error);
      font-weight: var(--civic-font-weight-bold);
    }
    @media (forced-colors: active) {
      [data-state='completed'] .marker,
      [data-state='stopped'] .marker {
        background-color: CanvasText;
      }
    }
  `,
];
