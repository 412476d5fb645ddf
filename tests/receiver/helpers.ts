// What the receiver's tests share: a store folder and key per test file, the receiver as a child process, a POST as
// the widget sends it, and the staff CLI.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readLines } from '../../examples/receiver/store.mjs';
import { startReceiverProcess, type ReceiverProcess } from '../../bench/lib/receiver-process.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(root, 'examples/receiver/cli.mjs');

/** A fresh folder for a store, and a fresh key. */
export function newStore() {
  const folder = mkdtempSync(join(tmpdir(), 'kc-receiver-test-'));
  return { folder, data: join(folder, 'handoffs.jsonl'), key: randomBytes(32).toString('base64') };
}

/** Starts the receiver for `origin` on `data` with `key`, plus `args` and `env`. */
export function receiver(options: {
  origin: string;
  data: string;
  key: string;
  port?: number;
  args?: string[];
  env?: Record<string, string>;
  /** Caps the size of files it may write, so that a write fails as on a full disk. */
  fileSizeLimitKiB?: number;
}) {
  const started = startReceiverProcess({
    args: [`--origin=${options.origin}`, `--data=${options.data}`, `--port=${options.port ?? 0}`, ...(options.args ?? [])],
    env: { RECEIVER_KEY: options.key, ...options.env },
    fileSizeLimitKiB: options.fileSizeLimitKiB,
  });
  everyReceiver.push(started);
  return started;
}

const everyReceiver: Promise<ReceiverProcess>[] = [];

/** Kills every receiver the file started (for its `afterAll`: a failed test may leave one running). */
export async function stopEveryReceiver() {
  const settled = await Promise.allSettled(everyReceiver);
  await Promise.all(settled.map((s) => (s.status === 'fulfilled' ? s.value.stop('SIGKILL') : undefined)));
}

/** The ids in the store file, in order (a repeat would show twice). */
export const storedIds = (data: string): string[] => readLines(data).lines.map((line) => line.id);

/** Runs the staff CLI; resolves with its exit code and output (never rejects on a non-zero exit). */
export async function cli(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
