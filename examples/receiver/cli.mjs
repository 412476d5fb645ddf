#!/usr/bin/env node
// The staff CLI: lists the stored hand-offs and decrypts one. Reads the store file only (safe while the receiver runs).
//
//   RECEIVER_KEY=… node examples/receiver/cli.mjs list [--data=handoffs.jsonl]
//   RECEIVER_KEY=… node examples/receiver/cli.mjs show <id> [--data=handoffs.jsonl]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decryptLine, parseKey, readLines } from './store.mjs';

const USAGE = `usage: node examples/receiver/cli.mjs list | show <id>  [--data=<file>] (or RECEIVER_DATA; the key from RECEIVER_KEY or RECEIVER_KEY_FILE)
  list         one line per hand-off: its id, when it arrived (UTC) and its format (json or fhir); no answers
  show <id>    the hand-off as it arrived, decrypted (answers and contact details: mind who sees your screen)`;

/**
 * Runs the CLI and returns what it prints and its exit code (the tests call it this way too).
 * @param {string[]} argv
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<{ code: number, out: string }>}
 */
export async function runCli(argv, env) {
  const dataFlag = argv.find((a) => a.startsWith('--data='));
  const [command, id] = argv.filter((a) => a !== dataFlag);
  if (command !== 'list' && command !== 'show') return { code: 2, out: USAGE };
  if (command === 'show' && !id) return { code: 2, out: USAGE };
  const file = resolve(dataFlag?.slice('--data='.length) ?? env.RECEIVER_DATA ?? 'handoffs.jsonl');
  const key = parseKey(env.RECEIVER_KEY ?? (env.RECEIVER_KEY_FILE ? readFileSync(env.RECEIVER_KEY_FILE, 'utf8') : undefined));
  // A torn last line here may be a write in progress: it is left alone (the receiver cuts a torn line on start).
  const { lines } = readLines(file);
  if (command === 'list') {
    if (lines[0]) decryptLine(lines[0], key); // the wrong key fails here, not silently
    return { code: 0, out: lines.map((l) => `${l.id}  ${l.receivedAt}  ${l.format}`).join('\n') };
  }
  const line = lines.find((l) => l.id === id);
  if (!line) return { code: 1, out: `no hand-off with id ${id} in ${file}` };
  const body = decryptLine(line, key);
  return {
    code: 0,
    out: JSON.stringify({ id: line.id, receivedAt: line.receivedAt, format: line.format, body: JSON.parse(body) }, null, 2),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { code, out } = await runCli(process.argv.slice(2), process.env);
    if (out) (code === 0 ? console.log : console.error)(out);
    process.exitCode = code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(/authenticate/i.test(message) ? 'the key does not decrypt this store (is RECEIVER_KEY right?)' : message);
    process.exitCode = 1;
  }
}
