import { ContextConsumer } from '@lit/context';
import type { ReactiveElement } from 'lit';
import { clinicContext } from './clinic-context.js';
import { mergeClinicSettings, parseClinicAttributes, type ClinicAttributes, type ClinicSettings } from './clinic-settings.js';
import type { ConfigError } from './config-errors.js';

/**
 * Gives a widget its effective clinic settings: the ones `<kc-clinic>`
 * provides, overridden by the widget's own valid attributes. Works without a
 * `<kc-clinic>` too (then only the widget's own attributes count).
 * `KcElement` calls `sync()` in `willUpdate`, which also runs in server rendering.
 */
export class ClinicController {
  /** The merged, validated settings for this render. */
  settings: ClinicSettings = {};
  /** The widget's own attributes that were invalid (and so ignored). */
  errors: readonly ConfigError[] = [];
  private readonly consumer: ContextConsumer<typeof clinicContext, ReactiveElement>;
  private own?: ClinicAttributes;
  private inherited?: ClinicSettings;

  constructor(
    host: ReactiveElement,
    private readonly readOwn: () => ClinicAttributes,
  ) {
    this.consumer = new ContextConsumer(host, { context: clinicContext, subscribe: true });
  }

  /**
   * Recomputes the settings when the context or one of the widget's own attributes changed; otherwise keeps
   * the same object, so a `<kc-clinic>` passes it on without notifying the widgets inside.
   */
  sync(): void {
    const own = this.readOwn();
    const inherited = this.consumer.value;
    const last = this.own;
    if (last && inherited === this.inherited && (Object.keys(own) as (keyof ClinicAttributes)[]).every((k) => own[k] === last[k]))
      return;
    const { settings, errors } = parseClinicAttributes(own);
    this.own = own;
    this.inherited = inherited;
    this.settings = mergeClinicSettings(settings, inherited);
    this.errors = errors;
  }
}
