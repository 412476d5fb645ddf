import type { ConfigError } from './config-errors.js';
import { isWrongKind, textSetting, wrongKindMessage } from './text-setting.js';

/** The colour themes every widget supports. `auto` follows `prefers-color-scheme`. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * One clinic's settings, after validation: what `<kc-clinic>` shares with every
 * widget inside it, and what a widget's own attributes of the same name override.
 */
export interface ClinicSettings {
  /** The clinic's name, shown in consent text and contact lines. */
  readonly name?: string;
  /** The clinic's phone number as written for people, e.g. `+1 (555) 010-2000`. */
  readonly phone?: string;
  /** Where a patient books a consultation (`https:`). */
  readonly bookingUrl?: string;
  /** Where the eligibility hand-off is POSTed (`https:`). */
  readonly endpoint?: string;
  /** ISO 3166-2 codes the clinic serves (`US-CA`), or countries (`US`). Empty means anywhere. */
  readonly regions?: readonly string[];
  /** A BCP 47 language tag. */
  readonly lang?: string;
  /** The colour theme. */
  readonly theme?: Theme;
}

/** The raw attribute values, as strings, before validation. */
export interface ClinicAttributes {
  readonly name?: string | null | undefined;
  readonly phone?: string | null | undefined;
  readonly bookingUrl?: string | null | undefined;
  readonly endpoint?: string | null | undefined;
  readonly regions?: string | null | undefined;
  readonly lang?: string | null | undefined;
  readonly theme?: string | null | undefined;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Validates a URL a widget will link to or send data to. Only `https:` is
 * accepted, and `http:` on localhost for development; `javascript:`, `data:`,
 * relative URLs and URLs with a user name or password in them are refused.
 *
 * @returns the normalised URL, or an error message.
 */
export function checkSafeUrl(value: string): { url: string } | { error: string } {
  const trimmed = value.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { error: `"${trimmed}" is not an absolute URL; use a full https:// address.` };
  }
  if (url.username || url.password) {
    // Named without the credentials: the message is shown on the page and logged.
    return { error: `"…@${url.host}" has a user name or password in it: remove them.` };
  }
  if (url.protocol === 'https:') return { url: url.href };
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return { url: url.href };
  return {
    error: `"${trimmed}" uses ${url.protocol}; only https:// URLs are accepted (http://localhost and http://127.0.0.1 for development).`,
  };
}

const REGION_CODE = /^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/;

/** Splits and validates a list of ISO 3166-2 region codes (`US-CA US-NY`) or ISO 3166-1 countries (`CA`). */
export function parseRegions(value: string): { regions: string[]; invalid: string[] } {
  const regions: string[] = [];
  const invalid: string[] = [];
  for (const token of value.split(/[\s,]+/)) {
    if (!token) continue;
    const code = token.toUpperCase();
    if (REGION_CODE.test(code)) {
      if (!regions.includes(code)) regions.push(code);
    } else {
      invalid.push(token);
    }
  }
  return { regions, invalid };
}

/**
 * Whether a place of residence is inside a clinic's service area. A country code
 * in `served` covers all of its regions; an empty list serves everywhere.
 */
export function isRegionServed(region: string, served: readonly string[] | undefined): boolean {
  if (!served || served.length === 0) return true;
  const code = region.toUpperCase();
  const country = code.split('-')[0];
  return served.some((s) => s === code || s === country);
}

const PHONE = /^\+?[\d\s().-]+$/;

/** The digits (and a leading +) of a phone number, for a `tel:` link; `undefined` if it isn't one. */
export function phoneHref(phone: string): string | undefined {
  const trimmed = phone.trim();
  if (!PHONE.test(trimmed)) return undefined;
  const digits = trimmed.replace(/[^\d+]/g, '');
  if (digits.replace('+', '').length < 3) return undefined;
  return `tel:${digits}`;
}

const LANG_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

function isTheme(value: string): value is Theme {
  return (THEMES as readonly string[]).includes(value);
}

