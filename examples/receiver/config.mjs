// The receiver's settings: each from a command-line flag (`--origin=https://…`) or an environment variable
// (`RECEIVER_ORIGIN`), the flag first. The key comes only from the environment (or a file): flags show in `ps`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseKey } from './store.mjs';

/**
 * Every setting: its flag, its variable, its default and what it is (the README's table says the same).
 * @type {Record<string, { env: string, default?: string, help: string }>}
 */
export const SETTINGS = {
  origin: { env: 'RECEIVER_ORIGIN', help: 'the clinic page origin(s) allowed to send, comma-separated (required)' },
  port: { env: 'RECEIVER_PORT', default: '8787', help: 'the port to listen on (0: any free port)' },
  host: { env: 'RECEIVER_HOST', default: '127.0.0.1', help: 'the address to listen on (behind a reverse proxy: loopback)' },
  path: { env: 'RECEIVER_PATH', default: '/handoff', help: 'the one path that accepts hand-offs' },
  data: { env: 'RECEIVER_DATA', default: 'handoffs.jsonl', help: 'the store file (created if missing)' },
  'max-body': { env: 'RECEIVER_MAX_BODY', default: '65536', help: 'the largest body accepted, in bytes (larger: 413)' },
  rate: { env: 'RECEIVER_RATE', default: '10', help: 'hand-offs a client may send per minute, after its burst' },
  burst: { env: 'RECEIVER_BURST', default: '5', help: 'hand-offs a client may send at once' },
  'trust-proxy': {
    env: 'RECEIVER_TRUST_PROXY',
    default: 'false',
    help: 'true behind a reverse proxy: the client is the last X-Forwarded-For address',
  },
  schema: { env: 'RECEIVER_SCHEMA', help: 'path to handoff.schema.json (default: from the installed package)' },
};

/**
 * @typedef {{
 *   origins: string[], port: number, host: string, path: string, data: string, maxBody: number,
 *   rate: number, burst: number, trustProxy: boolean, schema?: string, key: Buffer, faults: string[]
 * }} ReceiverConfig
 */

/**
 * Reads the flags (`--name=value` or `--name value`) and the environment.
 * @param {string[]} argv
 * @param {NodeJS.ProcessEnv} env
 * @returns {ReceiverConfig}
 */
export function readConfig(argv, env) {
  /** @type {Record<string, string>} */
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(argv[i] ?? '');
    if (!match || !(match[1] in SETTINGS)) throw new Error(`unknown argument ${argv[i]}; the settings are: ${usage()}`);
    flags[match[1]] = match[2] ?? argv[++i] ?? '';
  }
  const get = (/** @type {string} */ name) => flags[name] ?? env[SETTINGS[name].env] ?? SETTINGS[name].default;
  const number = (/** @type {string} */ name, /** @type {number} */ min) => {
    const value = Number(get(name));
    if (!Number.isFinite(value) || value < min) throw new Error(`--${name} (${SETTINGS[name].env}) must be a number ≥ ${min}`);
    return value;
  };

  const origins = (get('origin') ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  if (!origins.length) throw new Error('set the clinic page origin: --origin=https://clinic.example (or RECEIVER_ORIGIN)');
  for (const origin of origins) {
    let parsed;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin.replace(/\/$/, '') || !/^https?:$/.test(parsed.protocol))
      throw new Error(`"${origin}" is not an origin: write it as the browser sends it, such as https://clinic.example`);
  }
  const path = get('path') ?? '';
  if (!path.startsWith('/')) throw new Error('--path (RECEIVER_PATH) must start with /');

  const keyFile = env.RECEIVER_KEY_FILE;
  const key = parseKey(env.RECEIVER_KEY ?? (keyFile ? readFileSync(keyFile, 'utf8') : undefined));
  return {
    origins: origins.map((o) => o.replace(/\/$/, '')),
    port: number('port', 0),
    host: get('host') ?? '127.0.0.1',
    path,
    data: resolve(get('data') ?? 'handoffs.jsonl'),
    maxBody: number('max-body', 1024),
    rate: number('rate', 0.001),
    burst: number('burst', 1),
    trustProxy: get('trust-proxy') === 'true',
    schema: get('schema'),
    key,
    // Test-only: see server.mjs. Never set in production.
    faults: (env.RECEIVER_TEST_FAULTS ?? '')
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean),
  };
}

/** The settings in one line each, for error messages and `--help`. */
export function usage() {
  return `\n${Object.entries(SETTINGS)
    .map(([name, s]) => `  --${name} / ${s.env}${s.default ? ` (default ${s.default})` : ''}: ${s.help}`)
    .join('\n')}\n  RECEIVER_KEY or RECEIVER_KEY_FILE: the 32-byte storage key, base64 or hex (required; environment only)`;
}
