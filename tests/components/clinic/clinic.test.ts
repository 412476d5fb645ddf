import { fixture, html } from '@open-wc/testing-helpers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KcClinic } from '../../../src/components/clinic/clinic.js';
import { defineElement } from '../../../src/shared/define-element.js';
import { expectNoAxeViolations } from '../../helpers/axe.js';
import { Unreadable } from '../../hardening/hostile-objects.js';
import { renderedGreetings, type KcTestProbe } from '../../fixtures/test-widget.js';
import '../../fixtures/test-widget.js';

async function settle(...elements: Element[]) {
  for (let i = 0; i < 3; i++) await Promise.all(elements.map((e) => (e as KcTestProbe).updateComplete));
}

describe('<kc-clinic>', () => {
  let error: ReturnType<typeof vi.spyOn>;
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    error = vi.spyOn(console, 'error').mockImplementation(() => {});
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    error.mockRestore();
    warn.mockRestore();
  });

  it('is registered and exposes its validated settings', async () => {
    const clinic = await fixture<KcClinic>(
      html`<kc-clinic
        name="Calm Harbor"
        phone="+1 555 010 2000"
        booking-url="https://calm.example/book"
        endpoint="https://calm.example/api"
        regions="US-CA us-ny"
        theme="dark"
      ></kc-clinic>`,
    );
    expect(customElements.get('kc-clinic')).toBeDefined();
    expect(clinic.settings).toEqual({
      name: 'Calm Harbor',
      phone: '+1 555 010 2000',
      bookingUrl: 'https://calm.example/book',
      endpoint: 'https://calm.example/api',
      regions: ['US-CA', 'US-NY'],
      theme: 'dark',
    });
    expect(error).not.toHaveBeenCalled();
  });

  it('shares its settings with a widget nested at any depth, through shadow roots', async () => {
    const clinic = await fixture<KcClinic>(
      html`<kc-clinic name="Calm Harbor" phone="555 010 2000" theme="dark">
        <section>
          <div><kc-test-probe></kc-test-probe></div>
        </section>
      </kc-clinic>`,
    );
    const probe = clinic.querySelector('kc-test-probe')!;
    await settle(probe);
    expect(probe.effective).toMatchObject({ name: 'Calm Harbor', phone: '555 010 2000', theme: 'dark' });
    expect(probe.shadowRoot!.querySelector('[part=base]')!.getAttribute('data-theme')).toBe('dark');
  });

  it('reaches a widget inside another element’s shadow root', async () => {
    const clinic = await fixture<KcClinic>(html`<kc-clinic phone="555 010 2000"><div></div></kc-clinic>`);
    const host = clinic.querySelector('div')!;
    const root = host.attachShadow({ mode: 'open' });
    const probe = document.createElement('kc-test-probe');
    root.append(probe);
    await settle(probe);
    expect(probe.effective.phone).toBe('555 010 2000');
  });

  it('lets a widget’s own attribute win over the clinic’s', async () => {
    const clinic = await fixture<KcClinic>(
      html`<kc-clinic phone="555 010 2000" theme="dark">
        <kc-test-probe phone="555 010 9999" theme="light"></kc-test-probe>
      </kc-clinic>`,
    );
    const probe = clinic.querySelector('kc-test-probe')!;
    await settle(probe);
    expect(probe.effective).toMatchObject({ phone: '555 010 9999', theme: 'light' });
  });

  it('updates widgets when a clinic attribute changes', async () => {
    const clinic = await fixture<KcClinic>(html`<kc-clinic phone="555 010 2000"><kc-test-probe></kc-test-probe></kc-clinic>`);
    const probe = clinic.querySelector('kc-test-probe')!;
    await settle(probe);
    clinic.setAttribute('phone', '555 010 3000');
    await settle(clinic, probe);
    expect(probe.effective.phone).toBe('555 010 3000');
  });

  it('tells the widgets inside only about real changes: an update with the same settings keeps them as they were', async () => {
    const clinic = await fixture<KcClinic>(html`<kc-clinic phone="555 010 2000"><kc-test-probe></kc-test-probe></kc-clinic>`);
    const probe = clinic.querySelector('kc-test-probe')!;
    await settle(probe);
    const settings = probe.effective;
    clinic.requestUpdate();
    probe.requestUpdate();
    await settle(clinic, probe);
    expect(probe.effective).toBe(settings);
    clinic.phone = '555 010 3000';
    await settle(clinic, probe);
    expect(probe.effective).not.toBe(settings);
    expect(probe.effective.phone).toBe('555 010 3000');
  });

  it('lets an inner clinic inherit from an outer one and override what it sets', async () => {
    const outer = await fixture<KcClinic>(
      html`<kc-clinic name="Calm Harbor" phone="555 010 2000">
        <kc-clinic phone="555 010 7777"><kc-test-probe></kc-test-probe></kc-clinic>
      </kc-clinic>`,
    );
    const probe = outer.querySelector('kc-test-probe')!;
    await settle(outer.querySelector('kc-clinic')!, probe);
    expect(probe.effective).toMatchObject({ name: 'Calm Harbor', phone: '555 010 7777' });
  });

  it('works without a clinic: the widget uses its own attributes and the light theme', async () => {
    const probe = await fixture<KcTestProbe>(html`<kc-test-probe phone="555 010 9999"></kc-test-probe>`);
    await settle(probe);
    expect(probe.effective).toEqual({ phone: '555 010 9999' });
    expect(probe.shadowRoot!.querySelector('[part=base]')!.getAttribute('data-theme')).toBe('light');
  });

  it.each([
    ['endpoint', 'http://calm.example/api'],
    ['endpoint', 'javascript:alert(1)'],
    ['booking-url', 'data:text/html,hi'],
    ['booking-url', 'ftp://calm.example'],
  ])('refuses %s="%s" with a visible message and a console.error, and shares no such URL', async (attribute, value) => {
    const clinic = await fixture<KcClinic>(html`<kc-clinic name="Calm Harbor"><kc-test-probe></kc-test-probe></kc-clinic>`);
    clinic.setAttribute(attribute, value);
    const probe = clinic.querySelector('kc-test-probe')!;
    await settle(clinic, probe);
    const notice = clinic.shadowRoot!.querySelector('[part=config-error]');
    expect(notice).not.toBeNull();
    expect(notice!.textContent).toContain(attribute);
    expect(notice!.textContent).toContain('https://');
    expect(error).toHaveBeenCalledWith(expect.stringContaining(`<kc-clinic> ${attribute}:`));
    expect(probe.effective).toEqual({ name: 'Calm Harbor' });
    await expectNoAxeViolations(clinic);
  });

  it('logs each invalid value once, not on every render', async () => {
    const clinic = await fixture<KcClinic>(html`<kc-clinic theme="neon"></kc-clinic>`);
    clinic.name = 'a';
    await clinic.updateComplete;
    clinic.name = 'b';
    await clinic.updateComplete;
    expect(error).toHaveBeenCalledTimes(1);
  });

  it('shows a widget’s own invalid attribute in that widget and falls back to the clinic’s value', async () => {
    const clinic = await fixture<KcClinic>(
      html`<kc-clinic endpoint="https://calm.example/api">
        <kc-test-probe endpoint="http://calm.example/api"></kc-test-probe>
      </kc-clinic>`,
    );
    const probe = clinic.querySelector('kc-test-probe')!;
    await settle(probe);
    expect(probe.shadowRoot!.querySelector('[part=config-error]')!.textContent).toContain('endpoint');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('<kc-test-probe> endpoint:'));
    expect(probe.effective.endpoint).toBe('https://calm.example/api');
    expect(probe.shadowRoot!.querySelector('.greeting')!.textContent).toBe('Hello');
  });

  it.each([
    ['theme', 'a list', () => ['dark']],
    ['theme', 'an object', () => new Unreadable('proxy').make()],
    ['lang', 'a list', () => ['es']],
    ['lang', 'an object', () => new Unreadable('proxy').make()],
    ['lang', 'a value that cannot be read', () => new Unreadable('revoked').make()],
  ] as const)(
    'shows and logs %s set from script to %s, reflects no attribute, and the widgets inside keep working',
    async (property, kind, value) => {
      const clinic = await fixture<KcClinic>(html`<kc-clinic name="Calm Harbor"><kc-test-probe></kc-test-probe></kc-clinic>`);
      const probe = clinic.querySelector('kc-test-probe')!;
      await settle(clinic, probe);
      Object.assign(clinic, { [property]: value() });
      await settle(clinic, probe);
      expect(clinic.hasAttribute(property)).toBe(false);
      expect(clinic.shadowRoot!.querySelector('[part=config-error]')!.textContent).toContain(
        `${property}: was set to ${kind}, not text; it is ignored.`,
      );
      expect(error).toHaveBeenCalledWith(expect.stringContaining(`<kc-clinic> ${property}: was set to`));
      expect(probe.effective.name).toBe('Calm Harbor');
      expect(probe.shadowRoot!.querySelector('.greeting')!.textContent).toBe('Hello');
      expect(probe.shadowRoot!.querySelector('[part=base]')!.getAttribute('data-theme')).toBe('light');
    },
  );

  it('renders hostile text as inert text', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const clinic = await fixture<KcClinic>(html`<kc-clinic theme=${payload}></kc-clinic>`);
    const notice = clinic.shadowRoot!.querySelector('[part=config-error]')!;
    expect(notice.querySelector('img')).toBeNull();
    expect(notice.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('locales', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('uses the clinic’s lang, and renders Spanish first time, never English first', async () => {
    renderedGreetings.length = 0;
    const clinic = await fixture<KcClinic>(html`<kc-clinic lang="es"><kc-test-probe></kc-test-probe></kc-clinic>`);
    const probe = clinic.querySelector('kc-test-probe')!;
    await vi.waitFor(() => expect(probe.shadowRoot?.querySelector('.greeting')?.textContent).toBe('Hola'));
    expect(renderedGreetings[0]).toBe('Hola');
    expect(renderedGreetings).not.toContain('Hello');
  });

  it('prefers the widget’s own lang, then the nearest ancestor, then the document', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es">
        <kc-test-probe id="inherits"></kc-test-probe>
        <kc-test-probe id="own" lang="en"></kc-test-probe>
      </div>`,
    );
    const inherits = wrapper.querySelector<KcTestProbe>('#inherits')!;
    const own = wrapper.querySelector<KcTestProbe>('#own')!;
    await vi.waitFor(() => expect(inherits.shadowRoot?.querySelector('.greeting')?.textContent).toBe('Hola'));
    await settle(own);
    expect(own.shadowRoot!.querySelector('.greeting')!.textContent).toBe('Hello');
  });

  it('follows a lang change on an ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><kc-test-probe></kc-test-probe></div>`);
    const probe = wrapper.querySelector('kc-test-probe')!;
    await settle(probe);
    expect(probe.shadowRoot!.querySelector('.greeting')!.textContent).toBe('Hello');
    wrapper.setAttribute('lang', 'es-MX');
    await vi.waitFor(() => expect(probe.shadowRoot!.querySelector('.greeting')!.textContent).toBe('Hola'));
  });

  it('falls back to English with a console.warn for a language it lacks', async () => {
    const probe = await fixture<KcTestProbe>(html`<kc-test-probe lang="fr"></kc-test-probe>`);
    await settle(probe);
    expect(probe.shadowRoot!.querySelector('.greeting')!.textContent).toBe('Hello');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('has no "fr" translation'));
  });

  it('translates the config-error heading', async () => {
    const clinic = await fixture<KcClinic>(html`<kc-clinic lang="es" theme="neon"></kc-clinic>`);
    await vi.waitFor(() =>
      expect(clinic.shadowRoot!.querySelector('[part=config-error]')?.textContent).toContain('No se pudieron usar'),
    );
  });
});

describe('defineElement', () => {
  it('skips a tag another copy registered, with a warning instead of an exception', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class Other extends HTMLElement {}
    expect(defineElement('kc-clinic', Other)).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('<kc-clinic> is already registered'));
    expect(customElements.get('kc-clinic')).not.toBe(Other);
    warn.mockRestore();
  });
  it('is silent when the same class is registered again', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(defineElement('kc-clinic', customElements.get('kc-clinic')!)).toBe(false);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
