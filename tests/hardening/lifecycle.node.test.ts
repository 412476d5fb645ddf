// Removing a widget mid-session (the timer running with sound and a wake lock, the explainer mid-interaction,
// the eligibility check with a hand-off in flight: each as the table says) leaves nothing running: no timer,
// interval, animation frame, window/document listener, observer, wake lock, running AudioContext or request.
// Putting the same element back works again, and removing it again is as clean.
import type { ElementHandle, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discovered, inWidget, open, page, ready, startHarness, type Harness } from './harness.js';
import { installProbe, type ProbeCounts } from './probe.js';
import type { Widget, WidgetSpec } from './widgets.mjs';

const widgets = discovered();
let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    // A hand-off endpoint that never answers, so a submission stays in flight.
    routes: { '/endpoint': () => {} },
  });
  for (const [tag] of widgets) h.pages[`/${tag}.html`] = page([`/cdn/${tag}.js`], '<div id="host"></div>');
});

afterAll(() => h?.close());

const counts = (tab: Page) => tab.evaluate(() => (window as unknown as { __probe(): ProbeCounts }).__probe());

/** Creates the widget with DOM calls (Trusted Types forbid HTML strings) and puts it in #host. */
function insert(tab: Page, tag: string, attributes: Record<string, string>): Promise<ElementHandle<Widget>> {
  return tab
    .evaluateHandle(
      ([tag, attributes]) => {
        const el = document.createElement(tag as string);
        for (const [name, value] of Object.entries(attributes as Record<string, string>)) el.setAttribute(name, value);
        document.querySelector('#host')!.append(el);
        return el;
      },
      [tag, attributes] as const,
    )
    .then((handle) => handle as ElementHandle<Widget>);
}

/** Starts the table's session with a real click and waits until it is under way. */
async function startSession(tab: Page, el: ElementHandle<Widget>, spec: WidgetSpec) {
  const session = spec.session!;
  if (session.prepare) await el.evaluate(session.prepare);
  await (await inWidget(tab, el, session.click)).click();
  await tab.waitForFunction(session.active, el, { timeout: 5000 });
}

/** Removes the widget, lets pending work run out (up to 3 s on a busy machine), and returns what is still alive. */
async function removeAndSettle(tab: Page, el: ElementHandle<Widget>, before: ProbeCounts): Promise<ProbeCounts> {
  await el.evaluate((el) => el.remove());
  let now = await counts(tab);
  for (let i = 0; i < 15 && JSON.stringify(now) !== JSON.stringify(before); i++) {
    await tab.waitForTimeout(200);
    now = await counts(tab);
  }
  return now;
}

describe('removing a widget mid-session', () => {
  it.each(widgets)('<%s> lets go of everything, and works again when put back', async (tag, spec) => {
    const { tab, errors } = await open(h, `/${tag}.html`, installProbe);
    await tab.waitForFunction((t) => !!customElements.get(t), tag);
    await tab.waitForTimeout(200);
    const before = await counts(tab);
    const attributes = { ...spec.attributes, ...spec.session?.attributes };
    for (const [name, value] of Object.entries(attributes))
      attributes[name] = value.replace('{endpoint}', `${h.server.url}/endpoint`);
    const el = await insert(tab, tag, attributes);

    for (const round of [1, 2]) {
      await ready(tab, tag, spec);
      if (spec.session) {
        await startSession(tab, el, spec);
        const during = await counts(tab);
        // The probe sees what the session holds (else this test would prove nothing).
        for (const kind of spec.session.holds)
          expect(during[kind], `round ${round}: ${kind} while the session runs`).toBeGreaterThan(before[kind]);
      } else if (spec.works) {
        expect(await el.evaluate(spec.works)).toBe(true);
      }
      const after = await removeAndSettle(tab, el, before);
      expect(after, `round ${round}: still alive after removal`).toEqual(before);
      // Put the same element back.
      if (round === 1) await el.evaluate((el) => document.querySelector('#host')!.append(el));
    }
    expect(errors).toEqual([]);
    await tab.close();
  });
});
