/**
 * Helpers for the hardening tests that run inside Chromium (Vitest browser mode, every element registered from
 * source by tests/setup/browser.ts): the element folders, creating widgets, waiting for them, and looking
 * through every shadow root for what should never be there.
 */
import { expect, vi } from 'vitest';
import { manifestTags } from './manifest.js';
import { specsFor, widgetSpec, type Widget, type WidgetSpec } from './widgets.mjs';

/** The tags of the element folders (`src/components/<name>/define.ts`), as scripts/components.mjs lists them. */
export const TAGS = Object.keys(import.meta.glob('../../src/components/*/define.ts'))
  .map((path) => `kc-${/components\/([^/]+)\/define\.ts$/.exec(path)![1]}`)
  .sort();

/** Every element folder with its table entry (throws for a folder without one, or a manifest out of date). */
export function widgets(): [string, WidgetSpec][] {
  expect(manifestTags().sort(), 'custom-elements.json lists the element folders (run `npm run analyze`)').toEqual(TAGS);
  return specsFor(TAGS);
}

/** Script and markup that must only ever show as text. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  "'><svg onload=window.__pwned=1>",
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '${window.__pwned=1}{{constructor.constructor("window.__pwned=1")()}}',
];

/** A fresh container in the page for one test's widgets. */
export function container(): HTMLElement {
  const div = document.createElement('div');
  div.className = 'hardening';
  document.body.append(div);
  return div;
}

/** Creates `tag` with the table's attributes, then `attributes` and `properties`, inside `parent`. */
export function create(
  parent: Element,
  tag: string,
  attributes: Record<string, string> = {},
  properties: Record<string, unknown> = {},
  defaults = true,
): Widget {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries({ ...(defaults ? widgetSpec(tag).attributes : {}), ...attributes }))
    el.setAttribute(name, value);
  Object.assign(el, properties);
  parent.append(el);
  return el;
}

/**
 * Waits until the table says the widget is ready (lazy parts and languages included), or refuses to work because of
 * a setting it cannot do without, saying so (`refused`).
 */
export async function whenReady(el: Widget, timeout = 5000): Promise<void> {
  const spec = widgetSpec(el.localName);
  await vi.waitFor(
    async () => {
      await el.updateComplete;
      if (!spec.ready(el) && !spec.refused?.(el))
        throw new Error(`<${el.localName}> is not ready: ${el.shadowRoot?.textContent?.slice(0, 200)}`);
    },
    { timeout, interval: 20 },
  );
  await el.updateComplete;
}

/** Every element under `root`, through every open shadow root. */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** What an injected payload would have left behind: elements that run script or load things, handlers, script URLs. */
export function injected(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of deepElements(root)) {
    if (/^(script|img|iframe|object|embed|image|frame|frameset|base|meta|link)$/i.test(el.localName))
      found.push(`<${el.localName}>`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}>`);
      if (
        /^(href|src|action|formaction|xlink:href|srcdoc|data)$/i.test(attr.name) &&
        /^\s*(javascript|data|vbscript):/i.test(attr.value)
      )
        found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
    }
  }
  return found;
}

/** Records uncaught errors and unhandled rejections until `stop()`. */
export function catchErrors(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.error ?? e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Lets a few frames and tasks pass, so an injected handler would have had its chance to run. */
export async function aFewFrames(n = 3): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
}

/** The text of the notice listing invalid settings, or '' when there is none. */
export const configErrorText = (el: Widget) => el.shadowRoot.querySelector('[part=config-error]')?.textContent ?? '';
