#!/usr/bin/env node
// A reference receiver for the hand-offs of <kc-eligibility-check>: Node's own HTTP server, the package's schema,
// an encrypted append-only store. See README.md for how to run it and what it does not do for you.
//
//   RECEIVER_KEY=$(openssl rand -base64 32) node examples/receiver/server.mjs --origin=https://clinic.example
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { readConfig, usage } from './config.mjs';
import { createRateLimit } from './rate-limit.mjs';
import { openStore } from './store.mjs';
import { createChecker, formatOf, KEY_PATTERN, loadSchema } from './validate.mjs';

/** The request headers the widget sends beyond the CORS-safe ones. */
const ALLOWED_HEADERS = 'Content-Type, Idempotency-Key';

class Refusal extends Error {
  /**
   * @param {number} status
   * @param {string} message
   * @param {Record<string, unknown>} [extra]
   */
  constructor(status, message, extra = {}) {
    super(message);
    this.status = status;
    this.extra = extra;
  }
}

/**
 * The body, at most `limit` bytes (413 beyond, whether declared by Content-Length or not), as UTF-8 text.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 */
async function readBody(req, limit) {
  const tooLarge = () => new Refusal(413, `the body is larger than ${limit} bytes`);
  if (Number(req.headers['content-length']) > limit) throw tooLarge();
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Starts the receiver. Resolves once it listens, with its URL and a `close()`.
 * @param {import('./config.mjs').ReceiverConfig} config
 * @param {{ log?: (line: string) => void }} [options]
 */
export async function startReceiver(config, { log = (line) => console.log(line) } = {}) {
  const store = await openStore(config.data, config.key);
  const check = createChecker(loadSchema(config.schema));
  const limit = createRateLimit({ perMinute: config.rate, burst: config.burst });
  const faults = [...config.faults];
  if (faults.length) console.warn(`receiver: TEST FAULTS ARE ON (${faults.join(', ')}): for the test suite only`);

  // What is logged: the time, the status and the submission id. Never a body, a header value or an address.
  const record = (/** @type {number | string} */ status, /** @type {string | undefined} */ id) =>
    log(`${new Date().toISOString()} ${status} ${id ?? '-'}`);

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function handle(req, res) {
    const keyHeader = req.headers['idempotency-key'];
    const id = typeof keyHeader === 'string' && KEY_PATTERN.test(keyHeader) ? keyHeader : undefined;
    const answer = (/** @type {number} */ status, /** @type {object | undefined} */ body, headers = {}) => {
      record(status, id);
      const text = body === undefined ? '' : JSON.stringify(body);
      res.writeHead(status, { ...headers, ...(text ? { 'Content-Type': 'application/json' } : {}), 'Cache-Control': 'no-store' });
      res.end(text);
    };

    if (new URL(req.url ?? '/', 'http://receiver').pathname !== config.path) return answer(404, { error: 'not found' });
    const origin = req.headers.origin;
    // Only the clinic's own page may send, and only its origin may read an answer (CORS); no other origin gets CORS headers.
    if (!origin || !config.origins.includes(origin)) return answer(403, { error: 'this origin may not send hand-offs here' });
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    if (req.method === 'OPTIONS')
      return answer(204, undefined, {
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': '600',
      });
    if (req.method !== 'POST') return answer(405, { error: 'only POST' }, { Allow: 'POST, OPTIONS' });

    try {
      const client =
        (config.trustProxy &&
          String(req.headers['x-forwarded-for'] ?? '')
            .split(',')
            .pop()
            ?.trim()) ||
        req.socket.remoteAddress ||
        '';
      const allowed = limit.take(client);
      if (!allowed.ok) throw new Refusal(429, 'too many hand-offs from this client', { retryAfter: allowed.retryAfter });
      if (!id) throw new Refusal(400, 'the Idempotency-Key header must be the submission id (a lowercase UUID)');
      const format = formatOf(req.headers['content-type']);
      if (!format) throw new Refusal(415, 'the Content-Type must be application/json or application/fhir+json (UTF-8)');
      const bytes = await readBody(req, config.maxBody);
      let body;
      try {
        body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
      } catch {
        throw new Refusal(400, 'the body is not JSON in UTF-8');
      }
      const verdict = check(format, body, id);
      if (!verdict.ok) throw new Refusal(400, verdict.error, { problems: verdict.problems });

      // Test-only (RECEIVER_TEST_FAULTS, see the README): this request's planned fault, if the test suite set any.
      const fault = faults.shift();
      if (fault && /^\d{3}$/.test(fault)) return answer(Number(fault), { error: `test fault ${fault}` });
      if (fault === 'hang') return log(`test-fault hang ${id}`);

      const saved = await store.save(id, format, bytes);
      if (saved === 'conflict')
        throw new Refusal(422, 'this Idempotency-Key was already used with a different body; a new submission needs a new key');
      if (fault === 'drop-after-store') return (record('dropped', id), req.socket.destroy());
      if (fault === 'hang-after-store') return log(`test-fault hang-after-store ${id}`);
      // A repeat is answered as the first was, as a success, so the sender stops retrying.
      if (saved === 'repeat') return answer(200, { id, repeat: true }, { 'Idempotent-Replayed': 'true' });
      return answer(201, { id });
    } catch (error) {
      if (error instanceof Refusal) {
        const { retryAfter, ...extra } = /** @type {Record<string, unknown>} */ (error.extra);
        // A 413 is answered before the body is read: close the connection rather than read the rest.
        const headers = {
          ...(retryAfter ? { 'Retry-After': String(retryAfter) } : {}),
          ...(error.status === 413 ? { Connection: 'close' } : {}),
        };
        return answer(error.status, { error: error.message, ...extra }, headers);
      }
      // Not stored (a failed write, or a bug): the sender retries a 503 with the same key and body.
      console.error(`receiver: ${error instanceof Error ? error.message : String(error)}`);
      return answer(503, { error: 'not stored; try again' }, { 'Retry-After': '1' });
    }
  }

  const server = createServer((req, res) =>
    handle(req, res).catch((error) => {
      // A bug, not a request's fault: answered 500 (nothing was stored), logged without request data.
      console.error(`receiver: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
    }),
  );
  // A request must arrive whole within 30 s: a slow sender cannot hold connections open.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise((resolve) => server.listen(config.port, config.host, () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}${config.path}`,
    /** Stops taking requests, lets those in progress finish (2 s at most), then closes the store. */
    async close() {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 2000).unref();
      await closed;
      await store.close();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--help')) {
    console.log(`node examples/receiver/server.mjs [--setting=value …]${usage()}`);
    process.exit(0);
  }
  let receiver;
  try {
    receiver = await startReceiver(readConfig(process.argv.slice(2), process.env));
  } catch (error) {
    console.error(`receiver: not started: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  console.log(`receiver: listening on ${receiver.url}`);
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
    process.once(signal, () => void receiver.close().then(() => process.exit(0)));
}
