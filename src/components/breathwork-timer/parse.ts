/**
 * The timer's settings as text: reading custom patterns and session lengths, with errors that say what was wrong, and
 * writing a length for people. Pure functions, no DOM. The element loads this only when a clinic sets a custom
 * pattern, `duration` or `cycles` (the named patterns and the default length need none of it), or when it shows a
 * length (the picker, the completion view).
 */
import {
  MAX_CYCLES,
  MAX_PHASE_S,
  MAX_SESSION_MS,
  MIN_CYCLE_S,
  MIN_PHASE_S,
  PATTERN_NAMES,
  buildPattern,
  namedPattern,
  type BreathPattern,
  type PatternName,
} from './patterns.js';
import type { ConfigError } from '../../shared/config-errors.js';
import type { SessionLength } from './schedule.js';

/** The named pattern a name stands for (case-insensitive; `4-7-8` is `478`), if any. */
export function patternByName(value: string): BreathPattern | undefined {
  const name = value.trim().toLowerCase().replace('4-7-8', '478') as PatternName;
  return PATTERN_NAMES.includes(name) ? namedPattern(name) : undefined;
}

/** A length for people: `4 min 10 s`, `45 s`, `5 min` (the units read the same in English and Spanish). */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return [minutes && `${minutes} min`, seconds % 60 && `${seconds % 60} s`].filter(Boolean).join(' ') || '0 s';
}

const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const PARTS = ['inhale', 'hold', 'exhale', 'hold-out'];
const DURATION = /^(?:(\d+(?:\.\d+)?)\s*m(?:in)?)?\s*(?:(\d+(?:\.\d+)?)\s*s(?:ec)?)?$/;

/**
 * Reads a pattern: a name (`box`, `478` or `4-7-8`, `coherent`, `sigh`,
 * case-insensitive) or seconds joined by `-`: `inhale-hold-exhale-hold`
 * (`4-2-6-0`), `inhale-hold-exhale` (`4-7-8`) or `inhale-exhale` (`5-5`).
 * Decimals are allowed (`5.5-0-5.5-0`); a phase of 0 is skipped; inhale and
 * exhale must be longer than 0; each phase is 0.5 to 60 seconds; one breath
 * lasts at least 4 seconds (faster than calm resting breathing is refused).
 *
 * @returns the pattern, or an error that says what was wrong.
 */
export function parsePattern(value: string): { pattern: BreathPattern } | { error: string } {
  const named = patternByName(value);
  if (named) return { pattern: named };
  const parts = value.split('-').map((p) => p.trim());
  if (!/\d/.test(value))
    return { error: `"${value}" is neither a pattern name (${PATTERN_NAMES.join(', ')}) nor seconds such as "4-2-6-0".` };
  if (parts.length < 2 || parts.length > 4)
    return {
      error: `"${value}" has ${parts.length} parts; give 2 to 4 numbers of seconds joined by "-": inhale-hold-exhale-hold, e.g. "4-2-6-0".`,
    };
  // 2 parts: inhale-exhale; 3: inhale-hold-exhale; 4: inhale-hold-exhale-hold.
  const slots = parts.length === 2 ? [0, 2] : [0, 1, 2, 3];
  const seconds = [0, 0, 0, 0];
  for (const [i, part] of parts.entries()) {
    const slot = slots[i]!;
    const label = `the ${PARTS[slot]} "${part}" in "${value}"`;
    const s = Number(part);
    if (!NUMBER.test(part)) return { error: `${label} is not a number of seconds.` };
    if (s && s < MIN_PHASE_S) return { error: `${label} is shorter than ${MIN_PHASE_S} s (use 0 to skip a phase).` };
    if (s > MAX_PHASE_S) return { error: `${label} is longer than ${MAX_PHASE_S} s.` };
    seconds[slot] = s;
  }
  for (const slot of [0, 2])
    if (!seconds[slot]) return { error: `the ${PARTS[slot]} in "${value}" is 0 s; a breath needs an inhale and an exhale.` };
  const pattern = buildPattern(seconds.join('-'), 'custom', seconds);
  if (pattern.cycleMs < MIN_CYCLE_S * 1000)
    return {
      error: `"${value}" makes one breath last ${pattern.cycleMs / 1000} s, faster than calm resting breathing; one breath must last at least ${MIN_CYCLE_S} s (15 breaths a minute or fewer).`,
    };
  return { pattern };
}

/**
 * Reads a session length: `90s`, `5m`, `5min`, `1m30s`, `2.5m`, or a bare
 * number of seconds (`300`). More than 0 and at most 60 minutes.
 *
 * @returns milliseconds, or an error that says what was wrong.
 */
export function parseDuration(value: string): { ms: number } | { error: string } {
  const text = value.trim().toLowerCase();
  const match = NUMBER.test(text) ? [text, undefined, text] : DURATION.exec(text);
  if (!text || !match || (match[1] === undefined && match[2] === undefined))
    return { error: `"${value}" is not a length; use seconds or minutes, e.g. "90s" or "5m".` };
  const ms = Math.round((Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0)) * 1000);
  if (ms <= 0) return { error: `"${value}" is no time at all; give a length such as "5m".` };
  if (ms > MAX_SESSION_MS) return { error: `"${value}" is longer than the limit of ${formatDuration(MAX_SESSION_MS)}.` };
  return { ms };
}

/**
 * Reads a number of breaths: a whole number from 1 to 500.
 *
 * @returns the number, or an error that says what was wrong.
 */
export function parseCycles(value: string): { cycles: number } | { error: string } {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || n < 1 || n > MAX_CYCLES)
    return { error: `"${value}" is not a whole number of breaths from 1 to ${MAX_CYCLES}.` };
  return { cycles: n };
}

/** A timer's settings, read: the pattern and length to use, and every problem found (for the visible notice). */
export interface TimerSettings {
  pattern: BreathPattern;
  length?: SessionLength;
  errors: ConfigError[];
}

/**
 * Reads the timer's `pattern`, `cycles` and `duration` attributes (as set: strings,
 * or numbers set as properties; empty means not set). An invalid
 * pattern falls back to `box`; an invalid length to the next one given
 * (`cycles` wins over `duration`), else the pattern's default.
 */
export function readSettings(patternValue?: unknown, cyclesValue?: unknown, durationValue?: unknown): TimerSettings {
  const [pattern, cycles, duration] = [patternValue, cyclesValue, durationValue].map((v) => {
    try {
      return `${v ?? ''}`.trim();
    } catch {
      // A value with no text form at all (a symbol, an object without a prototype): refused by name below.
      return '?';
    }
  }) as [string, string, string];
  const errors: ConfigError[] = [];
  const byName = parsePattern(pattern || 'box');
  const byCount = parseCycles(cycles || '0');
  const byTime = parseDuration(duration || '0');
  if ('error' in byName) errors.push({ attribute: 'pattern', message: `${byName.error} Using "box".` });
  if (cycles && 'error' in byCount) errors.push({ attribute: 'cycles', message: byCount.error });
  if (duration && 'error' in byTime) errors.push({ attribute: 'duration', message: byTime.error });
  return {
    pattern: 'pattern' in byName ? byName.pattern : namedPattern('box'),
    length: 'cycles' in byCount ? byCount : 'ms' in byTime ? { durationMs: byTime.ms } : undefined,
    errors,
  };
}
