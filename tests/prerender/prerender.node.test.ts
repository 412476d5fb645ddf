// Prerendered snippets (`npx ketamine-clinic-elements prerender`): the widgets' first view is in the HTML, paints with
// no script, and the hydrating CDN entry adopts it (same nodes, then interactive), under the strict CSP plus the
// style hashes the command prints; in Spanish and the dark theme from <kc-clinic>; with a draft in sessionStorage.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prerender } from '../../bin/prerender.mjs';
import { STRICT_CSP, open, root, startHarness, type Harness } from '../hardening/harness.js';
import { WIDGETS } from '../hardening/widgets.mjs';

const WIDGET_TAGS = ['kc-explainer', 'kc-breathwork-timer', 'kc-eligibility-check'] as const;
const snippet = (clinic: string) => `<kc-clinic name="Calm Harbor" phone="+1 555 010 2000"${clinic}>
  <kc-explainer id="kc-explainer" layout="tabs" sections="gap dmn window"></kc-explainer>
  <kc-breathwork-timer id="kc-breathwork-timer" pattern="box"></kc-breathwork-timer>
  <kc-eligibility-check id="kc-eligibility-check"></kc-eligibility-check>
</kc-clinic>`;
const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title>${head}</head><body><main><h1>Calm Harbor</h1><p>Text above.</p>${body}<p>Text below.</p></main></body></html>`;

let h: Harness;
const rendered: Record<string, Awaited<ReturnType<typeof prerender>>> = {};

beforeAll(async () => {
  rendered.en = await prerender(snippet(''), { cdn: '/cdn/' });
  rendered.es = await prerender(snippet(' lang="es" theme="dark"'), { cdn: '/cdn/' });
  for (const tag of WIDGET_TAGS) rendered[tag] = await prerender(`<${tag} id="${tag}"></${tag}>`, { cdn: '/cdn/' });
  const hashes = [...new Set(Object.values(rendered).flatMap((r) => r.cspStyleSources))].join(' ');
  h = await startHarness({
    headers: { 'Content-Security-Policy': STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${hashes}`) },
  });
  for (const [name, result] of Object.entries(rendered)) h.pages[`/${name}.html`] = page(result.head, result.body);
}, 60_000);

afterAll(() => h?.close());

/** Each widget's prerendered nodes, remembered when parsing ends (before any module runs). */
function rememberNodesAtParse() {
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const nodes: Record<string, Element[]> = {};
    for (const el of document.querySelectorAll('main *')) {
      // Not the explainer's sources and diagrams, which fill in (hidden) once their part has loaded, by design.
      if (el.localName.startsWith('kc-') && el.shadowRoot)
        nodes[el.localName] = [...el.shadowRoot.querySelectorAll('*')].filter((node) => !node.closest('[part=sources], .fig'));
    }
    (window as unknown as { prerendered: typeof nodes }).prerendered = nodes;
  });
}

/** Waits until every widget is defined and rendered, then says which prerendered nodes each lost or gained. */
async function hydrated(tab: Page) {
  await tab.waitForFunction(
    (tags) =>
      tags.every(
        (tag) => customElements.get(tag) && (document.querySelector(tag) as unknown as { hasUpdated: boolean }).hasUpdated,
      ),
    ['kc-clinic', ...WIDGET_TAGS],
  );
  return tab.evaluate(async (tags) => {
    const { prerendered } = window as unknown as { prerendered: Record<string, Element[]> };
    const changes: Record<string, { before: number; removed: number; sameBase: boolean }> = {};
    for (const tag of tags) {
      const el = document.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      const before = prerendered[tag] ?? [];
      changes[tag] = {
        before: before.length,
        removed: before.filter((node) => !node.isConnected).length,
        // A render from scratch would put a second view before the prerendered one.
        sameBase: el.shadowRoot!.querySelector('[part~=base]') === before.find((node) => node.matches('[part~=base]')),
      };
    }
    return changes;
  }, WIDGET_TAGS);
}

