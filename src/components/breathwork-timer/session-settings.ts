/**
 * The session a timer's settings ask for: the pattern and length, read from its attributes, and what was wrong with
 * them. Pure, no DOM. Named patterns and the default length are read here; custom patterns, `duration` and `cycles`
 * need the settings reader (`parse.ts`), which the element loads when they are set.
 */
import type { ConfigError } from '../../shared/config-errors.js';
import { kindOf } from '../../shared/text-setting.js';
import type { SessionPlan } from './breathing-session.js';
import type * as SettingsReader from './parse.js';
import { PATTERN_NAMES, namedPattern, type PatternName } from './patterns.js';
import { sessionCycles, sessionMs } from './schedule.js';

/** The timer's attributes that say what a session plays. */
export interface SessionAttributes {
  readonly pattern: unknown;
  readonly cycles?: unknown;
  readonly duration?: unknown;
}

/** The pattern when it is a name as written in the docs (anything else needs the settings reader). */
const patternName = (pattern: unknown) => (PATTERN_NAMES.includes(pattern as PatternName) ? (pattern as PatternName) : undefined);

/** Whether the attributes need the settings reader: a custom pattern (or anything but a name), `cycles` or `duration`. */
export const needsSettingsReader = ({ pattern, cycles, duration }: SessionAttributes): boolean =>
  Boolean(cycles || duration || !patternName(pattern));

/**
 * The session the attributes ask for, and what was wrong with them. Without the settings reader (not needed, or it
 * could not load), a named pattern and its default length; anything else plays `box`.
 */
export function sessionSettings(
  attributes: SessionAttributes,
  reader: typeof SettingsReader | undefined,
): { plan: SessionPlan; errors: ConfigError[] } {
  const { pattern, length, errors } = reader
    ? reader.readSettings(attributes.pattern, attributes.cycles, attributes.duration)
    : { pattern: namedPattern(patternName(attributes.pattern) ?? 'box'), length: undefined, errors: [] };
  const cycles = sessionCycles(pattern, length);
  return { plan: { pattern, cycles, totalMs: sessionMs(pattern, cycles) }, errors };
}

/**
 * Whether phases are announced: `announce`, or on (its default) when it was set to anything but true or false, which
 * is named in the config notice.
 */
export function readAnnounce(announce: unknown): { announcing: boolean; errors: ConfigError[] } {
  if (typeof announce === 'boolean') return { announcing: announce, errors: [] };
  if (announce === undefined || announce === null) return { announcing: true, errors: [] };
  const message = `was set to ${kindOf(announce)}, not true or false; announcements stay on.`;
  return { announcing: true, errors: [{ attribute: 'announce', message }] };
}
