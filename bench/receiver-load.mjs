// `npm run bench:receiver`: the reference receiver (examples/receiver) under load. 1,000 hand-offs, 50 in flight at a
// time, 5 % of them a repeat of an earlier one (same key, same bytes, as a widget's retry sends), against the real
// receiver on loopback with its rate limit set out of the way. Checks that every distinct key is stored exactly
// once and none is lost, and reports throughput and latency into bench/RESULTS.md (between the receiver-load markers;
// `npm run bench` keeps that section) and bench/results/receiver-load.json.
//
//   npm run bench:receiver                       # builds first (the schema and the payloads come from dist/)
//   node bench/receiver-load.mjs --total=1000 --concurrency=50 --duplicates=0.05
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readLines } from '../examples/receiver/store.mjs';
import { startReceiverProcess } from './lib/receiver-process.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const START = '<!-- receiver-load -->';
const END = '<!-- /receiver-load -->';
const ORIGIN = 'https://calmharbor.example';

/** Makes valid hand-off payloads as the widget builds them (from the built package: dist/index.js). */
export async function payloadMaker() {
  const { evaluateEligibility, HEALTH_ITEMS, HANDOFF_SCHEMA_VERSION, CONSENT_VERSION } = await import(
    pathToFileURL(join(root, 'dist/index.js')).href
  );
  const answers = {
    age: 34,
    pregnant: false,
    gad7: [2, 2, 2, 2, 2, 1, 1],
    difficulty: 2,
    phq9: [1, 1, 1, 1, 1, 0, 0, 0, 0],
    diagnoses: ['gad'],
    treatments: ['ssri', 'therapy'],
    trials: 2,
    prescriber: true,
    health: Object.fromEntries(HEALTH_ITEMS.map((item) => [item, false])),
  };
  const { outcome, reasons, scores } = evaluateEligibility(answers);
  const text = 'I agree to send my answers and contact details to Calm Harbor, so they can contact me about this screening.';
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return (/** @type {string} */ id, /** @type {number} */ n) => ({
    schemaVersion: HANDOFF_SCHEMA_VERSION,
    id,
    submittedAt: new Date().toISOString(),
    locale: 'en',
    clinic: 'Calm Harbor',
    consent: { text, version: CONSENT_VERSION, sha256, language: 'en', agreedAt: new Date().toISOString() },
    contact: { name: `Load Patient ${n}`, email: `patient${n}@example.com`, phone: '', time: 'any' },
    outcome,
    reasons,
    scores,
    answers,
    utm: {},
  });
}

