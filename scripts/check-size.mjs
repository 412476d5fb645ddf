// `npm run test:size`: the bytes a page waits for before each widget is usable, gzip, Lit and English included.
//
// Each CDN entry is pasted into a clinic page the way the README shows and loaded in Chromium, with every script
// beyond the entry's static imports held back. Held scripts are let through one at a time, in the order the page
// asked for them, until the widget is usable: those, with the entry and its static imports, are what the widget
// cannot be usable without (the English text, say), and they count against the budget. Timing plays no part, so the
// figure is the same on a fast or a busy machine. Reported beside it: what the page fetches by itself once the widget
// is usable (parts imported after the first paint, such as the eligibility check's later steps), and what it fetches
// only when a patient asks for it (other languages, sound, the picker, a clinic's rule schema, region names).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { widgetPage } from '../bench/lib/pages.mjs';
import { markup, specsFor } from '../tests/hardening/widgets.mjs';
import { BUDGETS, CDN_DIR, NOT_MET, budgetFor, cdnEntrySizes } from './cdn-sizes.mjs';
import { launchChromium } from './chromium.mjs';
import { components } from './components.mjs';
import { serveStatic } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdn = join(root, CDN_DIR);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gzipOf = (file) => gzipSync(readFileSync(join(cdn, file)), { level: 9 }).length;

const entries = cdnEntrySizes(cdn);
if (entries.length === 0) {
  console.error('check-size: dist/cdn has no entries (run `npm run build`).');
  process.exit(1);
}

const widgets = specsFor(components(root).map((c) => c.tag));
const readyTest = (tag, spec) =>
  spec.passive ? '() => true' : `() => (${spec.ready})(document.querySelector(${JSON.stringify(tag)}))`;
const pages = {
  '/all.js.html': widgetPage('/cdn/all.js', widgets.map(([tag]) => markup(tag)).join('\n')),
};
const readyFor = {
  'all.js': `() => [${widgets.map(([tag, spec]) => readyTest(tag, spec)).join(', ')}].every((ready) => ready())`,
};
for (const [tag, spec] of widgets) {
  pages[`/${tag}.js.html`] = widgetPage(`/cdn/${tag}.js`, markup(tag));
  readyFor[`${tag}.js`] = readyTest(tag, spec);
}

/**
 * Loads the entry's page holding back every script outside its static imports, and lets them through one at a time
 * (in the order they were asked for) until the widget is usable. Then lets the rest through and waits for the
 * network to be quiet, to see what the page fetches by itself afterwards.
 */
async function whatTheWidgetWaitsFor(entry) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const held = [];
  const requested = [];
  let holding = true;
  await page.route('**/cdn/**', (route) => {
    const file = new URL(route.request().url()).pathname.slice('/cdn/'.length);
    requested.push(file);
    if (!holding || entry.files.includes(file)) return route.continue();
    held.push({ file, route });
  });
  const isUsable = () =>
    page.waitForFunction(`(${readyFor[entry.file]})()`, null, { timeout: 750, polling: 50 }).then(
      () => true,
      () => false,
    );
  await page.goto(`${server.url}/${entry.file}.html`);
  const beforeUsable = [...entry.files];
  while (!(await isUsable())) {
    const next = held.shift();
    if (!next) throw new Error(`check-size: ${entry.file}: the widget never became usable (${errors.join('; ') || 'no error'}).`);
    beforeUsable.push(next.file);
    await next.route.continue();
  }
  holding = false;
  for (const { route } of held.splice(0)) await route.continue();
  await page.waitForLoadState('networkidle');
  await page.close();
  if (errors.length) throw new Error(`check-size: ${entry.file} failed while loading: ${errors.join('; ')}`);
  const rightAfter = [...new Set(requested)].filter((file) => !beforeUsable.includes(file));
  return { beforeUsable: [...new Set(beforeUsable)], rightAfter };
}

const server = await serveStatic({ root: join(root, 'dist'), pages });
const browser = await launchChromium();
let failed = false;
try {
  console.log('dist/cdn entry               before usable (gzip)   budget    + right after   + on demand (gzip, every language)');
  for (const entry of entries) {
    if (!readyFor[entry.file]) continue;
    const { beforeUsable, rightAfter } = await whatTheWidgetWaitsFor(entry);
    const onDemand = entry.lazy.filter((file) => !beforeUsable.includes(file) && !rightAfter.includes(file));
    const sum = (files) => files.reduce((total, file) => total + gzipOf(file), 0);
    const gzip = sum(beforeUsable);
    const budget = budgetFor(entry.file);
    const over = gzip > budget;
    const known = NOT_MET[entry.file];
    const verdict = !over ? '' : known && gzip <= known.ceiling ? `  NOT MET (${known.cause})` : '  OVER BUDGET';
    failed ||= over && verdict === '  OVER BUDGET';
    console.log(
      `${entry.file.padEnd(28)} ${kb(gzip).padEnd(22)} ${kb(budget).padEnd(9)} ${kb(sum(rightAfter)).padEnd(15)} ${kb(sum(onDemand))}${verdict}`,
    );
    if (known && !over)
      console.log(`  ${entry.file} is within its budget again: remove it from NOT_MET in scripts/cdn-sizes.mjs.`);
  }
} finally {
  await browser.close();
  await server.close();
}
reportPrerendered();
if (failed) {
  console.error(
    `check-size: an entry is over its budget (what a page waits for before the widget is usable: all.js ${kb(BUDGETS['all.js'])}, ` +
      `each element ${kb(BUDGETS.element)}, gzip, Lit and English included), or a known one over its ceiling in NOT_MET.`,
  );
  process.exit(1);
}

/**
 * Reported, not gated: what a prerendered paste fetches before its widgets are usable (hydrated): the hydrating
 * entry, its static imports and the English text, all announced up front by the paste's `modulepreload` tags.
 * Its widgets are on screen before any of it arrives.
 */
function reportPrerendered() {
  const dir = join(cdn, 'hydrate');
  let hydrating;
  try {
    hydrating = cdnEntrySizes(dir);
  } catch {
    return console.log('dist/cdn/hydrate/: not built (npm run build:cdn builds it).');
  }
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8'));
  const gzipIn = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
  console.log('\ndist/cdn/hydrate entry       before usable (gzip, reported: a prerendered widget is on screen before it)');
  for (const entry of hydrating) {
    const tags = entry.file === 'all.js' ? widgets.map(([tag]) => tag) : [entry.file.replace(/\.js$/, '')];
    const english = tags
      .map((tag) => manifest[`src/components/${tag.slice(3)}/locales/en.ts`]?.file)
      .filter((file) => file && !entry.files.includes(file));
    const gzip = entry.gzip + english.reduce((total, file) => total + gzipIn(file), 0);
    console.log(`${entry.file.padEnd(28)} ${kb(gzip).padEnd(22)} (budget of the plain entry ${kb(budgetFor(entry.file))})`);
  }
}
