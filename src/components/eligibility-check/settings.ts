/**
 * What the eligibility check's own settings mean (`min-age`, `instruments`, `persist`, `retry-delay`,
 * `handoff-format`), each read as given, whatever a script set it to, with a config error for each invalid one and the
 * value used instead.
 */
import type { ClinicSettings } from '../../shared/clinic-settings.js';
import type { ConfigError } from '../../shared/config-errors.js';
import { isWrongKind, textSetting, wrongKindMessage } from '../../shared/text-setting.js';
import { INSTRUMENTS, parseInstruments, parseYears, STEPS, type Instrument } from './answers.js';
import { PERSIST_MODES, type PersistMode } from './drafts.js';
import type { HandoffFormat } from './handoff.js';
import { DEFAULT_RULES, type EligibilityRules } from './rules.js';
import type { RuleError } from './rules-schema.js';
import type { ScreeningSettings } from './screening.js';

/** Milliseconds before the first retry of a failed hand-off when `retry-delay` is not set (or not valid). */
export const DEFAULT_RETRY_DELAY = 1000;
/** The longest first retry delay accepted: a minute, so the third try comes three minutes after the first failed. */
export const MAX_RETRY_DELAY = 60_000;

/** The settings as the element holds them: set as attributes (text) or from script (anything). */
export interface SettingsGiven {
  minAge: unknown;
  instruments: unknown;
  persist: unknown;
  retryDelay: unknown;
  /** The `retry-delay` attribute as written, to quote it when it is invalid. */
  retryDelayAttribute: string | null;
  handoffFormat: unknown;
}

/** The settings in effect, and what was wrong with the ones given. */
export interface SettingsInEffect {
  /** `min-age` in whole years, when it is one (else the rule set's minimum age applies). */
  minAge: number | undefined;
  /**
   * `min-age` is set but not whole years (or not text): the widget does not screen, as with an invalid rule set, rather
   * than screen with a minimum age the clinic did not choose.
   */
  minAgeInvalid: boolean;
  instruments: Instrument[];
  /** Where a draft (and a hand-off being sent) is kept; an unknown value keeps nothing, the safer reading of a kiosk's intent. */
  persist: PersistMode;
  /** The hand-off's first retry delay, in milliseconds. */
  retryDelay: number;
  handoffFormat: HandoffFormat;
  errors: ConfigError[];
}

/** Reads the settings given: each value in effect, and a config error (naming the attribute) for each invalid one. */
export function readSettings(given: SettingsGiven): SettingsInEffect {
  const errors: ConfigError[] = [];
  // Each read as text: set from script, a setting may be a number (read as it prints), a list, an object or a Proxy.
  const minAgeText = textSetting(given.minAge);
  let minAge: number | undefined;
  let minAgeInvalid = false;
  if (isWrongKind(minAgeText)) {
    minAgeInvalid = true;
    errors.push({ attribute: 'min-age', message: wrongKindMessage(minAgeText, 'give whole years from 0 to 120.') });
  } else {
    minAge = parseYears(minAgeText);
    if (minAgeText?.trim() && minAge === undefined) {
      minAgeInvalid = true;
      errors.push({ attribute: 'min-age', message: `"${minAgeText}" is not a whole number of years from 0 to 120.` });
    }
  }

  const instrumentsText = textSetting(given.instruments);
  let instruments: Instrument[] = [...INSTRUMENTS];
  if (isWrongKind(instrumentsText))
    errors.push({
      attribute: 'instruments',
      message: wrongKindMessage(instrumentsText, `give ${INSTRUMENTS.join(' and ')}, separated by spaces.`),
    });
  else if (instrumentsText !== undefined) {
    const parsed = parseInstruments(instrumentsText);
    instruments = parsed.instruments;
    if (parsed.unknown.length)
      errors.push({
        attribute: 'instruments',
        message: `${parsed.unknown.map((t) => `"${t}"`).join(', ')}: use ${INSTRUMENTS.join(' and ')}.`,
      });
  }

  const persistText = textSetting(given.persist);
  let persist: PersistMode = 'none';
  if (isWrongKind(persistText)) errors.push({ attribute: 'persist', message: wrongKindMessage(persistText, 'nothing is kept.') });
  else {
    const mode = persistText?.trim() || 'session';
    if ((PERSIST_MODES as readonly string[]).includes(mode)) persist = mode as PersistMode;
    else
      errors.push({
        attribute: 'persist',
        message: `"${persistText}" is not one of ${PERSIST_MODES.join(', ')}; nothing is kept.`,
      });
  }

  const delay = given.retryDelay;
  const delayIsValid = typeof delay === 'number' && delay >= 0 && delay <= MAX_RETRY_DELAY;
  if (!delayIsValid) {
    const written = given.retryDelayAttribute ?? textSetting(delay);
    errors.push({
      attribute: 'retry-delay',
      message: isWrongKind(written)
        ? `was set to ${written.wrongKind}, not a number of milliseconds from 0 to ${MAX_RETRY_DELAY}; ${DEFAULT_RETRY_DELAY} is used.`
        : `"${written}" is not a number of milliseconds from 0 to ${MAX_RETRY_DELAY}; ${DEFAULT_RETRY_DELAY} is used.`,
    });
  }

  const formatText = textSetting(given.handoffFormat);
  const handoffFormat: HandoffFormat = !isWrongKind(formatText) && formatText?.trim() === 'fhir' ? 'fhir' : 'json';
  if (isWrongKind(formatText))
    errors.push({ attribute: 'handoff-format', message: wrongKindMessage(formatText, 'json is used.') });
  else if (formatText?.trim() && formatText.trim() !== handoffFormat)
    errors.push({ attribute: 'handoff-format', message: `"${formatText}" is not json or fhir; json is used.` });

  return {
    minAge,
    minAgeInvalid,
    instruments,
    persist,
    retryDelay: delayIsValid ? delay : DEFAULT_RETRY_DELAY,
    handoffFormat,
    errors,
  };
}

