// bench/RESULTS.md from the results of bench/run.mjs.
import { breathworkTable } from '../breathwork-timing.mjs';
import { TYPEFORM_EMBED_GZIP } from './bytes.mjs';
import { lighthouseGoals, lighthouseSection } from './lighthouse.mjs';
import { paintGoals, paintSection } from './paint.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => (Number.isFinite(n) ? `${Math.round(n * 10) / 10} ms` : '-');
const yes = (ok) => (ok ? 'met' : '**not met**');
const label = (key) =>
  key === 'all' ? 'all.js, every widget' : key.endsWith(' blocking') ? `<${key.slice(0, -9)}>, blocking="render"` : `<${key}>`;

/** Why a widget's page shifted, read from the measurements (both ways of loading it, and what it fetched when). */
function shiftCause(r, tag) {
  const pasted = r.loads[tag];
  const blocking = r.loads[`${tag} blocking`];
  if (!pasted || pasted.cls === 0) return '';
  const bytes = r.bytes.find((b) => b.entry === `${tag}.js`);
  const parts = [
    `the module script runs after the page's first paint (${ms(pasted.firstPaintMs)}), so the widget's first render moves the text below it`,
  ];
  if (blocking?.cls === 0)
    parts.push(
      `with \`blocking="render"\` on the script tag the page's first paint waits for the script (${ms(blocking.firstPaintMs)}) and nothing moves`,
    );
  else if (blocking && bytes?.beforeReady.files)
    parts.push(
      `\`blocking="render"\` does not help (${blocking.cls.toFixed(4)}): the first render waits for ${kb(bytes.beforeReady.gzip)} fetched after the entry runs (${bytes.beforeReady.names.join(', ')}), which arrives after the first paint`,
    );
  return parts.join('; ');
}

/** The most a widget's memory may grow per cycle in the second half, and whether it stayed under it. */
export function memoryVerdict(r, m) {
  const limit = Math.max(r.config.memoryThresholdBytesPerWidget, m.retainedBytesPerWidget / 100);
  return { limit, met: m.bytesPerWidgetSecondHalf < limit && m.domNodes[1] <= m.domNodes[0] && m.listeners[1] <= m.listeners[0] };
}

