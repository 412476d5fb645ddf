/**
 * A breathing session, with no DOM: where it is (not started, running, paused, finished), how much time was practised,
 * the phase in progress and the countdown, and which events to send when. It reads one clock and asks the pure schedule
 * where the breath is each time it wakes, so it never drifts; between changes (a phase boundary, a new second on the
 * countdown) it sleeps on a timer set for the next change, never on animation frames.
 */
import type { BreathClock } from './clock.js';
import type { BreathPattern, BreathStep } from './patterns.js';
import { breathPhaseAt, completedCycles, type BreathState } from './schedule.js';

/** Where a session is: not started, running, paused, or finished (the completion view). */
export type BreathTimerState = 'idle' | 'running' | 'paused' | 'complete';

/**
 * The detail of `kc-breath-phase`: where the breath is (as `breathPhaseAt`
 * gives it) when the phase begins, and the phase's full length. `phaseProgress`
 * is 0 at a boundary; more after a jump (a hidden tab), when the event reports
 * the phase already in progress.
 */
export interface BreathPhaseDetail extends BreathState {
  /** The phase's full length in milliseconds. */
  durationMs: number;
  /** `true` for the short second inhale of cyclic sighing (its `phase` is `inhale`); absent otherwise. */
  topUp?: true;
}

/** The detail of `kc-breath-complete` and `kc-breath-stop`. */
export interface BreathSessionDetail {
  /** Time practised, pauses excluded, in milliseconds. */
  elapsedMs: number;
  /** Whole breaths completed. */
  cycles: number;
}

/** What a session plays: the pattern, and its length in whole breaths and in milliseconds. */
export interface SessionPlan {
  readonly pattern: BreathPattern;
  readonly cycles: number;
  readonly totalMs: number;
}

/** The events a session sends, by their DOM names, with their details. */
export interface SessionEvents {
  'kc-breath-start': { pattern: string };
  'kc-breath-phase': BreathPhaseDetail;
  'kc-breath-pause': { elapsedMs: number };
  'kc-breath-resume': { elapsedMs: number };
  'kc-breath-complete': BreathSessionDetail;
  'kc-breath-stop': BreathSessionDetail;
}

/** One event a session sends: its name and detail. */
export type SessionEvent = { [K in keyof SessionEvents]: { type: K; detail: SessionEvents[K] } }[keyof SessionEvents];

/** What a session needs from the widget that shows it. */
export interface SessionHost {
  /** The clock to read and sleep on (read at each use: a test may replace it before a session starts). */
  readonly clock: () => BreathClock;
  /** Sends one of the session's events. */
  readonly send: (event: SessionEvent) => void;
  /** Time began to run (a start or a resume): keep the screen awake, play the tones. */
  readonly runningStarted: () => void;
  /** Time stopped (a pause, a stop, the end): let the screen sleep, silence the tones (at the end, let the last ring). */
  readonly runningStopped: (atTheEnd: boolean) => void;
  /** Something the view shows changed: the state, the phase, the countdown's second or the progress. */
  readonly changed: () => void;
}

/** The phase a running or paused session is in, as last reported. */
export interface PhaseInProgress {
  readonly step: BreathStep;
  readonly cycle: number;
  readonly phaseIndex: number;
}

export class BreathingSession {
  private sessionState: BreathTimerState = 'idle';
  private sessionPlan?: SessionPlan;
  /** Time practised before the current run (pauses excluded). */
  private practisedMs = 0;
  /** The clock's time when the current run began. */
  private runStartedAt = 0;
  private phaseInProgress?: PhaseInProgress;
  private countdownSeconds = 0;
  private doneFraction = 0;
  private cancelWake?: () => void;

  constructor(private readonly host: SessionHost) {}

  /** Where the session is. */
  get state(): BreathTimerState {
    return this.sessionState;
  }

  /** Running or paused: a session in progress. */
  get inProgress(): boolean {
    return this.sessionState === 'running' || this.sessionState === 'paused';
  }

  /** What the session plays (the last one, once finished or stopped). */
  get plan(): SessionPlan | undefined {
    return this.sessionPlan;
  }

  /** The phase in progress, once the session has begun; kept while paused, cleared by a stop. */
  get phase(): PhaseInProgress | undefined {
    return this.phaseInProgress;
  }

  /** Whole seconds left in the phase, as the countdown shows them. */
  get secondsLeft(): number {
    return this.countdownSeconds;
  }

  /** How much of the session is done, 0 to 1 (updated with the countdown). */
  get progress(): number {
    return this.doneFraction;
  }

  /** Time practised, pauses excluded, in milliseconds. */
  elapsedMs(): number {
    return this.sessionState === 'running' ? this.practisedMs + this.host.clock().now() - this.runStartedAt : this.practisedMs;
  }

