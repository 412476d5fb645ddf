// Type-level tests for <kc-breathwork-timer>: `npm run typecheck` fails if its public types regress. Nothing here runs.
import { breathPhaseAt, namedPattern, type BreathPhase, type KcBreathworkTimer } from '../../src/index.js';

export function tagAndEventsAreTyped(): KcBreathworkTimer {
  const timer = document.createElement('kc-breathwork-timer');
  timer.addEventListener('kc-breath-phase', (e) => {
    const phase: BreathPhase = e.detail.phase;
    const numbers: number[] = [e.detail.phaseIndex, e.detail.cycle, e.detail.durationMs, e.detail.phaseProgress];
    void phase;
    void numbers;
    // Only the sigh's short second inhale carries `topUp`, and then it is `true`.
    const topUp: true | undefined = e.detail.topUp;
    void topUp;
  });
  document.addEventListener('kc-breath-complete', (e) => void (e.detail.elapsedMs + e.detail.cycles));
  document.addEventListener('kc-breath-stop', (e) => void (e.detail.elapsedMs + e.detail.cycles));
  document.addEventListener('kc-breath-start', (e) => void e.detail.pattern.toUpperCase());
  document.addEventListener('kc-breath-reflection', (e) => void e.detail.text.trim());
  // @ts-expect-error: a phase is one of four words.
  const wrong: BreathPhase = 'exhale-twice';
  void wrong;
  // @ts-expect-error: `state` is read-only.
  timer.state = 'running';
  const state: 'idle' | 'running' | 'paused' | 'complete' = timer.state;
  void state;
  return timer;
}

export function scheduleIsTyped(): number {
  const at = breathPhaseAt(namedPattern('box'), 1000);
  // @ts-expect-error: only the named patterns have a name.
  namedPattern('square');
  return at.remainingMs;
}
