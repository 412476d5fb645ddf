import type { ChildProcess } from 'node:child_process';

export interface ReceiverProcess {
  /** The hand-off URL it listens on. */
  url: string;
  port: number;
  child: ChildProcess;
  /** Every line it printed to stdout (the request log: time, status, id). */
  lines: string[];
  readonly stderr: string;
  waitForLine(pattern: RegExp, timeout?: number): Promise<string>;
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startReceiverProcess(options: {
  args?: string[];
  env?: Record<string, string>;
  /** Caps the size of files it may write (`ulimit -f`), so that a write fails as on a full disk. */
  fileSizeLimitKiB?: number;
}): Promise<ReceiverProcess>;
