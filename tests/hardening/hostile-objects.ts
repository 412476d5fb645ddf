/**
 * What a property set from script may hold that JSON never does: a cycle, a bigint, a `toJSON`, getter or Proxy
 * that throws, a revoked Proxy. fast-check looks into the values it generates (to shrink and print them), so the
 * arbitraries generate stand-ins, and `real` makes them real inside the property.
 */
import fc from 'fast-check';

export const UNREADABLE_KINDS = ['cyclic', 'toJSON', 'getter', 'proxy', 'arrayProxy', 'revoked'] as const;
export type UnreadableKind = (typeof UNREADABLE_KINDS)[number];

/** Throws, naming what threw. */
const thrower = (what: string) => () => {
  throw new Error(`a hostile ${what}`);
};

/** A stand-in for a value that cannot be read like JSON: `make()` builds it (`key` names the getter that throws). */
export class Unreadable {
  constructor(
    readonly kind: UnreadableKind,
    readonly key = 'minAge',
  ) {}
  make(): object {
    const boom = thrower(this.kind);
    if (this.kind === 'cyclic') {
      const cyclic: Record<string, unknown> = { [this.key]: 21 };
      cyclic.self = cyclic;
      return cyclic;
    }
    if (this.kind === 'toJSON') return { toJSON: boom };
    if (this.kind === 'getter') return Object.defineProperty({}, this.key, { enumerable: true, get: boom });
    const traps = { get: boom, ownKeys: boom, getPrototypeOf: boom, getOwnPropertyDescriptor: boom, has: boom };
    if (this.kind === 'proxy') return new Proxy({}, traps);
    // An array to Array.isArray, and a throw on any read of its length or items.
    if (this.kind === 'arrayProxy') return new Proxy([0, 1, 2], traps);
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    return revocable.proxy;
  }
}

/** A stand-in, under any key of an object, for a getter that throws on `key` of that object. */
export class ThrowingGetter {
  constructor(readonly key: string) {}
}

/** The value with every stand-in made real, in arrays and plain objects at any depth. */
export function real(value: unknown): unknown {
  if (value instanceof Unreadable) return value.make();
  if (Array.isArray(value)) return value.map(real);
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const entries = Object.entries(value);
  const copy = Object.fromEntries(entries.filter(([, v]) => !(v instanceof ThrowingGetter)).map(([k, v]) => [k, real(v)]));
  for (const [, v] of entries)
    if (v instanceof ThrowingGetter)
      Object.defineProperty(copy, v.key, { enumerable: true, configurable: true, get: thrower('getter') });
  return copy;
}

/** Any unreadable value; a `getter` throws on one of `keys`. */
export function unreadable(keys: fc.Arbitrary<string> = fc.constant('minAge')): fc.Arbitrary<Unreadable> {
  return fc.tuple(fc.constantFrom(...UNREADABLE_KINDS), keys).map(([kind, key]) => new Unreadable(kind, key));
}

/** `objects`, and sometimes one of `keys` behind a getter that throws (what a host's class or framework may give). */
export function sometimesThrowingGetter<T extends object>(
  objects: fc.Arbitrary<T>,
  keys: fc.Arbitrary<string>,
): fc.Arbitrary<T | Record<string, unknown>> {
  return fc.oneof(
    objects,
    fc.tuple(objects, keys).map(([object, key]) => ({ ...object, [`getter:${key}`]: new ThrowingGetter(key) })),
  );
}

/**
 * Where a parser's result is not plain data (what it keeps must be its own copy, not the host's object): every
 * object a plain object or array with data properties only, every value a string, finite number, boolean or null.
 */
export function notPlain(value: unknown, path = 'result'): string[] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (typeof value !== 'object' || !(Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)) return [path];
  if (Array.isArray(value) && Object.getPrototypeOf(value) !== Array.prototype) return [path];
  return Object.entries(Object.getOwnPropertyDescriptors(value)).flatMap(([key, descriptor]) =>
    key === 'length' && Array.isArray(value)
      ? []
      : 'value' in descriptor
        ? notPlain(descriptor.value, `${path}.${key}`)
        : [`${path}.${key}`],
  );
}
