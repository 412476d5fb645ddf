// Time to a usable widget, long tasks, layout shift and what was fetched when, measured inside the page.
import { median } from './median.mjs';

/**
 * Loads `url` once in a fresh context. `ready` is the source of a function (no arguments) run on every animation
 * frame from the first until it returns true; that frame's time, from navigation start, is the time to usable
 * (the frame the usable widget is painted in). Then waits `settleMs` for late work (chunks loaded after the
 * first paint) and reads layout shifts, long tasks and the scripts fetched before and after that frame.
 */
export async function loadOnce(browser, url, ready, { settleMs = 1000 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(`(() => {
    const ready = ${ready};
    const out = (window.__bench = { cls: 0, shifts: [], longTasks: [], readyAt: null });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) { out.cls += e.value; out.shifts.push(Math.round(e.startTime)); }
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) out.longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
    const poll = (t) => {
      try { if (ready()) { out.readyAt = t; return; } } catch {}
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  })()`);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.readyAt !== null, null, { timeout: 20_000 });
  await page.waitForTimeout(settleMs);
  const sample = await page.evaluate(() => ({
    ...window.__bench,
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    scripts: performance
      .getEntriesByType('resource')
      .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
      .map((r) => ({ path: new URL(r.name).pathname, at: Math.round(r.startTime) })),
  }));
  await context.close();
  return { ...sample, errors };
}

/** Medians and worst cases over samples of one page. */
export function summarizeLoads(samples) {
  return {
    runs: samples.length,
    readyMs: median(samples.map((s) => s.readyAt)),
    readyMsAll: samples.map((s) => Math.round(s.readyAt * 10) / 10),
    firstPaintMs: median(samples.map((s) => s.firstPaint)),
    longTasks: Math.max(...samples.map((s) => s.longTasks.length)),
    runsWithLongTasks: samples.filter((s) => s.longTasks.length > 0).length,
    longTasksByRun: samples.map((s) => s.longTasks),
    longestTaskMs: Math.max(0, ...samples.flatMap((s) => s.longTasks)),
    cls: Math.max(...samples.map((s) => s.cls)),
    errors: [...new Set(samples.flatMap((s) => s.errors))],
    // From the first run: which scripts came before the usable frame and which right after it.
    scripts: samples[0].scripts.map((s) => ({ path: s.path, beforeReady: s.at <= samples[0].readyAt })),
  };
}

/** Several runs of each page, interleaved (A B C A B C ...) so drift on a busy machine hits them alike. */
export async function measureLoads(browser, pages, runs = 9, options) {
  const samples = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  for (let i = 0; i < runs; i++)
    for (const [key, { url, ready }] of Object.entries(pages)) samples[key].push(await loadOnce(browser, url, ready, options));
  return Object.fromEntries(Object.entries(samples).map(([key, s]) => [key, summarizeLoads(s)]));
}

/**
 * One load of `url` under a Chromium trace: the longest main-thread tasks, and for the longest, the work inside it
 * (module evaluation, style, layout...). Says what the long tasks above are made of.
 */
export async function traceTasks(browser, url, { settleMs = 1000 } = {}) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.goto(url);
  await page.waitForTimeout(settleMs);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await page.close();
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.dur);
  const tasks = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur - a.dur);
  const longest = tasks[0];
  const inside = {};
  if (longest)
    for (const e of onMain)
      if (e !== longest && e.name !== 'RunTask' && e.ts >= longest.ts && e.ts + e.dur <= longest.ts + longest.dur)
        inside[e.name] = (inside[e.name] ?? 0) + e.dur / 1000;
  const round = (n) => Math.round(n * 10) / 10;
  return {
    longestTasksMs: tasks.slice(0, 3).map((t) => round(t.dur / 1000)),
    totalTaskMs: round(tasks.reduce((s, t) => s + t.dur, 0) / 1000),
    insideLongest: Object.entries(inside)
      .filter(([name]) =>
        /evaluateModule|FunctionCall|UpdateLayoutTree|Layout|ParseHTML|Paint|EvaluateScript|v8\.compile|Commit/.test(name),
      )
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([name, d]) => `${name} ${round(d)} ms`),
  };
}
