import { css } from 'lit';
import { fieldStyles } from '../../core/form-control.styles.js';

export const textareaStyles = [
  fieldStyles,
  css`
    /* Taller, never wider: a sideways resize would break the page at 320 px (WCAG 1.4.10). */
    .control {
      display: block;
      min-block-size: calc(var(--civic-target-size-minimum) * 2);
      resize: vertical;
    }
    .control.over-limit {
      border-color: var(--civic-color-error);
    }

    .count {
      margin-block-start: var(--civic-spacing-1);
      color: var(--civic-color-text-secondary);
    }
    /* Over the limit the words say so ("too many"), and weight as well as colour marks it (WCAG 1.4.1). */
    .count.over-limit {
      color: var(--civic-color-error);
      font-weight: var(--civic-font-weight-bold);
    }
    /* Below the threshold the count keeps its space, so the page does not jump when it appears. */
    .count.below-threshold {
      visibility: hidden;
    }
  `,
];
