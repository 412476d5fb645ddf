/** The tab row of the tabs layout (WAI-ARIA tabs: one tab stop, the selected tab; arrow keys move along the row). */
import { html } from 'lit';
import type { SectionId } from '../sections.js';

export interface TablistContext {
  readonly ids: readonly SectionId[];
  /** The selected tab. */
  readonly current: SectionId;
  /** The row's accessible name. */
  readonly label: string;
  /** A tab's words. */
  readonly tabText: (id: SectionId) => string;
  readonly onKey: (event: KeyboardEvent) => void;
  /** A tab was clicked (or pressed with Enter or Space: `event.detail` is 0). */
  readonly onChoose: (id: SectionId, event: MouseEvent) => void;
}

export function renderTablist({ ids, current, label, tabText, onKey, onChoose }: TablistContext) {
  const tab = (id: SectionId) =>
    // The tab's words are its whole text: no whitespace around them, so Prettier keeps out.
    // prettier-ignore
    html`<button part="tab" role="tab" id="kc-tab-${id}" aria-controls="kc-panel-${id}" aria-selected=${id === current}
      tabindex=${id === current ? 0 : -1} @click=${(event: MouseEvent) => onChoose(id, event)}>${tabText(id)}</button>`;
  return html`<div part="tablist" role="tablist" aria-label=${label} @keydown=${onKey}>${ids.map(tab)}</div>`;
}
