// The first module of every `dist/cdn/hydrate/` entry (vite.config.ts): Lit's hydration support, set up before Lit's
// LitElement runs (which then applies it to itself), plus a way out when a widget's first view in this browser is
// not the one it was prerendered with.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { render } from 'lit-html';
import type { LitElement } from 'lit';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;
/** What the fallback uses of a widget; `render` is protected in Lit's types. */
type Rendering = LitElement & { renderOptions: { renderBefore?: ChildNode | null } } & { render(): unknown };

const hooks = globalThis as { litElementHydrateSupport?: HydrateSupport };
const applySupport = hooks.litElementHydrateSupport;

hooks.litElementHydrateSupport = ({ LitElement }) => {
  applySupport?.({ LitElement });
  const hydrateOrRender = LitElement.prototype['update'];
  /**
   * A widget whose first view here differs from the prerendered one (an eligibility check resuming a draft kept in
   * sessionStorage at a later step) cannot adopt that DOM: Lit's hydration throws. Then the prerendered view goes
   * (its inline styles stay: they style the widget) and the widget renders its own view instead.
   */
  LitElement.prototype['update'] = function (this: Rendering, changed: Map<PropertyKey, unknown>) {
    if (this.hasUpdated) return hydrateOrRender.call(this, changed);
    try {
      hydrateOrRender.call(this, changed);
    } catch (error) {
      if (!String((error as Error | undefined)?.message).startsWith('Hydration')) throw error;
      const root = this.renderRoot as ShadowRoot & { _$litPart$?: unknown };
      delete root._$litPart$;
      for (const node of [...root.childNodes]) if (node.nodeName !== 'STYLE') node.remove();
      this.renderOptions.renderBefore = null;
      render(this.render(), root, this.renderOptions);
    }
  };
};
