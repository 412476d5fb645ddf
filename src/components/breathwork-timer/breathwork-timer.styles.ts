import { css } from 'lit';

/** Styles of `<kc-breathwork-timer>`. The breathing shape is animated on the compositor only (transform, or opacity). */
export default css`
  [part~='base'],
  [part~='timer'],
  [part~='complete'],
  form {
    display: grid;
    justify-items: center;
    gap: 0.75rem;
    text-align: center;
  }
  [part~='base'] {
    container-type: inline-size;
    padding: var(--_kc-space);
  }
  .ring {
    inline-size: min(var(--kc-breathwork-size, 12rem), 70cqi);
    aspect-ratio: 1;
    border: 2px solid var(--_kc-border);
    border-radius: 50%;
  }
  [part~='shape'] {
    block-size: 100%;
    border-radius: 50%;
    background: var(--kc-breathwork-shape-color, var(--_kc-accent));
    transform: scale(0.5);
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='shape'] {
      transform: none;
      opacity: 0.25;
    }
  }
  p {
    margin: 0;
    max-inline-size: 36rem;
  }
  [part~='phase'],
  .title {
    font-size: 1.4em;
    font-weight: 600;
  }
  [part~='countdown'] {
    min-block-size: 1.5em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  * {
    accent-color: var(--_kc-primary);
  }
  select,
  #line {
    min-block-size: 2.75rem;
    font: inherit;
  }
  .note {
    color: var(--_kc-text-muted);
  }
  [part~='safety'] {
    padding: 0.5rem;
    border-inline-start: 4px solid var(--_kc-warning);
    background: var(--_kc-surface-alt);
  }
  /* Forced colours: the shape's background would become the page's; it is drawn in the text colour inside its ring. */
  @media (forced-colors: active) {
    .ring,
    [part~='safety'] {
      border-color: CanvasText;
    }
    [part~='shape'] {
      background: CanvasText;
    }
  }
`;
