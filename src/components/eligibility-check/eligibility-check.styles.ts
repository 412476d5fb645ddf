import { css } from 'lit';

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
  h3 {
    margin-block: 0 0.5em;
    line-height: 1.25;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: var(--_kc-focus-width) solid var(--_kc-focus);
  }
  p {
    margin-block: 0 0.75em;
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
  .q > label {
    display: block;
    padding: 0;
    margin-block-end: 0.4em;
    font-weight: 600;
  }
  .opts {
    display: grid;
    gap: 0.4em;
  }
  .opt {
    display: flex;
    gap: 0.6em;
    align-items: center;
    min-block-size: 2.75rem;
    padding-block: 0.4em;
    padding-inline: 0.75em;
    border: 1px solid var(--_kc-border);
    border-radius: var(--_kc-radius);
    cursor: pointer;
    transition: background-color var(--_kc-duration);
  }
  .opt:hover,
  .opt:has(:checked) {
    background: var(--_kc-surface-alt);
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
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  select {
    display: block;
    inline-size: 100%;
    max-inline-size: 24rem;
    min-block-size: 2.75rem;
    padding-inline: 0.6em;
    border: 1px solid var(--_kc-border);
    border-radius: var(--_kc-radius);
    background: var(--_kc-surface);
    color: var(--_kc-text);
    font: inherit;
  }
  #age {
    max-inline-size: 8rem;
  }
  .msg,
  .errors {
    color: var(--_kc-danger);
    font-weight: 600;
  }
  .errors {
    padding: 0.75em;
    border: 2px solid var(--_kc-danger);
    border-radius: var(--_kc-radius);
  }
  .errors ul {
    margin: 0;
  }
  [aria-invalid='true'] {
    border-color: var(--_kc-danger);
  }
  .crisis {
    margin-block: var(--_gap);
    padding: var(--_gap);
    border: 2px solid var(--_kc-crisis-border);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_kc-radius);
    background: var(--kc-eligibility-crisis-surface, var(--_kc-crisis-surface));
  }
  .crisis a {
    font-weight: 700;
  }
  .crisis ul,
  .result ul {
    padding-inline-start: 1.25em;
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
  .disclaimer {
    font-weight: 700;
  }
  @container (min-width: 40rem) {
    .scale .opts {
      grid-template-columns: repeat(4, 1fr);
    }
    .yn .opts {
      grid-template-columns: repeat(2, minmax(0, 10rem));
    }
  }
  @media print {
    .nav,
    .actions {
      display: none;
    }
    [part~='base'] {
      border: 0;
    }
  }
`;
