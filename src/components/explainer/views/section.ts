/**
 * One section: its heading (a disclosure button in the accordion, a plain heading in a stack, inside the panel for
 * tabs), its body (replaceable through the slot named after it), diagram, takeaway, the invitation to the breathing
 * exercise (integration), and its "What the research says" list behind a disclosure.
 */
import { html, nothing } from 'lit';
import type { ExplainerStrings } from '../locales/en.js';
import type { Layout, SectionId } from '../sections.js';

export interface SectionContext {
  readonly id: SectionId;
  readonly layout: Layout;
  readonly strings: ExplainerStrings;
  /** The heading's level (2 to 6); the research list's heading is one deeper. */
  readonly level: number;
  readonly heading: string;
  readonly takeaway: string;
  /** Whether the panel shows (the selected tab, an open accordion panel, always in a stack). */
  readonly open: boolean;
  readonly researchOpen: boolean;
  /** The drawn diagram, or the space reserved for it. */
  readonly diagram: unknown;
  /** The items of the research list. */
  readonly sources: unknown;
  /** The accordion's heading button was pressed (`event.detail` is 0 for Enter or Space). */
  readonly onToggle: (event: MouseEvent) => void;
  readonly onToggleResearch: () => void;
  /** "Try the breathing exercise" was pressed. */
  readonly onCta: () => void;
}

export function renderSection(context: SectionContext) {
  const { id, layout, strings: s, level, heading, open, researchOpen } = context;
  const tabs = layout === 'tabs';
  const headingOf = (content: unknown) => html`<div class="h" role="heading" aria-level=${level}>${content}</div>`;
  // The "+" / "−" a toggle shows is drawing, not words: hidden from assistive technology, its name stays the heading's.
  const sign = html`<span class="sign" aria-hidden="true"></span>`;
  // The words are the buttons' (and their headings') whole text: no whitespace around them, so Prettier keeps out.
  // prettier-ignore
  const toggle = html`<button class="toggle" id="kc-tab-${id}" aria-expanded=${open} aria-controls="kc-panel-${id}"
    @click=${context.onToggle}>${heading}${sign}</button>`;
  // prettier-ignore
  const researchToggle = html`<button class="src" aria-expanded=${researchOpen} aria-controls="kc-src-${id}"
    @click=${context.onToggleResearch}>${s.research}${sign}</button>`;
  const cta = html`<slot name="cta"
    ><button part="cta" class="kc-button kc-button--primary" @click=${context.onCta}>${s.cta}</button></slot
  >`;
  return html`<div part="section" id="kc-${id}">
    ${tabs ? nothing : headingOf(layout === 'stack' ? heading : toggle)}
    <div
      class="panel"
      id="kc-panel-${id}"
      role=${tabs ? 'tabpanel' : nothing}
      aria-labelledby=${tabs ? `kc-tab-${id}` : nothing}
      tabindex=${tabs ? 0 : nothing}
      ?hidden=${!open}
    >
      ${tabs ? headingOf(heading) : nothing}
      <slot name=${id}>${s.sections[id].body.map((paragraph) => html`<p>${paragraph}</p>`)}${context.diagram}</slot>
      ${id === 'integration' ? cta : nothing}
      <p part="takeaway" class="takeaway"><strong>${s.takeaway}:</strong> ${context.takeaway}</p>
      <div class="sub" role="heading" aria-level=${Math.min(level + 1, 6)}>${researchToggle}</div>
      <ol part="sources" id="kc-src-${id}" ?hidden=${!researchOpen}>
        ${context.sources}
      </ol>
    </div>
  </div>`;
}
