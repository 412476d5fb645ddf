// Bytes each dist/cdn entry costs a page, gzip and brotli: what it imports statically (what the budgets count),
// and what it fetches later: before the widget is usable, right after its first paint, and only on demand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { BUDGETS, CDN_DIR, budgetFor, cdnEntrySizes } from '../../scripts/cdn-sizes.mjs';

/** Typeform's embed loader, 14.2 KB gzip before its form app loads: the figure the issue quotes (not measured here). */
export const TYPEFORM_EMBED_GZIP = 14.2 * 1024;

export { BUDGETS };

/** gzip -9 and brotli -11 of files in dist/cdn, summed. */
export function compressed(files, dir = CDN_DIR) {
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return { files: files.length, gzip, brotli };
}

/** Every chunk an entry may ever load (its static graph, then everything reachable through dynamic imports). */
function lazyClosure(manifest, entryKey) {
  const staticFiles = new Set();
  const visitStatic = (key, into) => {
    const chunk = manifest[key];
    if (into.has(chunk.file)) return;
    into.add(chunk.file);
    for (const k of chunk.imports ?? []) visitStatic(k, into);
  };
  visitStatic(entryKey, staticFiles);
  const lazy = new Set();
  const queue = [entryKey];
  const seen = new Set();
  while (queue.length) {
    const key = queue.shift();
    if (seen.has(key)) continue;
    seen.add(key);
    const chunk = manifest[key];
    for (const k of chunk.imports ?? []) queue.push(k);
    for (const k of chunk.dynamicImports ?? []) {
      const graph = new Set();
      visitStatic(k, graph);
      for (const f of graph) if (!staticFiles.has(f)) lazy.add(f);
      queue.push(k);
    }
  }
  return { staticFiles: [...staticFiles], lazyFiles: [...lazy] };
}

/**
 * One row per entry. `fetched[entry]` (optional) lists the scripts a page with the widget fetched, each with
 * `beforeReady`; those split the lazy chunks into "before usable", "right after first paint" and "on demand".
 */
export function measureBytes(fetched = {}, dir = CDN_DIR) {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8'));
  const sizes = Object.fromEntries(cdnEntrySizes(dir).map((r) => [r.file, r]));
  return Object.entries(manifest)
    .filter(([, chunk]) => chunk.isEntry)
    .map(([key, chunk]) => {
      const { staticFiles, lazyFiles } = lazyClosure(manifest, key);
      const scripts = fetched[chunk.file];
      const fetchedFile = (f, before) => scripts?.some((s) => s.path.endsWith(`/${f}`) && s.beforeReady === before);
      const beforeReady = lazyFiles.filter((f) => fetchedFile(f, true));
      const afterPaint = lazyFiles.filter((f) => fetchedFile(f, false));
      const onDemand = lazyFiles.filter((f) => !beforeReady.includes(f) && !afterPaint.includes(f));
      const initial = compressed(staticFiles, dir);
      if (initial.gzip !== sizes[chunk.file].gzip) throw new Error(`bytes: ${chunk.file} disagrees with scripts/cdn-sizes.mjs`);
      return {
        entry: chunk.file,
        budgetGzip: budgetFor(chunk.file),
        static: initial,
        measuredLoad: !!scripts,
        beforeReady: { ...compressed(beforeReady, dir), names: beforeReady },
        afterFirstPaint: { ...compressed(afterPaint, dir), names: afterPaint },
        onDemand: { ...compressed(onDemand, dir), names: onDemand },
        // The budget counts what a page waits for before the widget is usable: the static graph and, where the load
        // was measured, the chunks fetched before the usable frame (the English text, say).
        withinBudget: initial.gzip + compressed(beforeReady, dir).gzip <= budgetFor(chunk.file),
      };
    })
    .sort((a, b) => a.entry.localeCompare(b.entry));
}
