import { fixture, html } from '@open-wc/testing-helpers';
import { html as litHtml } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineElement } from '../../src/shared/define-element.js';
import { KcElement, type SharedStrings } from '../../src/shared/kc-element.js';
import { LocaleController, LocaleTable } from '../../src/shared/locale/locale-controller.js';

interface ArticleStrings extends SharedStrings {
  title: string;
}
const en: ArticleStrings = { configErrorHeading: 'Setup problem:', title: 'How it works' };
const es: ArticleStrings = { configErrorHeading: 'Problema:', title: 'Cómo funciona' };
const later = <T>(value: T, ms = 20) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

let englishLoads = 0;
const table = new LocaleTable<ArticleStrings>(
  'kc-test-article',
  () => {
    englishLoads++;
    return later({ default: en });
  },
  { './locales/es.ts': () => later({ default: es }), './locales/fr.ts': () => Promise.reject(new Error('offline')) },
);
const rendered: string[] = [];

/** A widget whose English text is loaded, not bundled (as a long article would be). */
class KcTestArticle extends KcElement<ArticleStrings> {
  protected readonly locale = new LocaleController(this, table);
  protected override renderView() {
    rendered.push(this.strings.title);
    return litHtml`<div part="base"><h2>${this.strings.title}</h2></div>`;
  }
}
defineElement('kc-test-article', KcTestArticle);

const title = (el: Element) => el.shadowRoot?.querySelector('h2')?.textContent;

describe('locales loaded on demand, English included', () => {
  afterEach(() => vi.restoreAllMocks());

  it('waits for the English text before the first render, and loads it once for every instance', async () => {
    rendered.length = 0;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><kc-test-article></kc-test-article><kc-test-article></kc-test-article></div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('kc-test-article')];
    await vi.waitFor(() => expect([title(a!), title(b!)]).toEqual(['How it works', 'How it works']));
    expect(rendered.every((t) => t === 'How it works')).toBe(true);
    expect(englishLoads).toBe(1);
  });

  it('loads only Spanish for a Spanish reader', async () => {
    const before = englishLoads;
    const el = await fixture(html`<kc-test-article lang="es"></kc-test-article>`);
    await vi.waitFor(() => expect(title(el)).toBe('Cómo funciona'));
    expect(englishLoads).toBe(before);
  });

  it('falls back to English when a language file fails to load', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await fixture(html`<kc-test-article lang="fr"></kc-test-article>`);
    await vi.waitFor(() => expect(title(el)).toBe('How it works'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not load its "fr" strings'), expect.any(Error));
  });
});

describe('when not even English can load', () => {
  it('shows a notice instead of a blank widget', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const offlineTable = new LocaleTable<ArticleStrings>('kc-test-offline', () => Promise.reject(new Error('offline')), {});
    class Offline extends KcElement<ArticleStrings> {
      protected readonly locale = new LocaleController(this, offlineTable);
      protected override renderView() {
        return litHtml`<p>${this.strings.title}</p>`;
      }
    }
    defineElement('kc-test-offline', Offline);
    const el = await fixture(html`<kc-test-offline></kc-test-offline>`);
    await vi.waitFor(() => expect(el.shadowRoot?.querySelector('[role=alert]')?.textContent).toContain('could not be loaded'));
    vi.restoreAllMocks();
  });
});
