// The pattern and length picker, the 4-7-8 first-month advice, and the choice remembered with `remember`.
import { html } from '@open-wc/testing-helpers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { timer } from './helpers.js';

describe('<kc-breathwork-timer>: picker and remembered choice', () => {
  const KEY = 'kc-breathwork-timer';
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => {
    localStorage.removeItem(KEY);
    vi.restoreAllMocks();
  });

  it('offers every pattern and a length, defaulting to the pattern’s own (4 breaths for 4-7-8)', async () => {
    const { $, el } = await timer(html`<kc-breathwork-timer show-picker pattern="478"></kc-breathwork-timer>`);
    const [pattern, length] = [$<HTMLSelectElement>('select[name=pattern]')!, $<HTMLSelectElement>('select[name=length]')!];
    expect([...pattern.options].map((o) => o.value)).toEqual(['box', '478', 'coherent', 'sigh']);
    expect(pattern.value).toBe('478');
    expect(length.value).toBe('4');
    // 4-7-8 by breaths, at most 4 for a first practice (Andrew Weil).
    expect([...length.options].map((o) => o.textContent)).toEqual(['2 breaths', '3 breaths', '4 breaths']);
    await expectNoAxeViolations(el);
  });

  it('offers the other patterns by breaths and minutes', async () => {
    const { $ } = await timer(html`<kc-breathwork-timer show-picker pattern="box"></kc-breathwork-timer>`);
    expect([...$<HTMLSelectElement>('select[name=length]')!.options].map((o) => o.textContent)).toEqual([
      '4 breaths',
      '8 breaths',
      '1 min',
      '3 min',
      '5 min',
      '10 min',
    ]);
  });

  it('does not carry a 10-minute length over to 4-7-8: choosing it starts from its 4 breaths', async () => {
    const { $, el, text, events, clock } = await timer(
      html`<kc-breathwork-timer show-picker pattern="box"></kc-breathwork-timer>`,
    );
    const length = $<HTMLSelectElement>('select[name=length]')!;
    length.value = '10m';
    length.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const pattern = $<HTMLSelectElement>('select[name=pattern]')!;
    pattern.value = '478';
    pattern.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect([el.pattern, el.cycles, el.duration]).toEqual(['478', undefined, undefined]);
    expect($<HTMLSelectElement>('select[name=length]')!.value).toBe('4');
    expect($('[part~=note]')).toBeNull();
    el.start();
    clock.advance(4 * 19_000);
    await el.updateComplete;
    expect(events.at(-1)).toMatchObject({ type: 'complete', detail: { elapsedMs: 76_000, cycles: 4 } });
    expect(text('[part~=complete]')).not.toBe('');
  });

  it('says so when a 4-7-8 session is longer than 4 breaths (a clinic’s length, or one kept from before), in both languages', async () => {
    for (const [template, note] of [
      [html`<kc-breathwork-timer pattern="478"></kc-breathwork-timer>`, false],
      [html`<kc-breathwork-timer pattern="478" cycles="4"></kc-breathwork-timer>`, false],
      [html`<kc-breathwork-timer pattern="478" cycles="8"></kc-breathwork-timer>`, true],
      [html`<kc-breathwork-timer pattern="478" duration="10m" show-picker></kc-breathwork-timer>`, true],
      [html`<kc-breathwork-timer pattern="box" duration="10m"></kc-breathwork-timer>`, false],
    ] as const) {
      const { text } = await timer(template);
      expect(
        text('[part~=note]').includes(
          'no more than 4 breaths at a time for the first month. This session is longer: stop sooner if you wish',
        ),
        String(template.values),
      ).toBe(note);
    }
    const es = await timer(html`<kc-breathwork-timer lang="es" pattern="478" cycles="6"></kc-breathwork-timer>`);
    await vi.waitFor(() =>
      expect(es.text('[part~=note]')).toContain(
        'no hacer más de 4 respiraciones seguidas durante el primer mes. Esta sesión es más larga: puede parar antes si lo desea',
      ),
    );
    const picker = await timer(html`<kc-breathwork-timer pattern="478" duration="10m" show-picker></kc-breathwork-timer>`);
    // The picker shows the longer length as it is, beside the 4-7-8 lengths it offers.
    expect([...picker.$<HTMLSelectElement>('select[name=length]')!.options].map((o) => o.value)).toEqual(['10m', '2', '3', '4']);
    await expectNoAxeViolations(picker.el);
  });

  it('sets the pattern and length it is given, shows a custom pattern and length, and hides while a session runs', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const { $, el, text } = await timer(
      html`<kc-breathwork-timer show-picker pattern="4-2-6-0" duration="90s"></kc-breathwork-timer>`,
    );
    const pattern = $<HTMLSelectElement>('select[name=pattern]')!;
    const length = $<HTMLSelectElement>('select[name=length]')!;
    expect(pattern.value).toBe('4-2-6-0');
    expect(text('select[name=pattern] option:checked')).toBe('Your pattern (4-2-6-0)');
    expect(length.value).toBe('90s');
    expect(text('select[name=length] option:checked')).toBe('1 min 30 s');
    pattern.value = 'coherent';
    pattern.dispatchEvent(new Event('change', { bubbles: true }));
    length.value = '8';
    length.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect([el.pattern, el.cycles, el.duration]).toEqual(['coherent', '8', undefined]);
    expect(text('[part~=safety]')).not.toContain('holding your breath');
    expect(setItem).not.toHaveBeenCalled();
    el.start();
    await el.updateComplete;
    expect($('[part~=picker]')).toBeNull();
    el.stop();
  });

  it('with `remember`, keeps the choice in localStorage (a preference only) and restores it', async () => {
    const first = await timer(html`<kc-breathwork-timer show-picker remember></kc-breathwork-timer>`);
    const length = first.$<HTMLSelectElement>('select[name=length]')!;
    length.value = '3m';
    length.dispatchEvent(new Event('change', { bubbles: true }));
    const pattern = first.$<HTMLSelectElement>('select[name=pattern]')!;
    pattern.value = 'sigh';
    pattern.dispatchEvent(new Event('change', { bubbles: true }));
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ pattern: 'sigh', duration: '3m' });
    first.el.start();
    first.clock.advance(5000);
    first.el.stop();
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ pattern: 'sigh', duration: '3m' });

    const second = await timer(html`<kc-breathwork-timer show-picker remember pattern="box"></kc-breathwork-timer>`);
    expect([second.el.pattern, second.el.duration]).toEqual(['sigh', '3m']);
    expect(second.$<HTMLSelectElement>('select[name=pattern]')!.value).toBe('sigh');
  });

  it('restores a remembered custom pattern, and ignores a broken or blocked store', async () => {
    localStorage.setItem(KEY, JSON.stringify({ pattern: '3-0-6-0', cycles: '5' }));
    const { el, events, clock } = await timer(html`<kc-breathwork-timer remember></kc-breathwork-timer>`);
    el.start();
    clock.advance(45_000);
    expect(events.find((e) => e.type === 'start')!.detail).toEqual({ pattern: '3-0-6-0' });
    expect(events.at(-1)!.detail).toEqual({ elapsedMs: 45_000, cycles: 5 });

    localStorage.setItem(KEY, '{not json');
    const broken = await timer(html`<kc-breathwork-timer remember pattern="coherent"></kc-breathwork-timer>`);
    expect(broken.el.pattern).toBe('coherent');
    localStorage.setItem(KEY, JSON.stringify({ pattern: '<script>' }));
    const hostile = await timer(html`<kc-breathwork-timer remember></kc-breathwork-timer>`);
    expect(hostile.el.pattern).toBe('box');

    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const blocked = await timer(html`<kc-breathwork-timer show-picker remember></kc-breathwork-timer>`);
    const select = blocked.$<HTMLSelectElement>('select[name=pattern]')!;
    select.value = 'coherent';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(blocked.el.pattern).toBe('coherent');
  });
});
