import { css } from 'lit';

// Colours, spacing and type come only from the --civic-* tokens stylesheet
// (@civic-design/tokens), so a service theme restyles every button.
export const buttonStyles = css`
  :host {
    display: inline-block;
    inline-size: var(--civic-button-width, 100%);
    margin-block-end: var(--civic-spacing-5);
    vertical-align: top;
  }

  @media (min-width: 40.0625em) {
    :host {
      inline-size: var(--civic-button-width, auto);
    }
  }

  :host([hidden]) {
    display: none;
  }

  .control {
    --_background: var(--civic-color-button-primary-background);
    --_background-hover: var(--civic-color-button-primary-background-hover);
    --_text: var(--civic-color-button-primary-text);
    --_shadow: var(--civic-color-button-primary-shadow);

    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--civic-spacing-2);
    position: relative;
    inline-size: 100%;
    min-block-size: var(--civic-target-size-minimum);
    margin: 0 0 var(--civic-button-shadow-size);
    padding: var(--civic-spacing-2) var(--civic-spacing-2) calc(var(--civic-spacing-2) - 1px);
    /* Transparent, so invisible normally but drawn in forced-colors mode. */
    border: var(--civic-border-width-button) solid transparent;
    border-radius: 0;
    background-color: var(--_background);
    box-shadow: 0 var(--civic-button-shadow-size) 0 var(--_shadow);
    color: var(--_text);
    font-family: var(--civic-font-family);
    font-size: var(--civic-font-size-body);
    font-weight: var(--civic-font-weight-regular);
    line-height: var(--civic-line-height-body);
    text-align: center;
    text-decoration: none;
    overflow-wrap: anywhere;
    cursor: pointer;
    -webkit-appearance: none;
    appearance: none;
    -webkit-tap-highlight-color: transparent;
  }

  .control:link,
  .control:visited,
  .control:hover,
  .control:active {
    color: var(--_text);
    text-decoration: none;
  }

  .control:hover {
    background-color: var(--_background-hover);
  }

  /* Pressed: the button moves down onto its shadow. */
  .control:active {
    top: var(--civic-button-shadow-size);
  }

  /* The high-visibility focus state: yellow fill, dark text, dark underline.
     A transparent outline is kept so forced-colors mode has a visible ring. */
  .control:focus-visible {
    outline: var(--civic-focus-width) solid transparent;
    border-color: var(--civic-color-focus);
    background-color: var(--civic-color-focus);
    box-shadow:
      inset 0 0 0 1px var(--civic-color-focus),
      0 var(--civic-button-shadow-size) 0 var(--civic-color-focus-text);
    color: var(--civic-color-focus-text);
  }

  .control:focus-visible:not(:active):hover {
    background-color: var(--civic-color-focus);
  }

  :host([variant='secondary']) .control {
    --_background: var(--civic-color-button-secondary-background);
    --_background-hover: var(--civic-color-button-secondary-background-hover);
    --_text: var(--civic-color-button-secondary-text);
    --_shadow: var(--civic-color-button-secondary-shadow);
  }

  :host([variant='warning']) .control {
    --_background: var(--civic-color-button-warning-background);
    --_background-hover: var(--civic-color-button-warning-background-hover);
    --_text: var(--civic-color-button-warning-text);
    --_shadow: var(--civic-color-button-warning-shadow);
  }

  :host([variant='inverse']) .control {
    --_background: var(--civic-color-button-inverse-background);
    --_background-hover: var(--civic-color-button-inverse-background-hover);
    --_text: var(--civic-color-button-inverse-text);
    --_shadow: var(--civic-color-button-inverse-shadow);
  }

  :host([variant='start']) .control {
    padding-inline: var(--civic-spacing-3);
    font-size: var(--civic-font-size-start-button);
    font-weight: var(--civic-font-weight-bold);
    line-height: 1;
  }

  .arrow {
    flex: none;
    inline-size: auto;
    block-size: 0.8em;
  }

  button:disabled,
  a[aria-disabled='true'] {
    opacity: 0.5;
    cursor: not-allowed;
  }

  button:disabled:hover,
  a[aria-disabled='true']:hover {
    background-color: var(--_background);
  }

  button:disabled:active,
  a[aria-disabled='true']:active {
    top: 0;
  }

  @media (forced-colors: active) {
    .control {
      border-color: ButtonText;
    }

    a.control {
      border-color: LinkText;
    }

    .control:focus-visible {
      outline: var(--civic-focus-width) solid Highlight;
      outline-offset: var(--civic-focus-width);
    }

    button:disabled,
    a[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .control:active {
      top: 0;
    }
  }
`;