/** Each clinic attribute, by its property name. */
const ATTRIBUTE_NAMES = [
  ['name', 'name'],
  ['phone', 'phone'],
  ['bookingUrl', 'booking-url'],
  ['endpoint', 'endpoint'],
  ['regions', 'regions'],
  ['lang', 'lang'],
  ['theme', 'theme'],
] as const satisfies readonly (readonly [keyof ClinicAttributes, string])[];

/**
 * The clinic attributes of `input` as text, each read once: one whose reading throws (a getter or Proxy set from
 * script), or that was set from script to a list, an object or a Proxy, is named in `errors` and left unset.
 * A number reads as it prints.
 */
function readAttributes(input: ClinicAttributes, errors: ConfigError[]): ClinicAttributes {
  const read: Record<string, string | undefined> = {};
  for (const [key, attribute] of ATTRIBUTE_NAMES) {
    let value: unknown;
    try {
      value = (input as Record<string, unknown> | null | undefined)?.[key];
    } catch {
      errors.push({ attribute, message: 'could not be read (reading it threw an error); give text.' });
      continue;
    }
    const setting = textSetting(value);
    if (isWrongKind(setting)) errors.push({ attribute, message: wrongKindMessage(setting, 'it is ignored.') });
    else read[key] = setting;
  }
  return read as ClinicAttributes;
}

/**
 * Validates raw clinic attributes. Valid values are returned in `settings`;
 * every invalid one is left out and named in `errors`, so the widget can show
 * what is wrong and keep working with the rest. Never throws: an attribute whose
 * reading throws is named in `errors` too.
 */
export function parseClinicAttributes(input: ClinicAttributes): {
  settings: ClinicSettings;
  errors: ConfigError[];
} {
  const settings: { -readonly [K in keyof ClinicSettings]: ClinicSettings[K] } = {};
  const errors: ConfigError[] = [];
  const raw = readAttributes(input, errors);
  const present = (v: string | null | undefined): v is string => typeof v === 'string' && v.trim() !== '';

  if (present(raw.name)) settings.name = raw.name.trim();
  if (present(raw.phone)) {
    if (phoneHref(raw.phone)) settings.phone = raw.phone.trim();
    else
      errors.push({
        attribute: 'phone',
        message: `"${raw.phone}" is not a phone number; use digits, spaces, dashes, brackets and an optional leading +.`,
      });
  }
  for (const [key, attribute] of [
    ['bookingUrl', 'booking-url'],
    ['endpoint', 'endpoint'],
  ] as const) {
    const value = raw[key];
    if (!present(value)) continue;
    const checked = checkSafeUrl(value);
    if ('url' in checked) settings[key] = checked.url;
    else errors.push({ attribute, message: checked.error });
  }
  if (present(raw.regions)) {
    const { regions, invalid } = parseRegions(raw.regions);
    settings.regions = regions;
    if (invalid.length > 0)
      errors.push({
        attribute: 'regions',
        message: `${invalid.map((t) => `"${t}"`).join(', ')} ${invalid.length === 1 ? 'is not an' : 'are not'} ISO 3166-2 code${invalid.length === 1 ? '' : 's'} (for example US-CA, or a country such as CA).`,
      });
  }
  if (present(raw.lang)) {
    if (LANG_TAG.test(raw.lang.trim())) settings.lang = raw.lang.trim();
    else errors.push({ attribute: 'lang', message: `"${raw.lang}" is not a language tag such as en or es-MX.` });
  }
  if (present(raw.theme)) {
    const theme = raw.theme.trim();
    if (isTheme(theme)) settings.theme = theme;
    else errors.push({ attribute: 'theme', message: `"${raw.theme}" is not one of ${THEMES.join(', ')}.` });
  }
  return { settings, errors };
}

/** A widget's own valid settings win over the ones it inherits from `<kc-clinic>`. */
export function mergeClinicSettings(own: ClinicSettings, inherited: ClinicSettings | undefined): ClinicSettings {
  if (!inherited) return own;
  const merged: Record<string, unknown> = { ...inherited };
  for (const [key, value] of Object.entries(own)) if (value !== undefined) merged[key] = value;
  return merged as ClinicSettings;
}
