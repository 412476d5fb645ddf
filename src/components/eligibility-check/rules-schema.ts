import { parseRegions } from '../../shared/clinic-settings.js';
import { UNREADABLE } from '../../shared/readable-entries.js';
import { isYears, TRIALS, type Trials } from './answers.js';
import { GAD7_BANDS, type Gad7Band } from './instruments.js';
import { DEFAULT_RULES, RULE_ACTIONS, RULE_IDS, type EligibilityRules, type RuleAction, type RuleId } from './rules.js';

/**
 * The schema of a clinic's rule set. `<kc-eligibility-check>` loads this module only when a clinic gives
 * rules of its own (the `rules` property or a `<script type="application/json">` child).
 */

/** A rule-set problem: the bad key, where it is (`rules.actions.bipolr`), and what is expected. */
export interface RuleError {
  key: string;
  path: string;
  message: string;
}

const TOP_KEYS = ['minAge', 'regions', 'candidateBand', 'minTrials', 'actions'] as const;

/** A value as an error message shows it. Never throws: a bigint, a cyclic object or a throwing `toJSON` is shown too. */
function shown(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return `a ${typeof value} that cannot be shown`;
  }
}

/**
 * Validates a clinic's rule set (an object, or the JSON text of a `<script type="application/json">`) and
 * merges it over the defaults. Any error means no rules: the widget must not screen with half a rule set.
 * Never throws: a rule set that cannot be read (a getter or Proxy that throws) is an error like any other.
 */
export function parseRules(input: unknown): { rules: EligibilityRules; errors: [] } | { rules?: undefined; errors: RuleError[] } {
  try {
    return parseReadable(input);
  } catch {
    return { errors: [{ key: 'rules', path: 'rules', message: UNREADABLE }] };
  }
}

function parseReadable(input: unknown): { rules: EligibilityRules; errors: [] } | { rules?: undefined; errors: RuleError[] } {
  const errors: RuleError[] = [];
  const fail = (key: string, path: string, message: string) => errors.push({ key, path, message });
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch (error) {
      return { errors: [{ key: 'rules', path: 'rules', message: `is not valid JSON (${(error as Error).message}).` }] };
    }
  }
  if (value === undefined || value === null) return { rules: DEFAULT_RULES, errors: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { errors: [{ key: 'rules', path: 'rules', message: `must be an object with ${TOP_KEYS.join(', ')}.` }] };
  }
  const rules: EligibilityRules = { ...DEFAULT_RULES, actions: { ...DEFAULT_RULES.actions } };
  for (const [key, v] of Object.entries(value)) {
    const path = `rules.${key}`;
    try {
      readSetting(rules, key, path, v, fail);
    } catch {
      fail(key, path, UNREADABLE);
    }
  }
  return errors.length ? { errors } : { rules, errors: [] };
}

/** Checks one top-level setting of a rule set and, when valid, puts it into `rules`. */
function readSetting(
  rules: EligibilityRules,
  key: string,
  path: string,
  v: unknown,
  fail: (key: string, path: string, message: string) => void,
) {
  if (key === 'minAge') {
    if (isYears(v)) rules.minAge = v;
    else fail(key, path, `${shown(v)} is not a whole number of years from 0 to 120.`);
  } else if (key === 'regions') {
    const parsed = Array.isArray(v) && v.every((r) => typeof r === 'string') ? parseRegions(v.join(' ')) : undefined;
    if (parsed && !parsed.invalid.length) rules.regions = parsed.regions;
    else fail(key, path, 'must be an array of ISO 3166-2 codes such as ["US-CA", "US-NY"] (or countries such as "CA").');
  } else if (key === 'candidateBand') {
    if ((GAD7_BANDS as readonly unknown[]).includes(v)) rules.candidateBand = v as Gad7Band;
    else fail(key, path, `${shown(v)} is not one of ${GAD7_BANDS.join(', ')}.`);
  } else if (key === 'minTrials') {
    if ((TRIALS as readonly unknown[]).includes(v)) rules.minTrials = v as Trials;
    else fail(key, path, `${shown(v)} is not 0, 1 or 2 (2 meaning two or more).`);
  } else if (key === 'actions') {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      fail(key, path, 'must be an object such as { "lamotrigine": "ignore" }.');
      return;
    }
    for (const [id, action] of Object.entries(v)) {
      if (!(RULE_IDS as readonly string[]).includes(id))
        fail(id, `${path}.${id}`, `is not a rule; known rules: ${RULE_IDS.join(', ')}.`);
      else if (!(RULE_ACTIONS as readonly unknown[]).includes(action))
        fail(id, `${path}.${id}`, `${shown(action)} is not one of ${RULE_ACTIONS.join(', ')}.`);
      else rules.actions[id as RuleId] = action as RuleAction;
    }
  } else fail(key, path, `is not a rule setting; use ${TOP_KEYS.join(', ')}.`);
}
