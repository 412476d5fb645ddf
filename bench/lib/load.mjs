// Time to a usable widget, long tasks and layout shift, measured inside the page.
import { median } from './browser.mjs';

/**
 * Loads `url` `runs` times in fresh contexts. `ready` is the source of a function run on every
 * animation frame until it returns true; the frame's time (from navigation start) is the time to usable.
 */
export async function measureLoad(browser, url, ready, runs = 7) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(`(() => {
      const ready = ${ready};
      const out = (window.__bench = { cls: 0, longTasks: [], readyAt: null });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) out.cls += e.value;
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
    // Let late work (deferred chunks, fonts) settle, then read shifts and long tasks.
    await page.waitForTimeout(1000);
    samples.push(await page.evaluate(() => window.__bench));
    await context.close();
  }
  return {
    readyMs: median(samples.map((s) => s.readyAt)),
    readyMsAll: samples.map((s) => Math.round(s.readyAt)),
    longTasks: Math.max(...samples.map((s) => s.longTasks.length)),
    longestTaskMs: Math.max(0, ...samples.flatMap((s) => s.longTasks)),
    cls: Math.max(...samples.map((s) => s.cls)),
  };
}
