/**
 * The pattern and length picker, and the remembered choice. Loaded only when
 * `show-picker` or `remember` is set.
 */
import { html, nothing } from 'lit';
import type { BreathworkTimerStrings } from './locales/en.js';
import { formatDuration, parseCycles, parseDuration, parsePattern } from './parse.js';
import { FIRST_PRACTICE_478, PATTERN_NAMES, type BreathPattern } from './patterns.js';

/** What the picker sets and what `remember` keeps: the element's own attributes. */
export interface BreathChoice {
  pattern: string;
  cycles?: string | undefined;
  duration?: string | undefined;
}

/** The lengths offered: whole breaths (a bare number) or a duration. */
export const LENGTHS = ['4', '8', '1m', '3m', '5m', '10m'];
/**
 * The lengths offered for 4-7-8: whole breaths only, at most 4 (Andrew Weil: no more than four at one time for the
 * first month). A longer length set by the clinic or kept from before still shows, with the element's note.
 */
export const LENGTHS_478 = Array.from({ length: FIRST_PRACTICE_478 - 1 }, (_, i) => String(i + 2));
const KEY = 'kc-breathwork-timer';

/**
 * The picker, showing the current pattern and length of `host` (`cycles`, else
 * `duration`, else the pattern's default). A choice sets the host's attributes,
 * and is kept when `host.remember` is set. 4-7-8 is offered by breaths, 2 to 4;
 * choosing it starts from its own default (4 breaths), so a length chosen for
 * another pattern (10 minutes, say) is never carried over to it.
 */
export function renderPicker(s: BreathworkTimerStrings, pattern: BreathPattern, host: BreathChoice & { remember: boolean }) {
  const { cycles = '', duration = '' } = host;
  const length =
    'cycles' in parseCycles(cycles)
      ? cycles.trim()
      : 'ms' in parseDuration(duration)
        ? duration.trim()
        : String(pattern.cycles ?? '5m');
  const offered = pattern.id === '478' ? LENGTHS_478 : LENGTHS;
  const lengths = offered.includes(length) ? offered : [length, ...offered];
  const label = (v: string) => {
    const d = parseDuration(v);
    return /^\d+$/.test(v) ? s.breaths(Number(v)) : 'ms' in d ? formatDuration(d.ms) : v;
  };
  const change = ({ target }: Event) => {
    const { name, value } = target as HTMLSelectElement;
    Object.assign(
      host,
      name === 'pattern'
        ? { pattern: value, ...(value === '478' && { cycles: undefined, duration: undefined }) }
        : /^\d+$/.test(value)
          ? { cycles: value, duration: undefined }
          : { cycles: undefined, duration: value },
    );
    if (host.remember) saveChoice({ pattern: host.pattern, cycles: host.cycles, duration: host.duration });
  };
  return html`<div part="picker" class="row" @change=${change}>
    <label
      >${s.pattern}
      <select name="pattern">
        ${PATTERN_NAMES.map((n) => html`<option value=${n} ?selected=${pattern.id === n}>${s[n]}</option>`)}
        ${pattern.name === 'custom' ? html`<option value=${pattern.id} selected>${s.custom(pattern.id)}</option>` : nothing}
      </select></label
    >
    <label
      >${s.length}
      <select name="length">
        ${lengths.map((v) => html`<option value=${v} ?selected=${v === length}>${label(v)}</option>`)}
      </select></label
    >
  </div>`;
}

/** Keeps the patient's choice (a preference, nothing about their sessions). Storage may be blocked: then nothing is kept. */
export function saveChoice(choice: BreathChoice): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(choice));
  } catch {
    /* storage blocked: the choice still applies now */
  }
}

/** The choice kept by `saveChoice`, if there is a valid one. */
export function recallChoice(): BreathChoice | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Record<string, unknown> | null;
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    if (saved && typeof saved.pattern === 'string' && 'pattern' in parsePattern(saved.pattern))
      return { pattern: saved.pattern, cycles: text(saved.cycles), duration: text(saved.duration) };
  } catch {
    /* nothing usable stored */
  }
  return undefined;
}

/** Applies the kept choice to `host` when it has `remember` set. */
export function recall(host: BreathChoice & { remember: boolean }): void {
  if (host.remember) Object.assign(host, recallChoice());
}
