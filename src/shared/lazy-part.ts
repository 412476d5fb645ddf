import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Part of a widget that loads the first time a widget needs it: a later step's views, another language's text, an
 * optional feature (sound, the pattern picker). It loads once per page and every widget shares it; a load that failed
 * (offline) is tried again the next time a widget asks for it.
 */
export class LazyPart<T> {
  private loadedModule: T | undefined;
  private loading: Promise<T> | undefined;

  constructor(private readonly importModule: () => Promise<T>) {}

  /** The module, once it has loaded. */
  get module(): T | undefined {
    return this.loadedModule;
  }

  /** Loads the module, once; after a failed load, tries again. */
  load(): Promise<T> {
    if (this.loadedModule) return Promise.resolve(this.loadedModule);
    this.loading ??= this.importModule().then(
      (module) => (this.loadedModule = module),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }
}

/** Where one widget is with a lazy part: not asked for yet, loading, here, or failed to load (until asked again). */
export type PartStatus = 'idle' | 'pending' | 'ready' | 'failed';

/**
 * One widget's use of a {@link LazyPart}. `load()` asks for the part; the widget updates when it arrives or fails, and
 * its render reads `status` and `module`. `KcElement` waits for what `loadsBeforeRender()` returns before each render,
 * so a part needed by a render arrives before that render (no placeholder flashes) and a failed one is shown as failed
 * (never awaited forever).
 */
export class PartController<T> implements ReactiveController {
  private currentStatus: PartStatus;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly part: LazyPart<T>,
  ) {
    this.currentStatus = part.module ? 'ready' : 'idle';
    host.addController(this);
  }

  /** Not asked for yet, loading, here, or failed to load (until asked again). */
  get status(): PartStatus {
    return this.currentStatus;
  }

  /** The part's module, once it has loaded (for any widget on the page). */
  get module(): T | undefined {
    return this.part.module;
  }

  /** Asks for the part (again after a failure); settles with the module, or `undefined` when it could not load. */
  load(): Promise<T | undefined> {
    if (this.part.module) {
      this.currentStatus = 'ready';
      return Promise.resolve(this.part.module);
    }
    this.currentStatus = 'pending';
    return this.part.load().then(
      (module) => {
        this.currentStatus = 'ready';
        this.host.requestUpdate();
        return module;
      },
      () => {
        this.currentStatus = 'failed';
        this.host.requestUpdate();
        return undefined;
      },
    );
  }

  /**
   * For the wait before a render: asks for the part if it never was, and gives what is still loading. Nothing when it
   * is here or failed (a failed part is asked for again by the next use, not by every render).
   */
  loadIfNeverAsked(): Promise<unknown> | undefined {
    if (this.part.module) return undefined;
    if (this.currentStatus === 'idle') return this.load();
    return this.currentStatus === 'pending' ? this.part.load().catch(() => undefined) : undefined;
  }

  hostConnected(): void {
    // A widget attached again after its part failed asks again on its next use; one whose part arrived meanwhile has it.
    if (this.part.module) this.currentStatus = 'ready';
  }
}
