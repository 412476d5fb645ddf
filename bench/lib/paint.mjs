// Painting with the page (issue 13): each widget, and all of them, pasted three ways (prerendered snippet, plain
// script tag with dist/cdn/kc.css, no widget at all), on the bench's clinic page and on examples/html/index.html,
// at a phone's and a desktop's width: layout shift, first contentful paint, whether the widgets' first view is in
// that paint, and when they are usable.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markup } from '../../tests/hardening/widgets.mjs';
import { median } from './median.mjs';
import { plainGad7Page, widgetPage } from './pages.mjs';

export const WIDTHS = [412, 1350];
export const WAYS = ['prerendered', 'plain', 'none'];
const WAY_LABELS = { prerendered: 'prerendered snippet', plain: 'plain script tag + kc.css', none: 'no widget' };

/**
 * The pages to load, served at their path, and the cases measured on them.
 * @param {string} root the repository
 * @param {[string, object][]} active the widgets with something to operate, with their table entries
 * @param {(snippet: string, options: object) => Promise<{ head: string, body: string }>} prerender
 */
export async function paintPages(root, active, prerender) {
  const pages = { '/paint/floor.html': plainGad7Page() };
  const cases = [];
  const add = (key, path, html, tags, way, page) => {
    pages[path] = html;
    cases.push({ key, path, tags, way, page });
  };
  const stylesheet = '<link rel="stylesheet" href="/cdn/kc.css">';
  const targets = [...active.map(([tag]) => [tag, [tag]]), ['all', active.map(([tag]) => tag)]];
  for (const [name, tags] of targets) {
    const body = tags.map((tag) => markup(tag)).join('\n');
    const script = name === 'all' ? '/cdn/all.js' : `/cdn/${name}.js`;
    const pre = await prerender(body, { cdn: '/cdn/' });
    add(
      `clinic ${name} prerendered`,
      `/paint/${name}-pre.html`,
      widgetPage(null, pre.body, { head: pre.head }),
      tags,
      'prerendered',
      'clinic',
    );
    add(
      `clinic ${name} plain`,
      `/paint/${name}-plain.html`,
      widgetPage(script, body, { head: stylesheet }),
      tags,
      'plain',
      'clinic',
    );
    add(`clinic ${name} none`, `/paint/${name}-none.html`, widgetPage(null, ''), [], 'none', 'clinic');
  }
  // examples/html/index.html with its clinic block (clinic.snippet.html) pasted each way, prerendered afresh from this
  // build (its own listen.js left out: it logs events).
  const source = readFileSync(join(root, 'examples/html/clinic.snippet.html'), 'utf8').replace(/^<!--[\s\S]*?-->\s*/, '');
  const example = readFileSync(join(root, 'examples/html/index.html'), 'utf8')
    .replace(/<script type="module" src="\.\/listen\.js"><\/script>/, '')
    .replace(/<!-- prerendered-head:start[\s\S]*?prerendered-head:end -->/, '')
    .replace(/<!-- prerendered:start[\s\S]*?prerendered:end -->/, '<!-- widgets -->');
  const exampleTags = [...new Set([...source.matchAll(/<(kc-[a-z-]+)/g)].map((m) => m[1]))].filter((t) => t !== 'kc-clinic');
  const withHead = (head, body) => example.replace('</head>', `${head}</head>`).replace('<!-- widgets -->', body);
  const pre = await prerender(source, { cdn: '/cdn/' });
  add('example prerendered', '/paint/example-pre.html', withHead(pre.head, pre.body), exampleTags, 'prerendered', 'example');
  add(
    'example plain',
    '/paint/example-plain.html',
    withHead(`${stylesheet}<script type="module" src="/cdn/all.js"></script>`, source),
    exampleTags,
    'plain',
    'example',
  );
  add('example none', '/paint/example-none.html', withHead('', ''), [], 'none', 'example');
  return { pages, cases };
}

/** One load at `width`: layout shift, first contentful paint, and the frames where the widgets were painted and usable. */
async function loadOnce(browser, url, width, tags, readies, settleMs) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(`(() => {
    const tags = ${JSON.stringify(tags)};
    const readies = [${readies.join(', ')}];
    const out = (window.__paint = { cls: 0, paintedAt: tags.length ? null : 0, readyAt: null });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) out.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const painted = (el) => !!el && !!el.shadowRoot && !!el.shadowRoot.textContent.trim() && el.getBoundingClientRect().height > 0;
    const usable = (el, i) => !!el && !!customElements.get(el.localName) && el.hasUpdated && readies[i](el);
    const poll = (t) => {
      const els = tags.map((tag) => document.querySelector(tag));
      try { if (out.paintedAt === null && els.every(painted)) out.paintedAt = t; } catch {}
      try { if (els.every(usable)) { out.readyAt = t; return; } } catch {}
      requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  })()`);
  await page.goto(url);
  await page.waitForFunction(() => window.__paint.readyAt !== null, null, { timeout: 20_000 });
  await page.waitForTimeout(settleMs);
  const sample = await page.evaluate(() => ({
    ...window.__paint,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  }));
  await context.close();
  return { ...sample, errors };
}

