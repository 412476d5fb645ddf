import { css } from 'lit';

/** Pieces every widget shares: focus rings, buttons, the config-error notice, visually hidden text. */
export const baseStyles = css`
  [part~='base'] {
    border-radius: var(--_kc-radius);
  }
  a {
    color: var(--_kc-primary);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: var(--_kc-focus-width) solid var(--_kc-focus);
    outline-offset: 2px;
  }
  .kc-visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .kc-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: 0.5em;
    padding-inline: 1.1em;
    border: 1px solid var(--_kc-border);
    border-radius: var(--_kc-radius);
    background: var(--_kc-surface);
    color: var(--_kc-text);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
  }
  .kc-button:hover {
    background: var(--_kc-surface-alt);
  }
  .kc-button[disabled],
  .kc-button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .kc-button--primary {
    background: var(--_kc-primary);
    border-color: var(--_kc-primary);
    color: var(--_kc-on-primary);
  }
  .kc-button--primary:hover {
    background: var(--_kc-primary);
    filter: brightness(1.08);
  }
  .kc-config-error {
    margin-block: 0 var(--_kc-space);
    padding: calc(var(--_kc-space) * 0.75);
    border: 2px solid var(--_kc-danger);
    border-radius: var(--_kc-radius);
    background: var(--_kc-surface);
    color: var(--_kc-text);
  }
  .kc-config-error__heading {
    margin: 0 0 0.25em;
    font-weight: 700;
    color: var(--_kc-danger);
  }
  .kc-config-error ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .kc-config-error code {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  /* Forced colours (Windows High Contrast): system colours, so every state stays visible in the visitor's palette. */
  @media (forced-colors: active) {
    .kc-button--primary {
      border: 2px solid ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .kc-button[disabled],
    .kc-button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
      opacity: 1;
    }
    .kc-config-error,
    .kc-config-error__heading {
      border-color: CanvasText;
      color: CanvasText;
    }
  }
`;
