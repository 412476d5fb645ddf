// Fails when a dist/cdn entry (with the chunks it loads up front) grows past its gzip budget.
import { budgetFor, cdnEntrySizes } from './cdn-sizes.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;
const rows = cdnEntrySizes();
if (rows.length === 0) {
  console.error('check-size: dist/cdn has no entries.');
  process.exit(1);
}
console.log('dist/cdn entry               gzip      brotli    budget (gzip)   + loaded on demand (gzip, every language)');
for (const row of rows) {
  const budget = budgetFor(row.file);
  const over = row.gzip > budget;
  failed ||= over;
  console.log(
    `${row.file.padEnd(28)} ${kb(row.gzip).padEnd(9)} ${kb(row.brotli).padEnd(9)} ${kb(budget).padEnd(15)} ${kb(row.lazyGzip)}${over ? '  OVER BUDGET' : ''}`,
  );
}
if (failed) {
  console.error('check-size: an entry is over its budget (all.js 30 KB, each element 15 KB, gzip, Lit included).');
  process.exit(1);
}
