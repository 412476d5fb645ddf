// The machine and browser a benchmark ran on.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';

export function machine(browser) {
  const release = existsSync('/etc/os-release')
    ? /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1]
    : undefined;
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${release ?? os.type()} (${os.type()} ${os.release()}, ${os.arch()})`,
    node: process.version,
    chromium: `${browser.version()} (headless)`,
    date: new Date().toISOString(),
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
