// A widget moved into another document (document.adoptNode, Document Picture-in-Picture, a same-origin iframe) keeps
// its styles: constructed style sheets belong to one document, so Chromium drops them from the shadow root on the
// move and refuses the old ones there. Each widget adopts its own sheets again, built for the new document.
import { fixture, fixtureCleanup, html } from '@open-wc/testing-helpers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KcEligibilityCheck } from '../../src/components/eligibility-check/eligibility-check.js';
import { settle } from '../components/eligibility-check/helpers.js';

let frame: HTMLIFrameElement;
/** A same-origin about:blank iframe: another document, with its own window. */
beforeEach(() => {
  frame = document.createElement('iframe');
  document.body.append(frame);
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  fixtureCleanup();
  frame.remove();
  sessionStorage.clear();
  vi.restoreAllMocks();
});

const inFrame = () => frame.contentDocument!;
const styleIn = (el: Element) => (el.ownerDocument.defaultView ?? window).getComputedStyle(el);
const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~=${name}]`)!;
const rendered = async (el: Element) => {
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('a widget moved into another document', () => {
  it.each([
    ['kc-breathwork-timer', 'shape', 'borderTopLeftRadius', '50%'],
    ['kc-explainer', 'base', 'paddingTop', '16px'],
    ['kc-eligibility-check', 'base', 'borderTopWidth', '1px'],
  ] as const)('<%s> keeps its styles, there and back', async (tag, partName, property, value) => {
    const el = await fixture<HTMLElement>(`<${tag}></${tag}>`);
    await rendered(el);
    expect(styleIn(part(el, partName))[property]).toBe(value);

    inFrame().body.append(el);
    await rendered(el);
    expect(el.ownerDocument).toBe(inFrame());
    expect(styleIn(part(el, partName))[property], 'in the iframe').toBe(value);

    document.body.append(el);
    await rendered(el);
    expect(styleIn(part(el, partName))[property], 'back in the page').toBe(value);
    el.remove();
  });

  it('is styled when it first renders in another document (made in the page, first attached in the iframe)', async () => {
    const el = document.createElement('kc-breathwork-timer');
    inFrame().body.append(el);
    await rendered(el);
    expect(styleIn(part(el, 'shape')).borderTopLeftRadius).toBe('50%');
    el.remove();
  });

  it('keeps the styles the eligibility check adds with its later steps, and adds them in the new document', async () => {
    const moved = await fixture<KcEligibilityCheck>(html`<kc-eligibility-check></kc-eligibility-check>`);
    await settle(moved);
    inFrame().body.append(moved);
    moved.answers = { phq9: [0, 0, 0, 0, 0, 0, 0, 0, 2] };
    moved.step = 'mood';
    await settle(moved);
    expect(styleIn(part(moved, 'crisis')).borderTopWidth).toBe('2px');

    // Made in the page and attached in the iframe: the later steps' styles are added there.
    const fresh = document.createElement('kc-eligibility-check') as KcEligibilityCheck;
    fresh.id = 'fresh';
    inFrame().body.append(fresh);
    await settle(fresh);
    fresh.answers = { phq9: [0, 0, 0, 0, 0, 0, 0, 0, 2] };
    fresh.step = 'mood';
    await settle(fresh);
    expect(styleIn(part(fresh, 'crisis')).borderTopWidth).toBe('2px');
    moved.remove();
    fresh.remove();
  });
});
