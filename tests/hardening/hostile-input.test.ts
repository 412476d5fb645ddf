// Hostile attributes and configuration, for every element and every text attribute and text property its
// manifest lists: script and markup render as inert text (no element, handler or script URL appears anywhere,
// nothing runs, nothing throws) and the widget still renders. javascript: and data: URLs are refused wherever a
// URL is accepted. The table's object settings (the explainer's `content`, later the eligibility rule set)
// get the same payloads.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UNREADABLE_KINDS, Unreadable } from './hostile-objects.js';
import {
  stringAttributes,
  stringProperties,
  attributesOf,
  objectProperties,
  urlAttributes,
  writableProperties,
} from './manifest.js';
import {
  PAYLOADS,
  aFewFrames,
  catchErrors,
  configErrorText,
  container,
  create,
  injected,
  whenReady,
  widgets,
} from './in-browser.js';
import type { Widget } from './widgets.mjs';

const all = widgets();
const pwned = () => (window as unknown as { __pwned?: unknown }).__pwned;
let guard: ReturnType<typeof catchErrors>;

beforeEach(() => {
  // Invalid settings are logged by design; these tests look at the page, not the log.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  guard = catchErrors();
  delete (window as unknown as { __pwned?: unknown }).__pwned;
});

afterEach(() => {
  guard.stop();
  vi.restoreAllMocks();
  for (const c of document.querySelectorAll('.hardening')) c.remove();
});

/** Every text setting of every element: attributes, and text properties without an attribute. */
const settings = all.flatMap(([tag]) => {
  const attributes = stringAttributes(tag).map((name) => ({
    tag,
    name,
    field: attributesOf(tag).find((a) => a.name === name)?.fieldName,
  }));
  const withAttribute = new Set(attributes.map((a) => a.field));
  const propertiesOnly = stringProperties(tag)
    .filter((p) => !withAttribute.has(p))
    .map((p) => ({ tag, name: `.${p}`, field: p }));
  return [...attributes, ...propertiesOnly];
});

/**
 * Waits for every widget (ready, or with `rendered` only rendered: a widget may refuse to work with an invalid
 * rule set, by design, as long as it says so), then checks nothing was injected, ran or threw.
 */
async function expectInert(widgets: Widget[], where: string, { rendered = false } = {}) {
  for (const el of widgets)
    if (!rendered) await whenReady(el);
    else
      await vi.waitFor(() => expect(el.shadowRoot?.querySelector('[part~=base]')?.textContent?.trim()).toBeTruthy(), {
        timeout: 5000,
      });
  await aFewFrames();
  const parent = widgets[0]!.parentElement!;
  expect(injected(parent), where).toEqual([]);
  expect(pwned(), where).toBeUndefined();
  expect(guard.errors, where).toEqual([]);
  for (const el of widgets)
    expect(el.shadowRoot.querySelector('[part~=base]'), `${where}: <${el.localName}> renders`).not.toBeNull();
}

describe('hostile text in every text attribute and property', () => {
  it('covers every element folder and finds text settings in the manifest', () => {
    expect(settings.length).toBeGreaterThan(all.length);
    for (const [tag] of all)
      expect(
        settings.some((s) => s.tag === tag),
        tag,
      ).toBe(true);
  });

  it.each(settings.map((s) => [`<${s.tag}> ${s.name}`, s] as const))(
    '%s renders it as inert text',
    async (where, { tag, name, field }) => {
      const parent = container();
      const made: Widget[] = [];
      for (const payload of PAYLOADS) {
        if (!name.startsWith('.')) made.push(create(parent, tag, { [name]: payload }));
        if (field) made.push(create(parent, tag, {}, { [field]: payload }));
        // Inside a clinic that carries the same text, too.
        if (tag !== 'kc-clinic' && !name.startsWith('.')) {
          const clinic = create(parent, 'kc-clinic', { [name]: payload });
          made.push(create(clinic, tag));
        }
      }
      await expectInert(made, where);
    },
  );
});

const URLS = [
  'javascript:window.__pwned=1',
  'JavaScript:window.__pwned=1',
  '  javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  'vbscript:msgbox(1)',
  'http://evil.example/collect',
  '//evil.example/collect',
  '/relative/path',
];

