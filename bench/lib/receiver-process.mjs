// The reference receiver (examples/receiver/server.mjs) as a child process on loopback, for its tests and its load
// bench: started as a clinic would start it, killed as a crash would kill it.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('../../examples/receiver/server.mjs', import.meta.url));

/**
 * Starts the receiver with `args` (flags) and `env` (added to a copy of this process's environment without any
 * `RECEIVER_*`), and resolves once it listens. `fileSizeLimitKiB` caps the size of files it may write (`ulimit -f`),
 * which makes a write fail as on a full disk.
 * @param {{ args?: string[], env?: Record<string, string>, fileSizeLimitKiB?: number }} options
 */
export async function startReceiverProcess({ args = [], env = {}, fileSizeLimitKiB }) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('RECEIVER_')));
  const command = fileSizeLimitKiB
    ? ['bash', ['-c', `ulimit -f ${fileSizeLimitKiB} && exec "$0" "$@"`, process.execPath, SERVER, ...args]]
    : [process.execPath, [SERVER, ...args]];
  const child = spawn(/** @type {string} */ (command[0]), /** @type {string[]} */ (command[1]), {
    env: { ...clean, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  /** @type {string[]} */
  const lines = [];
  let stderr = '';
  /** @type {Set<() => void>} */
  const listeners = new Set();
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const listener of listeners) listener();
  });
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  /**
   * The first stdout line (from now on or already printed) matching `pattern`.
   * @param {RegExp} pattern
   */
  function waitForLine(pattern, timeout = 10_000) {
    return new Promise((resolve, reject) => {
      const found = () => lines.find((line) => pattern.test(line));
      const check = () => {
        const line = found();
        if (line === undefined) return;
        done();
        resolve(line);
      };
      const timer = setTimeout(
        () => (done(), reject(new Error(`receiver: no line matching ${pattern}; stderr: ${stderr}`))),
        timeout,
      );
      const gone = () => (done(), reject(new Error(`receiver exited before printing ${pattern}; stderr: ${stderr}`)));
      const done = () => (clearTimeout(timer), listeners.delete(check), child.off('exit', gone));
      listeners.add(check);
      child.once('exit', gone);
      check();
    });
  }

  const listening = await waitForLine(/^receiver: listening on /);
  const url = listening.replace('receiver: listening on ', '');
  return {
    url,
    port: Number(new URL(url).port),
    child,
    /** Every line it printed to stdout (the request log: time, status, id). */
    lines,
    get stderr() {
      return stderr;
    },
    waitForLine,
    /** Stops it with `signal` (SIGTERM: a clean stop; SIGKILL: a crash) and resolves once it is gone. */
    async stop(signal = /** @type {NodeJS.Signals} */ ('SIGTERM')) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
