// The reference receiver's store across restarts (a clean stop, a crash, a torn last line), its rate limit, and the
// staff CLI that decrypts what it stored. Each receiver is a child process on loopback, as a clinic runs it.
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandoffPayload } from '../../src/components/eligibility-check/handoff.js';
import { everyPayload } from '../components/eligibility-check/handoff-payloads.js';
import { cli, newStore, receiver, stopEveryReceiver, storedIds } from './helpers.js';

const ORIGIN = 'https://calmharbor.example';
const stores: { folder: string }[] = [];
let payload: () => HandoffPayload;

beforeAll(async () => {
  const cases = await everyPayload();
  let n = 0;
  payload = () => ({ ...cases[n++ % cases.length]!.payload, id: crypto.randomUUID() });
});
afterAll(async () => {
  await stopEveryReceiver();
  for (const { folder } of stores) rmSync(folder, { recursive: true, force: true });
});

function store() {
  const s = newStore();
  stores.push(s);
  return s;
}
const send = (url: string, p: HandoffPayload, body = JSON.stringify(p)) =>
  fetch(url, { method: 'POST', headers: { Origin: ORIGIN, 'Content-Type': 'application/json', 'Idempotency-Key': p.id }, body });

describe('the store across restarts', () => {
  it.each(['SIGTERM', 'SIGKILL'] as const)(
    'keeps every answered submission after a %s and a restart, and answers their repeats with 200',
    async (signal) => {
      const s = store();
      const first = await receiver({ origin: ORIGIN, ...s });
      const sent = [payload(), payload(), payload()];
      for (const p of sent) expect((await send(first.url, p)).status).toBe(201);
      await first.stop(signal);

      const second = await receiver({ origin: ORIGIN, ...s });
      for (const p of sent) expect((await send(second.url, p)).status).toBe(200);
      // A different body under a key stored before the restart is still refused.
      expect((await send(second.url, sent[0]!, JSON.stringify({ ...sent[0], clinic: 'Elsewhere' }))).status).toBe(422);
      expect(storedIds(s.data)).toEqual(sent.map((p) => p.id));
      await second.stop();
    },
  );

  it('cuts off a torn last line on start (a write a crash cut short, never answered) and keeps every whole record', async () => {
    const s = store();
    const first = await receiver({ origin: ORIGIN, ...s });
    const kept = payload();
    expect((await send(first.url, kept)).status).toBe(201);
    await first.stop('SIGKILL');
    const whole = readFileSync(s.data, 'utf8');
    const torn = payload();
    appendFileSync(
      s.data,
      `{"v":1,"id":"${torn.id}","receivedAt":"2026-12-01T00:00:00.000Z","format":"json","digest":"abc","iv":"`,
    );

    const second = await receiver({ origin: ORIGIN, ...s });
    expect(second.stderr).toMatch(/cut off a torn last record \(\d+ bytes, never acknowledged\)/);
    expect(readFileSync(s.data, 'utf8')).toBe(whole);
    // The torn submission's retry is a new one: stored, once.
    expect((await send(second.url, torn)).status).toBe(201);
    expect((await send(second.url, kept)).status).toBe(200);
    expect(storedIds(s.data)).toEqual([kept.id, torn.id]);
    await second.stop();
  });

  it('refuses to start on a file damaged before its last line, rather than lose what follows', async () => {
    const s = store();
    const first = await receiver({ origin: ORIGIN, ...s });
    for (const p of [payload(), payload()]) expect((await send(first.url, p)).status).toBe(201);
    await first.stop();
    const [one, two] = readFileSync(s.data, 'utf8').split('\n');
    writeFileSync(s.data, `${one!.slice(0, 40)}\n${two}\n`);
    await expect(receiver({ origin: ORIGIN, ...s })).rejects.toThrow(/is damaged, and records follow it/);
  });
});

