import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConfigError } from '../../shared/config-errors.js';
import { emit } from '../../shared/emit.js';
import { KcElement } from '../../shared/kc-element.js';
import { LocaleController, LocaleTable } from '../../shared/locale/locale-controller.js';
import { LazyPart, PartController } from '../../shared/lazy-part.js';
import { explainerStyles } from './explainer.styles.js';
import type { ExplainerStrings } from './locales/en.js';
import { SectionSelection } from './section-selection.js';
import { renderSection } from './views/section.js';
import { renderTablist } from './views/tablist.js';
import {
  parseContent,
  parseHeadingLevel,
  parseLayout,
  parseOpen,
  parseReviewed,
  parseSections,
  type ContentOverrides,
  type Layout,
  type SectionId,
} from './sections.js';

// The explainer's words are an article: each reader downloads only the language they read (English too).
const locales = new LocaleTable<ExplainerStrings>(
  'kc-explainer',
  () => import('./locales/en.js'),
  import.meta.glob<{ default: ExplainerStrings }>(['./locales/*.ts', '!./locales/en.ts']),
);

// Loaded right after the first paint, once per page: each diagram's space is reserved and the citations sit behind a
// disclosure, so nothing shifts when they arrive.
const diagramsPart = new LazyPart(() => import('./views/diagrams.js'));
const citationsPart = new LazyPart(() => import('./views/citations.js'));

/** Unknown `sections` ids already warned about (once per page). */
const warned = new Set<string>();

/** `kc-section-change`: a section was opened or selected, by pointer, keyboard or a `#kc-<id>` link. */
export interface KcSectionChangeDetail {
  readonly id: SectionId;
  readonly via: 'click' | 'keyboard' | 'hash';
}

/** `kc-cta`: the reader asked to try the breathing exercise (the id of the section that invited them). */
export interface KcCtaDetail {
  readonly id: string;
}

/** The events `<kc-explainer>` dispatches. */
export interface KcExplainerEventMap {
  'kc-section-change': CustomEvent<KcSectionChangeDetail>;
  'kc-cta': CustomEvent<KcCtaDetail>;
}

/**
 * Explains, in plain language and with cited evidence, how ketamine may help
 * with anxiety: the treatment gap, the default mode network, BDNF and
 * neuroplasticity, the window for change, the session itself and integration.
 * Each section has diagrams described for screen readers, a key takeaway and
 * "What the research says" with DOI or PubMed links.
 *
 * Layout: `tabs` (WAI-ARIA tabs), `accordion` (disclosure buttons, any number
 * open) or `stack`; with none set, tabs when the element is at least 40rem wide
 * and an accordion when narrower, decided before the first paint and again
 * whenever the element is resized. Printing shows every section.
 * A `#kc-<id>` fragment in the page URL opens and scrolls to that section.
 *
 * @summary How ketamine may help with anxiety, in plain language, with diagrams and cited evidence.
 * @tagname kc-explainer
 *
 * @slot gap - Replaces the body (paragraphs) of the "treatment gap" section.
 * @slot dmn - Replaces the body (paragraphs and diagram) of the "default mode network" section.
 * @slot plasticity - Replaces the body (paragraphs and diagram) of the "BDNF and neuroplasticity" section.
 * @slot window - Replaces the body (paragraphs and diagram) of the "window for change" section.
 * @slot insight - Replaces the body (paragraphs) of the "insight in session" section.
 * @slot integration - Replaces the body (paragraphs and diagram) of the "integration" section.
 * @slot cta - Replaces the "Try the breathing exercise" button in the integration section (e.g. with a `<kc-breathwork-timer>`).
 *
 * @csspart base - The wrapper; carries `data-layout` (`tabs`, `accordion` or `stack`).
 * @csspart config-error - The notice that lists invalid attributes.
 * @csspart tablist - The row of tabs (tabs layout).
 * @csspart tab - Each tab (tabs layout).
 * @csspart section - Each section.
 * @csspart diagram - Each section's drawing.
 * @csspart takeaway - Each section's key takeaway.
 * @csspart sources - Each section's list of sources.
 * @csspart cta - The "Try the breathing exercise" button.
 * @csspart footer - The review date and the disclaimer.
 *
 * @cssprop [--kc-explainer-accent=var(--kc-color-accent)] - Diagrams and the takeaway's bar.
 * @cssprop [--kc-explainer-diagram-size=24rem] - Largest width of a diagram.
 *
 * @fires {CustomEvent<KcSectionChangeDetail>} kc-section-change - A section was opened or selected: `{ id, via: 'click' | 'keyboard' | 'hash' }`.
 * @fires {CustomEvent<KcCtaDetail>} kc-cta - The reader pressed "Try the breathing exercise": `{ id: 'integration' }`. Open your `<kc-breathwork-timer>` here.
 */