/**
 * Every case at every width, `runs` times, interleaved so a busy moment hits them alike.
 * @returns {Record<string, Record<number, object>>} by case key, then width
 */
export async function measurePaint(browser, baseUrl, { cases }, specs, { runs, widths = WIDTHS, settleMs = 1000 }) {
  const all = [{ key: 'floor', path: '/paint/floor.html', tags: [] }, ...cases];
  const samples = {};
  for (let i = 0; i < runs; i++)
    for (const width of widths)
      for (const c of all) {
        const readies = c.tags.map((tag) => specs[tag].ready.toString());
        const sample = await loadOnce(browser, baseUrl + c.path, width, c.tags, readies, settleMs);
        ((samples[c.key] ??= {})[width] ??= []).push(sample);
      }
  const round = (n) => (n === null ? null : Math.round(n * 10) / 10);
  const out = {};
  for (const [key, byWidth] of Object.entries(samples))
    for (const [width, s] of Object.entries(byWidth)) {
      const meta = all.find((c) => c.key === key);
      (out[key] ??= { ...meta, widths: {} }).widths[width] = {
        runs: s.length,
        cls: Math.max(...s.map((x) => x.cls)),
        fcpMs: round(median(s.map((x) => x.fcp))),
        readyMs: round(median(s.map((x) => x.readyAt))),
        readyMsAll: s.map((x) => round(x.readyAt)),
        // The widgets' first view was on screen in the frame of the first contentful paint (or before).
        inFirstPaint: s.filter((x) => x.paintedAt !== null && x.fcp !== null && x.paintedAt <= x.fcp).length,
        errors: [...new Set(s.flatMap((x) => x.errors))],
      };
    }
  return out;
}

const f4 = (n) => n.toFixed(4);
const ms = (n) => (n === null || n === undefined ? '-' : `${Math.round(n)} ms`);
const x = (a, b) => (a && b ? (a / b).toFixed(2) : '-');
const name = (c) => (c.tags.length > 1 || c.key.includes(' all ') ? 'every widget' : `<${c.tags[0] ?? 'none'}>`);
const where = (c) => (c.page === 'example' ? 'examples/html/index.html' : 'clinic page');

/**
 * The floor to compare usable times with: the plain-HTML GAD-7 page (no widget to wait for) is usable in its first
 * frame, the frame its first answer is laid out in.
 */
const floorAt = (paint, width) => paint.floor.widths[width].readyMs;