/** Whether each goal was met, and in words why or why not. */
export function goals(r) {
  const out = [];
  out.push({
    goal: 'Size: what a page fetches before a widget is usable ≤ 20 KB gzip per element, all.js ≤ 36 KB (Lit and English included)',
    result: r.bytes.map((b) => `${b.entry} ${kb(b.static.gzip + b.beforeReady.gzip)}`).join(', '),
    met: r.bytes.every((b) => b.withinBudget),
  });
  const loads = Object.entries(r.loads).filter(([key]) => key !== 'plain');
  const longTasks = loads.filter(([, l]) => l.longTasks > 0);
  out.push({
    goal: 'No long tasks (> 50 ms) while a widget loads',
    result: longTasks.length
      ? `${longTasks.map(([k, l]) => `${label(k)}: in ${l.runsWithLongTasks} of ${l.runs} runs (longest ${l.longestTaskMs} ms)`).join(', ')}; none in the other runs. ` +
        `Cause: the same tasks, slowed down: in a traced load the longest tasks were ${longTasks
          .map(([k]) => `${label(k)} ${r.traces[k].longestTasksMs.join(' / ')} ms`)
          .join(', ')} (see section 2); on this shared 2-core VM one of them sometimes crosses 50 ms`
      : `none in ${loads.length} pages × ${r.config.runs} runs`,
    met: longTasks.length === 0,
  });
  for (const [key, l] of loads.filter(([key]) => !key.endsWith(' blocking')))
    out.push({
      goal: `${label(key)}: cumulative layout shift 0 on a page with text around it`,
      result: `${l.cls.toFixed(4)}${r.loads[`${key} blocking`] ? ` as pasted; ${r.loads[`${key} blocking`].cls.toFixed(4)} with blocking="render"` : ''}${l.cls > 0 ? `. Cause: ${key === 'all' ? 'the shifts of the widgets above, together' : shiftCause(r, key)}` : ''}`,
      met: l.cls === 0,
    });
  for (const [tag, i] of Object.entries(r.interaction)) {
    const met = i.maxMs < i.frameMs;
    const late = i.allMs.filter((v) => v >= i.frameMs).length;
    out.push({
      goal: `<${tag}> ${i.label}: click to next paint under one frame`,
      result:
        `median ${ms(i.medianMs)}, max ${ms(i.maxMs)} (one frame: ${ms(i.frameMs)})` +
        (met
          ? ''
          : `; ${late} of ${i.runs} clicks took a frame or more. Cause: ${
              i.framesToResult === 1
                ? 'every click was painted in the very next frame; the time is the wait for that frame to begin'
                : `some clicks needed ${i.framesToResult} frames; the time is the wait for a frame`
            } (median ${ms(i.medianWaitMs)}) plus that frame's own style, layout and paint (median ${ms(i.medianFrameWorkMs)}, max ${ms(i.maxFrameWorkMs)}; software rendering, no GPU)`),
      met,
    });
  }
  for (const [tag, m] of Object.entries(r.memory))
    out.push({
      goal: `<${tag}>: no memory growth proportional to the count (${m.count} created, rendered, removed)`,
      result: `JS heap +${kb(m.firstHalfBytes)} then +${kb(m.secondHalfBytes)} (${Math.round(m.bytesPerWidgetSecondHalf)} B per widget, limit ${Math.round(memoryVerdict(r, m).limit)} B; one kept widget costs ${kb(m.retainedBytesPerWidget)}); DOM nodes ${m.domNodes.join(' → ')}, listeners ${m.listeners.join(' → ')}`,
      met: memoryVerdict(r, m).met,
    });
  if (r.breathwork)
    out.push({
      goal: '<kc-breathwork-timer>: every phase boundary within one frame of the schedule',
      result: `median ${ms(r.breathwork.boundaryErrorMs.median)}, max ${ms(r.breathwork.boundaryErrorMs.max)} over ${r.breathwork.boundaryErrorMs.n} boundaries in ${r.breathwork.runSeconds} s (one frame: ${ms(r.breathwork.frameMs)})`,
      met: r.breathwork.boundaryErrorMs.max < r.breathwork.frameMs && r.breathwork.boundaryErrorMs.min > -r.breathwork.frameMs,
    });
  if (r.paint) out.push(...paintGoals(r.paint));
  if (r.lighthouse) out.push(...lighthouseGoals(r.lighthouse));
  return out;
}

