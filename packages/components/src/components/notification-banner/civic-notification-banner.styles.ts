import { css } from 'lit';
import { blockHostStyles, linkStyles, visuallyHiddenStyles } from '../../core/styles.js';

export const notificationBannerStyles = [
  blockHostStyles,
  linkStyles,
  visuallyHiddenStyles,
  css`
    :host {
      margin-block-end: var(--civic-spacing-6);
    }
    .banner {
      --_accent: var(--civic-color-notification-banner-important-background);
      --_title: var(--civic-color-notification-banner-important-text);
      box-sizing: border-box;
      border: var(--civic-border-width-notification-banner) solid var(--_accent);
      background-color: var(--_accent);
      /* Long words and URLs wrap instead of scrolling sideways at 320 px (WCAG 1.4.10). */
      overflow-wrap: anywhere;
    }
    .banner.success {
      --_accent: var(--civic-color-notification-banner-success-background);
      --_title: var(--civic-color-notification-banner-success-text);
    }
    /* Shown while a success banner holds focus after appearing. */
    .banner:focus {
      outline: var(--civic-focus-width) solid var(--civic-color-focus);
    }
    .header {
      padding: var(--civic-spacing-1) var(--civic-spacing-3);
      color: var(--_title);
    }
    .heading {
      margin: 0;
      font-size: var(--civic-font-size-body);
      font-weight: var(--civic-font-weight-bold);
      line-height: var(--civic-line-height-heading);
    }
    .content {
      padding: var(--civic-spacing-4) var(--civic-spacing-3);
      background-color: var(--civic-color-surface);
      color: var(--civic-color-text);
    }
    .content > :last-child,
    ::slotted(:last-child) {
      margin-block-end: 0;
    }
    .message {
      font-size: var(--civic-font-size-heading-m);
      font-weight: var(--civic-font-weight-bold);
      line-height: var(--civic-line-height-heading);
    }
    ::slotted([slot='heading']) {
      margin: 0 0 var(--civic-spacing-4);
      font: inherit;
    }
    .link-line,
    .dismiss-line {
      margin: var(--civic-spacing-4) 0 0;
    }
    .dismiss {
      min-block-size: var(--civic-target-size-minimum);
      padding: 0;
      border: 0;
      background: none;
      font: inherit;
      cursor: pointer;
    }
    /* Forced colours drop the accent background: keep the title bar divided
       from the message, and the focus ring visible. */
    @media (forced-colors: active) {
      .header {
        border-block-end: var(--civic-border-width-notification-banner) solid CanvasText;
      }
      .banner:focus {
        outline-color: Highlight;
      }
      .dismiss {
        color: LinkText;
      }
    }
  `,
];
