/**
 * Reading a setting that is text in markup but may be anything when a host sets it from script (React passes
 * numbers, a framework may pass a list, an object or a Proxy).
 */

/** A setting set from script to a value that is not text: what kind of value it was, for the message. */
export interface WrongKind {
  readonly wrongKind: string;
}

/** What kind of value a setting holds, in words (`a number`, `a list`, `an object`); never throws. */
export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number' || typeof value === 'bigint') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  try {
    return Array.isArray(value) ? 'a list' : 'an object';
  } catch {
    // A revoked Proxy throws even on the question whether it is an array.
    return 'a value that cannot be read';
  }
}

/**
 * A setting as text, never throwing: text as it is, a number, boolean or bigint as it prints (`21` reads as `"21"`),
 * `null` and `undefined` as unset, and anything else (a list, an object, a function, a Proxy) as `WrongKind`,
 * which the element names in its config notice.
 */
export function textSetting(value: unknown): string | undefined | WrongKind {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return { wrongKind: kindOf(value) };
}

/** Whether `textSetting` found a value of the wrong kind. */
export const isWrongKind = (setting: string | undefined | WrongKind): setting is WrongKind => typeof setting === 'object';

/** The config error message for a setting of the wrong kind: `is a list, not text; <then>`. */
export const wrongKindMessage = ({ wrongKind }: WrongKind, then: string): string => `was set to ${wrongKind}, not text; ${then}`;

/** The setting as text, or `undefined` when it is unset or of the wrong kind (which `textSetting` reports). */
export function textOrUnset(value: unknown): string | undefined {
  const setting = textSetting(value);
  return isWrongKind(setting) ? undefined : setting;
}

/**
 * Lit's attribute converter for a reflected text setting: the attribute shows the setting as text, and a value of
 * the wrong kind removes it instead of throwing (Lit's own conversion turns a Proxy into text, which throws).
 */
export const reflectedText = {
  toAttribute: (value: unknown): string | null => textOrUnset(value) ?? null,
};
