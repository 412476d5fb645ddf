// `npm run bench` takes minutes and is not part of `npm test`; this runs every one of its measurements once, on a
// tiny scale (node bench/run.mjs --smoke), so none of them can rot: each section must come back with numbers.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { components } from '../../scripts/components.mjs';
import { WIDGETS } from '../hardening/widgets.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'kc-bench-'));

afterAll(() => rmSync(out, { recursive: true, force: true }));

it('bench/run.mjs --smoke measures every section and writes RESULTS.md and the JSON', async () => {
  await promisify(execFile)(process.execPath, ['bench/run.mjs', '--smoke', `--out=${out}`], { cwd: root, timeout: 170_000 });
  const r = JSON.parse(readFileSync(join(out, 'bench.json'), 'utf8'));
  const md = readFileSync(join(out, 'RESULTS.md'), 'utf8');
  const tags = components(root).map((c) => c.tag);
  const active = tags.filter((t) => !WIDGETS[t]!.passive);
  const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n);

  expect(r.machine).toMatchObject({
    cores: expect.any(Number),
    node: process.version,
    chromium: expect.stringMatching(/^\d+\./),
  });
  // 1. Bytes: all.js and every element entry, each with what loads later.
  expect(r.bytes.map((b: { entry: string }) => b.entry).sort()).toEqual(['all.js', ...tags.map((t) => `${t}.js`)].sort());
  for (const b of r.bytes)
    expect(b.static.gzip > 0 && b.static.brotli > 0 && b.static.brotli < b.static.gzip * 1.2, b.entry).toBe(true);
  // 2. Time to usable: the floor, every widget (pasted and render-blocking), all.js.
  expect(Object.keys(r.loads).sort()).toEqual(['all', 'plain', ...active, ...active.map((t) => `${t} blocking`)].sort());
  for (const [key, l] of Object.entries<{ readyMs: number; cls: number; firstPaintMs: number }>(r.loads))
    expect(finite(l.readyMs) && l.readyMs > 0 && finite(l.cls) && finite(l.firstPaintMs), key).toBe(true);
  // 3. Breathwork timing, when the timer exists.
  if (tags.includes('kc-breathwork-timer')) {
    expect(r.breathwork.boundaryErrorMs.n).toBeGreaterThanOrEqual(2);
    expect(finite(r.breathwork.mainThreadMsPerSecond.running.TaskDuration)).toBe(true);
  }
  // 4. Memory: every element, with checkpoints and the DOM counters.
  expect(Object.keys(r.memory).sort()).toEqual([...tags].sort());
  for (const [tag, m] of Object.entries<{ checkpoints: unknown[]; retainedBytesPerWidget: number; domNodes: number[] }>(
    r.memory,
  )) {
    expect(m.checkpoints, tag).toHaveLength(5);
    expect(m.retainedBytesPerWidget, tag).toBeGreaterThan(0);
    expect(m.domNodes.every(finite), tag).toBe(true);
  }
  // 5. Interaction: every widget the table gives a click.
  expect(Object.keys(r.interaction).sort()).toEqual(active.filter((t) => WIDGETS[t]!.click).sort());
  for (const i of Object.values<{ medianMs: number; frameMs: number }>(r.interaction))
    expect(finite(i.medianMs) && finite(i.frameMs)).toBe(true);
  // 6. Painting with the page: all the widgets and the example, each way, with the floor (one width in the smoke run).
  expect(Object.keys(r.paint).sort()).toEqual(
    [
      'floor',
      ...['clinic all', 'example'].flatMap((page) => ['prerendered', 'plain', 'none'].map((way) => `${page} ${way}`)),
    ].sort(),
  );
  for (const [key, c] of Object.entries<{ widths: Record<string, { cls: number; fcpMs: number; readyMs: number }> }>(r.paint))
    for (const m of Object.values(c.widths)) expect(finite(m.cls) && finite(m.fcpMs) && finite(m.readyMs), key).toBe(true);

  for (const heading of [
    '## Machine',
    '## Goals',
    '## 1. Bytes',
    '## 2. Time to a usable widget',
    '## 3. Breathwork timing',
    '## 4. Memory',
    '## 5. Interaction',
    '## 6. Painting with the page',
  ])
    expect(md).toContain(heading);
  expect(md).toContain('Typeform');
}, 180_000);