const percentile = (/** @type {number[]} */ sorted, /** @type {number} */ p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const round = (/** @type {number} */ n) => Math.round(n * 10) / 10;

/**
 * Sends `total` hand-offs, `concurrency` at a time, `duplicates` of them (a share) repeats of earlier keys, to a
 * receiver started for the run; then reads its store. Throws when a key is missing or stored twice.
 * @param {{ total?: number, concurrency?: number, duplicates?: number }} [options]
 */
export async function measureReceiverLoad({ total = 1000, concurrency = 50, duplicates = 0.05 } = {}) {
  const loadAverageAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100);
  const folder = mkdtempSync(join(os.tmpdir(), 'kc-receiver-load-'));
  const data = join(folder, 'handoffs.jsonl');
  const receiver = await startReceiverProcess({
    args: [`--origin=${ORIGIN}`, `--data=${data}`, '--port=0', '--rate=1000000', '--burst=1000000'],
    env: { RECEIVER_KEY: randomBytes(32).toString('base64') },
  });
  try {
    const make = await payloadMaker();
    const repeats = Math.round(total * duplicates);
    const distinct = Array.from({ length: total - repeats }, (_, n) => {
      const id = randomUUID();
      return { id, body: JSON.stringify(make(id, n)) };
    });
    // Each repeat goes a little after its original, often while the original is still in flight.
    const queue = [...distinct];
    for (let r = 0; r < repeats; r++) {
      const original = Math.floor((r * distinct.length) / repeats);
      queue.splice(Math.min(queue.length, original + r + 1 + (r % concurrency)), 0, distinct[original]);
    }
    /** @type {{ id: string, status: number, ms: number }[]} */
    const results = [];
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < queue.length) {
        const { id, body } = queue[next++];
        const sent = performance.now();
        const response = await fetch(receiver.url, {
          method: 'POST',
          headers: { Origin: ORIGIN, 'Content-Type': 'application/json', 'Idempotency-Key': id },
          body,
        });
        await response.text();
        results.push({ id, status: response.status, ms: performance.now() - sent });
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    await receiver.stop();

    const stored = readLines(data).lines.map((line) => line.id);
    const storedCount = new Map();
    for (const id of stored) storedCount.set(id, (storedCount.get(id) ?? 0) + 1);
    const lost = distinct.filter(({ id }) => storedCount.get(id) !== 1).map(({ id }) => id);
    const statuses = Object.fromEntries(
      [...new Set(results.map((r) => r.status))].map((s) => [s, results.filter((r) => r.status === s).length]),
    );
    const created = new Map();
    for (const r of results.filter((r) => r.status === 201)) created.set(r.id, (created.get(r.id) ?? 0) + 1);
    const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
    const cpus = os.cpus();
    return {
      total,
      concurrency,
      repeats,
      distinct: distinct.length,
      stored: stored.length,
      /** Distinct keys not stored exactly once (must be empty). */
      lost,
      /** Every distinct key answered 201 exactly once, every repeat 200. */
      exactlyOnce: lost.length === 0 && stored.length === distinct.length && distinct.every(({ id }) => created.get(id) === 1),
      statuses,
      seconds: round(seconds),
      perSecond: Math.round(total / seconds),
      latencyMs: {
        p50: round(percentile(latencies, 50)),
        p99: round(percentile(latencies, 99)),
        max: round(latencies.at(-1) ?? NaN),
      },
      machine: {
        cpu: cpus[0]?.model?.trim() ?? 'unknown',
        cores: cpus.length,
        node: process.version,
        loadAverageAtStart,
        date: new Date().toISOString(),
      },
    };
  } finally {
    await receiver.stop('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The RESULTS.md section of a run. */
export function receiverSection(/** @type {Awaited<ReturnType<typeof measureReceiverLoad>>} */ r) {
  return `${START}

## Reference receiver under load

\`npm run bench:receiver\` (bench/receiver-load.mjs, ${r.machine.date.slice(0, 10)}): ${r.total.toLocaleString('en')} hand-offs to the
reference receiver (examples/receiver) on loopback, ${r.concurrency} in flight at a time, ${r.repeats} of them (${Math.round((r.repeats / r.total) * 100)} %) a
repeat of an earlier key with the same bytes; each hand-off validated against the schema, encrypted, and written with
fsync before the answer. Measured on this 2-core VM (${r.machine.cpu}, Node ${r.machine.node}; load average
${r.machine.loadAverageAtStart.join(' / ')} at the start, from other work on the VM), with the client on the same two cores.

| Hand-offs | Distinct keys | Stored | Exactly once | Answers | Throughput | Latency p50 | Latency p99 | Max |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
| ${r.total} | ${r.distinct} | ${r.stored} | ${r.exactlyOnce ? 'yes, none lost' : `**no** (${r.lost.length} lost)`} | ${Object.entries(
    r.statuses,
  )
    .sort(([a], [b]) => Number(b) - Number(a))
    .map(([s, n]) => `${n} × ${s}`)
    .join(', ')} | ${r.perSecond} / s | ${r.latencyMs.p50} ms | ${r.latencyMs.p99} ms | ${r.latencyMs.max} ms |

Latency is from sending a request to the end of its answer, with 50 requests in flight. Writes that arrive together
share one write and one fsync (group commit).
${END}`;
}

/** `markdown` with the receiver section from `jsonFile` (replaced between its markers, or added at the end). */
export function withReceiverSection(markdown, jsonFile = join(root, 'bench/results/receiver-load.json')) {
  if (!existsSync(jsonFile)) return markdown;
  const section = receiverSection(JSON.parse(readFileSync(jsonFile, 'utf8')));
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start >= 0 && end > start) return markdown.slice(0, start) + section + markdown.slice(end + END.length);
  return `${markdown.trimEnd()}\n\n${section}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
  const run = await measureReceiverLoad({
    total: Number(args.total ?? 1000),
    concurrency: Number(args.concurrency ?? 50),
    duplicates: Number(args.duplicates ?? 0.05),
  });
  if (!run.exactlyOnce) throw new Error(`not exactly once: ${JSON.stringify({ ...run, lost: run.lost.slice(0, 10) })}`);
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/receiver-load.json'), `${JSON.stringify(run, null, 2)}\n`);
  const resultsFile = join(root, 'bench/RESULTS.md');
  writeFileSync(resultsFile, withReceiverSection(readFileSync(resultsFile, 'utf8')));
  console.log(receiverSection(run));
}
