// Benchmark: how exactly <kc-breathwork-timer> keeps time in each engine the tests run in, side by side.
//
// The built CDN bundle (dist/cdn/kc-breathwork-timer.js) under the strict CSP, started with a real click, in
// Chromium (Playwright, headless), Firefox ESR (puppeteer-core over WebDriver BiDi, headless) and WebKitGTK
// (WebKitWebDriver + MiniBrowser under Xvfb, the window focused). Each phase boundary's error is the
// kc-breath-phase event's time (performance.now() in the listener) minus the schedule's (the kc-breath-start time
// plus the phase lengths before it). Main-thread cost is Chromium-only (CDP) and stays in breathwork-timing.mjs.
//
//   npm run build:cdn && node bench/breathwork-engines.mjs [--seconds=62] [--pattern=box]
//
// Writes bench/results/breathwork-engines.json and the "Breath boundaries in three engines" section of
// bench/RESULTS.md (bench/run.mjs keeps that section when it rewrites the file).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch } from 'puppeteer-core';
import { remote } from 'webdriverio';
import { launchChromium } from '../scripts/chromium.mjs';
import { firefoxPath, startWebKitDriver, webkitCapabilities } from '../scripts/engines.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { focusLargestWindow } from '../scripts/x11-focus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const START = '<!-- breathwork-engines -->';
const END = '<!-- /breathwork-engines -->';

/** Collects the timer's events (runs in the page). */
function instrument() {
  const w = /** @type {any} */ (globalThis);
  w.__bench = { start: null, phases: [] };
  document.addEventListener('kc-breath-start', () => (w.__bench.start = performance.now()));
  document.addEventListener('kc-breath-phase', (e) =>
    w.__bench.phases.push({ at: performance.now(), durationMs: e.detail.durationMs }),
  );
}

/**
 * The mean frame time over 60 frames (runs in the page; resolves a promise, or calls `done` for WebDriver). The mean,
 * not the median: Firefox and WebKit round performance.now() to whole milliseconds, so single frames read 16 or 17.
 */
function frameMs(done) {
  return new Promise((resolve) => {
    const frames = [];
    let last = 0;
    const frame = (t) => {
      if (last) frames.push(t - last);
      last = t;
      if (frames.length < 60) return requestAnimationFrame(frame);
      const mean = frames.reduce((sum, ms) => sum + ms, 0) / frames.length;
      if (done) done(mean);
      resolve(mean);
    };
    requestAnimationFrame(frame);
  });
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (n) => Math.round(n * 100) / 100;

/** Boundary errors from the recorded events. */
function errorsOf(data) {
  if (data.start === null || data.phases.length < 2) throw new Error(`the timer did not run (${data.phases.length} phases)`);
  let scheduled = 0;
  return data.phases.map((p) => {
    const error = p.at - (data.start + scheduled);
    scheduled += p.durationMs;
    return error;
  });
}

const engines = {
  async chromium(url, seconds) {
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      await tab.addInitScript(instrument);
      await tab.goto(url);
      await tab.locator('kc-breathwork-timer [part~="toggle"]').click();
      await wait(seconds * 1000);
      const data = await tab.evaluate(() => /** @type {any} */ (globalThis).__bench);
      return { browser: `Chromium ${browser.version()} (headless)`, data, frame: await tab.evaluate(frameMs) };
    } finally {
      await browser.close();
    }
  },
  async firefox(url, seconds) {
    const browser = await launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
    try {
      const tab = await browser.newPage();
      await tab.evaluateOnNewDocument(instrument);
      await tab.goto(url);
      await tab.bringToFront();
      await tab.locator('kc-breathwork-timer >>> [part~="toggle"]').click();
      await wait(seconds * 1000);
      const data = await tab.evaluate(() => /** @type {any} */ (globalThis).__bench);
      return {
        browser: `Firefox ${(await browser.version()).replace(/^firefox\//i, '')} (headless)`,
        data,
        frame: await tab.evaluate(frameMs),
      };
    } finally {
      await browser.close();
    }
  },
  async webkit(url, seconds) {
    const driver = await startWebKitDriver();
    try {
      const browser = await remote({
        logLevel: 'silent',
        hostname: '127.0.0.1',
        port: driver.port,
        capabilities: webkitCapabilities(),
      });
      try {
        await browser.url(url);
        await focusLargestWindow(driver.display);
        await browser.execute(instrument);
        const toggle = browser.$('kc-breathwork-timer').shadow$('[part~="toggle"]');
        await toggle.waitForExist({ timeout: 10_000 });
        await toggle.click();
        await wait(seconds * 1000);
        const data = await browser.execute(() => /** @type {any} */ (globalThis).__bench);
        const frame = await browser.executeAsync(frameMs);
        const version = browser.capabilities.browserVersion;
        return { browser: `WebKitGTK ${version ?? ''} MiniBrowser (Xvfb)`.replace('  ', ' '), data, frame };
      } finally {
        await browser.deleteSession();
      }
    } finally {
      await driver.stop();
    }
  },
};