export function renderReport(r) {
  const m = r.machine;
  const all = goals(r);
  const gaps = [...r.notMeasured, ...all.filter((g) => !g.met).map((g) => `${g.goal}: ${g.result}`)];
  const plain = r.loads.plain;
  return `# Benchmarks

Written by \`npm run bench\` (bench/run.mjs, after \`npm run build\`) on ${m.date.slice(0, 16).replace('T', ' ')} UTC. Every number
below comes from that one run on the machine described; run it again to refresh this file and
\`bench/results/bench.json\`. Medians over ${r.config.runs} runs per page and ${r.config.interactionRuns} clicks per interaction, pages
interleaved so a busy moment hits them alike. The machine is a shared 2-core VM (load average
${m.loadAverageAtStart.join(' / ')} at the start), not a quiet laptop: read timings as relative, side by side.

## Machine

| CPU | Cores | Memory | OS | Node | Chromium | Run took |
| --- | --- | --- | --- | --- | --- | --- |
| ${m.cpu} | ${m.cores} | ${m.memoryGiB} GiB | ${m.os} | ${m.node} | ${m.chromium} | ${r.seconds} s |

## Goals

| Goal | Result | |
| --- | --- | --- |
${all.map((g) => `| ${g.goal} | ${g.result}${g.cause ? `. Cause: ${g.cause}` : ''} | ${yes(g.met)} |`).join('\n')}

${gaps.length ? `Gaps:\n${gaps.map((g) => `- ${g}`).join('\n')}` : 'Every goal is met.'}

## 1. Bytes

What a page downloads for each \`dist/cdn\` entry: the entry and every chunk it imports statically (Lit included),
gzip -9 and brotli -11; the budgets count these plus what the page fetched before the widget was usable (English text). Then, as measured on the widget's page in Chromium (section 2): the chunks
it fetched before the widget was usable, those fetched right after its first paint, and everything else it can load on
demand (other languages, sound, the picker, a custom pattern...). For comparison: **Typeform's embed loader is 14.2 KB
gzip before its form app loads. That is an anchor figure quoted by the issue, not measured here.**

| Entry | Up front, gzip | brotli | Budget (gzip) | × Typeform loader | Before usable | Right after first paint | On demand |
| --- | --- | --- | --- | --- | --- | --- | --- |
${r.bytes
  .map(
    (b) =>
      `| ${b.entry} | ${kb(b.static.gzip)} | ${kb(b.static.brotli)} | ${kb(b.budgetGzip)} (${Math.round((100 * b.static.gzip) / b.budgetGzip)} % used)${b.withinBudget ? '' : ' **over**'} | ${(b.static.gzip / TYPEFORM_EMBED_GZIP).toFixed(2)} | ${b.measuredLoad ? kb(b.beforeReady.gzip) : 'not loaded alone'} | ${b.measuredLoad ? kb(b.afterFirstPaint.gzip) : '-'} | ${kb(b.onDemand.gzip)} |`,
  )
  .join('\n')}

${r.bytes
  .filter((b) => b.measuredLoad && (b.beforeReady.files || b.afterFirstPaint.files))
  .map(
    (b) =>
      `- ${b.entry}: before usable ${b.beforeReady.names.join(', ') || 'nothing'}; right after first paint ${b.afterFirstPaint.names.join(', ') || 'nothing'}.`,
  )
  .join('\n')}

## 2. Time to a usable widget

Headless Chromium at 1000×900, a fresh context per run (nothing cached), pages served from 127.0.0.1 with no
throttling. Each page is a clinic page with text above and below the widget and loads only the widget's CDN entry,
pasted as the README shows, and again with \`blocking="render"\` on the script tag. Usable is measured in the page:
the start time (from navigation start) of the first animation frame in which the table's readiness predicate holds,
i.e. the frame in which the usable widget is painted. First paint is the browser's first-contentful-paint, a
presentation time, so it can come after the plain page's usable frame. The floor is the same page with the GAD-7 step
written as a plain HTML form and no JavaScript (usable: its first answer laid out).

| Page | Usable when | Median | Runs (ms) | × floor | First paint | Runs with a long task | CLS |
| --- | --- | --- | --- | --- | --- | --- | --- |
| Plain HTML GAD-7 form, no JavaScript (floor) | first answer laid out | ${ms(plain.readyMs)} | ${plain.readyMsAll.join(', ')} | 1.00 | ${ms(plain.firstPaintMs)} | ${plain.runsWithLongTasks} of ${plain.runs} | ${plain.cls.toFixed(4)} |
${Object.entries(r.loads)
  .filter(([key]) => key !== 'plain')
  .map(
    ([key, l]) =>
      `| ${label(key)} | ${r.readyLabels[key.replace(/ blocking$/, '')]} | ${ms(l.readyMs)} | ${l.readyMsAll.join(', ')} | ${(l.readyMs / plain.readyMs).toFixed(2)} | ${ms(l.firstPaintMs)} | ${l.runsWithLongTasks} of ${l.runs}${l.longTasks ? ` (longest ${l.longestTaskMs} ms)` : ''} | ${l.cls.toFixed(4)} |`,
  )
  .join('\n')}

What the loading tasks are made of, from one more load of each page under a Chromium trace (main thread; tracing
slows the page down, so compare with the floor's row rather than with 50 ms):

| Page | Longest tasks | All tasks | Inside the longest |
| --- | --- | --- | --- |
${Object.entries(r.traces)
  .map(
    ([key, t]) =>
      `| ${key === 'plain' ? 'plain HTML (floor)' : label(key)} | ${t.longestTasksMs.map((d) => `${d} ms`).join(', ')} | ${t.totalTaskMs} ms | ${t.insideLongest.join(', ') || '-'} |`,
  )
  .join('\n')}
${r.notMeasured.length ? `\n${r.notMeasured.map((n) => `- ${n}`).join('\n')}\n` : ''}
## 3. Breathwork timing

${r.breathwork ? `The built timer under a strict CSP, pattern \`${r.breathwork.pattern}\`, started with a real click; each \`kc-breath-phase\` event's time (taken in its listener) against the schedule. Then the same page with the timer not started. Main-thread time from CDP \`Performance.getMetrics\`.\n\n${breathworkTable(r.breathwork)}` : 'not measured: <kc-breathwork-timer> not present'}

