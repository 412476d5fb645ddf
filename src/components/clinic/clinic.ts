import { ContextProvider } from '@lit/context';
import { css, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { clinicContext } from '../../shared/clinic-context.js';
import type { ClinicAttributes, ClinicSettings } from '../../shared/clinic-settings.js';
import { KcElement } from '../../shared/kc-element.js';
import { LocaleController, LocaleTable } from '../../shared/locale/locale-controller.js';
import { reflectedText } from '../../shared/text-setting.js';
import en, { type ClinicStrings } from './locales/en.js';

const locales = new LocaleTable<ClinicStrings>(
  'kc-clinic',
  en,
  import.meta.glob<{ default: ClinicStrings }>(['./locales/*.ts', '!./locales/en.ts']),
);

/**
 * Shares one clinic's settings with every widget inside it, so a page sets the
 * clinic's name, phone, service area, endpoint, language and theme once.
 * A widget's own attribute of the same name wins; every widget also works alone.
 * A `<kc-clinic>` inside another inherits the outer one's settings and overrides
 * what it sets itself.
 *
 * Invalid values (a URL that is not `https:`, an unknown theme, a malformed
 * region code) are refused: they are listed in a visible notice and logged with
 * `console.error`, and the other settings still apply.
 *
 * @summary One clinic's settings, shared with every widget inside it.
 * @tagname kc-clinic
 *
 * @slot - The clinic's widgets and any other page content.
 * @csspart base - The wrapper around the notice and the slot.
 * @csspart config-error - The notice that lists invalid attributes.
 */
export class KcClinic extends KcElement<ClinicStrings> {
  static override styles = [
    ...KcElement.styles,
    css`
      :host {
        display: contents;
      }
      [part~='base'] {
        display: contents;
        background: transparent;
        color: inherit;
      }
    `,
  ];

  /** The clinic's name, used in consent text and contact lines. */
  @property() name?: string;

  /** The clinic's phone number, shown wherever a patient may want to call. */
  @property() phone?: string;

  /** Where patients book a consultation. Only `https:` (or `http://localhost`). */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;

  /** Where the eligibility hand-off is sent. Only `https:` (or `http://localhost`). */
  @property() endpoint?: string;

  /** The ISO 3166-2 regions the clinic serves, separated by spaces, e.g. `US-CA US-NY`. Empty serves everywhere. */
  @property() regions?: string;

  /**
   * The language of every widget inside (a BCP 47 tag such as `en` or `es`). Set from script to anything but text
   * (a list, an object), it is named in the config notice and the page's language is used.
   */
  @property({ reflect: true, converter: reflectedText }) override lang!: string;

  protected readonly locale = new LocaleController(this, locales);
  private readonly provider = new ContextProvider(this, { context: clinicContext });

  /** The validated settings this clinic shares (its parent clinic's, overridden by its own). */
  get settings(): ClinicSettings {
    return this.clinic.settings;
  }

  protected override clinicAttributes(): ClinicAttributes {
    return {
      name: this.name,
      phone: this.phone,
      bookingUrl: this.bookingUrl,
      endpoint: this.endpoint,
      regions: this.regions,
      lang: this.lang,
      theme: this.theme,
    };
  }

  protected override update(changed: PropertyValues): void {
    // The same object while nothing changed (ClinicController keeps it), so the widgets inside hear only real changes.
    this.provider.setValue(this.clinic.settings);
    super.update(changed);
  }

  protected override renderView() {
    // Only the notice takes the direction of its language: the slotted page content keeps the page's.
    const notice = this.config.render(this.strings.configErrorHeading);
    return html`<div part="base" data-theme=${this.resolvedTheme}>
      ${notice === nothing ? nothing : html`<div dir=${this.locale.dir}>${notice}</div>`}<slot></slot>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kc-clinic': KcClinic;
  }
}
