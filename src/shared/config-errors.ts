import { html, nothing, type TemplateResult } from 'lit';

/**
 * A setting a clinic developer got wrong: which attribute (or property, or
 * JSON path) and what was wrong with it, in words a developer can act on.
 */
export interface ConfigError {
  /** The attribute, property or rule path at fault, e.g. `endpoint` or `rules.health.lamotrigine`. */
  readonly attribute: string;
  /**
   * What was wrong and what is expected instead. It is shown and logged with
   * `console.error`, so it may quote a clinic's setting but never a patient's
   * answer: say which answer is wrong and what is expected, not what was given.
   */
  readonly message: string;
}

/**
 * Collects an element's configuration errors when it renders (so errors an
 * element computes in its own `willUpdate` are current), logs each new one once
 * with `console.error` (naming the element and attribute), and renders them as
 * a visible notice. The rest of the element keeps working.
 */
export class ConfigErrorController {
  errors: readonly ConfigError[] = [];
  private readonly logged = new Set<string>();

  constructor(
    private readonly host: HTMLElement,
    private readonly collect: () => readonly ConfigError[],
  ) {}

  sync(): void {
    this.errors = this.collect();
    for (const error of this.errors) {
      const key = `${error.attribute}\u0000${error.message}`;
      if (this.logged.has(key)) continue;
      this.logged.add(key);
      console.error(`<${this.host.localName}> ${error.attribute}: ${error.message}`);
    }
  }

  /** Collects the current errors, and returns the visible notice, or nothing when every setting is valid. */
  render(heading: string): TemplateResult | typeof nothing {
    this.sync();
    if (this.errors.length === 0) return nothing;
    return html`<div part="config-error" class="kc-config-error" role="alert">
      <p class="kc-config-error__heading">${heading}</p>
      <ul>
        ${this.errors.map((e) => html`<li><code>${e.attribute}</code>: ${e.message}</li>`)}
      </ul>
    </div>`;
  }
}