export class KcExplainer extends KcElement<ExplainerStrings> {
  static override styles = [...KcElement.styles, explainerStyles];

  /** The sections to show, in order, separated by spaces: any of `gap dmn plasticity window insight integration`. Default: all. */
  @property() sections?: string;

  /** `tabs`, `accordion` or `stack`. Unset (or `auto`): tabs when wide, an accordion when narrow. */
  @property() layout?: string;

  /** The level of the section headings, 2 to 6, to fit the page's outline. Default 2. */
  @property({ attribute: 'heading-level' }) headingLevel?: string | number;

  /** The id of the section open at first (e.g. `dmn`). */
  @property() open?: string;

  /** The date the clinic last reviewed this content, written YYYY-MM-DD; shown in the footer. */
  @property() reviewed?: string;

  /**
   * Replaces a section's heading or takeaway: `{ dmn: { heading: '…', takeaway: '…' } }`.
   * As an attribute, JSON. Invalid entries are named in a visible notice and the default text stays.
   */
  @property({ converter: (value) => value }) content?: ContentOverrides | string;

  /** Whether the container query finds the element wide enough for tabs. */
  @state() private wide = false;

  protected readonly locale = new LocaleController(this, locales);
  private readonly selection = new SectionSelection(() => this.requestUpdate());
  private readonly diagrams = new PartController(this, diagramsPart);
  private readonly citations = new PartController(this, citationsPart);
  private headingLevelInUse = 2;
  private fixedLayout?: Layout;
  private overrides: ContentOverrides = {};
  private errors: ConfigError[] = [];
  private reviewedOn?: Date;
  private resizeObserver?: ResizeObserver;

