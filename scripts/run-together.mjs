// Runs commands at the same time and fails when any of them fails. Each command's output is printed whole when it
// ends, so the logs of two test runs do not interleave. Used by `npm run test:engines` (Firefox and WebKit, each in
// its own browser, side by side: about a third less time on two cores than one after the other).
//
//   node scripts/run-together.mjs "vitest run --project a" "vitest run --project b"
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (!commands.length) {
  console.error('run-together: give the commands to run, each as one argument.');
  process.exit(2);
}

const runs = commands.map(
  (command) =>
    new Promise((resolve) => {
      const started = Date.now();
      const child = spawn(command, { shell: true, env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
      const output = [];
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
      child.on('close', (code, signal) => {
        process.stdout.write(Buffer.concat(output));
        const seconds = Math.round((Date.now() - started) / 1000);
        console.log(
          `run-together: "${command}" ${code === 0 ? 'passed' : `failed (${signal ?? `exit ${code}`})`} in ${seconds} s`,
        );
        resolve(code === 0);
      });
    }),
);

const passed = await Promise.all(runs);
process.exit(passed.every(Boolean) ? 0 : 1);
