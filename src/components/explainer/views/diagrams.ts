import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { SectionId } from '../sections.js';

const wave = 'M0 70C15 70 15 30 30 30S60 70 90 70 105 30 120 30 150 70 180 70 195 50 200 45';

/**
 * The drawings, on a 200 × 100 canvas, coloured by the stylesheet (currentColor
 * and the accent token) and animated there only without prefers-reduced-motion.
 */
const drawings: Partial<Record<SectionId, (labels: readonly string[]) => SVGTemplateResult>> = {
  // A brain seen from the side, front at the start, with the three hubs of the default mode network.
  dmn: () =>
    svg`<path d="M30 68C12 58 12 30 32 20 48 8 76 6 100 8c36 0 66 8 82 30 10 16 2 32-16 34-6 8-20 12-32 8l-4 10h-12l-2-12c-20 4-56 6-72 0-6-2-10-6-14-10Z"/><path d="M62 22c8 10 24 10 32 2m34-8c-2 12 10 20 26 16M36 58c12-2 22 4 26 14m40-60c4 8 2 16-6 22"/><path class="link" d="M44 46 112 30l38 22Z"/><circle class="hub" cx="44" cy="46" r="7"/><circle class="hub" cx="112" cy="30" r="7"/><circle class="hub" cx="150" cy="52" r="7"/>`,
  // A dendrite with mature spines and new ones sprouting between them.
  plasticity: () =>
    svg`<path d="M8 64C60 54 130 70 192 56M40 60V44M100 63V46M160 61V44"/><circle cx="40" cy="40" r="5"/><circle cx="100" cy="42" r="5"/><circle cx="160" cy="40" r="5"/><g class="new"><path d="M70 61V47M130 64V49"/><circle cx="70" cy="43" r="5"/><circle cx="130" cy="45" r="5"/></g>`,
  // A timeline: the dose, then a shaded stretch of heightened plasticity.
  window: ([dose, open]) =>
    svg`<path class="band" d="M40 30h110v40H40Z"/><path d="M10 70h180M40 24v52"/><text x="40" y="92" text-anchor="middle">${dose}</text><text x="95" y="22" text-anchor="middle">${open}</text>`,
  // A breath wave: a quick rise (in), a longer fall (out).
  integration: () => svg`<path d=${wave}/><path class="wave" d=${wave}/>`,
};

/** The section's diagram as an accessible image (`<title>` and `<desc>` in the reader's language), or nothing. */
export function diagram(
  id: SectionId,
  fig: readonly [string, string] | undefined,
  labels: readonly string[] = [],
): TemplateResult | typeof nothing {
  const draw = drawings[id];
  return draw && fig
    ? html`<svg part="diagram" class="fig" viewBox="0 0 200 100" role="img">
        <title>${fig[0]}</title>
        <desc>${fig[1]}</desc>
        ${draw(labels)}
      </svg>`
    : nothing;
}
