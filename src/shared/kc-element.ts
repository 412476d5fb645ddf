import { LitElement, adoptStyles, html, type CSSResultOrNative, type PropertyValues, type ReactiveElement } from 'lit';
import { property } from 'lit/decorators.js';
import { ClinicController } from './clinic-controller.js';
import type { ClinicAttributes, Theme } from './clinic-settings.js';
import { ConfigErrorController, type ConfigError } from './config-errors.js';
import type { LocaleController } from './locale/locale-controller.js';
import { baseStyles } from './styles/base.js';
import { tokenStyles } from './styles/tokens.js';
import { reflectedText } from './text-setting.js';

/** Styles a widget added after its first render (those of a lazily loaded part), to adopt again in another document. */
const addedStyles = new WeakMap<ReactiveElement, CSSResultOrNative[]>();

/** The widgets' style sheets rebuilt for each other document they are used in (a constructed sheet belongs to one document). */
const sheetsByDocument = new WeakMap<Document, Map<CSSResultOrNative, CSSStyleSheet>>();

/**
 * Adopts `styles` into `root`, in whatever document it is now. Lit's sheets belong to the page's document; in another
 * one (a same-origin iframe, a Document Picture-in-Picture window) each is built again with that window's
 * `CSSStyleSheet`, once per document. A document without a window shows nothing: its styles come with the next move.
 */
function adoptInDocument(root: ShadowRoot, styles: CSSResultOrNative[]): void {
  const doc = root.ownerDocument;
  if (doc === document) return adoptStyles(root, styles);
  const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
  if (!Sheet) return;
  let sheets = sheetsByDocument.get(doc);
  if (!sheets) sheetsByDocument.set(doc, (sheets = new Map()));
  root.adoptedStyleSheets = styles.map((style) => {
    let sheet = sheets.get(style);
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync('cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n'));
      sheets.set(style, sheet);
    }
    return sheet;
  });
}

/** Every style of a widget: its class's, then those added since (in the order added). */
const allStyles = (el: ReactiveElement): CSSResultOrNative[] => [
  ...(el.constructor as typeof ReactiveElement).elementStyles,
  ...(addedStyles.get(el) ?? []),
];

/**
 * Adds styles to a widget's shadow root after its first render (the styles of a part loaded later), in whatever
 * document it is; they are adopted again, with the rest, when it moves to another document.
 */
export function addStyles(el: ReactiveElement, styles: CSSResultOrNative): void {
  addedStyles.set(el, [...(addedStyles.get(el) ?? []), styles]);
  if (el.shadowRoot) adoptInDocument(el.shadowRoot, allStyles(el));
}

/** Strings every widget's locale files provide. */
export interface SharedStrings {
  /** Heading of the notice listing invalid attributes. */
  configErrorHeading: string;
}

/**
 * What every widget shares, wired from controllers: the clinic's settings
 * (context plus own attributes), the theme, the locale (whose loading delays
 * the first render so no English flashes), and the visible list of invalid
 * attributes. Elements extend it and keep their own behaviour.
 *
 * Theme tokens, read by every widget (set them on the widget, on `<kc-clinic>` or any ancestor):
 * @cssprop --kc-color-primary - Buttons, links and selected answers.
 * @cssprop --kc-color-on-primary - Text on primary-coloured buttons.
 * @cssprop --kc-color-accent - Secondary highlights (diagrams, progress).
 * @cssprop --kc-color-surface - Widget background.
 * @cssprop --kc-color-surface-alt - Panels and hover backgrounds.
 * @cssprop --kc-color-text - Body text.
 * @cssprop --kc-color-text-muted - Secondary text.
 * @cssprop --kc-color-border - Borders of fields and cards.
 * @cssprop --kc-color-focus - Keyboard focus ring.
 * @cssprop --kc-color-danger - Errors.
 * @cssprop --kc-color-success - Confirmations.
 * @cssprop --kc-color-warning - Cautions.
 * @cssprop --kc-color-crisis-surface - Background of the crisis panel.
 * @cssprop --kc-color-crisis-border - Border of the crisis panel.
 * @cssprop [--kc-font-family=inherit] - Font of every widget; the host page's by default.
 * @cssprop [--kc-font-size=1rem] - Base font size.
 * @cssprop [--kc-line-height=1.5] - Base line height.
 * @cssprop [--kc-radius=0.5rem] - Corner radius.
 * @cssprop [--kc-space=1rem] - Base spacing unit.
 * @cssprop [--kc-focus-ring-width=3px] - Width of the focus ring.
 * @cssprop [--kc-duration=240ms] - Length of transitions (0 under reduced motion).
 */
