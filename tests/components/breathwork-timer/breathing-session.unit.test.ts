// The session model on its own, in Node: every transition the element's tests drive through the DOM (start, pause,
// resume, stop, reset, the end, a hidden tab), with the events it asks the element to send and when.
import { describe, expect, it } from 'vitest';
import {
  BreathingSession,
  type SessionEvent,
  type SessionPlan,
} from '../../../src/components/breathwork-timer/breathing-session.js';
import { manualClock, type ManualClock } from '../../../src/components/breathwork-timer/clock.js';
import { namedPattern, type PatternName } from '../../../src/components/breathwork-timer/patterns.js';
import { parsePattern } from '../../../src/components/breathwork-timer/parse.js';

const START = 10_000;

function plan(pattern: PatternName | string, cycles: number): SessionPlan {
  const read = parsePattern(pattern);
  const chosen = 'pattern' in read ? read.pattern : namedPattern('box');
  return { pattern: chosen, cycles, totalMs: cycles * chosen.cycleMs };
}

/** A session on a manual clock, recording what it asks its host to do, at which session time. */
function session(clock: ManualClock = manualClock(START)) {
  const sent: (SessionEvent & { at: number })[] = [];
  const running: string[] = [];
  let changes = 0;
  const model = new BreathingSession({
    clock: () => clock,
    send: (event) => sent.push({ ...event, at: clock.time - START }),
    runningStarted: () => running.push('started'),
    runningStopped: (atTheEnd) => running.push(atTheEnd ? 'ended' : 'stopped'),
    changed: () => changes++,
  });
  const types = () => sent.map((e) => e.type.replace('kc-breath-', ''));
  const phases = () => sent.filter((e) => e.type === 'kc-breath-phase');
  return { model, clock, sent, running, types, phases, changes: () => changes };
}

describe('BreathingSession: starting', () => {
  it('starts idle, with nothing in progress', () => {
    const { model, sent } = session();
    expect(model.state).toBe('idle');
    expect(model.inProgress).toBe(false);
    expect(model.elapsedMs()).toBe(0);
    expect(sent).toEqual([]);
  });

  it('sends kc-breath-start with the pattern, then the first phase at once, and holds what a running session needs', () => {
    const { model, sent, running, clock } = session();
    model.start(plan('box', 2));
    expect(model.state).toBe('running');
    expect(sent).toEqual([
      { type: 'kc-breath-start', detail: { pattern: 'box' }, at: 0 },
      {
        type: 'kc-breath-phase',
        detail: { phase: 'inhale', phaseIndex: 0, cycle: 1, phaseProgress: 0, remainingMs: 4000, durationMs: 4000 },
        at: 0,
      },
    ]);
    expect(running).toEqual(['started']);
    expect(model.secondsLeft).toBe(4);
    expect(clock.pending).toBe(1);
  });

  it('names a custom pattern by its seconds', () => {
    const { model, sent } = session();
    model.start(plan('4-2-6-0', 1));
    expect(sent[0]).toMatchObject({ type: 'kc-breath-start', detail: { pattern: '4-2-6-0' } });
  });

  it('ignores start() while a session is in progress, running or paused', () => {
    const { model, clock, types } = session();
    model.start(plan('box', 2));
    clock.advance(100);
    model.start(plan('coherent', 2));
    model.pause();
    model.start(plan('coherent', 2));
    expect(types()).toEqual(['start', 'phase', 'pause']);
    expect(model.plan!.pattern.id).toBe('box');
  });

  it('reads the clock it is given at each use (a clock set after construction is the one used)', () => {
    let clock = manualClock(0);
    const model = new BreathingSession({
      clock: () => clock,
      send: () => {},
      runningStarted: () => {},
      runningStopped: () => {},
      changed: () => {},
    });
    clock = manualClock(START);
    model.start(plan('box', 1));
    clock.advance(1500);
    expect(model.elapsedMs()).toBe(1500);
  });
});

