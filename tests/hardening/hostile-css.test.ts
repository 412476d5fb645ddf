// A host page whose stylesheet fights the widgets: `* { all: unset }` (which reaches the custom element itself),
// a 40px root font size and `button { display: none }` on the light DOM. Every widget stays usable: its
// controls are visible, hit by a real click at their centre, reachable with Tab and operable with its key.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { container, create, whenReady, widgets } from './in-browser.js';
import type { Widget } from './widgets.mjs';

const HOSTILE = '* { all: unset } html { font-size: 40px } button { display: none }';
const all = widgets();
let style: HTMLStyleElement;

beforeEach(() => {
  style = document.createElement('style');
  style.textContent = HOSTILE;
  document.head.append(style);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  style.remove();
  vi.restoreAllMocks();
  for (const c of document.querySelectorAll('.hardening')) c.remove();
});

/** A page with a link to Tab from, a light-DOM button the host hides, and the widget. */
function hostilePage(tag: string): Widget {
  const parent = container();
  const before = document.createElement('a');
  before.id = 'before';
  before.href = '#before';
  before.textContent = 'A link before the widget';
  const button = document.createElement('button');
  button.textContent = 'A page button';
  parent.append(before, button);
  return create(parent, tag);
}

/** The control is laid out, visible, and the topmost thing at its centre (so a click lands on it). */
function expectVisibleAndHit(el: Widget, control: Element, what: string) {
  control.scrollIntoView({ block: 'center', inline: 'center' });
  const box = control.getBoundingClientRect();
  expect(box.width > 0 && box.height > 0, `${what} has a size`).toBe(true);
  expect(control.checkVisibility({ opacityProperty: true, visibilityProperty: true }), `${what} is visible`).toBe(true);
  const hit = el.shadowRoot.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
  expect(hit === control || control.contains(hit), `${what} is what a click at its centre hits`).toBe(true);
}

describe('hostile host CSS', () => {
  it('really is hostile: the light-DOM button is hidden and the custom element lost its display', async () => {
    const el = hostilePage('kc-breathwork-timer');
    await whenReady(el);
    expect(getComputedStyle(el.parentElement!.querySelector('button')!).display).toBe('none');
    expect(getComputedStyle(document.documentElement).fontSize).toBe('40px');
    // `all: unset` on the host beats the element's own `:host { display: … }` (the page's rules win over :host).
    expect(getComputedStyle(el).display).toBe('inline');
  });

  it.each(all)('<%s> stays usable by mouse and keyboard', async (tag, spec) => {
    const el = hostilePage(tag);
    await whenReady(el);
    if (spec.works) expect(spec.works(el)).toBe(true);
    if (!spec.click && !spec.keyboard) expect(spec.passive).toBeTruthy();

    if (spec.click) {
      const { target, expect: after } = spec.click(el);
      const control = el.shadowRoot.querySelector(target)!;
      expect(control, target).not.toBeNull();
      expectVisibleAndHit(el, control, target);
      await userEvent.click(control);
      await vi.waitFor(() => expect(el.shadowRoot.querySelector(after), `${after} after clicking ${target}`).not.toBeNull());
    }

    if (spec.keyboard) {
      el.remove();
      const fresh = hostilePage(tag);
      await whenReady(fresh);
      const { reach, press, expect: after } = spec.keyboard(fresh);
      fresh.parentElement!.querySelector<HTMLElement>('#before')!.focus();
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await userEvent.tab();
        reached = !!fresh.shadowRoot.activeElement?.matches(reach);
      }
      expect(reached, `Tab reaches ${reach}`).toBe(true);
      expectVisibleAndHit(fresh, fresh.shadowRoot.activeElement!, reach);
      await userEvent.keyboard(press === 'Space' ? ' ' : `{${press}}`);
      await vi.waitFor(() => expect(fresh.shadowRoot.querySelector(after), `${after} after ${press}`).not.toBeNull());
    }
  });
});
