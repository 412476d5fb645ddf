// Benchmark: how exactly <kc-breathwork-timer> keeps time, and what it costs the page's main thread.
//
// Runs the built CDN bundle (dist/cdn/kc-breathwork-timer.js) in the system Chromium under a strict CSP,
// starts a session with a real click, and for at least 60 s records:
//   - phase-boundary error: each kc-breath-phase event's time (performance.now() in the listener)
//     minus the schedule's (the kc-breath-start time + the sum of the phase lengths before it);
//   - main-thread busy time per second: CDP Performance.getMetrics TaskDuration (and script, style,
//     layout) deltas, and long tasks from a PerformanceObserver;
// then measures the same page with the timer idle (not started), for comparison.
// `measureBreathworkTiming()` is what `npm run bench` (bench/run.mjs) calls; run on its own, this file
// writes bench/results/breathwork-timing.json and prints a markdown table.
//
//   npm run bench:breathwork                       # box, 62 s running, 30 s idle
//   node bench/breathwork-timing.mjs --pattern=sigh --seconds=90 --idle-seconds=30
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdn = join(root, 'dist/cdn');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Installed in the page before anything runs: collects the timer's events and long tasks (runs in the browser). */
function instrument() {
  const w = /** @type {any} */ (globalThis);
  w.__bench = { start: null, phases: [], longTasks: [], errors: [] };
  document.addEventListener('kc-breath-start', () => (w.__bench.start = performance.now()));
  document.addEventListener('kc-breath-phase', (e) => w.__bench.phases.push({ at: performance.now(), ...e.detail }));
  document.addEventListener('securitypolicyviolation', (e) => w.__bench.errors.push(`CSP ${e.violatedDirective}`));
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__bench.longTasks.push({ at: entry.startTime, ms: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    w.__bench.errors.push('no longtask observer');
  }
}

/** The display's frame time, from 60 frames, measured after sampling so it costs the measured page nothing. */
function frameTimes() {
  return new Promise((resolve) => {
    const frames = [];
    let last = 0;
    const frame = (t) => {
      if (last) frames.push(t - last);
      last = t;
      if (frames.length < 60) requestAnimationFrame(frame);
      else resolve(frames);
    };
    requestAnimationFrame(frame);
  });
}

const METRICS = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];

const round = (n, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: values.length,
    min: round(sorted[0]),
    median: round(quantile(sorted, 0.5)),
    p95: round(quantile(sorted, 0.95)),
    max: round(sorted.at(-1)),
    mean: round(values.reduce((s, v) => s + v, 0) / values.length),
  };
}

/**
 * Runs the built timer under a strict CSP for `runSeconds` (started with a real click), then an idle page with
 * the timer not started for `idleSeconds`, and returns the boundary errors and main-thread time of each.
 * Uses `browser` if given (else launches the system Chromium). Needs dist/cdn (`npm run build`).
 */
