/**
 * Locale resolution, shared by every widget. A widget's strings live in its own
 * folder (`locales/en.ts`, `locales/es.ts`, ...); English is bundled, other
 * languages load on demand. Adding a language is one file per widget: the
 * widget finds it by its file name.
 */

/** The language every widget falls back to. */
export const DEFAULT_LANG = 'en';

/** Primary languages written right to left (ISO 639-1 and -3 codes), for the day a widget speaks one of them. */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha', 'he', 'iw', 'khw', 'ks', 'ku', 'ps', 'sd', 'ur', 'yi']);

/**
 * The direction a language is written in: `rtl` for Arabic, Hebrew, Persian, Urdu and the like, else `ltr`.
 * A widget sets it on its own root, so its text keeps its direction on a page written the other way.
 */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(lang.trim().toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** A lazily loaded locale module, as `import.meta.glob('./locales/*.ts')` returns it. */
export type LocaleLoader<S> = () => Promise<{ default: S }>;

/**
 * Picks the best available locale for a requested BCP 47 tag: an exact match
 * (`es-mx`), then its primary language (`es`). Returns `undefined` when there is
 * no match, so the caller can warn and fall back to English.
 */
export function matchLocale(requested: string, available: readonly string[]): string | undefined {
  const tag = requested.trim().toLowerCase();
  if (!tag) return undefined;
  if (available.includes(tag)) return tag;
  const primary = tag.split('-')[0] ?? '';
  return available.includes(primary) ? primary : undefined;
}

/**
 * The language a widget should speak: its own `lang`, else the nearest
 * ancestor's `lang` (crossing shadow roots), else the document's, else English.
 */
export function requestedLang(element: Element): string {
  // Duck-typed so it also runs in server rendering, where `Element` and `ShadowRoot` do not exist.
  let node: Node | null | undefined = element;
  while (node) {
    const lang = (node as Partial<Element>).getAttribute?.('lang');
    if (lang && lang.trim()) return lang.trim();
    node = node.parentNode ?? (node as Partial<ShadowRoot>).host;
  }
  return DEFAULT_LANG;
}

/** Turns the keys of `import.meta.glob('./locales/*.ts')` into language codes: `./locales/es.ts` → `es`. */
export function loadersByLang<S>(modules: Record<string, LocaleLoader<S>>): Record<string, LocaleLoader<S>> {
  const byLang: Record<string, LocaleLoader<S>> = {};
  for (const [path, load] of Object.entries(modules)) {
    const lang = /([^/]+)\.[jt]s$/.exec(path)?.[1]?.toLowerCase();
    if (lang && lang !== DEFAULT_LANG) byLang[lang] = load;
  }
  return byLang;
}
