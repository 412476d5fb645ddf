// What the timer's element tests share: a timer on a manual clock, with its events recorded.
import { fixture } from '@open-wc/testing-helpers';
import type { TemplateResult } from 'lit';
import type { KcBreathworkTimer } from '../../../src/components/breathwork-timer/breathwork-timer.js';
import { manualClock } from '../../../src/components/breathwork-timer/clock.js';

/** The manual clock starts at 10 s, so session time is `clock.time - START`. */
export const START = 10_000;

/** A timer on a manual clock (time starts at 10 s, so session time is `clock.time - START`). */
export async function timer(template: TemplateResult) {
  const el = await fixture<KcBreathworkTimer>(template);
  const clock = manualClock(START);
  el.clock = clock;
  await el.updateComplete;
  const root = el.shadowRoot!;
  const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E>(selector);
  const text = (selector: string) => $(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const events: { type: string; at: number; detail: Record<string, unknown> }[] = [];
  for (const type of ['start', 'phase', 'pause', 'resume', 'complete', 'stop', 'reflection'])
    el.addEventListener(`kc-breath-${type}`, (e) =>
      events.push({ type, at: clock.time - START, detail: (e as CustomEvent<Record<string, unknown>>).detail }),
    );
  const phases = () => events.filter((e) => e.type === 'phase');
  /** Advances the manual clock and lets Lit render what changed. */
  const advance = async (ms: number) => {
    clock.advance(ms);
    await el.updateComplete;
  };
  return { el, clock, root, $, text, events, phases, advance };
}

/** The Start / Pause / Resume button (and "Back to start" in the completion view). */
export const toggle = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('[part~=toggle]')!;