  /** The layout in effect: the `layout` attribute's, else tabs when wide and an accordion when narrow. */
  get currentLayout(): Layout {
    return this.fixedLayout ?? (this.wide ? 'tabs' : 'accordion');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHashChange);
    // Re-measure a frame later: switching layout inside the observer callback would resize what it observes.
    this.resizeObserver ??= new ResizeObserver(() => requestAnimationFrame(() => this.measure()));
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHashChange);
    this.resizeObserver?.disconnect();
  }

  protected override configErrors(): ConfigError[] {
    return [...super.configErrors(), ...this.errors];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { ids, unknown } = parseSections(this.sections);
    const key = unknown.join(' ');
    if (key && !warned.has(key)) {
      warned.add(key);
      console.warn(`<kc-explainer> sections: ignoring unknown ${unknown.map((u) => `"${u}"`).join(', ')}.`);
    }
    const level = parseHeadingLevel(this.headingLevel);
    const layout = parseLayout(this.layout);
    const open = parseOpen(this.open, ids);
    const reviewed = parseReviewed(this.reviewed);
    const content = parseContent(this.content);
    this.selection.shown = ids;
    this.headingLevelInUse = level.level;
    this.fixedLayout = layout.layout;
    this.reviewedOn = reviewed.date;
    this.overrides = content.content;
    const checks: [string, string | undefined][] = [
      ['heading-level', level.error],
      ['layout', layout.error],
      ['open', open.error],
      ['reviewed', reviewed.error],
    ];
    this.errors = [...checks.flatMap(([attribute, message]) => (message ? [{ attribute, message }] : [])), ...content.errors];
    if (changed.has('open') && open.id) this.selection.show(open.id);
  }

  protected override firstUpdated(): void {
    // Both run before the first paint: the layout the container query chose, and a #kc-<id> link.
    this.measure();
    this.onHashChange();
    void this.diagrams.load();
    void this.citations.load();
  }

  /** Reads the container query's verdict from the stylesheet. */
  private measure(): void {
    const base = this.renderRoot.querySelector('[part~=base]');
    if (base) this.wide = getComputedStyle(base).getPropertyValue('--_kc-wide').trim() === '1';
  }

  private readonly onHashChange = (): void => {
    const id = this.selection.fromHash(location.hash);
    if (!id) return;
    this.show(id, 'hash');
    void this.updateComplete.then(() => this.renderRoot.querySelector(`#kc-${id}`)?.scrollIntoView());
  };

  /** Opens and selects a section and says so. Tabs and keys leave an already selected tab alone (no second event). */
  private show(id: SectionId, via: KcSectionChangeDetail['via']): void {
    this.selection.show(id);
    // Diagrams that could not load (offline) are asked for again when the reader moves on.
    if (this.diagrams.status === 'failed') void this.diagrams.load();
    emit(this, 'kc-section-change', { id, via });
  }

  private readonly onTabKey = (event: KeyboardEvent): void => {
    const id = this.selection.tabForKey(event.key, getComputedStyle(this).direction === 'rtl');
    if (!id) return;
    event.preventDefault();
    if (id !== this.selection.current) this.show(id, 'keyboard');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#kc-tab-${id}`)?.focus());
  };

  private readonly onTabChoose = (id: SectionId, event: MouseEvent): void => {
    if (id !== this.selection.current) this.show(id, event.detail ? 'click' : 'keyboard');
  };

  private toggleSection(id: SectionId, event: MouseEvent): void {
    if (this.selection.isExpanded(id)) this.selection.collapse(id);
    else this.show(id, event.detail ? 'click' : 'keyboard');
  }

  private toggleResearch(id: SectionId): void {
    // Citations that could not load (offline) are asked for again when the reader opens a list.
    if (this.citations.status === 'failed') void this.citations.load();
    this.selection.toggleResearch(id);
  }

  protected override renderView() {
    const s = this.strings;
    const layout = this.currentLayout;
    const { shown, current } = this.selection;
    const isOpen = (id: SectionId) => (layout === 'tabs' ? id === current : layout === 'stack' || this.selection.isExpanded(id));
    const tablist = renderTablist({
      ids: shown,
      current,
      label: s.label,
      tabText: (id) => this.overrides[id]?.heading ?? s.sections[id].tab,
      onKey: this.onTabKey,
      onChoose: this.onTabChoose,
    });
    return html`<div part="base" dir=${this.locale.dir} data-theme=${this.resolvedTheme} data-layout=${layout}>
      ${this.config.render(s.configErrorHeading)} ${layout === 'tabs' ? tablist : nothing}
      ${shown.map((id) => this.renderSection(id, layout, isOpen(id)))}
      <footer part="footer">
        ${this.renderReviewed()}
        <p>${s.disclaimer}</p>
      </footer>
    </div>`;
  }

  private renderSection(id: SectionId, layout: Layout, open: boolean) {
    const s = this.strings;
    const text = s.sections[id];
    const diagrams = this.diagrams.module;
    const citations = this.citations.module;
    return renderSection({
      id,
      layout,
      strings: s,
      level: this.headingLevelInUse,
      heading: this.overrides[id]?.heading ?? text.heading,
      takeaway: this.overrides[id]?.takeaway ?? text.takeaway,
      open,
      researchOpen: this.selection.isResearchOpen(id),
      // Until the diagrams arrive (or when they could not), their space is kept.
      diagram:
        'fig' in text ? (diagrams ? diagrams.diagram(id, text.fig, [s.dose, s.window]) : html`<div class="fig"></div>`) : nothing,
      sources: citations
        ? citations.renderCitations(id, s.book)
        : html`<li>${this.citations.status === 'failed' ? s.sourcesFailed : s.loadingSources}</li>`,
      onToggle: (event) => this.toggleSection(id, event),
      onToggleResearch: () => this.toggleResearch(id),
      onCta: () => emit(this, 'kc-cta', { id }),
    });
  }

  private renderReviewed() {
    const date = this.reviewedOn;
    if (!date) return nothing;
    const written = new Intl.DateTimeFormat(this.locale.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
    return html`<p>${this.strings.reviewed}: <time datetime=${date.toISOString().slice(0, 10)}>${written}</time></p>`;
  }
}

// Setting the layout in firstUpdated (before the first paint) is deliberate: it prevents a flash of the wrong layout.
KcExplainer.disableWarning?.('change-in-update');

declare global {
  interface HTMLElementTagNameMap {
    'kc-explainer': KcExplainer;
  }
  interface GlobalEventHandlersEventMap {
    'kc-section-change': CustomEvent<KcSectionChangeDetail>;
    'kc-cta': CustomEvent<KcCtaDetail>;
  }
}
