// The load proof of issue 14: 1,000 hand-offs to the real receiver, 50 at a time, 5 % of them repeats of an earlier
// key (same bytes, as a widget's retry sends), the rate limit out of the way: every distinct key stored exactly once,
// none lost. The same run as `npm run bench:receiver`, so the bench cannot rot.
import { expect, it } from 'vitest';
import { measureReceiverLoad, receiverSection } from '../../bench/receiver-load.mjs';

it('stores each of 950 distinct keys exactly once among 1,000 hand-offs sent 50 at a time, and loses none', async () => {
  const run = await measureReceiverLoad({ total: 1000, concurrency: 50, duplicates: 0.05 });
  expect(run.lost).toEqual([]);
  expect(run).toMatchObject({ total: 1000, distinct: 950, repeats: 50, stored: 950, exactlyOnce: true });
  expect(run.statuses).toEqual({ 201: 950, 200: 50 });
  expect(run.perSecond).toBeGreaterThan(0);
  expect(run.latencyMs.p99).toBeGreaterThanOrEqual(run.latencyMs.p50);
  expect(receiverSection(run)).toMatch(/Measured on this 2-core VM[\s\S]*\| 1000 \| 950 \| 950 \| yes, none lost \|/);
});
