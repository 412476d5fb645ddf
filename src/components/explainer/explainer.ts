import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConfigError } from '../../shared/config-errors.js';
import { emit } from '../../shared/emit.js';
import { KcElement } from '../../shared/kc-element.js';
import { LocaleController, LocaleTable } from '../../shared/locale/locale-controller.js';
import { explainerStyles } from './explainer.styles.js';
import type * as Deferred from './deferred.js';
import type { ExplainerStrings } from './locales/en.js';
import {
  parseContent,
  parseHeadingLevel,
  parseLayout,
  parseOpen,
  parseReviewed,
  parseSections,
  sectionFromHash,
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

  @state() private wide = false;
  @state() private selected?: SectionId;
  @state() private expanded: ReadonlySet<SectionId> = new Set();
  /** Sections whose "What the research says" list is open. */
  @state() private research: ReadonlySet<SectionId> = new Set();
  /**
   * The diagrams and citations, loaded right after the first paint: each diagram's space is
   * reserved and the citations sit behind a disclosure, so nothing shifts when they arrive.
   */
  @state() private refs?: typeof Deferred | null;

  protected readonly locale = new LocaleController(this, locales);
  private ids: SectionId[] = [];
  private level = 2;
  private fixed?: Layout;
  private overrides: ContentOverrides = {};
  private errors: ConfigError[] = [];
  private reviewedOn?: Date;
  private resize?: ResizeObserver;

  /** The layout in effect: the `layout` attribute's, else tabs when wide and an accordion when narrow. */
  get currentLayout(): Layout {
    return this.fixed ?? (this.wide ? 'tabs' : 'accordion');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
    // Re-measure a frame later: switching layout inside the observer callback would resize what it observes.
    this.resize ??= new ResizeObserver(() => requestAnimationFrame(() => this.measure()));
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
    this.resize?.disconnect();
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
    this.ids = ids;
    this.level = level.level;
    this.fixed = layout.layout;
    this.reviewedOn = reviewed.date;
    this.overrides = content.content;
    const checks: [string, string | undefined][] = [
      ['heading-level', level.error],
      ['layout', layout.error],
      ['open', open.error],
      ['reviewed', reviewed.error],
    ];
    this.errors = [...checks.flatMap(([attribute, message]) => (message ? [{ attribute, message }] : [])), ...content.errors];
    if (changed.has('open') && open.id) {
      this.selected = open.id;
      this.expanded = new Set([...this.expanded, open.id]);
    }
  }

  protected override firstUpdated(): void {
    // Both run before the first paint: the layout the container query chose, and a #kc-<id> link.
    this.measure();
    this.onHash();
    import('./deferred.js').then(
      (refs) => (this.refs = refs),
      () => (this.refs = null),
    );
  }

  /** Reads the container query's verdict from the stylesheet. */
  private measure(): void {
    const base = this.renderRoot.querySelector('[part~=base]');
    if (base) this.wide = getComputedStyle(base).getPropertyValue('--_kc-wide').trim() === '1';
  }

  private readonly onHash = (): void => {
    const id = sectionFromHash(location.hash, this.ids);
    if (!id) return;
    this.show(id, 'hash');
    void this.updateComplete.then(() => this.renderRoot.querySelector(`#kc-${id}`)?.scrollIntoView());
  };

  /** Opens and selects a section and says so. Tabs and keys leave an already selected tab alone (no second event). */
  private show(id: SectionId, via: KcSectionChangeDetail['via']): void {
    this.selected = id;
    this.expanded = new Set([...this.expanded, id]);
    emit(this, 'kc-section-change', { id, via });
  }

  /** The selected tab: the last one chosen if still shown, else `open`, else the first. */
  private get current(): SectionId {
    const { selected, ids } = this;
    return selected && ids.includes(selected) ? selected : (ids[0] as SectionId);
  }

  private onTabKey(event: KeyboardEvent): void {
    const { ids } = this;
    const step = ({ ArrowRight: 1, ArrowLeft: -1 } as Record<string, number>)[event.key];
    const rtl = getComputedStyle(this).direction === 'rtl';
    const index =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? ids.length - 1
          : step
            ? (ids.indexOf(this.current) + (rtl ? -step : step) + ids.length) % ids.length
            : -1;
    if (index < 0) return;
    event.preventDefault();
    const id = ids[index] as SectionId;
    if (id !== this.current) this.show(id, 'keyboard');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#kc-tab-${id}`)?.focus());
  }

  private toggleResearch(id: SectionId): void {
    const research = new Set(this.research);
    if (!research.delete(id)) research.add(id);
    this.research = research;
  }

  private toggle(id: SectionId, event: MouseEvent): void {
    if (!this.expanded.has(id)) return this.show(id, event.detail ? 'click' : 'keyboard');
    const expanded = new Set(this.expanded);
    expanded.delete(id);
    this.expanded = expanded;
  }

  // Compact templates (the CDN build minifies them either way); prettier leaves them as written.
  protected override renderView() {
    const s = this.strings;
    const layout = this.currentLayout;
    const tabs = layout === 'tabs';
    const current = this.current;
    const date = this.reviewedOn;
    // prettier-ignore
    return html`<div part="base" dir=${this.locale.dir} data-theme=${this.resolvedTheme} data-layout=${layout}>${this.config.render(s.configErrorHeading)}${tabs
      ? html`<div part="tablist" role="tablist" aria-label=${s.label} @keydown=${this.onTabKey}>${this.ids.map((id) =>
          html`<button part="tab" role="tab" id="kc-tab-${id}" aria-controls="kc-panel-${id}" aria-selected=${id === current} tabindex=${id === current ? 0 : -1} @click=${(e: MouseEvent) => id !== current && this.show(id, e.detail ? 'click' : 'keyboard')}>${this.overrides[id]?.heading ?? s.sections[id].tab}</button>`)}</div>`
      : nothing}${this.ids.map((id) => this.renderSection(id, layout, tabs ? id === current : layout === 'stack' || this.expanded.has(id)))}
<footer part="footer">${date
      ? html`<p>${s.reviewed}: <time datetime=${date.toISOString().slice(0, 10)}>${new Intl.DateTimeFormat(this.locale.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date)}</time></p>`
      : nothing}<p>${s.disclaimer}</p></footer></div>`;
  }

  private renderSection(id: SectionId, layout: Layout, open: boolean) {
    const s = this.strings;
    const text = s.sections[id];
    const heading = this.overrides[id]?.heading ?? text.heading;
    const tabs = layout === 'tabs';
    const h = (content: unknown) => html`<div class="h" role="heading" aria-level=${this.level}>${content}</div>`;
    // The "+" / "−" a toggle shows is drawing, not words: hidden from assistive technology, its name stays the heading's.
    const sign = html`<span class="sign" aria-hidden="true"></span>`;
    // prettier-ignore
    return html`<div part="section" id="kc-${id}">${tabs ? nothing : h(layout === 'stack' ? heading
      : html`<button class="toggle" id="kc-tab-${id}" aria-expanded=${open} aria-controls="kc-panel-${id}" @click=${(e: MouseEvent) => this.toggle(id, e)}>${heading}${sign}</button>`)}
<div class="panel" id="kc-panel-${id}" role=${tabs ? 'tabpanel' : nothing} aria-labelledby=${tabs ? `kc-tab-${id}` : nothing} tabindex=${tabs ? 0 : nothing} ?hidden=${!open}>${tabs ? h(heading) : nothing}
<slot name=${id}>${text.body.map((p) => html`<p>${p}</p>`)}${'fig' in text ? (this.refs ? this.refs.diagram(id, text.fig, [s.dose, s.window]) : html`<div class="fig"></div>`) : nothing}</slot>${id === 'integration'
      ? html`<slot name="cta"><button part="cta" class="kc-button kc-button--primary" @click=${() => emit(this, 'kc-cta', { id })}>${s.cta}</button></slot>`
      : nothing}
<p part="takeaway" class="takeaway"><strong>${s.takeaway}:</strong> ${this.overrides[id]?.takeaway ?? text.takeaway}</p>
<div class="sub" role="heading" aria-level=${Math.min(this.level + 1, 6)}><button class="src" aria-expanded=${this.research.has(id)} aria-controls="kc-src-${id}" @click=${() => this.toggleResearch(id)}>${s.research}${sign}</button></div>
<ol part="sources" id="kc-src-${id}" ?hidden=${!this.research.has(id)}>${this.renderSources(id)}</ol></div></div>`;
  }

  private renderSources(id: SectionId) {
    const s = this.strings;
    const refs = this.refs;
    if (!refs) return html`<li>${refs === null ? s.sourcesFailed : s.loadingSources}</li>`;
    return refs.CITATIONS[id].map((key) => {
      const { authors, year, title, journal, ref } = refs.SOURCES[key];
      const link = refs.sourceLink(ref);
      return html`<li>
        ${authors} (${year}). ${title}.
        <i>${journal}</i>${link ? html`. <a href=${link.href} rel="noreferrer">${link.text}</a>` : ` (${s.book})`}
      </li>`;
    });
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