export async function measureBreathworkTiming({ pattern = 'box', runSeconds = 62, idleSeconds = 30, browser: given } = {}) {
  if (!existsSync(join(cdn, 'kc-breathwork-timer.js')))
    throw new Error('bench: no dist/cdn/kc-breathwork-timer.js. Run `npm run build` first.');
  const page = (started) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/cdn/kc-breathwork-timer.js"></script></head>
<body><kc-breathwork-timer pattern="${pattern}" duration="${Math.ceil(runSeconds / 60) + 1}m" data-started="${started}"></kc-breathwork-timer></body></html>`;
  const server = await serveStatic({
    root: join(root, 'dist'),
    headers: { 'Content-Security-Policy': CSP },
    pages: { '/timer.html': page(true), '/idle.html': page(false) },
  });
  const base = server.url;
  const browser = given ?? (await launchChromium());

  /** Opens a page, optionally starts the timer with a real click, and samples main-thread metrics over `seconds`. */
  async function measure(path, seconds, start) {
    const tab = await browser.newPage();
    const pageErrors = [];
    tab.on('pageerror', (e) => pageErrors.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
    await tab.addInitScript(instrument);
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    await tab.goto(base + path);
    await tab.waitForFunction(() => customElements.get('kc-breathwork-timer') !== undefined);
    await tab.locator('kc-breathwork-timer [part~="toggle"]').waitFor();
    await tab.waitForTimeout(1000); // let loading settle before sampling
    if (start) await tab.locator('kc-breathwork-timer [part~="toggle"]').click();
    const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await read();
    const sampledFrom = await tab.evaluate(() => performance.now());
    const wallStart = Date.now();
    await tab.waitForTimeout(seconds * 1000);
    const after = await read();
    const wallSeconds = (Date.now() - wallStart) / 1000;
    const data = await tab.evaluate(() => /** @type {any} */ (globalThis).__bench);
    data.frames = await tab.evaluate(frameTimes);
    const state = await tab.evaluate(() => document.querySelector('kc-breathwork-timer').state);
    await tab.close();
    const perSecond = Object.fromEntries(METRICS.map((m) => [m, ((after[m] - before[m]) * 1000) / wallSeconds]));
    const longTasks = data.longTasks.filter((t) => t.at >= sampledFrom);
    return { data, state, wallSeconds, perSecond, longTasks, pageErrors };
  }

  try {
    const running = await measure('/timer.html', runSeconds, true);
    const idle = await measure('/idle.html', idleSeconds, false);
    const { start, phases } = running.data;
    if (start === null || phases.length < 2)
      throw new Error(`the timer did not run (state ${running.state}, ${phases.length} phases)`);
    let scheduled = 0;
    const errors = phases.map((p) => {
      const error = p.at - (start + scheduled);
      scheduled += p.durationMs;
      return error;
    });
    const frameMs = stats(running.data.frames).median;
    return {
      date: new Date().toISOString(),
      browser: `Chromium ${browser.version()} (headless)`,
      bundle: 'dist/cdn/kc-breathwork-timer.js',
      pattern,
      runSeconds: round(running.wallSeconds, 1),
      idleSeconds: round(idle.wallSeconds, 1),
      frameMs,
      boundaryErrorMs: stats(errors),
      boundaryErrorFrames: round(Math.max(...errors) / frameMs),
      boundaryErrorsMs: errors.map((e) => round(e)),
      mainThreadMsPerSecond: {
        running: Object.fromEntries(Object.entries(running.perSecond).map(([k, v]) => [k, round(v)])),
        idle: Object.fromEntries(Object.entries(idle.perSecond).map(([k, v]) => [k, round(v)])),
      },
      longTasks: {
        running: { count: running.longTasks.length, totalMs: round(running.longTasks.reduce((s, t) => s + t.ms, 0)) },
        idle: { count: idle.longTasks.length, totalMs: round(idle.longTasks.reduce((s, t) => s + t.ms, 0)) },
      },
      pageErrors: [...running.pageErrors, ...idle.pageErrors, ...running.data.errors, ...idle.data.errors],
    };
  } finally {
    if (!given) await browser.close();
    await server.close();
  }
}

/** The markdown table of one result. */
export function breathworkTable(result) {
  const e = result.boundaryErrorMs;
  const r = result.mainThreadMsPerSecond.running;
  const i = result.mainThreadMsPerSecond.idle;
  return `| Measure | Timer running (${result.runSeconds} s) | Idle page (${result.idleSeconds} s) |
| --- | --- | --- |
| Phase boundaries measured | ${e.n} | - |
| Boundary error vs schedule, median / p95 / max (ms) | ${e.median} / ${e.p95} / ${e.max} (max = ${result.boundaryErrorFrames} frames of ${result.frameMs} ms) | - |
| Boundary error, min (ms; negative = early) | ${e.min} | - |
| Main-thread busy (CDP TaskDuration), ms per s | ${r.TaskDuration} | ${i.TaskDuration} |
| of which script / style / layout, ms per s | ${r.ScriptDuration} / ${r.RecalcStyleDuration} / ${r.LayoutDuration} | ${i.ScriptDuration} / ${i.RecalcStyleDuration} / ${i.LayoutDuration} |
| Long tasks (> 50 ms), count / total ms | ${result.longTasks.running.count} / ${result.longTasks.running.totalMs} | ${result.longTasks.idle.count} / ${result.longTasks.idle.totalMs} |
| Page errors | ${result.pageErrors.length} | |`;
}

// Run on its own: `node bench/breathwork-timing.mjs [--pattern=box] [--seconds=62] [--idle-seconds=30]`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
  const pattern = args.pattern ?? 'box';
  const runSeconds = Number(args.seconds ?? 62);
  const idleSeconds = Number(args['idle-seconds'] ?? 30);
  if (!(runSeconds >= 60)) throw new Error('--seconds must be at least 60.');
  console.error(`bench: timer running ${runSeconds} s (pattern ${pattern}), then the idle page ${idleSeconds} s...`);
  const result = await measureBreathworkTiming({ pattern, runSeconds, idleSeconds });
  const out = join(root, 'bench/results/breathwork-timing.json');
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `### <kc-breathwork-timer> timing (${result.browser}, pattern \`${pattern}\`)\n\n${breathworkTable(result)}\n\nWritten to bench/results/breathwork-timing.json.`,
  );
  if (result.pageErrors.length) console.error('bench: page errors:', result.pageErrors);
}
