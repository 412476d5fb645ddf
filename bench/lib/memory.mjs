// Create, render and remove a widget many times; JS heap after forced GC at checkpoints.

/**
 * `make` is the source of a function (no arguments) that returns a new, not yet connected widget element;
 * `ready` the source of the table's ready predicate (takes the element). Each cycle appends the widget to
 * #host, waits until it is ready and a frame has painted, and removes it; `warmup` cycles run first.
 */
export async function measureMemory(browser, url, tag, make, ready, count = 1000, { warmup = 50, kept = 100 } = {}) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction((t) => !!customElements.get(t), tag);
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  // DOM nodes and JS event listeners live outside the JS heap: counted by the browser (after the same GC).
  const dom = async () => {
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    return { nodes, listeners: jsEventListeners };
  };
  const cycle = (n) =>
    page.evaluate(
      async ([n, makeSource, readySource]) => {
        // Both are this table's functions, serialised: build them back (the bench pages have no CSP).
        const make = (0, eval)(makeSource);
        const ready = (0, eval)(readySource);
        const host = document.querySelector('#host');
        for (let i = 0; i < n; i++) {
          const el = make();
          host.append(el);
          for (let f = 0; f < 600 && !ready(el); f++) await new Promise((r) => requestAnimationFrame(r));
          if (!ready(el)) throw new Error(`<${el.localName}> never got ready`);
          await new Promise((r) => requestAnimationFrame(r));
          el.remove();
        }
      },
      [n, make, ready],
    );
  await cycle(warmup); // warm up: chunks, locale, caches
  const checkpoints = [{ n: 0, bytes: await heap(), ...(await dom()) }];
  let done = 0;
  const started = Date.now();
  for (const target of [count / 4, count / 2, (3 * count) / 4, count]) {
    await cycle(target - done);
    done = target;
    checkpoints.push({ n: done, bytes: await heap(), ...(await dom()) });
  }
  const seconds = (Date.now() - started) / 1000;
  // Calibration: what a widget that is never let go costs (`kept` created, rendered, removed from the page but
  // held in an array), so the growth above can be read against the size of a leak.
  const beforeRetained = await heap();
  await page.evaluate(
    async ([makeSource, readySource, n]) => {
      const make = (0, eval)(makeSource);
      const ready = (0, eval)(readySource);
      const host = document.querySelector('#host');
      const kept = (window.__kept = []);
      for (let i = 0; i < n; i++) {
        const el = make();
        host.append(el);
        for (let f = 0; f < 600 && !ready(el); f++) await new Promise((r) => requestAnimationFrame(r));
        el.remove();
        kept.push(el);
      }
    },
    [make, ready, kept],
  );
  const retainedBytesPerWidget = ((await heap()) - beforeRetained) / kept;
  await page.close();
  const at = (n) => checkpoints.find((c) => c.n === n).bytes;
  const first = at(0);
  const half = at(count / 2);
  const last = at(count);
  return {
    count,
    seconds: Math.round(seconds * 10) / 10,
    checkpoints,
    growthBytes: last - first,
    // If memory leaked per widget, the second half would add about as much as the first.
    firstHalfBytes: half - first,
    secondHalfBytes: last - half,
    bytesPerWidgetSecondHalf: (last - half) / (count / 2),
    retainedBytesPerWidget,
    domNodes: [checkpoints[0].nodes, checkpoints.at(-1).nodes],
    listeners: [checkpoints[0].listeners, checkpoints.at(-1).listeners],
  };
}
