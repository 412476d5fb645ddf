// Prerendering for paste-in snippets: each widget's first view rendered into declarative shadow DOM, so the page
// paints it with no script, and the hydrating CDN entries (dist/cdn/hydrate/) adopt it when the script arrives.
// Used by `npx ketamine-clinic-elements prerender` (bin/ketamine-clinic-elements.mjs); runs in Node only.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** Each element's reactive controllers, noted while prerendering (see `prerender`). */
const controllersOf = new WeakMap();

/** Where the README tells clinics to host `dist/cdn/`. */
export const DEFAULT_CDN = '/ketamine-clinic-elements/cdn/';

/** Attribute values are written back with double quotes: escape what would end or break them. */
const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * One tag from the command line: `kc-explainer lang=es layout=tabs` or `kc-explainer 'lang="es"'`. An argument
 * without `=` is a boolean attribute.
 * @param {string} tag
 * @param {string[]} attributes `name=value` or `name`
 */
export function snippetFromArguments(tag, attributes) {
  if (!/^kc-[a-z0-9-]+$/.test(tag)) throw new Error(`"${tag}" is not a kc- tag name (e.g. kc-explainer).`);
  const written = attributes.map((attribute) => {
    const at = attribute.indexOf('=');
    if (at < 0) return ` ${attribute}`;
    const name = attribute.slice(0, at);
    const value = attribute.slice(at + 1).replace(/^(["'])(.*)\1$/s, '$2');
    if (!/^[a-z][a-z0-9-]*$/i.test(name)) throw new Error(`"${name}" is not an attribute name.`);
    return ` ${name}="${escapeAttribute(value)}"`;
  });
  return `<${tag}${written.join('')}></${tag}>`;
}

/** The `kc-` tags a snippet uses, in order of first use. */
const tagsIn = (snippet) => [...new Set([...snippet.matchAll(/<(kc-[a-z0-9-]+)/gi)].map((m) => m[1].toLowerCase()))];

/** Every language a snippet asks for, plus the page's. */
const langsIn = (snippet, pageLang) => [
  ...new Set([pageLang, ...[...snippet.matchAll(/\slang\s*=\s*["']?([A-Za-z0-9-]+)/g)].map((m) => m[1])]),
];

/** The `'sha256-…'` source of each distinct `<style>` in the HTML, for a CSP's `style-src`. */
export function styleHashes(html) {
  const styles = new Set([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]));
  return [...styles].map((css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
}

/**
 * What the page fetches before the widgets are usable, from the hydrating build's manifest: the entry, the chunks it
 * imports, and each widget's text in the snippet's languages (loaded after the entry runs, so announced up front).
 */
function preloadsFor(tags, langs, manifestDir) {
  const manifest = JSON.parse(readFileSync(`${manifestDir}/.vite/manifest.json`, 'utf8'));
  const chunks = Object.values(manifest);
  const widgets = tags.filter((tag) => tag !== 'kc-clinic');
  const entryName = widgets.length === 1 ? `${widgets[0]}.js` : 'all.js';
  const entry = chunks.find((chunk) => chunk.isEntry && chunk.file === entryName);
  if (!entry) throw new Error(`${manifestDir} has no ${entryName}: run \`npm run build\`.`);
  const files = [];
  const visit = (chunk) => {
    for (const key of chunk.imports ?? []) {
      if (files.includes(manifest[key].file)) continue;
      files.push(manifest[key].file);
      visit(manifest[key]);
    }
  };
  visit(entry);
  for (const tag of widgets)
    for (const lang of langs) {
      const primary = lang.toLowerCase().split('-')[0];
      const text =
        manifest[`src/components/${tag.slice(3)}/locales/${lang.toLowerCase()}.ts`] ??
        manifest[`src/components/${tag.slice(3)}/locales/${primary}.ts`];
      if (text && !files.includes(text.file)) files.push(text.file);
    }
  return { entry: entry.file, files };
}

/**
 * Renders a snippet's widgets into declarative shadow DOM with `@lit-labs/ssr`, each with its clinic's settings
 * (the `<kc-clinic>` around it answers its request for them while rendering) and in its language.
 *
 * @param {string} snippet HTML: `<kc-clinic …>…</kc-clinic>`, or any widget tags
 * @param {{ lang?: string, cdn?: string, distDir?: string }} [options] `lang`: the page's `<html lang>` (default `en`);
 *   `cdn`: the URL `dist/cdn/` is served at (default `/ketamine-clinic-elements/cdn/`); `distDir`: the built `dist/`
 * @returns {Promise<{ html: string, body: string, head: string, cspStyleSources: string[], warnings: string[] }>}
 *   `html` is the paste: `head` (module preloads and the hydrating script) then `body` (the rendered widgets)
 */
export async function prerender(snippet, options = {}) {
  const lang = options.lang ?? 'en';
  const cdn = (options.cdn ?? DEFAULT_CDN).replace(/\/?$/, '/');
  const distDir = options.distDir ?? `${packageRoot}dist`;
  // The server renderer installs the DOM shim the elements need in Node: load it before them.
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { LitElementRenderer } = await import('@lit-labs/ssr/lib/lit-element-renderer.js');
  const { ReactiveElement } = await import('lit');
  const { ContextConsumer, ContextEvent, ContextProvider } = await import('@lit/context');
  const clinicContext = Symbol.for('ketamine-clinic-elements.clinic');
  const pageLang = lang;

  // Nothing connects an element while rendering on a server, so no context flows by itself: the renderer below
  // does the connecting part of it. It needs each element's controllers, which Lit keeps to itself: note them here.
  if (!ReactiveElement.prototype.addController.kcNotes) {
    const addController = ReactiveElement.prototype.addController;
    ReactiveElement.prototype.addController = function (controller) {
      if (!controllersOf.has(this)) controllersOf.set(this, []);
      controllersOf.get(this).push(controller);
      return addController.call(this, controller);
    };
    ReactiveElement.prototype.addController.kcNotes = true;
  }

  /**
   * Renders each element as if it were connected inside the page, as far as settings go: a widget asks the
   * `<kc-clinic>` around it for the clinic's settings (which that clinic shares once it has worked them out) and
   * speaks the clinic's language, or the page's, when it sets none itself.
   */
  class PrerenderRenderer extends LitElementRenderer {
    constructor(tagName) {
      super(tagName);
      // Lit's renderer attaches the shadow root only when it connects the element, which it does not by default;
      // without one, an event from an element slotted into a <kc-clinic> skips the clinic.
      if (!this.element.shadowRoot) this.element.attachShadow(this.element.constructor.shadowRootOptions);
    }

    connectedCallback() {
      const el = this.element;
      const controllers = controllersOf.get(el) ?? [];
      for (const controller of controllers) if (controller instanceof ContextConsumer) controller.hostConnected();
      let clinic;
      el.dispatchEvent(new ContextEvent(clinicContext, el, (settings) => (clinic = settings)));
      // A server-rendered element has no ancestors to inherit `lang` from: stand one in with the clinic's or the page's.
      const inherited = clinic?.lang ?? pageLang;
      if (!el.getAttribute('lang') && inherited)
        Object.defineProperty(el, 'parentNode', { value: { getAttribute: (name) => (name === 'lang' ? inherited : null) } });
      super.connectedCallback();
      for (const controller of controllers)
        if (controller instanceof ContextProvider && el.settings) controller.setValue(el.settings);
    }
  }
  const { preloadLocale } = await import(`${distDir}/index.js`);
  await import(`${distDir}/define.js`);
  const warnings = [];
  const tags = tagsIn(snippet);
  for (const tag of tags)
    if (!customElements.get(tag)) warnings.push(`<${tag}> is not one of the library's elements; it is left as written.`);
  for (const [tag] of snippet.matchAll(/<kc-explainer\b[^>]*>/gi))
    if (!/\slayout\s*=\s*["']?(tabs|accordion|stack)\b/i.test(tag))
      warnings.push(
        '<kc-explainer> has no layout: prerendered as an accordion, it becomes tabs where it is wide once the script runs (the page moves). Set layout="tabs", "accordion" or "stack".',
      );
  const langs = langsIn(snippet, lang);
  // A server cannot wait for text to load mid-render: load every language the snippet asks for first.
  for (const each of langs) await preloadLocale(each);
  const strings = Object.assign([snippet], { raw: [snippet] });
  const rendered = await collectResult(
    render({ ['_$litType$']: 1, strings, values: [] }, { elementRenderers: [PrerenderRenderer] }),
  );
  // The outer template is not hydrated (each widget hydrates its own shadow root): drop its markers.
  const body = rendered.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
  const known = tags.filter((tag) => customElements.get(tag));
  const { entry, files } = preloadsFor(known, langs, `${distDir}/cdn/hydrate`);
  const head = [
    ...files.map((file) => `<link rel="modulepreload" href="${cdn}hydrate/${file}">`),
    `<script type="module" src="${cdn}hydrate/${entry}"></script>`,
  ].join('\n');
  return { html: `${head}\n${body}\n`, head, body, cspStyleSources: styleHashes(body), warnings };
}
