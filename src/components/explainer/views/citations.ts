/**
 * A section's "What the research says" list: each source with its authors, year, title and journal, and a DOI or
 * PubMed link (a book has none). The explainer loads it right after its first paint; the list sits behind a
 * disclosure, so nothing shifts when it arrives.
 */
import { html } from 'lit';
import type { SectionId } from '../sections.js';
import { CITATIONS, SOURCES, sourceLink } from '../sources.js';

/** The list items of a section's sources; `bookLabel` marks a source with no link ("book"). */
export function renderCitations(id: SectionId, bookLabel: string) {
  return CITATIONS[id].map((key) => {
    const { authors, year, title, journal, ref } = SOURCES[key];
    const link = sourceLink(ref);
    return html`<li>
      ${authors} (${year}). ${title}.
      <i>${journal}</i>${link ? html`. <a href=${link.href} rel="noreferrer">${link.text}</a>` : ` (${bookLabel})`}
    </li>`;
  });
}
