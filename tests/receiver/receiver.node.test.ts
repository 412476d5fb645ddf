// The reference receiver (examples/receiver) as a clinic runs it, a child process on loopback: CORS, path, size,
// schema, exactly once per Idempotency-Key (repeats, reuse with another body, concurrent requests), encryption at
// rest, what it logs, and its refusals to start. Restarts, the rate limit and the CLI are in receiver-store.node.test.ts.
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReceiverProcess } from '../../bench/lib/receiver-process.mjs';
import { toFhirBundle } from '../../src/components/eligibility-check/fhir.js';
import type { HandoffPayload } from '../../src/components/eligibility-check/handoff.js';
import { everyPayload } from '../components/eligibility-check/handoff-payloads.js';
import { cli, newStore, receiver, stopEveryReceiver, storedIds } from './helpers.js';

const ORIGIN = 'https://calmharbor.example';
const store = newStore();
let r: ReceiverProcess;
let payloads: HandoffPayload[];

beforeAll(async () => {
  payloads = (await everyPayload()).map((c) => c.payload);
  r = await receiver({ origin: ORIGIN, ...store, args: ['--rate=100000', '--burst=100000', '--max-body=65536'] });
});
afterAll(async () => {
  await stopEveryReceiver();
  rmSync(store.folder, { recursive: true, force: true });
});

