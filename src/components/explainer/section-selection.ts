/**
 * Which sections a reader has open, with no DOM: the selected tab, the open accordion panels and the open "What the
 * research says" lists; and which section a `#kc-<id>` link or a key on the tab row asks for.
 */
import type { SectionId } from './sections.js';

/** The shown section a `#kc-<id>` fragment points at, if any. */
export function sectionFromHash(hash: string, shown: readonly SectionId[]): SectionId | undefined {
  const id = /^#kc-(.+)$/.exec(hash)?.[1];
  return shown.find((section) => section === id);
}

/** The keys that move along the tab row, by how far (in reading order). */
const STEPS: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowLeft: -1 };

export class SectionSelection {
  private shownIds: readonly SectionId[] = [];
  private selected?: SectionId;
  private expanded: ReadonlySet<SectionId> = new Set();
  private researchOpen: ReadonlySet<SectionId> = new Set();

  /** @param changed called whenever what is open changes (the element updates). */
  constructor(private readonly changed: () => void) {}

  /** The sections shown, in order. */
  get shown(): readonly SectionId[] {
    return this.shownIds;
  }

  set shown(ids: readonly SectionId[]) {
    this.shownIds = ids;
  }

  /** The selected tab: the last one chosen (or `open`) if still shown, else the first. */
  get current(): SectionId {
    const selected = this.selected;
    return selected && this.shownIds.includes(selected) ? selected : this.shownIds[0]!;
  }

  /** Whether a section's panel is open in the accordion. */
  isExpanded(id: SectionId): boolean {
    return this.expanded.has(id);
  }

  /** Whether a section's "What the research says" list is open. */
  isResearchOpen(id: SectionId): boolean {
    return this.researchOpen.has(id);
  }

  /** Selects a section and opens its panel (a tab chosen, a heading opened, `open`, a link). */
  show(id: SectionId): void {
    this.selected = id;
    this.expanded = new Set([...this.expanded, id]);
    this.changed();
  }

  /** Closes a section's panel in the accordion. */
  collapse(id: SectionId): void {
    const expanded = new Set(this.expanded);
    expanded.delete(id);
    this.expanded = expanded;
    this.changed();
  }

  /** Opens or closes a section's "What the research says" list. */
  toggleResearch(id: SectionId): void {
    const research = new Set(this.researchOpen);
    if (!research.delete(id)) research.add(id);
    this.researchOpen = research;
    this.changed();
  }

  /** The shown section a `#kc-<id>` fragment points at, if any. */
  fromHash(hash: string): SectionId | undefined {
    return sectionFromHash(hash, this.shownIds);
  }

  /**
   * The tab a key on the tab row moves to: Left and Right (reversed right to left) to the previous and next,
   * wrapping; Home and End to the first and last. `undefined` for any other key.
   */
  tabForKey(key: string, rightToLeft: boolean): SectionId | undefined {
    const ids = this.shownIds;
    const step = STEPS[key];
    if (key === 'Home') return ids[0];
    if (key === 'End') return ids.at(-1);
    if (!step) return undefined;
    const index = ids.indexOf(this.current) + (rightToLeft ? -step : step);
    return ids[(index + ids.length) % ids.length];
  }
}
