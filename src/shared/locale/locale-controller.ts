import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LANG, loadersByLang, matchLocale, requestedLang, textDirection, type LocaleLoader } from './locale.js';

/**
 * One widget's translations, loaded once per page and shared by every
 * instance. English is either bundled (pass the strings) or, for widgets whose
 * words are long articles, loaded like every other language (pass a loader), so
 * each reader downloads only the language they read.
 */
/** Every widget's table, so a server can load a language for all of them before rendering. */
const tables = new Set<LocaleTable<unknown>>();

/**
 * Loads a language's strings for every registered widget, so they render
 * synchronously. Server rendering needs it (a server cannot wait for a lazy
 * load mid-render): `await preloadLocale('es')` before `render(...)`.
 * In a browser it is optional (widgets load what they need).
 */
export async function preloadLocale(lang = DEFAULT_LANG): Promise<void> {
  await Promise.all([...tables].map((table) => table.load(table.resolve(lang))));
}

export class LocaleTable<S> {
  private readonly loaders: Record<string, LocaleLoader<S>>;
  private readonly loaded = new Map<string, S>();
  private readonly loading = new Map<string, Promise<S>>();
  private readonly warned = new Set<string>();
  /** The languages this widget speaks. */
  readonly languages: readonly string[];

  /**
   * @param tagName the widget, named in warnings
   * @param english the English strings, or a loader for them
   * @param modules `import.meta.glob<{ default: S }>('./locales/*.ts')` from the widget's folder
   */
  constructor(
    readonly tagName: string,
    english: S | LocaleLoader<S>,
    modules: Record<string, LocaleLoader<S>>,
  ) {
    tables.add(this as LocaleTable<unknown>);
    this.loaders = loadersByLang(modules);
    if (typeof english === 'function') this.loaders[DEFAULT_LANG] = english as LocaleLoader<S>;
    else this.loaded.set(DEFAULT_LANG, english);
    this.languages = [...new Set([DEFAULT_LANG, ...Object.keys(this.loaders)])];
  }

  /** The supported language for a requested tag, warning once and using English when there is none. */
  resolve(requested: string): string {
    const match = matchLocale(requested, this.languages);
    if (match) return match;
    const key = requested.toLowerCase();
    if (!this.warned.has(key)) {
      this.warned.add(key);
      console.warn(
        `<${this.tagName}> has no "${requested}" translation; showing English. Available: ${this.languages.join(', ')}.`,
      );
    }
    return DEFAULT_LANG;
  }

  /** Strings already loaded for a language, if any. */
  get(lang: string): S | undefined {
    return this.loaded.get(lang);
  }

  /**
   * Loads a language's strings (once). If the file fails to load, English is
   * used instead; if English itself fails, the promise rejects.
   */
  load(lang: string): Promise<S> {
    const ready = this.loaded.get(lang);
    if (ready) return Promise.resolve(ready);
    let pending = this.loading.get(lang);
    if (!pending) {
      const loader = this.loaders[lang];
      pending = (loader ? loader() : Promise.reject(new Error('no loader')))
        .then((module) => {
          this.loaded.set(lang, module.default);
          return module.default;
        })
        .catch((error: unknown) => {
          this.loading.delete(lang);
          if (lang === DEFAULT_LANG) throw error;
          console.warn(`<${this.tagName}> could not load its "${lang}" strings; showing English.`, error);
          return this.load(DEFAULT_LANG).then((english) => {
            this.loaded.set(lang, english);
            return english;
          });
        });
      this.loading.set(lang, pending);
    }
    return pending;
  }
}

/**
 * Keeps a widget's strings in its language. The language follows `lang`
 * attributes as they change; a language that still has to load delays the
 * widget's render (see `loading`), so it never flashes English first.
 * `KcElement` calls `sync()` in `willUpdate`, which also runs in server rendering.
 */
export class LocaleController<S> implements ReactiveController {
  /** The language the strings are in, e.g. `es`. */
  lang: string = DEFAULT_LANG;
  /** True when not even the English strings could be loaded (the widget shows a notice instead). */
  failed = false;
  private current: S | undefined;
  private pending: Promise<unknown> | undefined;
  private observer: MutationObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly table: LocaleTable<S>,
  ) {
    this.current = table.get(DEFAULT_LANG);
    host.addController(this);
  }

  /** The direction the strings are written in (`ltr` for every language the widgets speak today), for the widget's root. */
  get dir(): 'ltr' | 'rtl' {
    return textDirection(this.lang);
  }

  /** The strings for this render. */
  get strings(): S {
    return this.current as S;
  }

  /** While the wanted language's strings load: settles when they have (or failed to). */
  get loading(): Promise<unknown> | undefined {
    return this.pending;
  }

  /** Follows `lang` changes on the widget itself and anywhere in the document (the widget may sit in a shadow root). */
  hostConnected(): void {
    const options = { attributeFilter: ['lang'], subtree: true };
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, options);
    this.observer.observe(document.documentElement, options);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Resolves the wanted language; loads it if needed (then `ready` is pending and the host re-renders when it lands). */
  sync(): void {
    const lang = this.table.resolve(requestedLang(this.host));
    if (lang === this.lang && this.current && !this.pending) return;
    const loaded = this.table.get(lang);
    if (loaded) {
      this.lang = lang;
      this.current = loaded;
      this.pending = undefined;
      return;
    }
    if (this.pending || this.failed) return;
    this.pending = this.table.load(lang).then(
      () => {
        this.pending = undefined;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        console.error(`<${this.table.tagName}> could not load its text.`, error);
        this.pending = undefined;
        this.failed = true;
        this.host.requestUpdate();
      },
    );
  }
}
