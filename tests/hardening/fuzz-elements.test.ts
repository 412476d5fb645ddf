// Random strings into every attribute of every element (from the manifest), set at creation and changed
// afterwards: nothing throws out of the element, nothing is injected, and it still renders and is usable.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attributesOf } from './manifest.js';
import { PAYLOADS, aFewFrames, catchErrors, container, create, injected, whenReady, widgets } from './in-browser.js';

const all = widgets();
let guard: ReturnType<typeof catchErrors>;

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  guard = catchErrors();
});

afterEach(() => {
  guard.stop();
  vi.restoreAllMocks();
  for (const c of document.querySelectorAll('.hardening')) c.remove();
});

/** Values an attribute may get: any text, and text that means something to some parser. */
const value = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...PAYLOADS),
  fc.constantFrom(
    '',
    ' ',
    'es',
    'es-MX',
    'xx',
    'tabs',
    'accordion',
    'stack',
    'dark',
    'auto',
    '4-7-8',
    '0.5-0-0.5-0',
    '60-60-60-60',
    '1',
    '500',
    '501',
    '0',
    '-1',
    '1e309',
    'NaN',
    '90s',
    '61m',
    'https://x.example',
    'US-CA',
    'gap dmn',
    'dmn',
    '2025-02-30',
    '{"gap":{"heading":"x"}}',
    '__proto__',
  ),
);

describe('random attribute values', () => {
  it.each(all)(
    '<%s> never throws, never injects, and still renders and gets ready',
    async (tag) => {
      const names = attributesOf(tag).map((a) => a.name);
      expect(names.length).toBeGreaterThan(0);
      const attributes = fc.dictionary(fc.constantFrom(...names), value, { maxKeys: names.length });
      await fc.assert(
        fc.asyncProperty(attributes, attributes, async (first, then) => {
          const parent = container();
          const el = create(parent, tag, first, {}, false);
          await whenReady(el, 8000);
          for (const [name, v] of Object.entries(then)) el.setAttribute(name, v);
          await whenReady(el, 8000);
          await aFewFrames(1);
          expect(guard.errors).toEqual([]);
          expect(injected(parent)).toEqual([]);
          expect(el.shadowRoot.querySelector('[part~=base]')).not.toBeNull();
          parent.remove();
        }),
        { numRuns: 40 },
      );
    },
    120_000,
  );
});
