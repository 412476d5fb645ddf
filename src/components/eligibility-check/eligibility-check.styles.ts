import { css } from 'lit';

/** The frame and the question steps. What only the steps after the first show is in views/step-views.styles.ts, which loads with their views. */
export const styles = css`
  :host {
    container-type: inline-size;
  }
  [part~='base'] {
    --_gap: var(--kc-eligibility-gap, var(--_kc-space));
    padding: var(--_gap);
    border: 1px solid var(--_kc-border);
  }
  h2,
  h3,
  p {
    margin-block: 0 0.75em;
    line-height: 1.3;
  }
  .progress,
  .hint {
    color: var(--_kc-text-muted);
  }
  .q {
    margin: 0 0 var(--_gap);
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend,
  .q > label:not(.opt) {
    display: block;
    padding: 0;
    margin-block-end: 0.4em;
    font-weight: 600;
  }
  .opts {
    display: grid;
    gap: 0.4em;
  }
  .opt,
  input:not([type='radio'], [type='checkbox']),
  select {
    display: flex;
    gap: 0.6em;
    align-items: center;
    min-block-size: 2.75rem;
    padding-inline: 0.75em;
    border: 1px solid var(--_kc-border);
    border-radius: var(--_kc-radius);
    background: var(--_kc-surface);
    color: var(--_kc-text);
    font: inherit;
  }
  input:not([type='radio'], [type='checkbox']),
  select {
    inline-size: min(100%, 24rem);
  }
  #age {
    inline-size: 8rem;
  }
  .opt:hover,
  .opt:has(:checked) {
    background: var(--_kc-surface-alt);
    cursor: pointer;
  }
  .opt:has(:checked) {
    border-color: var(--_kc-primary);
    box-shadow: inset 0 0 0 1px var(--_kc-primary);
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--_kc-primary);
  }
  .msg {
    color: var(--_kc-danger);
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border-color: var(--_kc-danger);
  }
  .nav,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block-start: var(--_gap);
  }
  .nav .kc-button--primary {
    margin-inline-start: auto;
  }
  @container (min-width: 40rem) {
    .yn .opts {
      grid-template-columns: repeat(2, 10rem);
    }
  }
  @media print {
    .nav,
    .actions {
      display: none;
    }
  }
  /* Forced colours: the chosen answer's shadow is dropped, so it is outlined in the selection colour instead. */
  @media (forced-colors: active) {
    .opt:has(:checked) {
      border-color: Highlight;
      outline: 2px solid Highlight;
      outline-offset: -3px;
    }
    [aria-invalid='true'] {
      border-color: CanvasText;
      border-width: 2px;
    }
  }
`;
