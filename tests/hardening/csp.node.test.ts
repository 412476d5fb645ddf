// Every element, from its own dist/cdn entry and all together from all.js, on a page served with the strictest
// policy we promise: it renders, works by mouse and keyboard (the table's interactions), and the page sees no
// securitypolicyviolation, no console error or warning, no uncaught exception.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickWorks, discovered, keyboardWorks, markup, open, page, ready, startHarness, type Harness } from './harness.js';

const widgets = discovered();
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  for (const [tag] of widgets) h.pages[`/${tag}.html`] = page([`/cdn/${tag}.js`], markup(tag));
  h.pages['/all.html'] = page(['/cdn/all.js'], widgets.map(([tag]) => markup(tag)).join('\n'));
});

afterAll(() => h?.close());

describe('under a strict CSP with Trusted Types', () => {
  it.each(widgets)('<%s> from its own entry renders and works, with no violation, error or warning', async (tag, spec) => {
    const { tab, console, errors, violations } = await open(h, `/${tag}.html`);
    const el = await ready(tab, tag, spec);
    if (spec.works) expect(await el.evaluate(spec.works)).toBe(true);
    if (spec.click) await clickWorks(tab, el, spec);
    if (spec.keyboard) {
      await tab.reload();
      await keyboardWorks(tab, await ready(tab, tag, spec), spec);
    }
    if (!spec.click && !spec.keyboard)
      expect(spec.passive, `<${tag}> has no interaction in the table: say why in "passive"`).toBeTruthy();
    // Let anything loaded after the first paint arrive before counting.
    await tab.waitForTimeout(300);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(console.filter((m) => m.type === 'error' || m.type === 'warning')).toEqual([]);
    await tab.close();
  });

  it('every element together from all.js renders and works', async () => {
    const { tab, console, errors, violations } = await open(h, '/all.html');
    for (const [tag, spec] of widgets) {
      const el = await ready(tab, tag, spec);
      if (spec.works) expect(await el.evaluate(spec.works), tag).toBe(true);
      if (spec.click) await clickWorks(tab, el, spec);
    }
    await tab.waitForTimeout(300);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(console.filter((m) => m.type === 'error' || m.type === 'warning')).toEqual([]);
    await tab.close();
  });
});