/** Goal rows for the report (bench/lib/report.mjs). */
export function paintGoals(paint) {
  const rows = [];
  const cases = Object.values(paint).filter((c) => c.key !== 'floor');
  const none = (c) => paint[`${c.key.replace(/ (prerendered|plain)$/, '')} none`];
  const pre = cases.filter((c) => c.way === 'prerendered');
  const plain = cases.filter((c) => c.way === 'plain');
  const cls = (list) =>
    list.flatMap((c) => Object.entries(c.widths).map(([w, m]) => `${where(c)} ${name(c)} ${w} px ${f4(m.cls)}`)).join(', ');
  rows.push({
    goal: 'CLS 0.000 for each widget and all together, 412 px and 1350 px, clinic page and examples/html, prerendered paste (the way the README leads with)',
    result:
      cls(pre) +
      (pre.some((c) => c.tags.includes('kc-explainer') && Object.values(c.widths).some((m) => m.cls > 0))
        ? '. Cause: the bench table’s explainer has no `layout` (auto: tabs when wide, an accordion when narrow); a server cannot know the width, so it is prerendered as an accordion and becomes tabs once hydrated in a wide column. The command warns about it; the README’s paste and examples/html set `layout`, and do not move'
        : ''),
    met: pre.every((c) => Object.values(c.widths).every((m) => m.cls === 0)),
  });
  const plainShifts = plain.filter((c) => Object.values(c.widths).some((m) => m.cls > 0));
  rows.push({
    goal: 'Plain script tag with kc.css: as little shift as it can (reported beside the prerendered paste)',
    result: `${cls(plain)}${plainShifts.length ? ". Cause: kc.css reserves each widget's first-view height before it is defined, but the height a widget takes depends on the column it sits in (kc.css knows only the viewport width), and between its definition and its first render (its text loading) a widget is empty" : ''}`,
    met: plainShifts.length === 0,
  });
  const painted = pre.flatMap((c) => Object.entries(c.widths).map(([w, m]) => ({ c, w, m, base: none(c).widths[w] })));
  rows.push({
    goal: 'Painted with the page: the widgets’ first view in the first contentful paint, which comes no later than 1.1× the widget-free page’s',
    result: painted
      .map(
        ({ c, w, m, base }) =>
          `${where(c)} ${name(c)} ${w} px: in FCP ${m.inFirstPaint}/${m.runs}, FCP ${ms(m.fcpMs)} vs ${ms(base.fcpMs)} (${x(m.fcpMs, base.fcpMs)}×)`,
      )
      .join('; '),
    met: painted.every(({ m, base }) => m.inFirstPaint === m.runs && m.fcpMs <= 1.1 * base.fcpMs),
    ...(painted.some(({ m, base }) => m.fcpMs > 1.1 * base.fcpMs) && {
      cause:
        'the first view is in the first paint in every load, but that paint comes later than the widget-free page’s: the page carries the widgets’ HTML and, in each shadow root, their styles inline (15–40 KB more to parse, style and lay out before the first paint)',
    }),
  });
  const usable = (list) =>
    list.flatMap((c) => Object.entries(c.widths).map(([w, m]) => ({ c, w, m, ratio: m.readyMs / floorAt(paint, w) })));
  const preUsable = usable(pre);
  rows.push({
    goal: 'Usable ≤ 1.5× the plain-HTML floor (median), prerendered paste',
    result:
      preUsable.map(({ c, w, m, ratio }) => `${where(c)} ${name(c)} ${w} px ${ms(m.readyMs)} (${ratio.toFixed(2)}×)`).join(', ') +
      (preUsable.some((u) => u.ratio > 1.5)
        ? '. Cause: usable means hydrated, so the page waits for the script (the entry, Lit, its hydration support and the text, preloaded in parallel) to run after the first paint, which the plain-HTML floor does not wait for'
        : ''),
    met: preUsable.every((u) => u.ratio <= 1.5),
  });
  const plainUsable = usable(plain);
  rows.push({
    goal: 'Usable as close to the floor as it can get, plain script tag',
    result:
      plainUsable
        .map(({ c, w, m, ratio }) => `${where(c)} ${name(c)} ${w} px ${ms(m.readyMs)} (${ratio.toFixed(2)}×)`)
        .join(', ') +
      '. Cause: the widget renders only once its module, Lit and (explainer, eligibility check) its English text have arrived and run',
    met: false,
  });
  return rows;
}

/** Section of RESULTS.md: every case, side by side. */
export function paintSection(paint, runs) {
  const cases = Object.values(paint).filter((c) => c.key !== 'floor');
  const lines = cases.flatMap((c) =>
    Object.entries(c.widths).map(
      ([w, m]) =>
        `| ${where(c)} | ${c.way === 'none' ? '-' : name(c)} | ${WAY_LABELS[c.way]} | ${w} px | ${f4(m.cls)} | ${ms(m.fcpMs)} | ${c.way === 'none' ? '-' : `${m.inFirstPaint} of ${m.runs}`} | ${c.way === 'none' ? '-' : ms(m.readyMs)} | ${c.way === 'none' ? '-' : x(m.readyMs, floorAt(paint, w))} |`,
    ),
  );
  return `## 6. Painting with the page

Each widget and all of them pasted three ways, on the bench's clinic page (the widget between paragraphs of text) and on
\`examples/html/index.html\`: the prerendered snippet (\`npx ketamine-clinic-elements prerender\`: declarative shadow
DOM, then \`dist/cdn/hydrate/\` with its chunks announced by \`modulepreload\`), the plain script tag with
\`dist/cdn/kc.css\` linked, and the same page with no widget. Headless Chromium, ${Object.keys(paint.floor.widths).join(' and ')} px wide (900 px
high), a fresh context per load, ${runs} loads per row. CLS is the worst run; first contentful paint (FCP) and usable
are medians from navigation start. "In FCP": loads where every widget's first view was on screen in the frame of the
first contentful paint. Usable: defined, rendered (hydrated) and the table's readiness predicate holds; × floor:
against the plain-HTML GAD-7 page's first frame at that width (${Object.keys(paint.floor.widths)
    .map((w) => `${w} px ${ms(floorAt(paint, w))}`)
    .join(', ')}).

| Page | Widget | Pasted as | Width | CLS | FCP | In FCP | Usable | × floor |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${lines.join('\n')}
`;
}
