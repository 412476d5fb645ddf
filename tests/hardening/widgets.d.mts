/** A widget element as the in-page functions see it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Widget = HTMLElement & Record<string, any> & { shadowRoot: ShadowRoot; updateComplete: Promise<unknown> };

/** A click with real input: the control to click and a selector that matches once it worked (both in the shadow root). */
export interface ClickSpec {
  target: string;
  expect: string;
  /** What the click is, for reports ("tab click"). */
  label: string;
}

/** Keyboard use: Tab from the page until `reach` has focus, press `press` (a Playwright key name), then `expect` matches. */
export interface KeyboardSpec {
  reach: string;
  press: string;
  expect: string;
}

export interface SessionSpec {
  /** Extra attributes for the session's instance (`{endpoint}` becomes a URL the harness answers). */
  attributes: Record<string, string>;
  /** Runs in the page before the click (load what the session needs, fill a form). */
  prepare: ((el: Widget) => Promise<void>) | null;
  /** The control whose real click starts the session. */
  click: string;
  /** True while the session is under way. */
  active: (el: Widget) => boolean;
  /** What a session holds that must be let go when the widget is removed (the lifecycle test checks it saw them). */
  holds: ('timeouts' | 'intervals' | 'frames' | 'listeners' | 'observers' | 'wakeLocks' | 'audio' | 'fetches')[];
}

export interface PatientInputSpec {
  attributes: Record<string, string>;
  /** Whether the widget may keep what a patient typed in sessionStorage (the eligibility draft). */
  sessionStorage: boolean;
  /** Types `secret` where a patient types and sends it on; resolves to true when the widget took it. */
  type: (el: Widget, secret: string) => Promise<boolean>;
}

export interface WidgetSpec {
  summary: string;
  /** A working instance's attributes (`''` is a boolean attribute). */
  attributes: Record<string, string>;
  /** True once the widget is usable. */
  ready: (el: Widget) => boolean;
  readyLabel: string;
  /** For elements with no controls: what proves they work. */
  works: ((el: Widget) => boolean) | null;
  /** Why an element has nothing to operate (kc-clinic); null for widgets. */
  passive: string | null;
  click: ((el: Widget) => ClickSpec) | null;
  keyboard: ((el: Widget) => KeyboardSpec) | null;
  session: SessionSpec | null;
  patientInput: PatientInputSpec | null;
  /**
   * True when the widget refuses to work because a setting it cannot safely do without is invalid (the eligibility
   * check's `min-age`), and says so; waiting for the widget to be ready accepts that, as random or hostile values of
   * that setting are invalid.
   */
  refused?: (el: Widget) => boolean;
  /** Values for object/JSON properties (a content override, a rule set), each set with hostile text inside. */
  hostileConfig?: (payload: string) => Record<string, unknown>[];
  /** Whether that hostile text shows on the widget (as text). */
  showsHostileConfig?: boolean;
}

export const WIDGETS: Record<string, WidgetSpec>;
export function widgetSpec(tag: string): WidgetSpec;
export function specsFor(tags: readonly string[]): [string, WidgetSpec][];
export function markup(tag: string, attributes?: Record<string, string>, endpoint?: string): string;
