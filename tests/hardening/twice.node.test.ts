// The npm build (dist/define.js, Lit resolved through an import map) and the CDN bundle on one page, in either
// order, and a mix (one element from the CDN, the rest from npm): the page works, each tag is registered once,
// the other copy says so in a console warning, and nothing throws. (Every CDN entry pasted twice is covered in
// tests/package/cdn.node.test.ts.) No CSP here: an import map is an inline script.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickWorks, discovered, markup, open, ready, root, startHarness, type Harness } from './harness.js';

const widgets = discovered();
const IMPORT_MAP = JSON.stringify({
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    '@lit/context': '/node_modules/@lit/context/index.js',
  },
});
const orders: Record<string, string[]> = {
  'npm first, then the CDN bundle': ['/dist/define.js', '/dist/cdn/all.js'],
  'the CDN bundle first, then npm': ['/dist/cdn/all.js', '/dist/define.js'],
  'one CDN entry, then npm for the rest': ['/dist/cdn/kc-explainer.js', '/dist/define.js'],
};

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ root, headers: {} });
  for (const [name, scripts] of Object.entries(orders))
    h.pages[`/${Object.keys(orders).indexOf(name)}.html`] =
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>npm and CDN</title>
<script type="importmap">${IMPORT_MAP}</script>${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}</head>
<body><a id="before" href="#before">before</a><kc-clinic theme="dark">${widgets.map(([tag]) => markup(tag)).join('')}</kc-clinic></body></html>`;
});

afterAll(() => h?.close());

describe('the npm build and the CDN bundle on one page', () => {
  it.each(Object.keys(orders))('%s: every widget works; a warning per tag, never an exception', async (name) => {
    const { tab, console, errors } = await open(h, `/${Object.keys(orders).indexOf(name)}.html`);
    for (const [tag, spec] of widgets) {
      const el = await ready(tab, tag, spec);
      if (spec.click) await clickWorks(tab, el, spec);
      // Settings cross copies: the clinic's theme reaches widgets registered by the other copy.
      expect(await el.evaluate((e) => e.shadowRoot.querySelector('[part~=base]')?.getAttribute('data-theme')), tag).toBe('dark');
    }
    // Both copies really ran (else there would be nothing to skip): each tag was skipped once, with a warning.
    const skipped = console.filter((m) => m.type === 'warning' && /is already registered by another copy/.test(m.text));
    expect(skipped.map((m) => /<([\w-]+)>/.exec(m.text)![1]).sort()).toEqual(
      name.startsWith('one') ? ['kc-clinic', 'kc-explainer'] : widgets.map(([tag]) => tag).sort(),
    );
    expect(errors).toEqual([]);
    expect(console.filter((m) => m.type === 'error')).toEqual([]);
    await tab.close();
  });
});
