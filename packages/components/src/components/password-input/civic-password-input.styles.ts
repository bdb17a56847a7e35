import { css } from 'lit';
import { fieldStyles } from '../../core/form-control.styles.js';

// The input and its show/hide button share a line while there is room; in a
// narrow column (320 px, or 400% zoom) the button wraps under the input and
// takes the full width. The input's large grow factor gives it almost all the
// spare room on a shared line, and its basis decides when the button wraps.
export const passwordInputStyles = [
  fieldStyles,
  css`
    .input-wrapper {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: var(--civic-spacing-2);
    }
    .input-wrapper .control {
      flex: 999 1 15em;
      inline-size: auto;
      min-inline-size: 0;
    }

    /* A secondary button as tall as the input: a 44 px target (WCAG 2.5.8). */
    .toggle {
      flex: 1 0 auto;
      box-sizing: border-box;
      position: relative;
      min-block-size: var(--civic-target-size-minimum);
      /* Wide enough for "Show", "Hide" and their Welsh, so the button keeps its size when pressed. */
      min-inline-size: 5em;
      margin: 0 0 var(--civic-button-shadow-size);
      padding: var(--civic-spacing-1) var(--civic-spacing-2);
      /* Transparent, so invisible normally but drawn in forced-colours mode. */
      border: var(--civic-border-width-button) solid transparent;
      border-radius: 0;
      background-color: var(--civic-color-button-secondary-background);
      box-shadow: 0 var(--civic-button-shadow-size) 0 var(--civic-color-button-secondary-shadow);
      color: var(--civic-color-button-secondary-text);
      font: inherit;
      text-align: center;
      cursor: pointer;
      -webkit-appearance: none;
      appearance: none;
      -webkit-tap-highlight-color: transparent;
    }
    .toggle:hover {
      background-color: var(--civic-color-button-secondary-background-hover);
    }
    .toggle:active {
      top: var(--civic-button-shadow-size);
    }
    /* The high-visibility focus state of every Civic button (WCAG 2.4.7, 2.4.13). */
    .toggle:focus-visible {
      outline: var(--civic-focus-width) solid transparent;
      border-color: var(--civic-color-focus);
      background-color: var(--civic-color-focus);
      box-shadow:
        inset 0 0 0 1px var(--civic-color-focus),
        0 var(--civic-button-shadow-size) 0 var(--civic-color-focus-text);
      color: var(--civic-color-focus-text);
    }
    .toggle:disabled {
      opacity: 0.5;
      cursor: not-allowed;
    }
    .toggle:disabled:hover {
      background-color: var(--civic-color-button-secondary-background);
    }
    .toggle:disabled:active {
      top: 0;
    }

    @media (forced-colors: active) {
      .toggle {
        border-color: ButtonText;
      }
      .toggle:focus-visible {
        outline: var(--civic-focus-width) solid Highlight;
        outline-offset: var(--civic-focus-width);
      }
      .toggle:disabled {
        border-color: GrayText;
        color: GrayText;
      }
    }

    @media (prefers-reduced-motion: reduce) {
      .toggle:active {
        top: 0;
      }
    }
  `,
];