describe('BreathingSession: phases on one clock', () => {
  it('sends a phase at every boundary of the schedule, on time, and never drifts', () => {
    const { model, clock, phases } = session();
    model.start(plan('coherent', 600));
    clock.advance(3_300_000 - 1);
    const lates = phases().map((e, i) => e.at - i * 5500);
    expect(lates).toHaveLength(600);
    expect(Math.max(...lates)).toBe(0);
  });

  it('marks the sigh’s top-up inhale (its own phase, index 1) with topUp: true, and no other', () => {
    const { model, clock, phases } = session();
    model.start(plan('sigh', 2));
    clock.advance(9000);
    expect(phases().map((e) => [e.at, e.detail])).toEqual([
      [0, expect.not.objectContaining({ topUp: true })],
      [2000, expect.objectContaining({ phase: 'inhale', phaseIndex: 1, durationMs: 1000, topUp: true })],
      [3000, expect.not.objectContaining({ topUp: true })],
      [9000, expect.not.objectContaining({ topUp: true })],
    ]);
    expect(phases().map((e) => 'topUp' in e.detail)).toEqual([false, true, false, false]);
  });

  it('wakes once for each new second or boundary, and asks for a view update only then', () => {
    const { model, clock, changes } = session();
    let wakeUps = 0;
    const wake = clock.wake.bind(clock);
    clock.wake = (callback, afterMs) => wake(() => (wakeUps++, callback()), afterMs);
    model.start(plan('box', 10));
    const before = changes();
    clock.advance(3000);
    expect(wakeUps).toBe(3);
    expect(changes() - before).toBe(3);
    expect(model.secondsLeft).toBe(1);
    expect(model.progress).toBeCloseTo(3000 / 160_000);
  });

  it('after a jump (a hidden tab) reports only the phase in progress, with how far it is', () => {
    const { model, clock, phases } = session();
    model.start(plan('box', 10));
    clock.advance(1000);
    clock.jump(37_000);
    expect(phases()).toHaveLength(2);
    expect(phases()[1]!.detail).toEqual({
      phase: 'hold',
      phaseIndex: 1,
      cycle: 3,
      phaseProgress: 0.5,
      remainingMs: 2000,
      durationMs: 4000,
    });
    expect(model.phase).toMatchObject({ cycle: 3, phaseIndex: 1 });
    expect(model.secondsLeft).toBe(2);
  });

  it('catches up at once when asked (a hidden tab shown again), before its timer fires', () => {
    const { model, clock, phases } = session();
    model.start(plan('box', 10));
    clock.advance(1000);
    clock.time += 37_000;
    model.catchUp();
    expect(phases().map((e) => [e.at, e.detail.phase, e.detail.cycle])).toEqual([
      [0, 'inhale', 1],
      [38_000, 'hold', 3],
    ]);
    expect(clock.pending).toBe(1);
  });

  it('does not catch up unless running', () => {
    const { model, clock, sent } = session();
    model.catchUp();
    model.start(plan('box', 10));
    model.pause();
    clock.time += 37_000;
    model.catchUp();
    expect(sent.map((e) => e.type)).toEqual(['kc-breath-start', 'kc-breath-phase', 'kc-breath-pause']);
    expect(clock.pending).toBe(0);
  });
});