  /** Starts `plan` from its beginning, unless a session is in progress. Sends `kc-breath-start`, then the first phase. */
  start(plan: SessionPlan): void {
    if (this.inProgress) return;
    this.sessionPlan = plan;
    this.practisedMs = 0;
    this.phaseInProgress = undefined;
    this.countdownSeconds = 0;
    this.doneFraction = 0;
    this.host.send({ type: 'kc-breath-start', detail: { pattern: plan.pattern.id } });
    this.run();
  }

  /** Pauses a running session: time stops until `resume()`. Sends `kc-breath-pause`. */
  pause(): void {
    if (this.sessionState !== 'running') return;
    this.freezeTime(false);
    this.host.send({ type: 'kc-breath-pause', detail: { elapsedMs: this.practisedMs } });
  }

  /** Resumes a paused session exactly where it stopped. Sends `kc-breath-resume`. */
  resume(): void {
    if (this.sessionState !== 'paused') return;
    this.host.send({ type: 'kc-breath-resume', detail: { elapsedMs: this.practisedMs } });
    this.run();
  }

  /** Ends a running or paused session early, back to not started. Sends `kc-breath-stop` with the time and whole breaths done. */
  stop(): void {
    if (!this.inProgress) return;
    this.freezeTime(false);
    this.sessionState = 'idle';
    this.phaseInProgress = undefined;
    const elapsedMs = this.practisedMs;
    this.host.changed();
    this.host.send({
      type: 'kc-breath-stop',
      detail: { elapsedMs, cycles: completedCycles(this.sessionPlan!.pattern, elapsedMs) },
    });
  }

  /** Back to not started from any state (a session in progress is stopped first, sending `kc-breath-stop`). */
  reset(): void {
    this.stop();
    if (this.sessionState === 'idle') return;
    this.sessionState = 'idle';
    this.phaseInProgress = undefined;
    this.host.changed();
  }

  /**
   * Catches up with the schedule at once (a hidden tab shown again: its timers ran late, or not at all). Does nothing
   * unless running.
   */
  catchUp(): void {
    if (this.sessionState !== 'running') return;
    this.cancelWake?.();
    this.tick();
  }

  private run(): void {
    this.sessionState = 'running';
    this.runStartedAt = this.host.clock().now();
    this.host.changed();
    this.host.runningStarted();
    this.tick();
  }

  /** Freezes time and lets go of the wake-up timer. */
  private freezeTime(atTheEnd: boolean): void {
    if (this.sessionState === 'running') {
      this.practisedMs = this.elapsedMs();
      this.sessionState = 'paused';
      this.host.changed();
    }
    this.cancelWake?.();
    this.cancelWake = undefined;
    this.host.runningStopped(atTheEnd);
  }

  /** One wake-up: read the clock, ask the schedule, act only when something changed, then sleep until the next change. */
  private readonly tick = (): void => {
    if (this.sessionState !== 'running') return;
    const plan = this.sessionPlan!;
    const elapsedMs = this.elapsedMs();
    if (elapsedMs >= plan.totalMs) return this.finish(plan);
    const at = breathPhaseAt(plan.pattern, elapsedMs);
    const step = plan.pattern.steps[at.phaseIndex]!;
    const phaseBegan = at.cycle !== this.phaseInProgress?.cycle || at.phaseIndex !== this.phaseInProgress.phaseIndex;
    const secondsLeft = Math.ceil(at.remainingMs / 1000);
    if (phaseBegan) this.phaseInProgress = { step, cycle: at.cycle, phaseIndex: at.phaseIndex };
    // The countdown and progress change once a second (and at phase boundaries): one update then, never one a frame.
    if (phaseBegan || secondsLeft !== this.countdownSeconds) {
      this.countdownSeconds = secondsLeft;
      this.doneFraction = elapsedMs / plan.totalMs;
      this.host.changed();
    }
    if (phaseBegan)
      this.host.send({
        type: 'kc-breath-phase',
        detail: { ...at, durationMs: step.ms, ...(step.topUp && { topUp: true as const }) },
      });
    // Sleep on a timer until the next change (a new second or a new phase): never on frames, which may not come.
    this.cancelWake = this.host.clock().wake(this.tick, at.remainingMs % 1000 || 1000);
  };

  /** The last breath ended: finished, with the whole session's time and breaths. */
  private finish(plan: SessionPlan): void {
    this.freezeTime(true);
    this.practisedMs = plan.totalMs;
    this.sessionState = 'complete';
    this.host.changed();
    this.host.send({ type: 'kc-breath-complete', detail: { elapsedMs: plan.totalMs, cycles: plan.cycles } });
  }
}
