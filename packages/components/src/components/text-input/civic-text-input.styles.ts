import { css } from 'lit';
import { fieldStyles } from '../../core/form-control.styles.js';

// Fixed widths hold the stated number of characters at the body font size
// plus the padding, so the box hints at the length of the expected answer.
// Fluid widths are shares of the container; all shrink to fit at 320 px.
export const textInputStyles = [
  fieldStyles,
  css`
    :host([width='2']) .control {
      max-inline-size: 5.4ex;
    }
    :host([width='3']) .control {
      max-inline-size: 7.2ex;
    }
    :host([width='4']) .control {
      max-inline-size: 9ex;
    }
    :host([width='5']) .control {
      max-inline-size: 10.8ex;
    }
    :host([width='10']) .control {
      max-inline-size: 23ex;
    }
    :host([width='20']) .control {
      max-inline-size: 41ex;
    }
    :host([width='30']) .control {
      max-inline-size: 59ex;
    }
    :host([width='three-quarters']) .control {
      max-inline-size: 75%;
    }
    :host([width='two-thirds']) .control {
      max-inline-size: 66.66%;
    }
    :host([width='one-half']) .control {
      max-inline-size: 50%;
    }
    :host([width='one-third']) .control {
      max-inline-size: 33.33%;
    }
    :host([width='one-quarter']) .control {
      max-inline-size: 25%;
    }
    /* Fluid widths become full width on narrow screens, where a quarter is too small to use. */
    @media (max-width: 40.0525em) {
      :host([width$='-half']) .control,
      :host([width$='-third']) .control,
      :host([width$='-thirds']) .control,
      :host([width$='-quarter']) .control,
      :host([width$='-quarters']) .control {
        max-inline-size: 100%;
      }
    }

    /* Prefix and suffix sit beside the input and wrap under it when space runs out. */
    .affixes {
      display: flex;
      flex-wrap: wrap;
      align-items: stretch;
    }
    .affixes .control {
      flex: 0 1 auto;
      min-inline-size: 0;
    }
    .affix {
      box-sizing: border-box;
      display: flex;
      align-items: center;
      min-block-size: var(--civic-target-size-minimum);
      padding-inline: var(--civic-spacing-2);
      border: var(--civic-border-width-input) solid var(--civic-color-border-input);
      background-color: var(--civic-color-surface-secondary);
      white-space: nowrap;
      max-inline-size: 100%;
      overflow-wrap: anywhere;
    }
    #prefix {
      border-inline-end: 0;
    }
    #suffix {
      border-inline-start: 0;
    }
  `,
];