describe('BreathingSession: pause and resume', () => {
  it('pause freezes time and lets go of its timer; resume continues exactly where it stopped', () => {
    const { model, clock, sent, running, phases } = session();
    model.start(plan('box', 10));
    clock.advance(5000);
    model.pause();
    expect(model.state).toBe('paused');
    expect(model.inProgress).toBe(true);
    expect(sent.at(-1)).toEqual({ type: 'kc-breath-pause', detail: { elapsedMs: 5000 }, at: 5000 });
    expect(clock.pending).toBe(0);
    clock.advance(600_000);
    expect(model.elapsedMs()).toBe(5000);
    expect(phases()).toHaveLength(2);
    model.resume();
    expect(sent.at(-1)).toMatchObject({ type: 'kc-breath-resume', detail: { elapsedMs: 5000 } });
    // No second event for the phase it was in.
    expect(phases()).toHaveLength(2);
    clock.advance(3000);
    expect(phases()[2]!.detail.phase).toBe('exhale');
    expect(phases()[2]!.at).toBe(608_000);
    expect(running).toEqual(['started', 'stopped', 'started']);
  });

  it('keeps the phase in progress while paused', () => {
    const { model, clock } = session();
    model.start(plan('box', 10));
    clock.advance(5000);
    model.pause();
    expect(model.phase).toMatchObject({ phaseIndex: 1, step: { phase: 'hold' } });
  });

  it('pause() and resume() only act when they can', () => {
    const { model, clock, types } = session();
    model.pause();
    model.resume();
    model.start(plan('box', 10));
    clock.advance(100);
    model.resume();
    model.pause();
    model.pause();
    expect(types()).toEqual(['start', 'phase', 'pause']);
  });
});

describe('BreathingSession: the end', () => {
  it.each([
    ['box', 4, 64_000],
    ['478', 4, 76_000],
    ['4-0-6-0', 3, 30_000],
  ])('%s for %i breaths ends at the end of the last whole breath (%i ms)', (pattern, cycles, endsAt) => {
    const { model, clock, sent, running } = session();
    model.start(plan(pattern, cycles));
    clock.advance(endsAt - 1);
    expect(model.state).toBe('running');
    clock.advance(16);
    expect(model.state).toBe('complete');
    expect(model.inProgress).toBe(false);
    expect(sent.at(-1)).toEqual({ type: 'kc-breath-complete', detail: { elapsedMs: endsAt, cycles }, at: endsAt });
    expect(model.elapsedMs()).toBe(endsAt);
    // The last tones ring out.
    expect(running.at(-1)).toBe('ended');
    expect(clock.pending).toBe(0);
  });

  it('starts again from the beginning after the end', () => {
    const { model, clock, sent } = session();
    model.start(plan('box', 1));
    clock.advance(16_000);
    model.start(plan('box', 1));
    expect(model.state).toBe('running');
    expect(model.elapsedMs()).toBe(0);
    expect(sent.at(-1)).toMatchObject({ type: 'kc-breath-phase', detail: { cycle: 1, phaseIndex: 0 } });
  });
});

describe('BreathingSession: stop and reset', () => {
  it('stop() ends early with the time and whole breaths done, back to not started; a second stop sends nothing', () => {
    const { model, clock, sent, types } = session();
    model.start(plan('box', 10));
    clock.advance(20_000);
    model.stop();
    expect(sent.at(-1)).toEqual({ type: 'kc-breath-stop', detail: { elapsedMs: 20_000, cycles: 1 }, at: 20_000 });
    expect(model.state).toBe('idle');
    expect(model.phase).toBeUndefined();
    expect(clock.pending).toBe(0);
    model.stop();
    expect(types().filter((t) => t === 'stop')).toHaveLength(1);
  });

  it('stop() from paused reports the time before the pause', () => {
    const { model, clock, sent } = session();
    model.start(plan('box', 10));
    clock.advance(6000);
    model.pause();
    clock.advance(60_000);
    model.stop();
    expect(sent.at(-1)).toMatchObject({ type: 'kc-breath-stop', detail: { elapsedMs: 6000, cycles: 0 } });
  });

  it('reset() leaves the end without a stop, and stops a session in progress first', () => {
    const { model, clock, types } = session();
    model.start(plan('box', 1));
    clock.advance(16_000);
    model.reset();
    expect(model.state).toBe('idle');
    expect(types()).not.toContain('stop');
    model.start(plan('box', 1));
    clock.advance(2000);
    model.reset();
    expect(model.state).toBe('idle');
    expect(types().at(-1)).toBe('stop');
  });
});