/** Runs the timer `seconds` long in each engine, one after the other, and returns each engine's boundary errors. */
export async function measureBreathworkEngines({ seconds = 62, pattern = 'box' } = {}) {
  if (!existsSync(join(root, 'dist/cdn/kc-breathwork-timer.js'))) throw new Error('bench: run `npm run build:cdn` first.');
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/cdn/kc-breathwork-timer.js"></script></head>
<body><kc-breathwork-timer pattern="${pattern}" duration="${Math.ceil(seconds / 60) + 1}m"></kc-breathwork-timer></body></html>`;
  const server = await serveStatic({
    root: join(root, 'dist'),
    headers: { 'Content-Security-Policy': CSP },
    pages: { '/timer.html': page },
  });
  const results = [];
  try {
    for (const [engine, run] of Object.entries(engines)) {
      console.error(`bench: ${engine}, ${seconds} s...`);
      const { browser, data, frame } = await run(`${server.url}/timer.html`, seconds);
      const errors = errorsOf(data).sort((a, b) => a - b);
      results.push({
        engine,
        browser,
        boundaries: errors.length,
        medianMs: round(errors[Math.floor(errors.length / 2)]),
        maxMs: round(errors.at(-1)),
        minMs: round(errors[0]),
        frameMs: round(frame),
      });
    }
  } finally {
    await server.close();
  }
  return { date: new Date().toISOString(), pattern, seconds, results };
}

/** The RESULTS.md section for a run. */
export function enginesSection(run) {
  const rows = run.results.map(
    (r) =>
      `| ${r.browser} | ${r.boundaries} | ${r.medianMs} / ${r.maxMs} | ${r.minMs} | ${r.frameMs} | ${r.maxMs <= r.frameMs ? 'met' : '**not met**'} |`,
  );
  return `${START}
## Breath boundaries in three engines

Every phase boundary within one frame of the schedule, in each engine the tests run in (\`node bench/breathwork-engines.mjs\`,
${run.seconds} s of pattern \`${run.pattern}\` per engine, ${run.date.slice(0, 10)}; on a shared 2-core VM):

| Engine | Boundaries | Error vs schedule, median / max (ms) | Min (ms; negative = early) | Frame (ms) | Within one frame |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Firefox and WebKit round \`performance.now()\` to whole milliseconds, so their errors are good to ±1 ms. Eight boundaries
per engine is a small sample: on a busy machine one late boundary (a frame or two) decides the last column, so judge
it from a run on a quiet machine.
${END}`;
}

/** RESULTS.md text with the engines section put in (or replaced), from the last run's JSON if there is one. */
export function withEnginesSection(markdown, jsonFile = join(root, 'bench/results/breathwork-engines.json')) {
  if (!existsSync(jsonFile)) return markdown;
  const section = enginesSection(JSON.parse(readFileSync(jsonFile, 'utf8')));
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start >= 0 && end > start) return markdown.slice(0, start) + section + markdown.slice(end + END.length);
  return `${markdown.trimEnd()}\n\n${section}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
  const run = await measureBreathworkEngines({ seconds: Number(args.seconds ?? 62), pattern: args.pattern ?? 'box' });
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/breathwork-engines.json'), `${JSON.stringify(run, null, 2)}\n`);
  const resultsFile = join(root, 'bench/RESULTS.md');
  writeFileSync(resultsFile, withEnginesSection(readFileSync(resultsFile, 'utf8')));
  console.log(enginesSection(run));
}
