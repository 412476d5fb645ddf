import { ContextConsumer } from '@lit/context';
import type { ReactiveElement } from 'lit';
import { clinicContext } from './clinic-context.js';
import {
  mergeClinicSettings,
  parseClinicAttributes,
  type ClinicAttributes,
  type ClinicSettings,
} from './clinic-settings.js';
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

  constructor(
    host: ReactiveElement,
    private readonly readOwn: () => ClinicAttributes,
  ) {
    this.consumer = new ContextConsumer(host, { context: clinicContext, subscribe: true });
  }

  /** Recomputes the settings from the context and the widget's attributes. */
  sync(): void {
    const { settings, errors } = parseClinicAttributes(this.readOwn());
    this.settings = mergeClinicSettings(settings, this.consumer.value);
    this.errors = errors;
  }
}