## 4. Memory

Each element created with the table's attributes, appended, rendered until ready plus one frame, and removed,
${r.config.memoryCount} times after ${r.config.memoryWarmup} warm-up cycles (compiled code and caches grow over the first few hundred); the JS heap (after forced garbage collection, CDP), DOM nodes and JS event
listeners (CDP \`Memory.getDOMCounters\`) at each quarter. A per-widget leak would make the second half grow as much as
the first. For scale, the last column is what one widget costs when it is kept (${r.config.memoryKept} created and held in an array).
If each widget leaked even 1 % of itself, the second half would add (cycles / 2) × 1 % of that column; the goal counts
as met when it adds less per widget than that, or than ${r.config.memoryThresholdBytesPerWidget} B if that is more (heap noise), and DOM nodes
and listeners end where they started.

| Element | Cycles | Time | JS heap, first half | Second half | Per widget (second half) | DOM nodes | Listeners | One kept widget | |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${Object.entries(r.memory)
  .map(
    ([tag, mm]) =>
      `| <${tag}> | ${mm.count} | ${mm.seconds} s | +${kb(mm.firstHalfBytes)} | +${kb(mm.secondHalfBytes)} | ${Math.round(mm.bytesPerWidgetSecondHalf)} B | ${mm.domNodes.join(' → ')} | ${mm.listeners.join(' → ')} | ${kb(mm.retainedBytesPerWidget)} | ${yes(memoryVerdict(r, mm).met)} |`,
  )
  .join('\n')}

## 5. Interaction

A real mouse click (Playwright, through CDP) on the table's control, in a page where the widget is ready and settled;
measured from the click event's timestamp to the end of the first frame whose DOM shows the result (a task posted from
that frame's animation callback runs after it is painted). Beside it, the browser's own Event Timing \`click\` entries
(click to next paint, presentation included, in 8 ms steps, reported only from 16 ms up; "< 16" means none).

| Element | Interaction | Median | Max | Runs (ms) | Frames to result | Wait for frame / frame's work (median) | One frame | Event Timing click | |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${Object.entries(r.interaction)
  .map(
    ([tag, i]) =>
      `| <${tag}> | ${i.label} | ${ms(i.medianMs)} | ${ms(i.maxMs)} | ${i.allMs.join(', ')} | ${i.framesToResult === 1 ? 'the next one, every time' : `up to ${i.framesToResult}`} | ${ms(i.medianWaitMs)} / ${ms(i.medianFrameWorkMs)} | ${ms(i.frameMs)} | ${i.eventTimingClickMs.length ? `${i.eventTimingClickMs.join(', ')} ms (${i.eventTimingClickMs.length} of ${i.runs})` : '< 16 ms'} | ${yes(i.maxMs < i.frameMs)} |`,
  )
  .join('\n')}
${r.notMeasuredInteraction.map((n) => `\n- ${n}`).join('')}
${r.paint ? `\n${paintSection(r.paint, r.config.paintRuns)}` : ''}${r.lighthouse ? `\n${lighthouseSection(r.lighthouse, r.lighthouseVersion)}` : ''}`;
}
