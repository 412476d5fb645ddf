// A token bucket per client: each client may send `burst` hand-offs at once, then `perMinute` a minute.
// A patient sends one hand-off (and at most a few retries of it), so the defaults leave room for a family on one
// connection while keeping a script from filling the disk.

/**
 * @param {{ perMinute: number, burst: number, now?: () => number }} options
 */
export function createRateLimit({ perMinute, burst, now = Date.now }) {
  const perMs = perMinute / 60_000;
  /** @type {Map<string, { tokens: number, at: number }>} */
  const buckets = new Map();
  let lastSweep = now();

  /**
   * Forgets clients whose bucket has filled up again (they are as new), so the map does not grow without end.
   * @param {number} time
   */
  function sweep(time) {
    if (time - lastSweep < 60_000) return;
    lastSweep = time;
    for (const [client, bucket] of buckets) if (bucket.tokens + (time - bucket.at) * perMs >= burst) buckets.delete(client);
  }

  return {
    /**
     * Takes a token for `client`: `{ ok: true }`, or `{ ok: false, retryAfter }` in whole seconds until the next token.
     * @param {string} client
     * @returns {{ ok: true } | { ok: false, retryAfter: number }}
     */
    take(client) {
      const time = now();
      sweep(time);
      const bucket = buckets.get(client) ?? { tokens: burst, at: time };
      bucket.tokens = Math.min(burst, bucket.tokens + (time - bucket.at) * perMs);
      bucket.at = time;
      buckets.set(client, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfter: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
    },
  };
}