export abstract class KcElement<S extends SharedStrings> extends LitElement {
  static override styles = [tokenStyles, baseStyles];

  /**
   * The colour theme: `light`, `dark` or `auto` (follows the visitor's system setting).
   * Overrides the theme of the surrounding `<kc-clinic>`; defaults to `light`. Set from script to anything but
   * text (a list, an object), it is named in the config notice and the clinic's theme or `light` is used.
   */
  @property({ reflect: true, converter: reflectedText }) theme?: string;

  protected readonly clinic = new ClinicController(this, () => this.clinicAttributes());
  protected readonly config = new ConfigErrorController(this, () => this.configErrors());
  protected abstract readonly locale: LocaleController<S>;

  /**
   * Attached first in another document than the page's (made in the page, then put in an iframe or a Picture-in-Picture
   * window): its style sheets are built for that document (the page's would be refused there).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.ownerDocument === document) return super.createRenderRoot();
    const root = this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    adoptInDocument(root, allStyles(this));
    this.renderOptions.renderBefore ??= root.firstChild;
    return root;
  }

  /**
   * Moved into another document (`document.adoptNode`, Document Picture-in-Picture, a same-origin iframe): the
   * browser drops its constructed style sheets, which belong to the old document, so it adopts them again there.
   */
  adoptedCallback(): void {
    if (this.shadowRoot) adoptInDocument(this.shadowRoot, allStyles(this));
  }

  /** The widget's own attributes that override the clinic's. Subclasses add theirs. */
  protected clinicAttributes(): ClinicAttributes {
    return { theme: this.theme };
  }

  /** Every invalid setting, shown above the widget. Subclasses add theirs. */
  protected configErrors(): ConfigError[] {
    return [...this.clinic.errors];
  }

  /** The strings for this render, in the widget's language. */
  protected get strings(): S {
    return this.locale.strings;
  }

  /** The theme in effect: the widget's own, else the clinic's, else light. */
  protected get resolvedTheme(): Theme {
    return this.clinic.settings.theme ?? 'light';
  }

  /**
   * Brings the locale and clinic settings up to date before each render (config
   * errors are collected when `this.config.render()` runs). Runs on the server too (server rendering calls `willUpdate`, not
   * controllers' `hostUpdate`). Subclasses that override it must call `super.willUpdate(changed)` first.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.locale.sync();
    this.clinic.sync();
  }

  /**
   * The widget's view. If not even the English text could load (a network failure), a notice says so instead of
   * rendering blanks.
   */
  protected override render(): unknown {
    if (!this.locale.failed) return this.renderView();
    return html`<div part="base" dir="ltr" data-theme=${this.resolvedTheme}>
      <p class="kc-config-error" role="alert">
        This content could not be loaded. Please check your connection and reload the page.
      </p>
    </div>`;
  }

  /** The widget's own view, in its language (its text has loaded). */
  protected abstract renderView(): unknown;

  /**
   * What has to arrive before the next render: the text in the widget's language (so no English flashes first) and
   * the lazy parts that render needs. Subclasses add theirs (`PartController.loadIfNeverAsked()`).
   */
  protected loadsBeforeRender(): (Promise<unknown> | undefined)[] {
    this.locale.sync();
    return [this.locale.loading];
  }

  /**
   * Waits for what the render needs ({@link loadsBeforeRender}), then updates. What arrived can call for more (a
   * remembered choice needing the reader of custom patterns), so it asks again until nothing more is loading.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loads = this.loadsBeforeRender().filter((load) => load !== undefined);
    if (!loads.length) return super.scheduleUpdate();
    return Promise.allSettled(loads).then(() => this.scheduleUpdate());
  }
}
