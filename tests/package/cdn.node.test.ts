import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { components } from '../../scripts/components.mjs';
import { clickWorks, open, ready, startHarness, type Harness } from '../hardening/harness.js';
import { markup, specsFor } from '../hardening/widgets.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cdn = join(root, 'dist/cdn');

function page(title: string, body: string, scripts: string[] = ['/cdn/all.js']): string {
  return `<!doctype html><html lang="en"><title>${title}</title>${scripts
    .map((src) => `<script type="module" src="${src}"></script>`)
    .join('')}${body}`;
}

const widgets = specsFor(components(root).map((c) => c.tag));
const entries = ['all.js', ...widgets.map(([tag]) => `${tag}.js`)];

/** Pages served beside the bundle. `/copy/` serves the same files again, as a second copy of the library. */
const pages: Record<string, string> = {
  '/all.html': page('CDN', `<kc-clinic name="Calm Harbor" phone="+1 555 010 2000"><p>inside</p></kc-clinic>`),
  // Every entry pasted twice (e.g. kc-explainer.js in one CMS block, all.js in another), then a second copy of each.
  '/twice.html': page(
    'Twice',
    `<kc-clinic name="Calm Harbor"></kc-clinic>${widgets.map(([tag]) => markup(tag)).join('')}`,
    [...entries, ...entries, ...entries].map((file, i) => (i < entries.length * 2 ? `/cdn/${file}` : `/copy/${file}`)),
  ),
  '/invalid.html': page('Invalid', `<kc-clinic endpoint="http://evil.example/collect"></kc-clinic>`),
};

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ mounts: { '/copy/': cdn } });
  Object.assign(h.pages, pages);
});

afterAll(() => h?.close());

/** Opens a page with everything recorded, once `<kc-clinic>` has rendered. */
async function openPage(path: string) {
  const opened = await open(h, path);
  await opened.tab.waitForFunction(() => customElements.get('kc-clinic') !== undefined);
  await opened.tab.evaluate(
    () => (document.querySelector('kc-clinic') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
  );
  return { ...opened, messages: opened.console, violations: await opened.violations() };
}

describe('dist/cdn under a strict Content-Security-Policy', () => {
  it('has an entry per element folder, plus all.js', async () => {
    for (const file of ['all.js', ...components(root).map((c) => `${c.tag}.js`)]) {
      await expect(readFile(join(cdn, file)), file).resolves.toBeDefined();
    }
  });

  it('loads all.js, registers every element, with no console errors or CSP violations', async () => {
    const { tab, messages, errors, violations, requests } = await openPage('/all.html');
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    expect(messages.filter((m) => m.type === 'error' || m.type === 'warning')).toEqual([]);
    const defined = await tab.evaluate(
      (tags) => tags.map((t) => !!customElements.get(t)),
      components(root).map((c) => c.tag),
    );
    expect(defined.every(Boolean)).toBe(true);
    expect(requests.every((url) => url.startsWith(h.server.url))).toBe(true);
    // Lit runs in production mode in the CDN bundle.
    expect(messages.some((m) => m.text.includes('dev mode'))).toBe(false);
    await tab.close();
  });

  it('survives every entry pasted twice and a second copy of each: a warning, never an exception, every widget works', async () => {
    const { tab, messages, errors, violations } = await openPage('/twice.html');
    for (const [tag, spec] of widgets) {
      const el = await ready(tab, tag, spec);
      if (spec.click) await clickWorks(tab, el, spec);
    }
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    // The second copy skips each tag, saying so.
    for (const [tag] of widgets)
      expect(
        messages.some((m) => m.type === 'warning' && m.text.includes(`<${tag}> is already registered`)),
        tag,
      ).toBe(true);
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    await tab.close();
  });

  it('shows an invalid setting on the page and logs it, without breaking the page', async () => {
    const { tab, messages, errors } = await openPage('/invalid.html');
    expect(errors).toEqual([]);
    expect(messages.some((m) => m.type === 'error' && m.text.includes('endpoint'))).toBe(true);
    const notice = await tab.evaluate(
      () => document.querySelector('kc-clinic')!.shadowRoot!.querySelector('[part=config-error]')?.textContent ?? '',
    );
    expect(notice).toContain('endpoint');
    await tab.close();
  });
});