describe('prerendered snippets', () => {
  it('puts each widget’s first view in the HTML source, with the clinic’s language and theme', () => {
    const en = rendered.en!.body;
    expect(en).toMatch(/<kc-explainer[^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
    expect(en).toContain('The treatment gap');
    expect(en).toContain('How old are you');
    // The clinic's name and phone reach the widgets inside (context, resolved while rendering).
    expect(en).toContain('+1 555 010 2000');
    const es = rendered.es!.body;
    expect(es).toContain('La brecha en el tratamiento');
    expect(es).not.toContain('The treatment gap');
    expect(es.match(/data-theme="dark"/g)?.length).toBeGreaterThanOrEqual(4);
    expect(rendered.en!.head).toMatch(/<script type="module" src="\/cdn\/hydrate\/all\.js"><\/script>$/);
    expect(rendered.es!.head).toMatch(/rel="modulepreload" href="\/cdn\/hydrate\/chunks\/es-/);
    // Every inline <style> has its hash printed.
    expect(rendered.en!.cspStyleSources.length).toBe(new Set(en.match(/<style>[\s\S]*?<\/style>/g)).size);
  });

  it('paints the widgets with no script, styled under the strict CSP plus the printed hashes', async () => {
    const context = await h.browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    const violations: string[] = [];
    tab.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && violations.push(m.text()));
    await tab.goto(`${h.server.url}/es.html`);
    const painted = await tab.evaluate(() => {
      const shadow = (tag: string) => document.querySelector(tag)!.shadowRoot!;
      const heading = shadow('kc-explainer').querySelector('[role=tab]')!;
      const base = shadow('kc-explainer').querySelector('[part~=base]')!;
      return {
        text: heading.textContent!.trim(),
        height: heading.getBoundingClientRect().height,
        // The dark theme's surface: the widget's own stylesheet applied (a blocked <style> leaves it transparent).
        background: getComputedStyle(base).backgroundColor,
        age: !!shadow('kc-eligibility-check').querySelector('input[name=age]'),
        start: shadow('kc-breathwork-timer').querySelector('[part~=toggle]')!.textContent!.trim(),
      };
    });
    expect(painted.text).toBe('La brecha');
    expect(painted.height).toBeGreaterThan(0);
    expect(painted.background).toBe('rgb(21, 25, 30)');
    expect(painted.age).toBe(true);
    expect(painted.start).toMatch(/Empezar|Comenzar|Iniciar/);
    expect(violations).toEqual([]);
    await context.close();
  });

  it.each(['en', 'es'])('hydrates every widget keeping the prerendered nodes, then each works by mouse (%s)', async (name) => {
    const { tab, console, errors, violations } = await open(h, `/${name}.html`, rememberNodesAtParse);
    const changes = await hydrated(tab);
    for (const tag of WIDGET_TAGS) {
      expect(changes[tag]!.before, tag).toBeGreaterThan(5);
      expect(changes[tag]!.removed, `${tag}: prerendered nodes replaced`).toBe(0);
      expect(changes[tag]!.sameBase, `${tag}: rendered again beside the prerendered view`).toBe(true);
    }
    for (const tag of WIDGET_TAGS) {
      const el = (await tab.locator(tag).elementHandle())!;
      const click = await el.evaluate(WIDGETS[tag]!.click!);
      await tab.locator(tag).locator(click.target).first().click();
      await tab.waitForFunction(([t, s]) => !!document.querySelector(t!)!.shadowRoot!.querySelector(s!), [tag, click.expect]);
    }
    await tab.waitForTimeout(200);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(console.filter((m) => m.type === 'error' || m.type === 'warning')).toEqual([]);
    await tab.close();
  });

  it.each(WIDGET_TAGS)('%s alone hydrates from its own entry, keeping its prerendered view', async (tag) => {
    const { tab, errors, violations, requests } = await open(h, `/${tag}.html`, rememberNodesAtParse);
    await tab.waitForFunction(
      (t) => customElements.get(t) && (document.querySelector(t) as unknown as { hasUpdated: boolean }).hasUpdated,
      tag,
    );
    const same = await tab.evaluate(async (t) => {
      const el = document.querySelector(t) as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      const before = (window as unknown as { prerendered: Record<string, Element[]> }).prerendered[t]!;
      return el.shadowRoot!.querySelector('[part~=base]') === before.find((node) => node.matches('[part~=base]'));
    }, tag);
    expect(same).toBe(true);
    expect(requests.some((url) => url.endsWith(`/cdn/hydrate/${tag}.js`))).toBe(true);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('resumes a draft kept in sessionStorage after hydrating', async () => {
    const { tab, errors } = await open(h, '/en.html', () => {
      (window as unknown as { prerendered: object }).prerendered = {};
      sessionStorage.setItem(
        `kc-eligibility-check:${location.pathname}#kc-eligibility-check`,
        JSON.stringify({ answers: { age: 40, pregnant: false }, step: 'anxiety', crisis: false }),
      );
    });
    await hydrated(tab);
    await tab.waitForFunction(() =>
      document.querySelector('kc-eligibility-check')!.shadowRoot!.textContent!.includes('Feeling nervous, anxious, or on edge'),
    );
    expect(await tab.evaluate(() => (document.querySelector('kc-eligibility-check') as unknown as { step: string }).step)).toBe(
      'anxiety',
    );
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('examples/html/index.html holds what the command renders from its clinic.snippet.html with this build', async () => {
    const dir = join(root, 'examples/html');
    const source = readFileSync(join(dir, 'clinic.snippet.html'), 'utf8').replace(/^<!--[\s\S]*?-->\s*/, '');
    const fresh = await prerender(source, { cdn: '../../dist/cdn/' });
    const example = readFileSync(join(dir, 'index.html'), 'utf8');
    const stale = 'stale: a widget’s first view changed since it was prerendered; run `npm run examples:prerender`';
    expect(example.includes(fresh.body.trim()), stale).toBe(true);
    expect(example.includes(fresh.head), stale).toBe(true);
  });

  it('is a command: a tag and its attributes in, the paste out, the CSP additions on standard error', () => {
    const out = execFileSync(
      process.execPath,
      [
        join(root, 'bin/ketamine-clinic-elements.mjs'),
        'prerender',
        'kc-explainer',
        'lang=es',
        'sections=gap dmn',
        '--cdn=https://cdn.example/kc/',
      ],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(out).toContain('<script type="module" src="https://cdn.example/kc/hydrate/kc-explainer.js"></script>');
    expect(out).toMatch(
      /<kc-explainer\s+lang="es" sections="gap dmn"><template shadowrootmode="open"|<kc-explainer\s+lang="es" sections="gap dmn"><template shadowroot="open"/,
    );
    expect(out).toContain('La brecha en el tratamiento');
    const piped = execFileSync(process.execPath, [join(root, 'bin/ketamine-clinic-elements.mjs'), 'prerender', '-'], {
      cwd: root,
      encoding: 'utf8',
      input: '<kc-clinic lang="es"><kc-explainer></kc-explainer></kc-clinic>',
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    expect(piped).toContain('La brecha en el tratamiento');
  });
});
