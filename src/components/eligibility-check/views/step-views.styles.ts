import { css } from 'lit';

/** What only the steps after the first show: what is missing, the answer scales side by side when wide, the crisis panel, the result. */
export const stepViewStyles = css`
  .errors {
    padding: 0.75em;
    border: 2px solid;
    border-radius: var(--_kc-radius);
    color: var(--_kc-danger);
    font-weight: 600;
  }
  .errors a {
    color: inherit;
  }
  @container (min-width: 40rem) {
    .scale .opts {
      grid-template-columns: repeat(4, 1fr);
    }
  }
  .crisis {
    margin-block: var(--_gap);
    padding: var(--_gap);
    border: 2px solid var(--_kc-crisis-border);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_kc-radius);
    background: var(--kc-eligibility-crisis-surface, var(--_kc-crisis-surface));
  }
  .crisis a,
  .disclaimer {
    font-weight: 700;
  }
  /* Forced colours: the crisis panel and the list of what is missing keep their borders, in the text colour. */
  @media (forced-colors: active) {
    .crisis,
    .errors {
      border-color: CanvasText;
    }
  }
`;