describe('URLs', () => {
  const withUrls = all.flatMap(([tag]) => urlAttributes(tag).map((name) => [`<${tag}> ${name}`, tag, name] as const));

  it('finds the URL attributes (booking-url, endpoint)', () => {
    expect(withUrls.map(([, , name]) => name)).toEqual(expect.arrayContaining(['booking-url', 'endpoint']));
  });

  it.each(withUrls)('%s refuses javascript:, data: and anything not https, naming the attribute', async (where, tag, name) => {
    const parent = container();
    for (const url of URLS) {
      const el = create(parent, tag, { [name]: url });
      await whenReady(el);
      expect(configErrorText(el), `${where}="${url}"`).toContain(name);
      const settings = (el as Widget & { settings?: Record<string, unknown> }).settings;
      if (settings) expect(Object.values(settings), `${where}="${url}" was kept`).not.toContain(url.trim());
    }
    await expectInert([...parent.children] as Widget[], where);
  });

  it.each(all.filter(([tag]) => tag !== 'kc-clinic'))(
    '<%s> inside a clinic with script URLs renders without them',
    async (tag) => {
      const parent = container();
      for (const url of URLS.slice(0, 6)) {
        const clinic = create(parent, 'kc-clinic', { 'booking-url': url, endpoint: url });
        create(clinic, tag);
      }
      await expectInert([...parent.querySelectorAll(tag)] as Widget[], tag);
      for (const clinic of parent.querySelectorAll('kc-clinic'))
        expect(configErrorText(clinic as Widget)).toContain('booking-url');
    },
  );
});

describe("the table's object settings (content overrides, rule sets)", () => {
  const configurable = all.filter(([, spec]) => spec.hostileConfig);

  it('covers the explainer', () => {
    expect(configurable.map(([tag]) => tag)).toContain('kc-explainer');
  });

  it.each(configurable)('<%s> shows hostile text in its settings as text, or refuses it', async (tag, spec) => {
    const parent = container();
    const made: [Widget, string][] = [];
    for (const payload of PAYLOADS)
      for (const properties of spec.hostileConfig!(payload)) made.push([create(parent, tag, {}, properties), payload]);
    await expectInert(
      made.map(([el]) => el),
      tag,
      { rendered: true },
    );
    if (spec.showsHostileConfig)
      for (const [el, payload] of made) expect(el.shadowRoot.textContent, `shown as text: ${payload}`).toContain(payload.trim());
  });
});

describe('object settings set to what throws when read (getters, Proxies, revoked Proxies, cycles)', () => {
  const properties = all.flatMap(([tag]) =>
    objectProperties(tag).map((property) => [`<${tag}> .${property}`, tag, property] as const),
  );

  it('finds the object settings (content overrides, rule sets, answers)', () => {
    expect(properties.map(([where]) => where)).toEqual(
      expect.arrayContaining(['<kc-explainer> .content', '<kc-eligibility-check> .rules', '<kc-eligibility-check> .answers']),
    );
  });

  it.each(properties)(
    '%s: setting it never throws, before or after connection, and the widget still renders',
    async (where, tag, property) => {
      const parent = container();
      const made: Widget[] = [];
      for (const kind of UNREADABLE_KINDS) {
        const before = document.createElement(tag) as Widget;
        expect(
          () => Object.assign(before, { [property]: new Unreadable(kind).make() }),
          `${where} = ${kind}, before connection`,
        ).not.toThrow();
        parent.append(before);
        const after = create(parent, tag);
        await after.updateComplete;
        expect(
          () => Object.assign(after, { [property]: new Unreadable(kind).make() }),
          `${where} = ${kind}, after connection`,
        ).not.toThrow();
        made.push(before, after);
      }
      // A widget may refuse to work with settings it cannot read (a rule set, by design), as long as it says so.
      await expectInert(made, where, { rendered: true });
    },
  );
});

describe('any property set from script to a value of the wrong kind (an object, a number, a list, a Proxy)', () => {
  const properties = all.flatMap(([tag]) =>
    writableProperties(tag).map((property) => [`<${tag}> .${property}`, tag, property] as const),
  );
  const values = (): [string, unknown][] => [
    ...UNREADABLE_KINDS.map((kind): [string, unknown] => [kind, new Unreadable(kind).make()]),
    ['an object', {}],
    ['a number', 5],
    ['a list', ['dmn', 'gap']],
  ];

  const check = async (where: string, tag: string, property: string) => {
    const parent = container();
    const made: Widget[] = [];
    for (const [what, value] of values()) {
      const before = document.createElement(tag) as Widget;
      expect(() => Object.assign(before, { [property]: value }), `${where} = ${what}, before connection`).not.toThrow();
      parent.append(before);
      const after = create(parent, tag);
      await after.updateComplete;
      expect(() => Object.assign(after, { [property]: value }), `${where} = ${what}, after connection`).not.toThrow();
      made.push(before, after);
    }
    await aFewFrames();
    for (const el of made) {
      await vi.waitFor(() => expect(el.shadowRoot?.querySelector('[part~=base]'), `${where}: <${tag}> renders`).not.toBeNull(), {
        timeout: 2000,
      });
      await el.updateComplete;
    }
    await aFewFrames();
    expect(guard.errors, where).toEqual([]);
  };

  it.each(properties)('%s: never throws, nothing uncaught, the widget renders', check);
});
