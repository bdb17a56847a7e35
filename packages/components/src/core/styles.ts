import { css } from 'lit';

/**
 * The host of a block component: the tokens' type and text colour, and
 * `hidden` honoured (a `display` rule on :host would otherwise override it).
 */
export const blockHostStyles = css`
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

/** Links inside components (`class="link"`): token colours and the high-visibility focus. */
export const linkStyles = css`
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
  /* Transparent outline: invisible normally, drawn in forced-colours mode. */
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
`;

/** Text for screen readers only, such as the key after "Change". */
export const visuallyHiddenStyles = css`
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
