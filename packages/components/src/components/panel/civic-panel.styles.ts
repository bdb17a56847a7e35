import { css } from 'lit';

export const panelStyles = css`
  :host {
    display: block;
    margin-block-end: var(--civic-spacing-6);
    font-family: var(--civic-font-family);
    line-height: var(--civic-line-height-body);
  }
  :host([hidden]) {
    display: none;
  }
  .panel {
    box-sizing: border-box;
    padding: var(--civic-spacing-6);
    /* Transparent: the panel's outline in forced-colours mode. */
    border: var(--civic-border-width-input) solid transparent;
    background-color: var(--civic-color-panel-background);
    color: var(--civic-color-panel-text);
    text-align: center;
    overflow-wrap: anywhere;
  }
  .heading {
    margin: 0 0 var(--civic-spacing-4);
    font-size: var(--civic-font-size-heading-xl);
    font-weight: var(--civic-font-weight-bold);
    line-height: var(--civic-line-height-heading);
  }
  .body {
    font-size: var(--civic-font-size-heading-m);
  }
  .reference {
    display: block;
    margin-block-start: var(--civic-spacing-1);
    font-size: var(--civic-font-size-heading-l);
    font-weight: var(--civic-font-weight-bold);
    /* Easy to read aloud and copy: distinct characters, one click selects it all. */
    font-variant-numeric: tabular-nums slashed-zero;
    letter-spacing: 0.05em;
    -webkit-user-select: all;
    user-select: all;
  }
`;