/** A POST as the widget sends it (from the clinic's origin), with `changes` to the request. */
function post(
  body: string,
  key: string,
  changes: { origin?: string | null; type?: string; path?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = {
    'Content-Type': changes.type ?? 'application/json',
    'Idempotency-Key': key,
    ...changes.headers,
  };
  if (changes.origin !== null) headers.Origin = changes.origin ?? ORIGIN;
  return fetch(changes.path ? new URL(changes.path, r.url) : r.url, { method: 'POST', headers, body });
}
const fresh = (n = 0): HandoffPayload => ({ ...payloads[n]!, id: crypto.randomUUID() });

describe('the reference receiver', () => {
  it('stores every kind of payload the widget sends (JSON and FHIR) with 201, and answers the same bytes again with 200', async () => {
    for (const payload of payloads) {
      const body = JSON.stringify(payload);
      const first = await post(body, payload.id);
      expect(first.status, JSON.stringify(await first.clone().json())).toBe(201);
      expect(await first.json()).toEqual({ id: payload.id });
      expect(first.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    }
    for (const payload of payloads.slice(0, 8).map((p) => ({ ...p, id: crypto.randomUUID() }))) {
      const response = await post(JSON.stringify(toFhirBundle(payload)), payload.id, { type: 'application/fhir+json' });
      expect(response.status, await response.clone().text()).toBe(201);
    }
    const again = await post(JSON.stringify(payloads[0]), payloads[0]!.id);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id: payloads[0]!.id, repeat: true });
    expect(storedIds(store.data)).toHaveLength(payloads.length + 8);
  });

  it('answers the preflight for its origin only, and gives no other origin a CORS header or a record', async () => {
    const preflight = (origin: string) =>
      fetch(r.url, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,idempotency-key',
        },
      });
    const ours = await preflight(ORIGIN);
    expect(ours.status).toBe(204);
    expect(ours.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(ours.headers.get('access-control-allow-methods')).toBe('POST');
    expect(ours.headers.get('access-control-allow-headers')).toBe('Content-Type, Idempotency-Key');
    const theirs = await preflight('https://elsewhere.example');
    expect(theirs.status).toBe(403);
    expect(theirs.headers.get('access-control-allow-origin')).toBeNull();

    const before = storedIds(store.data).length;
    for (const origin of ['https://elsewhere.example', 'https://calmharbor.example.evil.test', null]) {
      const payload = fresh();
      const response = await post(JSON.stringify(payload), payload.id, { origin });
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
    expect(storedIds(store.data)).toHaveLength(before);
  });

  it('takes hand-offs on its one path and by POST only', async () => {
    const payload = fresh();
    const before = storedIds(store.data).length;
    expect((await post(JSON.stringify(payload), payload.id, { path: '/other' })).status).toBe(404);
    expect((await post(JSON.stringify(payload), payload.id, { path: '/handoff/extra' })).status).toBe(404);
    const get = await fetch(r.url, { headers: { Origin: ORIGIN } });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST, OPTIONS');
    expect(storedIds(store.data)).toHaveLength(before);
  });

  it('refuses a body over the size limit with 413, whether its length is declared or not, and stores nothing', async () => {
    const payload = { ...fresh(), clinic: 'x'.repeat(70_000) };
    const before = storedIds(store.data).length;
    const declared = await post(JSON.stringify(payload), payload.id);
    expect(declared.status).toBe(413);
    expect(declared.headers.get('access-control-allow-origin'), 'the widget can read the status').toBe(ORIGIN);
    const bytes = new TextEncoder().encode(JSON.stringify(payload));
    const streamed = await fetch(r.url, {
      method: 'POST',
      headers: { Origin: ORIGIN, 'Content-Type': 'application/json', 'Idempotency-Key': payload.id },
      body: new ReadableStream({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 8192) controller.enqueue(bytes.subarray(at, at + 8192));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(storedIds(store.data)).toHaveLength(before);
  });

  it('refuses what is not a hand-off with a clear 4xx, and stores nothing', async () => {
    const before = storedIds(store.data).length;
    const payload = fresh();
    const { contact: _contact, ...noContact } = payload;
    const cases: [string, Promise<Response>, number, RegExp][] = [
      ['a field missing', post(JSON.stringify(noContact), payload.id), 400, /does not match handoff\.schema\.json/],
      ['a field too many', post(JSON.stringify({ ...payload, extra: 1 }), payload.id), 400, /does not match/],
      ['a wrong schema version', post(JSON.stringify({ ...payload, schemaVersion: 2 }), payload.id), 400, /does not match/],
      ['an id other than the key', post(JSON.stringify(payload), crypto.randomUUID()), 400, /is not the Idempotency-Key/],
      ['not JSON', post('{"schemaVersion":', payload.id), 400, /not JSON/],
      ['no Idempotency-Key', post(JSON.stringify(payload), ''), 400, /Idempotency-Key/],
      ['a key that is no UUID', post(JSON.stringify(payload), 'key-1'), 400, /Idempotency-Key/],
      ['text/plain', post(JSON.stringify(payload), payload.id, { type: 'text/plain' }), 415, /Content-Type/],
      [
        'a charset other than UTF-8',
        post(JSON.stringify(payload), payload.id, { type: 'application/json; charset=latin1' }),
        415,
        /Content-Type/,
      ],
      [
        'a FHIR collection, not a transaction',
        post(JSON.stringify({ ...toFhirBundle(payload), type: 'collection' }), payload.id, { type: 'application/fhir+json' }),
        400,
        /not a FHIR transaction Bundle/,
      ],
      [
        'a FHIR Bundle of another submission',
        post(JSON.stringify(toFhirBundle(payload)), crypto.randomUUID(), { type: 'application/fhir+json' }),
        400,
        /not a FHIR transaction Bundle/,
      ],
      ['the payload sent as FHIR', post(JSON.stringify(payload), payload.id, { type: 'application/fhir+json' }), 400, /FHIR/],
    ];
    for (const [label, response, status, error] of cases) {
      const answer = await response;
      expect(answer.status, label).toBe(status);
      expect((await answer.json()).error, label).toMatch(error);
    }
    // The problems name where, never what the patient wrote.
    const problems = (
      await (await post(JSON.stringify({ ...payload, contact: { ...payload.contact, time: 'never' } }), payload.id)).json()
    ).problems as string[];
    expect(problems).toContain('/contact/time must be equal to one of the allowed values');
    expect(JSON.stringify(problems)).not.toContain(payload.contact.email || payload.contact.phone);
    expect(storedIds(store.data)).toHaveLength(before);
  });

  it('stores one key once: a different body under a stored key is refused with 422, and the first stays', async () => {
    const payload = fresh();
    expect((await post(JSON.stringify(payload), payload.id)).status).toBe(201);
    const edited = { ...payload, contact: { ...payload.contact, phone: '555 0199' } };
    const reused = await post(JSON.stringify(edited), payload.id);
    expect(reused.status).toBe(422);
    expect((await reused.json()).error).toMatch(/already used with a different body/);
    // The same payload as FHIR is another body too.
    expect((await post(JSON.stringify(toFhirBundle(payload)), payload.id, { type: 'application/fhir+json' })).status).toBe(422);
    expect(storedIds(store.data).filter((id) => id === payload.id)).toHaveLength(1);
    const shown = await cli(['show', payload.id, `--data=${store.data}`], { RECEIVER_KEY: store.key });
    expect(JSON.parse(shown.stdout).body).toEqual(payload);
  });

  it('stores once when twenty requests with one key arrive at the same time: one 201, the rest 200', async () => {
    const payload = fresh(3);
    const body = JSON.stringify(payload);
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () => post(body, payload.id).then((response) => response.status)),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    expect(storedIds(store.data).filter((id) => id === payload.id)).toHaveLength(1);
  });

  it('keeps no answer or contact detail readable in its file, and logs only time, status and id', async () => {
    const file = readFileSync(store.data, 'utf8');
    const en = payloads.find((p) => p.locale === 'en')!;
    const es = payloads.find((p) => p.locale === 'es')!;
    // Longer than a chance match in base64 (or not base64 at all: quotes, spaces, accents).
    const secrets = [
      en.contact.email,
      es.contact.name,
      es.contact.phone,
      en.consent.text,
      en.consent.sha256,
      '"gad7"',
      '"answers"',
    ];
    for (const secret of secrets) expect(file.includes(secret), secret).toBe(false);
    for (const line of file.trim().split('\n'))
      expect(Object.keys(JSON.parse(line)).sort()).toEqual(['data', 'digest', 'format', 'id', 'iv', 'receivedAt', 'tag', 'v']);
    const log = r.lines.filter((line) => !line.startsWith('receiver: listening on '));
    expect(log.length).toBeGreaterThan(payloads.length);
    for (const line of log) expect(line).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z \d{3} ([0-9a-f-]{36}|-)$/);
    expect(r.stderr).toBe('');
  });
});

describe('starting the receiver', () => {
  it('refuses to start without a key, with a key of the wrong size, without an origin, or with the wrong key for its file', async () => {
    const refused = async (options: Partial<Parameters<typeof receiver>[0]>, message: RegExp) => {
      const attempt = receiver({ origin: ORIGIN, ...store, ...options });
      await expect(attempt).rejects.toThrow(message);
    };
    await refused({ key: '' }, /no key: set RECEIVER_KEY/);
    await refused({ key: Buffer.alloc(16, 1).toString('base64') }, /must be 32 bytes/);
    await refused({ origin: '' }, /set the clinic page origin/);
    await refused({ origin: 'https://calmharbor.example/intake' }, /is not an origin/);
    await refused({ key: Buffer.alloc(32, 7).toString('base64'), port: 0 }, /the key does not decrypt/);
  });
});
