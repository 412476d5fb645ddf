/** The pattern and length picker, shown on the start screen with `show-picker` (loaded only then). */
import { html, nothing } from 'lit';
import type { BreathworkTimerStrings } from '../locales/en.js';
import { formatDuration, parseCycles, parseDuration } from '../parse.js';
import { FIRST_PRACTICE_478, PATTERN_NAMES, type BreathPattern } from '../patterns.js';
import { saveChoice, type BreathChoice } from '../remembered-choice.js';

/** The lengths offered: whole breaths (a bare number) or a duration. */
export const LENGTHS = ['4', '8', '1m', '3m', '5m', '10m'];
/**
 * The lengths offered for 4-7-8: whole breaths only, at most 4 (Andrew Weil: no more than four at one time for the
 * first month). A longer length set by the clinic or kept from before still shows, with the element's note.
 */
export const LENGTHS_478 = Array.from({ length: FIRST_PRACTICE_478 - 1 }, (_, i) => String(i + 2));

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
