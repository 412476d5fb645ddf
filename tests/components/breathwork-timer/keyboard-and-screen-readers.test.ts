// Keyboard and screen readers: Space on the timer, focus, and the polite announcement of each phase.
import { html } from '@open-wc/testing-helpers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { Unreadable } from '../../hardening/hostile-objects.js';
import { timer, toggle } from './helpers.js';

describe('<kc-breathwork-timer>: keyboard and screen readers', () => {
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('Space on the focused timer starts, pauses and resumes; buttons work by keyboard too', async () => {
    const { el, root, $, events } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    $('[part~=timer]')!.focus();
    await userEvent.keyboard(' ');
    expect(el.state).toBe('running');
    await userEvent.keyboard(' ');
    expect(el.state).toBe('paused');
    await userEvent.keyboard(' ');
    expect(el.state).toBe('running');
    expect(events.map((e) => e.type)).toEqual(['start', 'phase', 'pause', 'resume']);
    await el.updateComplete;
    toggle(root).focus();
    await userEvent.keyboard('{Enter}');
    expect(el.state).toBe('paused');
    $('[part~=stop]')!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    await el.updateComplete;
    expect(el.state).toBe('idle');
    expect(root.activeElement).toBe(toggle(root));
  });

  it('holding Space toggles once, not on every repeat', async () => {
    const { el, $, events } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    const target = $('[part~=timer]')!;
    target.focus();
    const space = (repeat: boolean) => {
      const key = new KeyboardEvent('keydown', { key: ' ', repeat, bubbles: true, composed: true, cancelable: true });
      target.dispatchEvent(key);
      return key.defaultPrevented;
    };
    space(false);
    // The repeats still keep the page from scrolling.
    expect([space(true), space(true), space(true)]).toEqual([true, true, true]);
    expect(el.state).toBe('running');
    // Released and pressed again: a new press.
    space(false);
    expect(el.state).toBe('paused');
    expect(events.map((e) => e.type)).toEqual(['start', 'phase', 'pause']);
    el.stop();
  });

  it('Space elsewhere does not toggle', async () => {
    const { el, root } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    root.querySelector<HTMLInputElement>('input[type=checkbox]')!.focus();
    await userEvent.keyboard(' ');
    expect(el.state).toBe('idle');
  });

  it.each([
    ['a number', () => 0],
    ['a list', () => []],
    ['an object', () => new Unreadable('proxy').make()],
    ['a value that cannot be read', () => new Unreadable('revoked').make()],
  ])('shows and logs announce set from script to %s, and keeps announcing (its default)', async (kind, value) => {
    const { el, text, $ } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    el.announce = value() as unknown as boolean;
    await el.updateComplete;
    expect(text('[part=config-error]')).toContain(`announce: was set to ${kind}, not true or false; announcements stay on.`);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('<kc-breathwork-timer> announce: was set to'));
    expect($<HTMLInputElement>('input[type=checkbox]')!.checked).toBe(true);
    el.start();
    await el.updateComplete;
    expect(text('[role=status]')).toBe('Breathe in');
    // The patient's switch still works, and sets a real true or false.
    $<HTMLInputElement>('input[type=checkbox]')!.click();
    await el.updateComplete;
    expect(el.announce).toBe(false);
    expect(text('[role=status]')).toBe('');
    expect($('[part=config-error]')).toBeNull();
  });

  it('announces each phase word (only) in a polite live region, and can be switched off', async () => {
    const { el, text, advance, $ } = await timer(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    const status = $('[role=status]')!;
    expect(status.textContent).toBe('');
    el.start();
    await el.updateComplete;
    expect(text('[role=status]')).toBe('Breathe in');
    await advance(1000);
    expect(text('[role=status]')).toBe('Breathe in');
    await advance(3000);
    expect(text('[role=status]')).toBe('Hold');
    const box = $<HTMLInputElement>('input[type=checkbox]')!;
    expect(box.checked).toBe(true);
    box.click();
    await el.updateComplete;
    expect(el.announce).toBe(false);
    expect(text('[role=status]')).toBe('');
    await advance(4000);
    expect(text('[role=status]')).toBe('');
    expect(text('[part~=phase]')).toBe('Breathe out');
    box.click();
    await el.updateComplete;
    expect(text('[role=status]')).toBe('Breathe out');
    el.stop();
  });
});
