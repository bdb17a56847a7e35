import { css } from 'lit';
import { visuallyHiddenStyles } from './styles.js';

/**
 * The field around every form control: label, hint, error message, the red
 * bar of a field in error, and the native control's border and focus state.
 * Colours and sizes come only from --civic-* tokens.
 */
export const fieldStyles = [
  visuallyHiddenStyles,
  css`
    :host {
      display: block;
      margin-block-end: var(--civic-spacing-6);
      font-family: var(--civic-font-family);
      font-size: var(--civic-font-size-body);
      line-height: var(--civic-line-height-body);
      color: var(--civic-color-text);
    }
    :host([hidden]) {
      display: none;
    }

    .form-group {
      overflow-wrap: anywhere;
    }
    /* The bar that marks the field in error: shape as well as colour (WCAG 1.4.1). */
    .form-group.has-error {
      padding-inline-start: var(--civic-spacing-3);
      border-inline-start: var(--civic-border-width-error) solid var(--civic-color-error);
    }

    .label-wrapper {
      margin: 0;
    }
    .label {
      display: block;
      margin-block-end: var(--civic-spacing-1);
      font-weight: var(--civic-font-weight-regular);
    }
    .label-wrapper .label {
      margin-block-end: var(--civic-spacing-3);
      font-size: var(--civic-font-size-heading-l);
      font-weight: var(--civic-font-weight-bold);
      line-height: var(--civic-line-height-heading);
    }
    .hint {
      margin-block-end: var(--civic-spacing-3);
      color: var(--civic-color-text-secondary);
    }
    .error-message {
      margin-block: 0 var(--civic-spacing-3);
      font-weight: var(--civic-font-weight-bold);
      color: var(--civic-color-error);
    }

    .control {
      box-sizing: border-box;
      inline-size: 100%;
      max-inline-size: 100%;
      min-block-size: var(--civic-target-size-minimum);
      margin: 0;
      padding: var(--civic-spacing-1);
      border: var(--civic-border-width-input) solid var(--civic-color-border-input);
      border-radius: var(--civic-radius);
      background-color: var(--civic-color-surface);
      color: var(--civic-color-text);
      font: inherit;
      -webkit-appearance: none;
      appearance: none;
    }
    .has-error .control {
      border-color: var(--civic-color-error);
    }
    /* The focus state: yellow outline and a thick dark inner border, visible
     whatever the surrounding colours (WCAG 2.4.7, 2.4.13). */
    .control:focus {
      outline: var(--civic-focus-width) solid var(--civic-color-focus);
      outline-offset: 0;
      box-shadow: inset 0 0 0 var(--civic-border-width-input) var(--civic-color-focus-text);
    }
    .control:disabled {
      opacity: 0.5;
      cursor: not-allowed;
    }

    @media (forced-colors: active) {
      .control:focus {
        outline-color: Highlight;
      }
      .form-group.has-error {
        border-inline-start-color: CanvasText;
      }
    }
  `,
];
