// Create, render and remove a widget many times; JS heap after forced GC at checkpoints.

/** `make` is the source of a function that returns a new (not yet connected) widget element. */
export async function measureMemory(browser, url, tag, make, count = 1000) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction((t) => !!customElements.get(t), tag);
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const cycle = (n) =>
    page.evaluate(
      async ([n, makeSource]) => {
        const make = (0, eval)(makeSource);
        const host = document.querySelector('#host');
        for (let i = 0; i < n; i++) {
          const el = make();
          host.append(el);
          await el.updateComplete;
          await new Promise((r) => requestAnimationFrame(r));
          el.remove();
        }
      },
      [n, make],
    );
  await cycle(50); // warm up: chunks, locale, caches
  const checkpoints = [{ n: 0, bytes: await heap() }];
  let done = 0;
  for (const target of [count / 4, count / 2, count]) {
    await cycle(target - done);
    done = target;
    checkpoints.push({ n: done, bytes: await heap() });
  }
  await page.close();
  const first = checkpoints[0].bytes;
  const half = checkpoints.find((c) => c.n === count / 2).bytes;
  const last = checkpoints.at(-1).bytes;
  return {
    checkpoints,
    growthBytes: last - first,
    // If memory leaked per widget, the second half would add as much as the first.
    firstHalfBytes: half - first,
    secondHalfBytes: last - half,
    bytesPerWidget: (last - first) / count,
  };
}
