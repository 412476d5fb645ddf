// Time to a usable widget, long tasks, layout shift and what was fetched when, measured inside the page.
import { median } from './browser.mjs';

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
