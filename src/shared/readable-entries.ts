/**
 * Reading objects a host gives from script (answers, content overrides, a rule set), which may hold a getter or
 * Proxy that throws when read.
 */

/** Said of a value given from script, or a part of it, whose reading threw (a throwing getter or Proxy). */
export const UNREADABLE = 'could not be read (reading it threw an error); give plain values, such as JSON would.';

/**
 * The own enumerable entries of an object, each read on its own: a key whose value cannot be read (a getter or
 * Proxy that throws) is passed to `unreadable` and left out. Throws only when the keys cannot be listed.
 */
export function readableEntries(object: object, unreadable: (key: string) => void): [string, unknown][] {
  return Object.keys(object).flatMap((key): [string, unknown][] => {
    try {
      return [[key, (object as Record<string, unknown>)[key]]];
    } catch {
      unreadable(key);
      return [];
    }
  });
}