describe('a full disk', () => {
  it('answers 503 (retried by the widget) for what it could not write, and after a restart with room stores the retry once', async () => {
    const s = store();
    // A file size limit of 6 KiB: two or three hand-offs fit, then a write fails as on a full disk.
    const full = await receiver({ origin: ORIGIN, ...s, args: ['--burst=100', '--rate=1000'], fileSizeLimitKiB: 6 });
    const answered: { p: HandoffPayload; status: number }[] = [];
    while (!answered.some((a) => a.status === 503) && answered.length < 10) {
      const p = payload();
      answered.push({ p, status: (await send(full.url, p)).status });
    }
    expect(answered.map((a) => a.status)).toContain(503);
    const stored = answered.filter((a) => a.status === 201).map((a) => a.p);
    const failed = answered.find((a) => a.status === 503)!.p;
    expect(stored.length).toBeGreaterThan(0);
    expect(full.stderr).toMatch(/the store could not write \(EFBIG/);
    // After a failed write nothing more is taken (the file may end in part of a line), not even a repeat.
    expect((await send(full.url, payload())).status).toBe(503);
    await full.stop();

    const roomy = await receiver({ origin: ORIGIN, ...s, args: ['--burst=100', '--rate=1000'] });
    expect((await send(roomy.url, failed)).status).toBe(201);
    for (const p of stored) expect((await send(roomy.url, p)).status).toBe(200);
    expect(storedIds(s.data)).toEqual([...stored, failed].map((p) => p.id));
    await roomy.stop();
  });
});

describe('the rate limit', () => {
  it('lets a client send its burst, then answers 429 with Retry-After (and CORS, so the widget reads it) and stores nothing more', async () => {
    const s = store();
    const r = await receiver({ origin: ORIGIN, ...s, args: ['--burst=2', '--rate=2'] });
    expect((await send(r.url, payload())).status).toBe(201);
    expect((await send(r.url, payload())).status).toBe(201);
    const limited = await send(r.url, payload());
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(30);
    expect(limited.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(storedIds(s.data)).toHaveLength(2);
    await r.stop();
  });

  it('behind a reverse proxy (--trust-proxy=true), counts each client by its forwarded address', async () => {
    const s = store();
    const r = await receiver({ origin: ORIGIN, ...s, args: ['--burst=1', '--rate=1', '--trust-proxy=true'] });
    const from = (address: string) => {
      const p = payload();
      return fetch(r.url, {
        method: 'POST',
        headers: {
          Origin: ORIGIN,
          'Content-Type': 'application/json',
          'Idempotency-Key': p.id,
          'X-Forwarded-For': `10.0.0.9, ${address}`,
        },
        body: JSON.stringify(p),
      }).then((response) => response.status);
    };
    expect([await from('203.0.113.1'), await from('203.0.113.1'), await from('203.0.113.2')]).toEqual([201, 429, 201]);
    await r.stop();
  });
});

describe('the staff CLI', () => {
  it('lists every hand-off without its answers, and shows one decrypted; a wrong key or an unknown id fails clearly', async () => {
    const s = store();
    const r = await receiver({ origin: ORIGIN, ...s });
    const sent = [payload(), payload()];
    for (const p of sent) expect((await send(r.url, p)).status).toBe(201);
    await r.stop();

    const list = await cli(['list', `--data=${s.data}`], { RECEIVER_KEY: s.key });
    expect(list.code).toBe(0);
    const rows = list.stdout.trim().split('\n');
    expect(rows.map((row) => row.split(/\s+/)[0])).toEqual(sent.map((p) => p.id));
    for (const row of rows) expect(row).toMatch(/^[0-9a-f-]{36} {2}\d{4}-\d\d-\d\dT[\d:.]+Z {2}json$/);

    const show = await cli(['show', sent[1]!.id], { RECEIVER_KEY: s.key, RECEIVER_DATA: s.data });
    expect(show.code).toBe(0);
    expect(JSON.parse(show.stdout)).toMatchObject({ id: sent[1]!.id, format: 'json', body: sent[1] });

    const wrongKey = await cli(['show', sent[1]!.id, `--data=${s.data}`], {
      RECEIVER_KEY: Buffer.alloc(32, 3).toString('base64'),
    });
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toMatch(/the key does not decrypt this store/);
    expect(wrongKey.stdout + wrongKey.stderr).not.toContain(sent[1]!.contact.name);
    const unknown = await cli(['show', crypto.randomUUID(), `--data=${s.data}`], { RECEIVER_KEY: s.key });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no hand-off with id/);
    expect((await cli(['delete'], { RECEIVER_KEY: s.key })).code).toBe(2);
  });
});
