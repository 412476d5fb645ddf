import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { STEPS, validateAnswers, type EligibilityAnswers, type Step } from './answers.js';

/**
 * Where a draft is kept: `session` (the default) keeps it in `sessionStorage`, which the browser clears when
 * the tab closes; `none` keeps nothing (kiosks, shared computers). Never `localStorage`, cookies or the URL.
 */
export const PERSIST_MODES = ['session', 'none'] as const;
export type PersistMode = (typeof PERSIST_MODES)[number];

/** A draft in progress: the answers, the step reached, and whether the crisis panel has shown. */
export interface Draft {
  answers: EligibilityAnswers;
  step: Step;
  crisis: boolean;
}

/** The page's `sessionStorage`, or undefined where it is blocked (some sandboxed frames, strict privacy settings). */
export function sessionStore(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}

/** The storage key of one widget on one page: its `id` (or its position among the page's widgets) and the path. */
export function draftKey(instance: string, pathname: string): string {
  return `kc-eligibility-check:${pathname}#${instance}`;
}

/** An element's position among the elements with its tag in its own root (the document, or a shadow root). */
const positionOf = (el: Element) => [...(el.getRootNode() as ParentNode).querySelectorAll(CSS.escape(el.localName))].indexOf(el);

/**
 * What tells a connected widget from every other on the page: its `id`, else its position among the widgets of
 * its root; in a shadow root, preceded by each host's tag and position in its own root, up to the document
 * (`my-card[1] 0`). Widgets in different shadow roots never share a draft.
 */
export function instanceName(el: Element): string {
  let instance = el.id || String(positionOf(el));
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode())
    instance = `${root.host.localName}[${positionOf(root.host)}] ${instance}`;
  return instance;
}

/** Stores a draft; a full or blocked storage is ignored (the flow goes on, only the draft is not kept). */
export function saveDraft(storage: Storage | undefined, key: string, draft: Draft): void {
  try {
    storage?.setItem(key, JSON.stringify(draft));
  } catch {
    /* storage full or disabled: nothing to keep */
  }
}

/**
 * Prefixed to a draft's key, where a hand-off being sent (its `Idempotency-Key` and body) is kept next to that
 * draft, under the same rules, so that after a reload the patient can finish that very send.
 */
const PENDING_HANDOFF = 'kc-handoff:';

/** Where the hand-off being sent with the draft under `key` is kept. */
export function pendingHandoffKey(key: string): string {
  return PENDING_HANDOFF + key;
}

/** Deletes a draft and the hand-off kept with it. */
export function clearDraft(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
    storage?.removeItem(pendingHandoffKey(key));
  } catch {
    /* nothing stored */
  }
}

/**
 * Reads a draft back, validating every answer: an invalid answer is left out (`dropped` counts them) and every
 * valid one kept, with the crisis flag and the step reached (the first step when that is unknown). A draft with
 * nothing usable left is removed.
 */
export function loadDraft(storage: Storage | undefined, key: string): (Draft & { dropped: number }) | undefined {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return undefined;
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not a draft');
    const { answers: saved, step, crisis } = data as Partial<Draft>;
    const { answers, errors } = validateAnswers(saved);
    if (!Object.keys(answers).length && crisis !== true) throw new Error('nothing to restore');
    return {
      answers,
      step: STEPS.includes(step as Step) ? (step as Step) : 'about',
      crisis: crisis === true,
      dropped: errors.length,
    };
  } catch {
    clearDraft(storage, key);
    return undefined;
  }
}

/** The widgets on the page (in the document or any shadow root), and the ids already said to be shared by two. */
const widgetsOnPage = new Set<Element>();
const idsSaidShared = new Set<string>();

/**
 * One widget's draft: named after the widget's place on the page, looked for once before anything is saved over it,
 * then kept or deleted as the screening goes.
 */
export class DraftKeeper implements ReactiveController {
  /** The draft's storage key, once the widget is connected (its page, its id or place, its shadow hosts). */
  #key?: string;
  #looked = false;

  /** @param keeps whether a draft is kept at all (`persist="session"`) */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly keeps: () => boolean,
  ) {
    host.addController(this);
  }

  /**
   * Names the draft after the widget's place on the page, the first time it is connected. Ids name drafts, and two
   * widgets with one id in one root would share theirs: that is said once (the id only, never an answer).
   */
  hostConnected(): void {
    const el = this.host;
    this.#key ??= draftKey(instanceName(el), location.pathname);
    widgetsOnPage.add(el);
    if (el.id && !idsSaidShared.has(el.id) && [...widgetsOnPage].some((other) => other !== el && other.id === el.id)) {
      idsSaidShared.add(el.id);
      console.warn(
        `<${el.localName}> id="${el.id}" is used by another <${el.localName}> on this page: give each its own id (the id names its saved draft).`,
      );
    }
  }

  hostDisconnected(): void {
    widgetsOnPage.delete(this.host);
  }

  /** Where the draft (and a hand-off being sent) is kept: nowhere when nothing is kept. */
  get keptKey(): string | undefined {
    return this.keeps() ? this.#key : undefined;
  }

  /** Whether a saved draft waits to be resumed. */
  get waiting(): boolean {
    return !this.#looked && !!this.keptKey && !!sessionStore()?.getItem(this.keptKey);
  }

  /** Whether the saved draft was looked for: until then, nothing is saved over it. */
  get looked(): boolean {
    return this.#looked;
  }

  /**
   * Resumes the saved draft into `screening`, the first time it is asked (a draft nothing may keep is deleted instead).
   * Answers that do not check out are left out; the console says how many, never which or what.
   */
  resume(screening: { restore(draft: Draft): { crisisStarted: boolean } }): { crisisStarted: boolean } | undefined {
    this.#looked = true;
    const key = this.keptKey;
    if (!key) {
      this.forget();
      return undefined;
    }
    const draft = loadDraft(sessionStore(), key);
    if (!draft) return undefined;
    if (draft.dropped)
      console.warn(
        `<${this.host.localName}> ${draft.dropped} saved answer(s) could not be restored and were left out; the others were.`,
      );
    return screening.restore(draft);
  }

  /** Keeps `draft`, or deletes what is kept when there is nothing (more) to keep. */
  save(draft: Draft | undefined): void {
    if (!this.#key || !this.#looked) return;
    const key = this.keptKey;
    if (key && draft) saveDraft(sessionStore(), key, draft);
    else this.forget();
  }

  /** Deletes the saved draft and a hand-off kept with it. */
  forget(): void {
    if (this.#key) clearDraft(sessionStore(), this.#key);
  }
}
