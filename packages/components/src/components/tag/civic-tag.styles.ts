import { css } from 'lit';

/**
 * The tag look, shared by <civic-tag> and the statuses of <civic-task>. Each
 * colour is a token pair whose contrast is tested (packages/tokens).
 */
export const tagStyles = css`
  .tag {
    --_text: var(--civic-color-tag-blue-text);
    --_background: var(--civic-color-tag-blue-background);

    display: inline-block;
    max-inline-size: 100%;
    box-sizing: border-box;
    padding: 0.125rem var(--civic-spacing-2) 0.1875rem;
    /* Invisible normally; the outline of the tag in forced-colours mode. */
    border: var(--civic-border-width-button) solid transparent;
    background-color: var(--_background);
    color: var(--_text);
    font-family: var(--civic-font-family);
    font-size: var(--civic-font-size-body);
    font-weight: var(--civic-font-weight-regular);
    line-height: var(--civic-line-height-body);
    overflow-wrap: anywhere;
  }

  .tag[data-color='grey'] {
    --_text: var(--civic-color-tag-grey-text);
    --_background: var(--civic-color-tag-grey-background);
  }
  .tag[data-color='green'] {
    --_text: var(--civic-color-tag-green-text);
    --_background: var(--civic-color-tag-green-background);
  }
  .tag[data-color='turquoise'] {
    --_text: var(--civic-color-tag-turquoise-text);
    --_background: var(--civic-color-tag-turquoise-background);
  }
  .tag[data-color='light-blue'] {
    --_text: var(--civic-color-tag-light-blue-text);
    --_background: var(--civic-color-tag-light-blue-background);
  }
  .tag[data-color='purple'] {
    --_text: var(--civic-color-tag-purple-text);
    --_background: var(--civic-color-tag-purple-background);
  }
  .tag[data-color='pink'] {
    --_text: var(--civic-color-tag-pink-text);
    --_background: var(--civic-color-tag-pink-background);
  }
  .tag[data-color='red'] {
    --_text: var(--civic-color-tag-red-text);
    --_background: var(--civic-color-tag-red-background);
  }
  .tag[data-color='orange'] {
    --_text: var(--civic-color-tag-orange-text);
    --_background: var(--civic-color-tag-orange-background);
  }
  .tag[data-color='yellow'] {
    --_text: var(--civic-color-tag-yellow-text);
    --_background: var(--civic-color-tag-yellow-background);
  }
`;

export const civicTagStyles = css`
  :host {
    display: inline-block;
    max-inline-size: 100%;
  }

  :host([hidden]) {
    display: none;
  }
`;
