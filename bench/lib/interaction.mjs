// Time from a real click on a widget's control to the next frame painted with its result.
import { median } from './median.mjs';

/**
 * Opens `url` `runs` times (fresh context each), waits for `tag` to be ready and settled, then clicks the
 * table's control with the mouse. In the page, a capturing click listener (the first to run) takes the click
 * event's timestamp; a frame callback checks the table's `expect` selector matches (the result is in that
 * frame), and a task posted from it runs after the frame is painted: that time minus the click's is the
 * interaction's latency. The browser's own Event Timing (click to next paint, reported only from 16 ms up)
 * is recorded beside it.
 */
export async function measureInteraction(browser, url, tag, spec, runs = 12, { settleMs = 500 } = {}) {
  const samples = [];
  let label = '';
  let frameMs = NaN;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction((t) => !!customElements.get(t), tag);
    const el = await page.locator(tag).first().elementHandle();
    await page.waitForFunction(spec.ready, el, { timeout: 20_000 });
    await page.waitForTimeout(settleMs);
    const click = await el.evaluate(spec.click);
    label = click.label;
    await page.evaluate(
      ([el, expect]) => {
        const w = /** @type {any} */ (window);
        w.__slow = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__slow.push({ name: e.name, duration: e.duration });
        }).observe({ type: 'event', durationThreshold: 16, buffered: false });
        w.__interaction = new Promise((resolve) => {
          addEventListener(
            'click',
            (event) => {
              const clickedAt = event.timeStamp;
              let frames = 0;
              const frame = () =>
                requestAnimationFrame((frameStart) => {
                  frames++;
                  const done = !!el.shadowRoot.querySelector(expect);
                  const channel = new MessageChannel();
                  channel.port1.onmessage = () => {
                    const now = performance.now();
                    if (!done) return frame();
                    // Waiting for the frame to begin, then the frame's own work (style, layout, paint).
                    resolve({ ms: now - clickedAt, frames, waitMs: frameStart - clickedAt, frameWorkMs: now - frameStart });
                  };
                  channel.port2.postMessage(0);
                });
              frame();
            },
            { capture: true, once: true },
          );
        });
      },
      [el, click.expect],
    );
    await page.locator(tag).first().locator(click.target).first().click();
    const { ms, frames, waitMs, frameWorkMs } = await page.evaluate(() => /** @type {any} */ (window).__interaction);
    await page.waitForTimeout(100);
    const slow = await page.evaluate(() => /** @type {any} */ (window).__slow);
    // The display's frame interval: the median of 60 (a busy machine drops some frames; the median does not move).
    if (Number.isNaN(frameMs))
      frameMs = median(
        await page.evaluate(
          () =>
            new Promise((resolve) => {
              const times = [];
              const step = (t) => (
                times.push(t),
                times.length < 61 ? requestAnimationFrame(step) : resolve(times.slice(1).map((t, i) => t - times[i]))
              );
              requestAnimationFrame(step);
            }),
        ),
      );
    samples.push({ ms, frames, waitMs, frameWorkMs, slow });
    await context.close();
  }
  const ms = samples.map((s) => s.ms);
  const r1 = (n) => Math.round(n * 10) / 10;
  return {
    // How many frames began before one showed the result: 1 = the very next frame.
    framesToResult: Math.max(...samples.map((s) => s.frames)),
    medianWaitMs: r1(median(samples.map((s) => s.waitMs))),
    medianFrameWorkMs: r1(median(samples.map((s) => s.frameWorkMs))),
    maxFrameWorkMs: r1(Math.max(...samples.map((s) => s.frameWorkMs))),
    label,
    runs,
    frameMs: Math.round(frameMs * 10) / 10,
    medianMs: Math.round(median(ms) * 10) / 10,
    maxMs: Math.round(Math.max(...ms) * 10) / 10,
    allMs: ms.map((m) => Math.round(m * 10) / 10),
    // The browser's own click-to-next-paint (Event Timing `click` entries: 8 ms steps, presentation included, none under 16 ms).
    eventTimingClickMs: samples.flatMap((s) => s.slow.filter((e) => e.name === 'click').map((e) => e.duration)),
  };
}
