import { css } from 'lit';

// One rule per line (the CDN build minifies CSS in templates either way).
/**
 * Layout is container-query driven: `[part~=base]` carries `--_kc-wide: 1`
 * when the element is at least 40rem wide; the element reads it before its
 * first paint to choose tabs (wide) or an accordion (narrow). Print shows all.
 */
export const explainerStyles = css`
  :host {
    container: kc-explainer/inline-size;
  }
  [part~='base'] {
    --_x: var(--kc-explainer-accent, var(--_kc-accent));
    padding: var(--_kc-space);
    overflow-wrap: anywhere;
  }
  @container kc-explainer (min-width:40rem) {
    [part~='base'] {
      --_kc-wide: 1;
    }
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 1px solid var(--_kc-border);
  }
  [role='tab'],
  .toggle {
    min-block-size: 2.75rem;
    padding: 0.5em 0.75em;
    border: 0;
    border-block-end: 3px solid transparent;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  [aria-selected='true'] {
    border-color: var(--_kc-primary);
    color: var(--_kc-primary);
    font-weight: 700;
  }
  .h {
    margin-block: 1rem 0.5rem;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .toggle {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    inline-size: 100%;
    padding-inline: 0;
    border-block-end: 1px solid var(--_kc-border);
    text-align: start;
    font-weight: inherit;
  }
  .sign:before {
    content: '+';
    color: var(--_kc-primary);
  }
  [aria-expanded='true'] .sign:before {
    content: '−';
  }
  [data-layout='accordion'] .h {
    margin: 0;
  }
  p {
    margin-block: 0 0.75em;
  }
  .takeaway {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_x);
    background: var(--_kc-surface-alt);
  }
  .sub {
    font-weight: 700;
  }
  .src {
    display: inline-flex;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    padding: 0.5em 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  ol,
  footer {
    font-size: 0.875em;
    color: var(--_kc-text-muted);
  }
  ol {
    padding-inline-start: 1.25em;
  }
  footer {
    margin-block-start: 1rem;
    border-block-start: 1px solid var(--_kc-border);
  }
  .fig {
    display: block;
    inline-size: 100%;
    max-inline-size: var(--kc-explainer-diagram-size, 24rem);
    block-size: auto;
    aspect-ratio: 2;
    margin-block: 1rem;
    color: var(--_kc-text-muted);
  }
  .fig * {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .fig .link,
  .fig .wave {
    stroke: var(--_x);
    stroke-dasharray: 6 6;
  }
  .fig .hub,
  .fig .new circle,
  .fig .band {
    fill: var(--_x);
    stroke: none;
  }
  .fig .band {
    fill-opacity: 0.3;
  }
  .fig text {
    fill: var(--_kc-text);
    stroke: none;
    font-size: 10px;
  }
  .fig .new {
    transform-box: fill-box;
    transform-origin: 50% 100%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .fig .hub,
    .fig .band {
      animation: kc-pulse 4s ease-in-out infinite;
    }
    .fig .new {
      animation: kc-grow 6s ease-out infinite;
    }
    .fig .wave {
      animation: kc-flow 8s linear infinite;
    }
  }
  @keyframes kc-pulse {
    50% {
      opacity: 0.4;
    }
  }
  @keyframes kc-grow {
    0% {
      transform: scaleY(0);
    }
    40% {
      transform: none;
    }
  }
  @keyframes kc-flow {
    to {
      stroke-dashoffset: -120;
    }
  }
  @media print {
    [role='tablist'],
    .sign,
    slot[name='cta'] {
      display: none;
    }
    .panel[hidden],
    [part='sources'][hidden] {
      display: block;
    }
    [part~='base'] {
      padding: 0;
    }
  }
  /* Forced colours: the transparent underline of every tab would be drawn; only the selected tab is marked, filled in the selection colours. */
  @media (forced-colors: active) {
    [role='tab'] {
      border-block-end-color: Canvas;
      color: ButtonText;
    }
    [role='tab'][aria-selected='true'] {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    [role='tab']:focus-visible {
      outline-color: CanvasText;
    }
    .fig {
      color: CanvasText;
    }
    .fig .link,
    .fig .wave {
      stroke: CanvasText;
    }
    .fig .hub,
    .fig .new circle,
    .fig .band,
    .fig text {
      fill: CanvasText;
    }
    .sign {
      color: CanvasText;
    }
  }
`;