/** The clinic's own rule set, once checked: the rules, or why they cannot be used. */
export interface ClinicRules {
  rules?: EligibilityRules;
  errors: readonly RuleError[];
}

/** The rule-set checker, loaded for clinics that give rules of their own. */
type RuleSchema = { parseRules: (input: unknown) => ClinicRules };

const NOT_CHECKED = Symbol('not checked');

/** The clinic's own rule set (the `rules` property or a JSON child), checked again only when it changes. */
export class ClinicRulesCheck {
  #checked: ClinicRules = { errors: [] };
  #checkedInput: unknown = NOT_CHECKED;

  /** The rule set as last checked. */
  get current(): ClinicRules {
    return this.#checked;
  }

  /** Checks `input` with the schema when it changed; without the schema (it did not load), a given rule set is not used. */
  check(input: unknown, schema: RuleSchema | undefined): void {
    if (input === this.#checkedInput && (schema || input === undefined)) return;
    if (input !== undefined && !schema) {
      this.#checked = {
        errors: [{ key: 'rules', path: 'rules', message: 'could not be checked: the rules module did not load.' }],
      };
      return;
    }
    this.#checkedInput = input;
    try {
      this.#checked = input === undefined ? { errors: [] } : schema!.parseRules(input);
    } catch {
      // parseRules never throws; should it ever, a rule set that cannot be read is still not screened with.
      this.#checked = { errors: [{ key: 'rules', path: 'rules', message: 'could not be read.' }] };
    }
  }
}

/**
 * What the screening depends on: the steps offered (no hand-off without an endpoint), the instruments, the regions
 * served (the rule set's, else the clinic's) and the rule set in effect (`min-age` and the regions win; none when the
 * clinic's rule set or `min-age` is invalid: the widget then does not screen).
 */
export function screeningSettings(
  settings: SettingsInEffect,
  clinicRules: ClinicRules,
  clinic: Pick<ClinicSettings, 'endpoint' | 'regions'>,
): ScreeningSettings {
  const regions = [...(clinicRules.rules?.regions ?? clinic.regions ?? [])];
  const base = clinicRules.rules ?? DEFAULT_RULES;
  const screens = !clinicRules.errors.length && !settings.minAgeInvalid;
  return {
    steps: STEPS.filter((step) => step !== 'handoff' || clinic.endpoint),
    instruments: settings.instruments,
    regions,
    rules: screens ? { ...base, minAge: settings.minAge ?? base.minAge, regions } : undefined,
  };
}
