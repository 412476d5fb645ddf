// Windows High Contrast (forced colours), emulated in Chromium: the browser replaces authored colours with the
// visitor's system colours. Every widget must keep its shape, its selection and its states visible there.
import { fixture, html } from '@open-wc/testing-helpers';
import { userEvent } from 'vitest/browser';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { KcEligibilityCheck } from '../../src/components/eligibility-check/eligibility-check.js';
import { canEmulateMedia, emulateMedia, resetMedia } from '../helpers/emulate-media.js';
import { eligibleAnswers } from '../components/eligibility-check/fixtures.js';
import { settle } from '../components/eligibility-check/helpers.js';
import { systemColor } from '../../stories/forced-colors.js';

const style = (el: Element, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!);
const styles = (el: Element, selector: string) =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((node) => getComputedStyle(node));

// Forced colours can be turned on only through Chromium's DevTools protocol: Firefox (WebDriver BiDi) and WebKit
// (WebDriver) have no way to emulate them, so these tests run in Chromium and are skipped, saying so, elsewhere.
beforeAll(() => (canEmulateMedia ? emulateMedia({ forcedColors: 'active' }) : undefined));
afterAll(() => resetMedia());
afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

describe.runIf(canEmulateMedia)('forced colours', () => {
  it('is really on (the page is drawn in system colours)', () => {
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    expect(systemColor('Canvas')).not.toBe(systemColor('CanvasText'));
  });

  it('<kc-breathwork-timer>: the breathing shape is drawn in the text colour, inside a visible ring', async () => {
    const el = await fixture(html`<kc-breathwork-timer></kc-breathwork-timer>`);
    const shape = style(el, '[part~=shape]');
    expect(shape.backgroundColor).not.toBe(systemColor('Canvas'));
    expect(shape.backgroundColor).toBe(systemColor('CanvasText'));
    expect(style(el, '.ring').borderTopColor).toBe(systemColor('CanvasText'));
    expect(style(el, '[part~=safety]').borderInlineStartColor).toBe(systemColor('CanvasText'));
  });

  it('<kc-explainer>: only the selected tab looks selected, and a focused tab shows its ring', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<kc-explainer style="display:block;inline-size:800px"></kc-explainer>`,
    );
    await vi.waitFor(() => expect(el.shadowRoot!.querySelectorAll('[role=tab]').length).toBeGreaterThan(1));
    await el.updateComplete;
    const [selected, ...others] = [
      ...styles(el, '[role=tab][aria-selected=true]'),
      ...styles(el, '[role=tab][aria-selected=false]'),
    ];
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) {
      // An unselected tab's underline is the page colour (not drawn); the selected one is filled with the selection colour.
      expect(other.borderBottomColor).toBe(systemColor('Canvas'));
      expect(selected!.borderBottomColor).not.toBe(other.borderBottomColor);
      expect(selected!.backgroundColor).not.toBe(other.backgroundColor);
      expect(selected!.color).not.toBe(other.color);
    }
    expect(selected!.backgroundColor).toBe(systemColor('Highlight'));
    expect(selected!.color).toBe(systemColor('HighlightText'));

    const tab = el.shadowRoot!.querySelector<HTMLElement>('[role=tab][aria-selected=true]')!;
    tab.focus();
    await userEvent.keyboard('{ArrowRight}');
    const focused = el.shadowRoot!.activeElement!;
    expect(focused.getAttribute('role')).toBe('tab');
    expect(getComputedStyle(focused).outlineStyle).toBe('solid');
    expect(getComputedStyle(focused).outlineColor).toBe(systemColor('CanvasText'));
  });

  it('<kc-eligibility-check>: the chosen answer stands out from the others, focus and the crisis panel stay visible', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await fixture<KcEligibilityCheck>(html`<kc-eligibility-check></kc-eligibility-check>`);
    await settle(el);
    el.answers = eligibleAnswers();
    el.step = 'mood';
    await settle(el);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="phq9.9"][value="2"]')!.click();
    await settle(el);
    const chosen = el.shadowRoot!.querySelector('input[name="phq9.9"]:checked')!.closest('.opt')!;
    const other = el.shadowRoot!.querySelector('input[name="phq9.9"]:not(:checked)')!.closest('.opt')!;
    const [chosenStyle, otherStyle] = [getComputedStyle(chosen), getComputedStyle(other)];
    expect(chosenStyle.borderTopColor).not.toBe(otherStyle.borderTopColor);
    expect(chosenStyle.outlineStyle).toBe('solid');
    expect(chosenStyle.outlineColor).toBe(systemColor('Highlight'));
    expect(otherStyle.outlineStyle).toBe('none');

    const crisis = style(el, '[part=crisis]');
    expect(crisis.borderTopColor).toBe(systemColor('CanvasText'));
    expect(crisis.borderInlineStartColor).toBe(systemColor('CanvasText'));
    expect(parseFloat(crisis.borderInlineStartWidth)).toBeGreaterThanOrEqual(8);

    const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="phq9.9"]:checked')!;
    radio.focus();
    await userEvent.keyboard('{ArrowDown}');
    const focused = el.shadowRoot!.activeElement!;
    expect(getComputedStyle(focused).outlineStyle).toBe('solid');
    expect(getComputedStyle(focused).outlineColor).toBe(systemColor('Highlight'));
  });
});
